#!/usr/bin/env bash
# Runs a command inside a desktop session like a user's, built from real parts:
# a private D-Bus session bus, an Xvfb display, gnome-keyring's Secret Service
# (unlocked for the test), and dunst as the notification server.
#   scripts/with-desktop-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${RAINCHECK_DESKTOP_SESSION:-}" ]; then
  export RAINCHECK_DESKTOP_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

say() { printf '\033[1m[session]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[session]\033[0m %s\n' "$*" >&2; exit 1; }

workdir=$(mktemp -d -t raincheck-session.XXXXXX)
pids=()
cleanup() {
  # Last started, first stopped: clients of the display go before Xvfb.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  pkill -f "gnome-keyring-daemon.*$workdir" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

# Waits (up to 10 s) until a service owns its name on the session bus.
wait_for_bus_name() {
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null \
      | grep -q 'boolean true' && return 0
    sleep 0.1
  done
  return 1
}

# The display: Xvfb picks a free number and writes it to fd 5.
Xvfb -displayfd 5 -screen 0 1280x900x24 -nolisten tcp 5>"$workdir/display" 2>"$workdir/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$workdir/display" ] && break; sleep 0.1; done
[ -s "$workdir/display" ] || fail "Xvfb did not start: $(cat "$workdir/xvfb.log")"
export DISPLAY=":$(cat "$workdir/display")"
# Services the bus starts on demand (portals, accessibility) get the display too.
dbus-update-activation-environment DISPLAY
say "display $DISPLAY"

# The Secret Service: a login keyring unlocked with a throwaway password. HOME and
# XDG_RUNTIME_DIR point at the temp folder for the daemon only.
mkdir -p "$workdir/home" "$workdir/run"
chmod 700 "$workdir/run"
printf 'raincheck-test' | HOME="$workdir/home" XDG_RUNTIME_DIR="$workdir/run" \
  gnome-keyring-daemon --daemonize --unlock --components=secrets >"$workdir/keyring.env"
# Wait for it to own the Secret Service's name: asked before, the bus would start
# a second daemon of its own, with no unlocked keyring, whose prompt nobody answers.
wait_for_bus_name org.freedesktop.secrets
printf 'probe' | timeout 30 secret-tool store --label='Raincheck session probe' raincheck-session probe \
  || fail "the Secret Service does not take secrets"
[ "$(timeout 30 secret-tool lookup raincheck-session probe)" = "probe" ] \
  || fail "the Secret Service does not give secrets back"
secret-tool clear raincheck-session probe
say "Secret Service (gnome-keyring) unlocked"

# The notification server.
dunst >"$workdir/dunst.log" 2>&1 &
pids+=($!)
# Wait for dunst to own the name; asking the name itself could start a second one.
wait_for_bus_name org.freedesktop.Notifications
dbus-send --session --print-reply --dest=org.freedesktop.Notifications \
  /org/freedesktop/Notifications org.freedesktop.Notifications.GetServerInformation \
  >"$workdir/server-info" 2>/dev/null || true
grep -q dunst "$workdir/server-info" || fail "dunst did not take the notification bus name: $(cat "$workdir/dunst.log")"
say "notification server: dunst"

command -v tauri-driver >/dev/null || fail "tauri-driver is missing: run scripts/setup.sh --test"
command -v WebKitWebDriver >/dev/null || fail "WebKitWebDriver is missing: install webkit2gtk-driver"

"$@"
