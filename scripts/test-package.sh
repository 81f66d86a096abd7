#!/usr/bin/env bash
# `make test-package` (run by `make test`): the .deb that `make package` built, installed on
# this machine and used as a shopkeeper would:
#   - installed with apt (which brings the dependencies it declares);
#   - its desktop entry valid, in four languages, its icons and notices in place;
#   - the installed `fidele --version`;
#   - one e2e through the app its desktop entry starts: open, the demo shop, a search, the
#     month's cards printed (tests/e2e/installed.smoke.mjs);
#   - removed, and the customer file it made is still there, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"

deb=$(ls -t target/release/bundle/deb/*.deb | head -n 1)
name=$(dpkg-deb --field "$deb" Package)
echo "test-package: $deb ($name)"

# A previous run's package, if a failure left it installed.
$sudo apt-get remove -y -qq "$name" >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
removed=false
remove() {
  $removed || $sudo apt-get remove -y -qq "$name" >/dev/null
  removed=true
}
trap remove EXIT

desktop=$(dpkg -L "$name" | grep '^/usr/share/applications/.*\.desktop$')
desktop-file-validate "$desktop"
for lang in fr nl th; do
  grep -q "^Comment\[$lang\]=" "$desktop" || { echo "test-package: $desktop has no Comment[$lang]" >&2; exit 1; }
done
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
  dpkg -L "$name" | grep -q "/usr/share/icons/hicolor/$size/apps/" || { echo "test-package: no $size icon" >&2; exit 1; }
done
test -s /usr/share/doc/fidele/THIRD-PARTY-NOTICES.html

# The command the menu runs (field codes such as %U dropped).
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1 | sed 's/ %[a-zA-Z]//g')
app=$(command -v "${exec_line%% *}")
cli=$(command -v fidele)
echo "test-package: the menu starts $app; the CLI is $cli"
"$cli" --version | grep -q "^fidele $(sed -n '/^\[workspace.package\]/,/^\[/{s/^version = "\(.*\)"/\1/p}' Cargo.toml) (schema "

(cd tests/e2e && FIDELE_APP="$app" FIDELE_CLI="$cli" xvfb-run -a -s "-screen 0 1280x860x24" \
  node --test --test-concurrency=1 --test-timeout=180000 installed.smoke.mjs)

# A customer file made by the installed app's CLI in its default place, kept by a removal.
home=$(mktemp -d)
HOME="$home" XDG_DATA_HOME="$home/data" "$cli" init >/dev/null
file=$(find "$home/data" -name '*.db' | head -n 1)
before=$(sha256sum "$file")
remove
test ! -e "$app" || { echo "test-package: $app is still there after removal" >&2; exit 1; }
echo "$before" | sha256sum --check --quiet
rm -rf "$home"
echo "test-package: installed, used and removed; the customer file stayed"
