#!/usr/bin/env bash
# Builds Raincheck for 64-bit Windows from this Linux machine and packages it
# under dist/windows/. Installs what it needs when missing: the mingw-w64 C
# compiler (apt: gcc-mingw-w64-x86-64, the x86_64 half of mingw-w64, which the
# linker and the bundled OpenSSL/SQLCipher build need), NSIS (makensis), zip,
# the rustup target x86_64-pc-windows-gnu, and the Tauri CLI (npm ci).
#
# The package: first the Tauri bundler's NSIS installer
#   dist/windows/raincheck_<version>_x64-setup.exe
# (`tauri bundle --bundles nsis`, on the binary built here). Tauri's NSIS
# script needs its plugin DLL (nsis_tauri_utils), which the bundler downloads
# from GitHub unless it is already in ~/.cache/tauri/NSIS; this machine reaches
# only package registries, so here that step fails and the script falls back
# to a portable zip:
#   dist/windows/raincheck_<version>_x64-portable.zip
# holding raincheck.exe, WebView2Loader.dll (a gnu build loads WebView2
# through that DLL, which must sit beside the .exe), README.txt and LICENSE.
# The zip needs the WebView2 runtime, which Windows 10 and 11 already have.
# `--zip` skips the installer attempt.
#
# Run it under the build lock when others build on the same machine:
#   flock /tmp/raincheck-build.lock scripts/build-windows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m[windows]\033[0m %s\n' "$*"; }
target=x86_64-pc-windows-gnu
only_zip=false
[ "${1:-}" = "--zip" ] && only_zip=true

source scripts/packages.sh
install_missing_packages windows gcc-mingw-w64-x86-64 nsis zip
rustup target list --installed | grep -qx "$target" \
  || { say "adding the rustup target $target"; rustup target add "$target"; }
[ -x node_modules/.bin/tauri ] || npm ci --silent --no-audit --no-fund

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
out="$CARGO_TARGET_DIR/$target/release"

say "building raincheck.exe (release, $target)"
started=$(date +%s)
cargo build --release --locked --target "$target" --features custom-protocol --bin raincheck
say "built in $(($(date +%s) - started)) s: $out/raincheck.exe ($(du -h "$out/raincheck.exe" | cut -f1))"

mkdir -p dist/windows
rm -f dist/windows/raincheck_"${version}"_x64-*

if ! $only_zip; then
  say "trying the NSIS installer (tauri bundle --bundles nsis)"
  if npx --no-install tauri bundle --ci --target "$target" --bundles nsis --features custom-protocol --no-binary-patching; then
    setup=$(ls -t "$out"/bundle/nsis/*"$version"*-setup.exe | head -n 1)
    cp "$setup" "dist/windows/raincheck_${version}_x64-setup.exe"
    ls -l "dist/windows/raincheck_${version}_x64-setup.exe"
    exit 0
  fi
  say "no NSIS installer (see above; usually its plugin download, which needs the internet): making the portable zip"
fi

# webview2-com-sys's build script puts the x64 loader beside the .exe.
loader="$out/WebView2Loader.dll"
[ -f "$loader" ] || { echo "no $loader (webview2-com-sys puts it there)" >&2; exit 1; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
folder="$staging/raincheck_${version}_x64"
mkdir -p "$folder"
cp "$out/raincheck.exe" "$loader" "$folder/"
[ -f LICENSE ] && cp LICENSE "$folder/LICENSE.txt"
cat >"$folder/README.txt" <<EOF
Raincheck $version for 64-bit Windows 10 and 11 (portable).

Double-click raincheck.exe to open the window; it needs the Microsoft Edge
WebView2 runtime, which Windows 10 and 11 already have. Keep
WebView2Loader.dll beside raincheck.exe.

The command line is the same program: open a terminal in this folder and run
  .\\raincheck.exe --help
Your log is kept in %APPDATA%\\app.raincheck.desktop, encrypted with a key
kept in Windows' Credential Manager (service "raincheck", entry "log-key").
EOF
sed -i 's/$/\r/' "$folder/README.txt"
zip="dist/windows/raincheck_${version}_x64-portable.zip"
(cd "$staging" && zip -q -r -9 - "raincheck_${version}_x64") >"$zip"
ls -l "$zip"
unzip -l "$zip"
