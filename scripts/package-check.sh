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
xvfb_pid=""
cleanup() {
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }
check() { # check "description" command…
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }

# The installed program, run as a user would: clean environment, no display, own HOME.
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
run_app() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" LANG=C.UTF-8 \
    "$app" "$@"
}

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
package_version=$(dpkg-query -W -f='${Version}' cchc-inspector)
check "--version prints the package version ($package_version)" \
  test "$(run_app --version)" = "cchc-inspector $package_version"

demo="$tmp/kiểm tra.cchc"
check "demo writes the demo file" run_app demo "$demo"
list=$(run_app list "$demo")
check "list prints the demo file in Vietnamese" contains "$list" "Đợt kiểm tra (1)"
check "list prints the demo units" contains "$list" "Trung tâm Y tế Thành phố"
check "list --lang en prints English" contains "$(run_app --lang en list "$demo")" "Units (8)"
check "check finds no problem" contains "$(run_app check "$demo")" "không có lỗi"
# TODO(lead): when the reports branch lands, uncomment these two lines (adjust to the merged
# command line if it differs) so CI writes a real PDF with the installed program and fonts:
# check "report writes a PDF" run_app report "$demo" -o "$tmp/x.pdf"
# check "the report is a PDF file" bash -c "file '$tmp/x.pdf' | grep -q 'PDF document'"

# Without a display the program says so (in Vietnamese) and prints the summary instead.
headless=$(run_app "$demo" 2>&1)
check "without a display it explains and summarises" \
  bash -c "grep -qF 'Không có màn hình' <<<\"\$1\" && grep -qF 'Đợt kiểm tra' <<<\"\$1\"" _ "$headless"

# With a display (a private Xvfb) the window opens and stays open: the X11 platform plugin,
# fonts and SQLite driver the package depends on are really there.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s "$tmp/display" ]] && break; sleep 0.1; done
window_rc=0
env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" LANG=C.UTF-8 \
  DISPLAY=":$(cat "$tmp/display")" timeout 4 "$app" "$demo" >"$tmp/window.log" 2>&1 || window_rc=$?
check "the window opens on X11 and keeps running (timeout ends it: 124)" test "$window_rc" -eq 124
check "no Qt plugin is missing" bash -c "! grep -qi 'plugin' '$tmp/window.log'"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

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
check "MIME type is registered (update-mime-database ran)" \
  test -s "$share/mime/application/x-cchc-inspector.xml"
check "a .cchc file is recognised as application/x-cchc-inspector" \
  contains "$(gio info -a standard::content-type "$demo" 2>/dev/null)" "application/x-cchc-inspector"
check "cchc-inspector.desktop handles application/x-cchc-inspector" \
  contains "$(gio mime application/x-cchc-inspector 2>/dev/null)" "cchc-inspector.desktop"
appstream=$(appstreamcli validate --no-net "$share/metainfo/cchc-inspector.metainfo.xml" 2>&1 || true)
check "AppStream metainfo has no error" bash -c "! grep -q '^E:' <<<\"\$1\"" _ "$appstream"

# --- Removal leaves nothing behind -------------------------------------------------------
$sudo apt-get remove -y -qq cchc-inspector >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log"; exit 1; }
check "apt-get remove deletes the program" test ! -e "$app"
check "apt-get remove unregisters the MIME type" test ! -e "$share/mime/application/x-cchc-inspector.xml"

echo "package-check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
