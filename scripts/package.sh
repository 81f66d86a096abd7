#!/usr/bin/env bash
# `make package`: the release packages, built by the Tauri bundler (its CLI is pinned in
# ui/package.json): a .deb and an .rpm, each with the app, the `fidele` CLI beside it, the
# desktop entry in four languages, the icon at every size and the third-party notices. Prints
# each package's size; fails when the .deb is over its 20 MB budget.
#
# The AppImage is built only when the bundler's linuxdeploy is already in its cache
# (~/.cache/tauri): the bundler downloads it from GitHub, which a machine without internet
# cannot reach, and a half-built AppImage is worse than none.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_BUDGET_BYTES=$((20 * 1000 * 1000))

if ! command -v cargo-about >/dev/null 2>&1; then
  echo "package: installing cargo-about"
  # The third-party notices (scripts/notices.py). Pinned: its template fields and config keys
  # (about.toml) have changed between minor versions; its binary needs the `cli` feature.
  cargo install cargo-about --version "=0.9.3" --features cli --locked --quiet
fi
command -v desktop-file-validate >/dev/null 2>&1 || echo "package: desktop-file-utils is missing; make test-package needs it (apt install desktop-file-utils)" >&2

(cd ui && npm run build)
cargo build --release -p fidele-cli
python3 scripts/desktop-entry.py target/package/fidele.desktop
python3 scripts/notices.py target/package/THIRD-PARTY-NOTICES.html

bundles=deb,rpm
if [[ -x "$HOME/.cache/tauri/linuxdeploy-x86_64.AppImage" ]]; then
  bundles+=,appimage
else
  echo "package: AppImage skipped: the bundler's linuxdeploy is not in ~/.cache/tauri (it is fetched from GitHub)" >&2
fi
# --ci: no prompts. Built, then stripped, then bundled: the symbol tables are 7 of the app's 37
# MB and 5 of the CLI's 20, and the bundler packs what it finds. A panic still names its file
# and line (its message carries them); only a backtrace's function names go.
ui/node_modules/.bin/tauri build --ci --no-bundle
strip --strip-all target/release/fidele-app target/release/fidele
# Signed for the updater when the release key is in the environment (TAURI_SIGNING_PRIVATE_KEY,
# and TAURI_SIGNING_PRIVATE_KEY_PASSWORD; docs/RELEASING.md): each bundle gets its .sig and
# latest.json lists them. Without the key the packages are built unsigned, as before: the
# bundler refuses createUpdaterArtifacts without a private key.
sign=()
if [[ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ]]; then
  sign=(--config '{"bundle":{"createUpdaterArtifacts":true}}')
else
  echo "package: unsigned (no TAURI_SIGNING_PRIVATE_KEY): fine for a test, not for a release" >&2
fi
ui/node_modules/.bin/tauri bundle --ci --bundles "$bundles" "${sign[@]}"
if [[ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ]]; then
  # FIDELE_RELEASE_URL: where the release's files will be downloaded from (the placeholder in
  # tauri.conf.json's endpoint until the project has a release host).
  python3 scripts/latest-json.py "${FIDELE_RELEASE_URL:-https://releases.fidele.example}" target/release/bundle/latest.json
fi

status=0
for f in target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm target/release/bundle/appimage/*.AppImage; do
  [[ -e "$f" ]] || continue
  size=$(stat -c %s "$f")
  line=$(printf '%-60s %6.1f MB' "$f" "$(awk "BEGIN { print $size / 1000000 }")")
  if [[ "$f" == *.deb ]]; then
    if (( size > DEB_BUDGET_BYTES )); then
      echo "$line  (target ≤ 20 MB: MISSED)"
      status=1
    else
      echo "$line  (target ≤ 20 MB: met)"
    fi
  else
    echo "$line"
  fi
done
exit $status
