#!/usr/bin/env bash
# Installs what the real-client tests (tests/NewsBot.ClientTests) need and a fresh machine lacks:
# Debian's Chromium for the Agents Playground web UI under Playwright, and Node.js/npm for the Playground itself.
# Idempotent: installs only what is missing. The Playground npm package is installed by the test fixture
# into its own cache folder (see tests/NewsBot.ClientTests/Support/PlaygroundInstall.cs).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "install-clients: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
fi

echo "install-clients: chromium $(/usr/bin/chromium --version 2>/dev/null || echo missing), node $(node --version 2>/dev/null || echo missing)"
