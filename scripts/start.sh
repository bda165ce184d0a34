#!/usr/bin/env bash
# Sets everything up (once) and opens Raincheck. Arguments go to the app,
# e.g. `scripts/start.sh --data-dir /tmp/raincheck-try`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo build --bin raincheck
# A private bus only when the desktop has none, so GTK does not autolaunch one.
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$CARGO_TARGET_DIR/debug/raincheck" "$@"
else
  exec dbus-run-session -- "$CARGO_TARGET_DIR/debug/raincheck" "$@"
fi
