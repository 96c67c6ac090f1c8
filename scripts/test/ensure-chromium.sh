#!/usr/bin/env bash
# End-to-end tests use Debian's Chromium (Playwright's own browser download is not possible offline).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
echo "Chromium not found at $browser; installing Debian's chromium package…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Installing needs root: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$browser" --version
