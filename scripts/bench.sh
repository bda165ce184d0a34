#!/usr/bin/env bash
# The benchmark table: Raincheck beside a blank Tauri 2 window built by the same
# harness (start-up, memory, idle CPU, sizes), then the core's own figures.
# Figures, not tests: it prints and asserts nothing. Takes about 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

scripts/bundle.sh deb >/dev/null
(cd bench/blank-window && ../../node_modules/.bin/tauri build --bundles deb >/dev/null)
release="$CARGO_TARGET_DIR/release"
app="$release/raincheck"
app_deb=$(ls -t dist/raincheck_*.deb | head -n 1)
blank="$release/blank-window"
blank_deb=$(ls -t "$release"/bundle/deb/Blank_*.deb | head -n 1)

scripts/with-desktop-session.sh python3 scripts/bench.py "$app" "$app_deb" "$blank" "$blank_deb"
echo
cargo bench --locked -p raincheck-core --bench messages 2>/dev/null | grep -v '^$'
echo
cargo bench --locked -p raincheck-core --bench log 2>/dev/null | grep -v '^$'
