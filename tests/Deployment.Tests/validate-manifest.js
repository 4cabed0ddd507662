// Validates a Teams app manifest against the JSON schema bundled in @microsoft/app-manifest, offline.
//   node validate-manifest.js <folder holding node_modules/@microsoft/app-manifest> <manifest.json>
// Prints one JSON object: { "schemaFile": "...", "errors": [ "..." ] }; exits 0 when it could validate (valid or not).
"use strict";
const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

async function main() {
  const [toolsDir, manifestPath] = process.argv.slice(2);
  if (!toolsDir || !manifestPath) {
    throw new Error("usage: node validate-manifest.js <tools folder> <manifest.json>");
  }
  const requireFromTools = createRequire(path.join(path.resolve(toolsDir), "index.js"));
  const { AppManifestUtils } = requireFromTools("@microsoft/app-manifest");
  const packageDir = path.join(path.resolve(toolsDir), "node_modules", "@microsoft", "app-manifest");

  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
  const schemaUrl = manifest.$schema;
  const match = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(schemaUrl || "");
  if (!match) {
    throw new Error(`manifest $schema '${schemaUrl}' is not a Teams manifest schema URL`);
  }
  // Load the bundled schema ourselves and pass it in, so that validation never goes to the network.
  const schemaFile = path.join(packageDir, "build", "json-schemas", "teams", match[1], "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaFile)) {
    throw new Error(`schema ${match[1]} is not bundled in @microsoft/app-manifest (${schemaFile})`);
  }
  const raw = fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  const schema = JSON.parse(raw);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  process.stdout.write(JSON.stringify({ schemaFile, errors }) + "\n");
}

main().catch((e) => {
  process.stderr.write(`validate-manifest: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
