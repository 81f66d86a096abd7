#!/usr/bin/env bash
# Runs every fuzz target of the parsers for a while (FUZZ_SECONDS, default 60 each).
# cargo-fuzz needs nightly features: use a nightly toolchain when rustup has one, else let
# the stable compiler accept them (RUSTC_BOOTSTRAP), which works for libFuzzer builds.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${FUZZ_SECONDS:-60}
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --quiet
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  run=(cargo +nightly fuzz run)
else
  export RUSTC_BOOTSTRAP=1
  run=(cargo fuzz run)
fi
for target in $(cargo fuzz list); do
  mkdir -p "corpus/$target"
  echo "fuzz: $target for ${seconds}s"
  "${run[@]}" "$target" "corpus/$target" ../crates/interchange/tests/fixtures -- -max_total_time="$seconds"
done
