#!/usr/bin/env bash
# The install test: builds the .deb, installs it with apt (so its declared
# dependencies are checked), runs the installed binary and one end-to-end test
# against it, removes it, and checks it left nothing outside the user's data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[install]\033[0m %s\n' "$*" >&2; exit 1; }
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

if dpkg-query -W -f='${Status}' raincheck 2>/dev/null | grep -q "install ok installed"; then
  fail "a raincheck package is already installed here; remove it first (apt-get remove raincheck)"
fi

say "building the .deb"
scripts/bundle.sh deb
# The README's own line: the package at the path it names, as pasted.
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
deb="./dist/raincheck_${version}_$(dpkg --print-architecture).deb"
grep -qF "sudo apt install $deb" README.md \
  || fail "the README does not say 'sudo apt install $deb'"
say "installing $deb"
trap '"${sudo_cmd[@]}" apt-get remove -y -qq --purge raincheck >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$deb" >/dev/null
installed=$(dpkg -L raincheck)

passed=0
version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/raincheck --version)
[ "$version" = "raincheck $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" ] \
  || fail "the installed binary says '$version'"
passed=$((passed + 1))
grep -q '^Exec=raincheck' /usr/share/applications/Raincheck.desktop \
  || fail "no desktop entry launches raincheck"
passed=$((passed + 1))

say "an end-to-end test against the installed binary"
RAINCHECK_APP_BINARY=/usr/bin/raincheck scripts/with-desktop-session.sh \
  cargo test --locked --test e2e -- --include-ignored --exact \
  app_frame::the_window_opens_on_interviews_and_settings_shows_the_apps_own_answer
passed=$((passed + 1))

say "removing the package"
"${sudo_cmd[@]}" apt-get remove -y -qq --purge raincheck >/dev/null
trap - EXIT
left=()
while IFS= read -r path; do
  [ -f "$path" ] && left+=("$path")
done <<< "$installed"
[ ${#left[@]} -eq 0 ] || fail "files left after removal: ${left[*]}"
passed=$((passed + 1))
echo "install: $passed passed, 0 failed"
