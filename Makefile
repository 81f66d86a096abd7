# Fidèle's commands. `make run` and `make test` work from a fresh clone on Debian 12 or Ubuntu:
# they install what is missing first.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
DB ?=

.PHONY: run test setup-run setup-test ui ui-deps e2e-deps build test-rust test-ui test-e2e bench fuzz clean types release-check package test-package

run: setup-run ui
	$(CARGO) run --bin fidele-app -- $(if $(DB),--db $(DB))

test: setup-test ui
	$(MAKE) test-ui
	$(MAKE) test-rust
	$(MAKE) test-e2e

setup-run:
	scripts/setup-debian.sh run
	$(MAKE) ui-deps

setup-test:
	scripts/setup-debian.sh test
	$(MAKE) ui-deps e2e-deps

# `npm install` from the lock file rather than `npm ci`: npm 11 writes lock files that list only
# this platform's optional packages (rollup's native builds), which `npm ci` then rejects.
# --no-save keeps the committed lock file as it is.
ui-deps:
	cd ui && npm install --no-audit --no-fund --no-save

e2e-deps:
	cd tests/e2e && npm install --no-audit --no-fund --no-save

# The app embeds ui/dist when it is compiled, so the UI is built first.
ui:
	cd ui && npm run build

build: ui
	$(CARGO) build --workspace --bins

# Rewrites ui/src/generated/ipc.ts, the UI's types of the IPC, from the Rust types
# (src-tauri/src/contract.rs); a test fails while the committed file is stale.
types:
	$(CARGO) test -p fidele-app --lib contract::typescript::tests::regenerate -- --ignored --exact

test-ui:
	cd ui && npm test

# Builds the app and the CLI too: the end-to-end tests use the binaries of this build.
test-rust:
	$(CARGO) test --workspace

# `cargo test` builds the bins with the test feature set; building them again the same way
# reuses that build instead of compiling Tauri a second time without it.
test-e2e:
	$(CARGO) test --workspace --no-run
	cd tests/e2e && xvfb-run -a -s "-screen 0 1280x860x24" npm test

# The .deb and .rpm (and the AppImage where the bundler's tools are cached), their sizes printed.
package: ui-deps
	scripts/package.sh

# The .deb installed, started from its desktop entry, driven through one e2e, removed. Not yet
# part of `make test`: the release build it needs doubles the CI's time on two cores.
test-package: package
	scripts/test-package.sh

# Before tagging vX.Y.Z: one version everywhere, its changelog entry, its migrations recorded
# and none of the released ones edited (`scripts/release-check.sh --record` records them).
release-check:
	scripts/release-check.sh

bench:
	scripts/bench.sh

# Every parser fuzz target for FUZZ_SECONDS (default 60); crashes land in fuzz/artifacts.
fuzz:
	scripts/fuzz.sh

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules
