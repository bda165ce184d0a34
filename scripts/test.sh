#!/usr/bin/env bash
# Sets everything up (once) and runs the whole suite: formatting, lints, the
# core's unit tests, the command line as a user runs it, the real window end
# to end, the installed .deb, and the Windows build's command line under Wine. Fails if any part fails; nothing is skipped for a missing component.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "lints"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "build the tests"
cargo test --workspace --locked --no-run
step "unit, command line and end-to-end tests (in a desktop session)"
log=$(mktemp -t raincheck-tests.XXXXXX)
trap 'rm -f "$log"' EXIT
# The long fuzz runs (crates/core/tests/fuzz_long.rs) run here with a short
# count; RAINCHECK_FUZZ_RUNS=1000000 gives the full run.
RAINCHECK_FUZZ_RUNS="${RAINCHECK_FUZZ_RUNS:-2000}" \
  scripts/with-desktop-session.sh cargo test --workspace --locked -- --include-ignored 2>&1 | tee "$log"

step "install test: build the .deb, install it, run it, remove it"
scripts/install-test.sh 2>&1 | tee -a "$log"

# Windows: the code only a Windows build compiles, linted; the portable
# package built (it installs mingw-w64 and the rustup target when missing);
# its command line run under Wine (which it installs when missing).
step "Windows: build the portable package, lint for Windows, its command line under Wine"
scripts/build-windows.sh --zip
cargo clippy --workspace --all-targets --locked --target x86_64-pc-windows-gnu -- -D warnings
scripts/test-windows.sh 2>&1 | tee -a "$log"

# One closing line for the whole run, summed over every test binary.
awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^ignored/) s += $i } }
  /^([a-z]+: )?[0-9]+ passed, [0-9]+ failed$/ { n = ($1 ~ /:$/) ? 2 : 1; p += $n; f += $(n + 2) }
  END { printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0 || s > 0 || p == 0) }
' "$log"
