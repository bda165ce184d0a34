#!/usr/bin/env bash
# Sets everything up (once) and runs the whole suite: formatting, lints, the
# core's unit tests, the command line as a user runs it, and the real window end
# to end. Fails if any part fails; nothing is skipped for a missing component.
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
scripts/with-desktop-session.sh cargo test --workspace --locked -- --include-ignored
