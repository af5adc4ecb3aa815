#!/usr/bin/env bash
# The test command: installs everything a fresh Debian machine lacks (Chromium, PostgreSQL,
# xmllint, translate-toolkit via apt; the npm packages via npm ci), then runs every check
# (scripts/validate.mjs). Arguments are passed on, e.g. `scripts/test.sh --only unit`.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "Tandem needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

packages=(chromium postgresql libxml2-utils translate-toolkit)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "[test] Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CI="${CI:-1}"
echo "[test] Installing npm packages (npm ci)…"
npm ci --no-audit --no-fund
sha256sum package-lock.json | cut -d' ' -f1 > node_modules/.tandem-installed
exec node scripts/validate.mjs "$@"
