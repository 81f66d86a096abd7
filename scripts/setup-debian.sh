#!/usr/bin/env bash
# Installs what Fidèle needs on a Debian 12 or Ubuntu machine, and only what is missing.
#   scripts/setup-debian.sh run    the packages to build and run the app
#   scripts/setup-debian.sh test   also what the tests need (Xvfb, WebKitWebDriver, tauri-driver, qpdf...)
set -euo pipefail

want=${1:-run}
# fonts-thai-tlwg: the interface's Thai letters (Loma in ui/src/style.css); without it WebKit draws boxes.
run_packages=(build-essential pkg-config curl wget file libssl-dev libwebkit2gtk-4.1-dev libxdo-dev
  libayatana-appindicator3-dev librsvg2-dev fonts-thai-tlwg)
# libreoffice-calc-nogui: `soffice --headless` opens the CSV exports to prove that no cell runs
# as a formula (about 16 s to download and install here, without recommends). zbar-tools:
# zbarimg decodes the printed barcodes and QR codes back to their numbers. desktop-file-utils:
# `make test-package` validates the packages' desktop entry.
test_packages=(xvfb xauth webkit2gtk-driver sqlite3 qpdf poppler-utils libreoffice-calc-nogui zbar-tools
  desktop-file-utils)

packages=("${run_packages[@]}")
[ "$want" = test ] && packages+=("${test_packages[@]}")
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is missing: install it with rustup (https://rustup.rs), then run this again" >&2
  exit 1
fi

if [ "$want" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  # 2.x is the line that drives Tauri 2 apps; --locked builds it with the versions it was released with.
  cargo install tauri-driver --version "^2" --locked --quiet
fi
