#!/usr/bin/env bash
# The quick start: installs everything and starts Tandem on the embedded database with the
# sample data and demo accounts, then prints the address. Re-running it is safe.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "Tandem needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Install exactly what package-lock.json says, unless that is already what node_modules holds.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.tandem-installed 2>/dev/null || true)" != "$lock_hash" ]; then
  echo "[tandem] Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.tandem-installed
fi

export TANDEM_DEMO="${TANDEM_DEMO:-1}"
exec node scripts/start.mjs "$@"
