#!/usr/bin/env bash
# Builds the installable bundles with the Tauri CLI (from npm, pinned in
# package.json). `scripts/bundle.sh` makes a .deb and an .rpm; name formats to
# pick (deb, rpm). AppImage is configured but its bundler downloads tools, which
# needs a network this project does not assume.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x node_modules/.bin/tauri ] || npm ci --silent --no-audit --no-fund
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(deb rpm)
npx --no-install tauri build --bundles "$(IFS=,; echo "${formats[*]}")"
ls -l "$CARGO_TARGET_DIR"/release/bundle/*/*.{deb,rpm} 2>/dev/null || true
