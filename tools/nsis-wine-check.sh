#!/usr/bin/env bash
# Developer check of the Windows installer logic on Linux; not part of CI (it installs NSIS
# and Wine, several hundred MB). It configures the project with WIN32 forced on, so CPack
# generates the NSIS script from installer/CMakeLists.txt exactly as on Windows, compiles it
# with Debian's makensis, runs the installer silently under Wine, checks what it installed
# and registered (Vietnamese names intact), then runs the uninstaller and checks it cleaned
# up, also when another program has taken over .cchc in between.
#
# What it cannot check: the payload is the LINUX binary and a stand-in for windeployqt, so
# it says nothing about the Windows program itself. The installer is built for amd64 here
# (Debian's Wine runs only 64-bit programs without the i386 architecture); on Windows CPack
# builds the usual 32-bit NSIS installer from the same script.
set -euo pipefail
cd "$(dirname "$0")/.."
CCHC_EXTRA_PACKAGES="nsis wine wine64 xvfb" scripts/install-deps.sh
[[ -x build/app/cchc-inspector ]] || scripts/build.sh

work=$(mktemp -d)
source scripts/checks.sh
cleanup() {
  WINEPREFIX="$work/wine" wineserver -k 2>/dev/null || true
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT

# A windeployqt stand-in: creates the two plugins the install rules insist on.
cat >"$work/windeployqt" <<'EOF'
#!/bin/sh
for exe; do :; done
dir=$(dirname "$exe")
mkdir -p "$dir/platforms" "$dir/sqldrivers"
echo stand-in >"$dir/platforms/qwindows.dll"
echo stand-in >"$dir/sqldrivers/qsqlite.dll"
EOF
chmod +x "$work/windeployqt"

# The WIN32 branch of the packaging rules, with the Linux binary as the program. The install
# step must not build (a faked WIN32 would link Windows libraries), hence the skip option.
cmake -S . -B "$work/build" -G Ninja -DWIN32=ON -DCCHC_WINDEPLOYQT_PROGRAM="$work/windeployqt" \
  -DCCHC_BUILD_TESTS=OFF -DCCHC_BUILD_BENCH=OFF -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
mkdir -p "$work/build/app"
cp build/app/cchc-inspector "$work/build/app/"
(cd "$work/build" && cpack -G NSIS >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
nsi=$(ls "$work"/build/_CPack_Packages/*/NSIS/project.nsi)
check "CPack generated a Unicode NSIS script" grep -qx 'Unicode True' "$nsi"

sed -e 's/^Unicode True$/Target amd64-unicode/' \
  -e "s#^  OutFile .*#  OutFile \"$work/setup64.exe\"#" "$nsi" >"${nsi%.nsi}64.nsi"
makensis -V2 "${nsi%.nsi}64.nsi" >"$work/makensis.log" 2>&1 \
  || { tail -5 "$work/makensis.log"; exit 1; }

start_xvfb
export DISPLAY="$xvfb_display" WINEPREFIX="$work/wine" WINEDEBUG=-all \
  WINEDLLOVERRIDES="mscoree,mshtml="
wine_run() { timeout 300 wine "$@" >/dev/null 2>&1 || true; wineserver -w; }
wine_run wineboot -i
programs="$WINEPREFIX/drive_c/Program Files/CCHC Inspector"
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Kiểm tra CCHC"
registry="$WINEPREFIX/system.reg"
in_registry() { grep -aqF -- "$1" "$registry"; }

wine_run "$work/setup64.exe" /S
check "installs the program into Program Files\\CCHC Inspector\\bin" test -f "$programs/bin/cchc-inspector"
check "installs the deployed Qt plugins" test -f "$programs/bin/sqldrivers/qsqlite.dll"
check "Start menu entry 'Kiểm tra CCHC'" test -f "$menu/Kiểm tra CCHC.lnk"
check ".cchc points to the ProgID" in_registry '@="CCHCInspector.File"'
check "the ProgID is named in Vietnamese (Tệp kiểm tra CCHC)" in_registry '@="T\x1ec7p ki\x1ec3m tra CCHC"'
check "the ProgID opens files with the program" \
  in_registry '@="\"C:\\Program Files\\CCHC Inspector\\bin\\cchc-inspector.exe\" \"%1\""'
check "Apps & features shows 'Kiểm tra CCHC (CCHC Inspector)'" \
  in_registry '"DisplayName"="Ki\x1ec3m tra CCHC (CCHC Inspector)"'

wine_run "$programs/Uninstall.exe" /S
sleep 2
wineserver -w
check "the uninstaller removes the program" test ! -e "$programs"
check "the uninstaller removes the Start menu entry" test ! -e "$menu"
check "the uninstaller removes the ProgID and .cchc" \
  bash -c "! grep -aqF -e 'CCHCInspector.File' -e '[Software\\\\Classes\\\\.cchc]' '$registry'"

wine_run "$work/setup64.exe" /S
wine_run reg add 'HKLM\Software\Classes\.cchc' /ve /d Other.File /f
wine_run "$programs/Uninstall.exe" /S
sleep 2
wineserver -w
check "a .cchc association taken over by another program is left alone" in_registry '@="Other.File"'
check "... while the ProgID is removed" bash -c "! grep -aqF 'CCHCInspector.File' '$registry'"

finish_checks nsis-wine-check
