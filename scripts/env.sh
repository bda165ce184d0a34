# Sourced by the other scripts: one build folder for launching and testing, kept
# outside the checkout so a fresh clone on the same machine builds warm.
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/raincheck/target}"
