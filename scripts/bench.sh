#!/usr/bin/env bash
# The benchmarks, each printing its figures next to its target (release builds, this machine):
#   analytics/analyze      the whole analysis in memory (200,000 customers, ~630,000 purchases)
#   store/analysis         the same read from a database file, ≤ 1.0 s and ≤ 150 MiB
#   store/import           636,000 purchase rows vs the sqlite3 shell's .import, ≤ 2×, ≤ 200 MiB
#   store/customer_file    search p99 ≤ 5 ms, customer page ≤ 20 ms (100,000 / 2,000,000)
#   printing/cards         30,000 cards ≤ 2.0 s and ≤ 200 MiB
#   usecases/campaigns     the Campaigns view, 24 runs on 100,000 customers / 2,000,000 purchases ≤ 300 ms
#   interchange/parse_purchases  streaming parse of the 636,000-row file
#   store soak             FIDELE_SOAK_OPS (default 100,000) mixed operations checked against a model
#   e2e/load.bench.mjs     the app on the customer_file bench's file: start, search, scroll, stalls
#   e2e/startup.bench.mjs  the release app on that file: launch to first rows ≤ 0.5 s, memory idle
#                          ≤ 1.15× a bare Tauri window's (examples/bare_window.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
# The customer_file bench builds its 100,000-customer file here, fresh each run, and the app's
# load bench then opens a copy of it. (Its own variable: the analysis bench reads
# FIDELE_BENCH_DB for a file of another shape, and once found the other's file here.)
mkdir -p target/bench
export FIDELE_CUSTOMER_FILE_DB="$PWD/target/bench/customer-file.db"
rm -f "$FIDELE_CUSTOMER_FILE_DB" "$FIDELE_CUSTOMER_FILE_DB"-wal "$FIDELE_CUSTOMER_FILE_DB"-shm
# Every bench runs even when one misses its target; the script exits non-zero at the end if any did.
status=0
cargo bench --workspace --benches --no-fail-fast "$@" || status=1
# The long soak: `make test` runs 2,500 operations; this runs many more, with its own seed.
FIDELE_SOAK_OPS="${FIDELE_SOAK_OPS:-100000}" FIDELE_SOAK_SEED="${FIDELE_SOAK_SEED:-7}" \
    cargo test --release -p fidele-store --test store soak -- --nocapture || status=1

# The app under load, driven like the end-to-end tests (Xvfb, tauri-driver); it uses the debug
# app the tests use, with the UI built first.
(cd ui && npm run build >/dev/null)
# Built as `make test-e2e` builds them (the bins with the test feature set), so a test build is
# reused rather than Tauri compiled again.
cargo test --workspace --no-run
(cd tests/e2e && FIDELE_LOAD_DB="$FIDELE_CUSTOMER_FILE_DB" xvfb-run -a -s "-screen 0 1280x860x24" node load.bench.mjs) || status=1

# Start-up and memory on the release build the packages carry (`tauri build` turns on
# tauri/custom-protocol, so the pages come from the binary, not a dev server), beside the bare
# window built the same way.
ui/node_modules/.bin/tauri build --ci --no-bundle
cargo build --release --example bare_window --features tauri/custom-protocol
cargo build --release -p fidele-cli
(cd tests/e2e && FIDELE_LOAD_DB="$FIDELE_CUSTOMER_FILE_DB" FIDELE_APP="$PWD/../../target/release/fidele-app" \
    FIDELE_CLI="$PWD/../../target/release/fidele" FIDELE_BARE="$PWD/../../target/release/examples/bare_window" \
    xvfb-run -a -s "-screen 0 1280x860x24" node startup.bench.mjs) || status=1
if [ "$status" -ne 0 ]; then echo "bench: a target was missed (see OVER TARGET above)" >&2; fi
exit "$status"
