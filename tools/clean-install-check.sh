#!/usr/bin/env bash
# Developer check of the .deb's dependency list; not part of CI (it downloads a minimal
# Debian 12 and about 100 packages, ~350 MB, about 1.5 minutes). scripts/package-check.sh
# installs the package on the build machine, where every library is already present; here
# it is installed with apt into a fresh `debootstrap --variant=minbase` Debian 12, so every
# library, plugin and font the program needs must come through the package's dependencies.
# The installed program then runs there: command line, Vietnamese output, the report font,
# and the window (on an Xvfb of the host, whose socket is bind-mounted in). Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $(id -u) -eq 0 ]] || { echo "clean-install-check.sh: run as root (debootstrap, chroot)" >&2; exit 2; }
CCHC_EXTRA_PACKAGES="debootstrap dpkg-dev" scripts/install-deps.sh
scripts/build.sh
(cd build && rm -f cchc-inspector_*.deb && cpack -G DEB >/dev/null)
deb=$(ls build/cchc-inspector_*.deb)

root=$(mktemp -d)
source scripts/checks.sh
cleanup() {
  stop_xvfb
  local mount
  for mount in "$root/tmp/.X11-unix" "$root/proc"; do
    if mountpoint -q "$mount"; then umount "$mount"; fi
  done
  # Never delete through a mount still in place (the bind mount is the host's X socket folder).
  if grep -qF " $root/" /proc/mounts; then
    echo "clean-install-check.sh: $root is still mounted; left in place" >&2
  else
    rm -rf "$root"
  fi
}
trap cleanup EXIT

echo "Making a minimal Debian 12 in $root…"
debootstrap --variant=minbase bookworm "$root" >"$root.debootstrap.log" 2>&1 \
  || { tail -5 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
mkdir -p "$root/tmp/.X11-unix" "$root/tmp/home" "$root/tmp/run"
chmod 700 "$root/tmp/run"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cp "$deb" "$root/tmp/"

chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -c \
  "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" \
  >"$root/tmp/apt.log" 2>&1 || { tail -20 "$root/tmp/apt.log"; exit 1; }
echo "Installed with $(grep -c '^Setting up' "$root/tmp/apt.log") packages on a minimal system"

app=/usr/bin/cchc-inspector
app_env=(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run
  LANG=C.UTF-8)
version=$(chroot "$root" dpkg-query -W -f='${Version}' cchc-inspector)
check_installed_program "$version" "/tmp/kiểm tra.cchc"
check "Times New Roman resolves to Liberation Serif (the report font)" \
  contains "$(chroot "$root" fc-match 'Times New Roman')" "Liberation Serif"

finish_checks clean-install-check
