#!/usr/bin/env bash
# The soak benchmark: Raincheck left running on a log of 60 upcoming interviews,
# each view in turn and the tray (or hidden in the tray throughout), with the
# memory (PSS, private) and threads of the app and each WebKit process printed
# every minute beside a blank Tauri window. The clock runs faster where the app
# waits on it (RAINCHECK_CLOCK_SPEED: the reminder loop's round, the page's
# minute), so 60 minutes at the default speed of 48 are two days of an app left
# open. Figures, not a test: it prints and asserts nothing.
#   scripts/soak.sh [--minutes N] [--short] [--speed N] [--hidden | --interviews] [--app BINARY]
#   --short: 5 minutes, to try it. --hidden: in the tray throughout. --interviews:
#   open on Interviews throughout. --app: measure another build (e.g. an older one).
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=60 speed=48 mode=views app=""
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --short) minutes=5; shift ;;
    --speed) speed=$2; shift 2 ;;
    --hidden) mode=hidden; shift ;;
    --interviews) mode=interviews; shift ;;
    --app) app=$2; shift 2 ;;
    *) echo "usage: scripts/soak.sh [--minutes N] [--short] [--speed N] [--hidden | --interviews] [--app BINARY]" >&2; exit 2 ;;
  esac
done

scripts/setup.sh --test >/dev/null
source scripts/env.sh
# Debug builds, both: the figure is growth over time, not size.
cargo build --locked --quiet
cargo build --quiet --manifest-path bench/blank-window/Cargo.toml
# Copies: a build during the soak must not swap the binaries under it.
bin=$(mktemp -d -t raincheck-soak-bin.XXXXXX)
trap 'rm -rf "$bin"' EXIT
cp "${app:-$CARGO_TARGET_DIR/debug/raincheck}" "$bin/raincheck"
cp "$CARGO_TARGET_DIR/debug/blank-window" "$bin/blank-window"
# The build folder is shared: another checkout's build may have replaced the
# binary between the build and the copy. A debug build names its checkout.
if [ -z "$app" ] && ! grep -q -a -F "$PWD" "$bin/raincheck"; then
  echo "soak: $CARGO_TARGET_DIR/debug/raincheck was built from another checkout; run again" >&2
  exit 1
fi

scripts/with-desktop-session.sh python3 scripts/soak.py --app "$bin/raincheck" \
  --blank "$bin/blank-window" --minutes "$minutes" --speed "$speed" --mode "$mode"
