#!/usr/bin/env bash
# The benchmarks: each prints its figures next to its target. Release builds, 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --workspace --benches
