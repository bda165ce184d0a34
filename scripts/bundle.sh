#!/usr/bin/env bash
# Builds the installable bundles with the Tauri CLI (from npm, pinned in
# package.json) and puts them in dist/ under one naming scheme,
# raincheck_<version>_<arch>.<format> with each platform's name for the
# architecture: dist/raincheck_0.1.0_amd64.deb, dist/raincheck_0.1.0_x86_64.rpm.
# `scripts/bundle.sh` makes both; name formats to pick (deb, rpm). AppImage is
# configured but its bundler downloads tools, which needs a network this
# project does not assume.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x node_modules/.bin/tauri ] || npm ci --silent --no-audit --no-fund
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(deb rpm)
npx --no-install tauri build --bundles "$(IFS=,; echo "${formats[*]}")"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
mkdir -p dist
for format in "${formats[@]}"; do
  case "$format" in
    deb) arch=$(dpkg --print-architecture 2>/dev/null || echo amd64) ;;
    rpm) arch=$(uname -m) ;;
    *) continue ;;
  esac
  # The newest the bundler wrote for this version (it names them its own way).
  built=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/"$format"/*"$version"*."$format" | head -n 1)
  cp "$built" "dist/raincheck_${version}_${arch}.${format}"
  ls -l "dist/raincheck_${version}_${arch}.${format}"
done
