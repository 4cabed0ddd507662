#!/usr/bin/env bash
# Builds the Teams app package of NewsBot: manifest.json (with the bot's app id filled in), color.png and
# outline.png, zipped at the root of one archive, ready for "Upload a custom app" in Teams or the Teams admin center.
#
#   deploymentTemplates/teams/package.sh <bot-app-id> [output.zip]
#
# <bot-app-id>  the Microsoft App ID the bot signs in with: the app registration's application (client) id for
#               SingleTenant, the managed identity's client id for UserAssignedMSI (the botAppId output of the
#               Azure deployment).
# [output.zip]  where to write the package; default deploymentTemplates/teams/build/newsbot-teams.zip.
#
# Optional environment:
#   TEAMS_APP_ID  the Teams app id (manifest "id"); default the fixed id in manifest.json. Give each copy of the app
#                 installed side by side in one tenant (e.g. test and production) its own GUID.
#   BOT_DOMAIN    a host name to add to validDomains, e.g. the web app's newsbot.azurewebsites.net.
# Needs bash, sed and either zip or python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
placeholder='00000000-0000-0000-0000-000000000000'
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

usage() {
  echo "usage: $(basename "$0") <bot-app-id> [output.zip]" >&2
  echo "  <bot-app-id>: the bot's Microsoft App ID, a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301" >&2
}

fail() {
  echo "error: $*" >&2
  exit 2
}

if [[ $# -lt 1 || $# -gt 2 ]]; then
  usage
  exit 2
fi

bot_id="$1"
if [[ ! "$bot_id" =~ $guid_re ]]; then
  fail "bot app id '$bot_id' is not a GUID. Pass the Microsoft App ID of the bot (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): the app registration's application (client) id, or the managed identity's client id (the botAppId output of the deployment)."
fi
if [[ "$bot_id" == "$placeholder" ]]; then
  fail "bot app id $placeholder is the placeholder of manifest.json, not a real app id. Pass the Microsoft App ID of the bot."
fi

app_id="${TEAMS_APP_ID:-}"
if [[ -n "$app_id" && ! "$app_id" =~ $guid_re ]]; then
  fail "TEAMS_APP_ID '$app_id' is not a GUID."
fi

domain="${BOT_DOMAIN:-}"
if [[ -n "$domain" && ! "$domain" =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]]; then
  fail "BOT_DOMAIN '$domain' is not a host name (give it without https:// or a path, e.g. newsbot.azurewebsites.net)."
fi

output="${2:-$here/build/newsbot-teams.zip}"
[[ "$output" == *.zip ]] || fail "output '$output' must end in .zip."
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"

for f in manifest.json color.png outline.png; do
  [[ -f "$here/$f" ]] || fail "$here/$f is missing."
done
grep -q "\"botId\": \"$placeholder\"" "$here/manifest.json" \
  || fail "manifest.json has no \"botId\": \"$placeholder\" placeholder to fill in."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sed_args=(-e "s/\"botId\": \"$placeholder\"/\"botId\": \"$bot_id\"/")
if [[ -n "$app_id" ]]; then
  sed_args+=(-e "s/^  \"id\": \"[0-9a-fA-F-]*\"/  \"id\": \"$app_id\"/")
fi
if [[ -n "$domain" ]]; then
  sed_args+=(-e "s/\"token.botframework.com\"/\"token.botframework.com\", \"$domain\"/")
fi
sed "${sed_args[@]}" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

grep -q "\"botId\": \"$bot_id\"" "$work/manifest.json" || fail "could not write the bot id into the manifest."
if [[ -n "$app_id" ]]; then
  grep -q "^  \"id\": \"$app_id\"" "$work/manifest.json" || fail "could not write TEAMS_APP_ID into the manifest."
fi

rm -f "$output"
if command -v zip > /dev/null 2>&1; then
  (cd "$work" && zip -q -X "$output" manifest.json color.png outline.png)
elif command -v python3 > /dev/null 2>&1; then
  python3 - "$work" "$output" <<'PY'
import sys, zipfile, os
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(src, name), name)
PY
else
  fail "neither zip nor python3 is installed; install one of them (e.g. apt-get install zip)."
fi

echo "Teams app package: $output"
echo "  bot id: $bot_id"
echo "Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app."
