#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages the build, the tests and the reports need.
# Does nothing when they are already there, so the other scripts can always call it.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  librsvg2-bin qt6-qpa-plugins unzip zlib1g-dev
  catch2 sqlite3 xvfb xauth poppler-utils fonts-liberation2 fonts-dejavu-core
  python3 libreoffice-writer-nogui
)
if [[ -n "${CCHC_EXTRA_PACKAGES:-}" ]]; then
  read -r -a extra <<<"$CCHC_EXTRA_PACKAGES"
  packages+=("${extra[@]}")
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
