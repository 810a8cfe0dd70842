#!/usr/bin/env bash
# CI, after scripts/test.sh: builds the .deb, installs it on this machine with apt (so its
# declared dependencies are resolved as on a user's machine) and checks the INSTALLED
# program (/usr/bin/cchc-inspector) and its desktop integration, then removes the package
# again. Needs root or sudo; works without a display (a private Xvfb is started for the one
# window check). Ends with "package-check: N passed, M failed"; exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

CCHC_EXTRA_PACKAGES="dpkg-dev file desktop-file-utils appstream shared-mime-info \
libglib2.0-bin ${CCHC_EXTRA_PACKAGES:-}" scripts/install-deps.sh
scripts/build.sh

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
app=/usr/bin/cchc-inspector
share=/usr/share
tmp=$(mktemp -d)
source scripts/checks.sh
cleanup() {
  stop_xvfb
  rm -rf "$tmp"
}
trap cleanup EXIT

# The installed program runs as a user would: clean environment, no display, own HOME.
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
app_env=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" LANG=C.UTF-8)

# --- The package ---------------------------------------------------------------------------
(cd build && rm -f cchc-inspector_*.deb && cpack -G DEB >"$tmp/cpack.log") \
  || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls build/cchc-inspector_*.deb)
echo "Built $deb ($(stat -c %s "$deb") bytes)"
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins fonts-liberation2; do
  check "Depends names $dependency" contains "$depends" "$dependency"
done
# The catalogues are compiled in (:/i18n/), so the package carries no .qm file.
check "no translation files are installed" \
  bash -c "! dpkg-deb -c '$deb' | grep -q '\.qm$'"

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq --reinstall --no-install-recommends "./$deb" >"$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log"; exit 1; }
echo "Installed $(dpkg-query -W -f='${Package} ${Version}' cchc-inspector)"

# --- The installed program -----------------------------------------------------------------
check "$app is installed from the package" test "$(dpkg -S "$app" | cut -d: -f1)" = cchc-inspector
demo="$tmp/kiểm tra.cchc" # a path with Vietnamese letters, as users' files have
check_installed_program "$(dpkg-query -W -f='${Version}' cchc-inspector)" "$demo"

# --- Desktop integration -------------------------------------------------------------------
desktop=$share/applications/cchc-inspector.desktop
check "desktop-file-validate accepts the .desktop entry" desktop-file-validate "$desktop"
check "the .desktop entry opens files (%f) of the .cchc type" \
  bash -c "grep -q '^Exec=cchc-inspector %f$' '$desktop' && grep -q '^MimeType=application/x-cchc-inspector;$' '$desktop'"
for size in 16 24 32 48 64 128 256; do
  icon=$share/icons/hicolor/${size}x${size}/apps/cchc-inspector.png
  check "icon ${size}x${size} is installed" bash -c "file '$icon' | grep -q 'PNG image data, $size x $size'"
done
check "scalable icon is installed" test -s "$share/icons/hicolor/scalable/apps/cchc-inspector.svg"
content_type() { gio info -a standard::content-type "$1" 2>/dev/null | sed -n 's/.*content-type: //p'; }
check "MIME type is registered (update-mime-database ran)" \
  test -s "$share/mime/application/x-cchc-inspector.xml"
check "a .cchc file is recognised as application/x-cchc-inspector" \
  test "$(content_type "$demo")" = application/x-cchc-inspector
# Without its extension a .cchc file is still recognised by its header (SQLite signature +
# application id "CCHC"), and an ordinary SQLite database is not claimed.
cp "$demo" "$tmp/no-extension"
sqlite3 "$tmp/other-database" "CREATE TABLE t(x)"
check "a .cchc file without its extension is recognised by its header" \
  test "$(content_type "$tmp/no-extension")" = application/x-cchc-inspector
check "an ordinary SQLite database is not claimed" \
  test "$(content_type "$tmp/other-database")" = application/vnd.sqlite3
check "cchc-inspector.desktop handles application/x-cchc-inspector" \
  contains "$(gio mime application/x-cchc-inspector 2>/dev/null)" "cchc-inspector.desktop"
appstream=$(appstreamcli validate --no-net "$share/metainfo/cchc-inspector.metainfo.xml" 2>&1 || true)
check "AppStream metainfo has no error" bash -c "! grep -q '^E:' <<<\"\$1\"" _ "$appstream"

# --- Removal leaves nothing behind -------------------------------------------------------
$sudo apt-get remove -y -qq cchc-inspector >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log"; exit 1; }
check "apt-get remove deletes the program" test ! -e "$app"
check "apt-get remove unregisters the MIME type" test ! -e "$share/mime/application/x-cchc-inspector.xml"

finish_checks package-check
