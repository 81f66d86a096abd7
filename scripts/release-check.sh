#!/usr/bin/env bash
# Checks that the tree can be released as the version it says (`make release-check`):
#   - one version in Cargo.toml (the workspace's), tauri.conf.json and ui/package.json;
#   - a CHANGELOG.md entry for it;
#   - every migration recorded in crates/store/released-migrations.txt, and none of the
#     recorded ones edited since (the store's released_migrations test);
#   - when HEAD carries a vX.Y.Z tag, that it is this version.
# With --record, the migrations not yet recorded are added as shipped by this version first
# (run it when cutting the release, and commit the list with the release).
set -euo pipefail
cd "$(dirname "$0")/.."

record=false
[[ "${1:-}" == "--record" ]] && record=true

failed=0
fail() { echo "release-check: $*" >&2; failed=1; }

cargo_version=$(sed -n '/^\[workspace.package\]/,/^\[/{s/^version = "\(.*\)"/\1/p}' Cargo.toml)
tauri_version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
ui_version=$(python3 -c 'import json; print(json.load(open("ui/package.json"))["version"])')
if [[ -z "$cargo_version" ]]; then
  fail "no version in Cargo.toml's [workspace.package]"
elif [[ "$cargo_version" != "$tauri_version" || "$cargo_version" != "$ui_version" ]]; then
  fail "the versions differ: Cargo.toml $cargo_version, tauri.conf.json $tauri_version, ui/package.json $ui_version"
fi
version=$cargo_version

grep -q "^## \[$version\]" CHANGELOG.md || fail "CHANGELOG.md has no \"## [$version]\" entry"

list=crates/store/released-migrations.txt
for path in crates/store/src/migrations/*.sql; do
  file=$(basename "$path")
  if ! grep -q "  $file " "$list"; then
    if $record; then
      printf '%s  %-42s %s\n' "$(sha256sum "$path" | cut -d' ' -f1)" "$file" "$version" >> "$list"
      echo "release-check: recorded $file as shipped by $version"
    else
      fail "$file is not recorded as released (scripts/release-check.sh --record adds it for $version)"
    fi
  fi
done

tag=$(git describe --exact-match --tags HEAD 2>/dev/null || true)
if [[ -n "$tag" && "$tag" != "v$version" ]]; then
  fail "HEAD is tagged $tag but the version is $version"
fi

cargo test -q -p fidele-store --test released_migrations || failed=1

if [[ $failed -ne 0 ]]; then
  echo "release-check: $version cannot be released as it is" >&2
  exit 1
fi
echo "release-check: $version is ready${tag:+ (tagged $tag)}"
