#!/usr/bin/env bash
# Installs what Raincheck needs on Debian 12 / Ubuntu 22.04+, only what is missing,
# so it is safe to run again. `--test` adds what the test suite needs.
#   scripts/setup.sh          build and run the app
#   scripts/setup.sh --test   also run every test (Xvfb, D-Bus, keyring, notifications, WebDriver)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

build_packages=(
  build-essential pkg-config file curl
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev
  libssl-dev libdbus-1-dev
  dbus-daemon dbus-x11 gnome-keyring
  hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es
)
test_packages=(
  xvfb xauth webkit2gtk-driver libsecret-tools dunst libnotify-bin
  imagemagick at-spi2-core python3 python3-icalendar
  espeak-ng  # times every voicemail read aloud (crates/core/tests/voicemail_length.rs)
  python3-gi gir1.2-atspi-2.0  # reads the accessibility tree (scripts/atspi_tree.py)
)

packages=("${build_packages[@]}")
$want_test_tools && packages+=("${test_packages[@]}")

# The bundler runs on Node; a Node that brings its own npm is fine as it is.
if $want_test_tools && ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi
source scripts/packages.sh
install_missing_packages setup "${packages[@]}"

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    say "installing the Rust toolchain (rustup, stable)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

if command -v rustup >/dev/null 2>&1; then
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" \
      || { say "adding the $component component"; rustup component add "$component"; }
  done
fi

if $want_test_tools && ! command -v tauri-driver >/dev/null 2>&1; then
  say "installing tauri-driver (WebDriver for the app's window)"
  cargo install tauri-driver --locked --version '^2'
fi
if $want_test_tools && { [ ! -x node_modules/.bin/tauri ] || [ ! -f node_modules/axe-core/axe.min.js ]; }; then
  say "installing the Tauri CLI and axe-core (npm, pinned in package.json)"
  npm ci --silent --no-audit --no-fund
fi
say "ready"
