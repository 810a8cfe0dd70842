#!/usr/bin/env bash
# CI stage for Windows (.ci/run): builds everything with scripts/windows.sh, then under Wine
# (64-bit, a fresh prefix, a private Xvfb) installs the setup.exe silently, runs the
# INSTALLED program's command line on a path with spaces and Vietnamese letters, opens a
# .cchc file the way a double-click does (ShellExecute through the registered type), and
# runs the cross-built test executables. Ends with "windows-check: N passed, M failed".
#
# The kit (Qt for mingw, built from Debian's sources) took 30 min on a loaded 2-core machine
# (23 min of CPU; docs/windows.md); CI has 90 min in all. When the kit is not cached the
# stage says so and is skipped (exit 0), unless CCHC_CI_BUILD_WINDOWS_KIT=1: then it builds
# the kit first, with no limit outside CI, and in CI (.ci/run sets CCHC_CI_STARTED) within
# what is left of the 90 minutes after the time the rest of the stage needs; if it cannot
# finish in that time, or cannot be built here, the stage says why and is skipped. A kit
# half built stays in the cache folder, and the next run on the machine goes on from it.
# docs/windows.md, "CI and the 90 minutes".
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
skip() {
  echo "windows-check: SKIPPED. $1"
  echo "  Build the kit once with scripts/windows-kit.sh (or scripts/windows.sh); later runs"
  echo "  on this machine reuse it."
  exit 0
}
ci_budget_min=90
after_kit_min=20 # the program and its tests cross-built with a cold cache, the Wine checks
if ! kit=$(scripts/windows-kit.sh --path); then
  echo "windows-check: the Windows cross kit is not cached on this machine (no complete $kit)."
  if [[ "${CCHC_CI_BUILD_WINDOWS_KIT:-0}" != 1 ]]; then
    skip "Building it takes about 30 minutes of this machine (CCHC_CI_BUILD_WINDOWS_KIT=1 does)."
  elif [[ -z "${CCHC_CI_STARTED:-}" ]]; then
    scripts/windows-kit.sh >/dev/null
  else
    left=$((ci_budget_min - (started - CCHC_CI_STARTED) / 60 - after_kit_min))
    ((left >= 10)) || skip "Only $left minutes of CI's $ci_budget_min are left for the kit."
    kit_log=$(mktemp)
    echo "windows-check: building it, within $left minutes (log: $kit_log)."
    if ! timeout --kill-after=30 "${left}m" nice scripts/windows-kit.sh >/dev/null 2>"$kit_log"
    then
      tail -n 25 "$kit_log"
      skip "The kit was not built within $left minutes, or could not be built (its log's end above)."
    fi
    echo "windows-check: kit built in $((($(date +%s) - started) / 60)) min."
  fi
fi
CCHC_EXTRA_PACKAGES="xvfb xauth poppler-utils fonts-liberation2 unzip imagemagick x11-utils" \
  scripts/install-deps.sh
scripts/windows.sh
built=$(date +%s)
setup=$(ls build-windows/cchc-inspector-*-setup.exe)
version=$(basename "$setup" | sed 's/^cchc-inspector-\(.*\)-setup\.exe$/\1/')

work=$(mktemp -d)
source scripts/checks.sh
cleanup() {
  WINEPREFIX="$work/wine" wineserver -k 2>/dev/null || true
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT
start_xvfb
# Its own HOME: Wine links the Windows desktop and documents to $HOME. No winemenubuilder:
# it would copy the shortcuts into the Linux menus.
mkdir -p "$work/home"
export HOME="$work/home" DISPLAY="$xvfb_display" WINEPREFIX="$work/wine" WINEDEBUG=-all \
  WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" LANG=C.UTF-8
wine_quiet() { timeout 300 wine "$@" >/dev/null 2>&1 || true; wineserver -w; }
wine_quiet wineboot -i
# Wine has no Times New Roman; Liberation Serif is its metric twin (the program's fallback).
cp /usr/share/fonts/truetype/liberation2/LiberationSerif-*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
# grep on the files, not on a pipe: grep -q stops at the first match, and under pipefail
# the writer's SIGPIPE would turn a found value into a failed check.
in_registry() { grep -aqF -- "$1" "$WINEPREFIX/system.reg" "$WINEPREFIX/user.reg"; }

# --- The installer, silently, for all users ------------------------------------------------
wine_quiet "$setup" /S
programs="$WINEPREFIX/drive_c/Program Files/CCHC Inspector"
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
check "installs the program into Program Files\\CCHC Inspector" test -f "$programs/cchc-inspector.exe"
for file in Qt6Core.dll Qt6Widgets.dll Qt6Sql.dll Qt6PrintSupport.dll libstdc++-6.dll \
  platforms/qwindows.dll sqldrivers/qsqlite.dll imageformats/qico.dll; do
  check "installs $file" test -f "$programs/$file"
done
check "Start menu entry 'Kiểm tra CCHC'" test -f "$menu/Kiểm tra CCHC.lnk"
check "desktop shortcut (default choice)" test -f "$WINEPREFIX/drive_c/users/Public/Desktop/Kiểm tra CCHC.lnk"
check ".cchc points to the ProgID" in_registry '@="CCHCInspector.File"'
check "the ProgID is named in Vietnamese (Tệp kiểm tra CCHC)" in_registry '@="T\x1ec7p ki\x1ec3m tra CCHC"'
check "the ProgID opens files with the program" \
  in_registry '@="\"C:\\Program Files\\CCHC Inspector\\cchc-inspector.exe\" \"%1\""'
check "Apps & features shows 'Kiểm tra CCHC (CCHC Inspector)'" \
  in_registry '"DisplayName"="Ki\x1ec3m tra CCHC (CCHC Inspector)"'

# --- The installed program's command line --------------------------------------------------
app="$programs/cchc-inspector.exe"
run_app() { timeout 120 wine "$app" "$@" 2>/dev/null | tr -d '\r'; }
folder="$work/Hồ sơ kiểm tra"
mkdir -p "$folder"
demo_unix="$folder/Đợt 2022 demo.cchc"
demo=$(winepath -w "$demo_unix" 2>/dev/null)
check "--version prints $version" test "$(run_app --version)" = "cchc-inspector $version"
check "demo writes the demo file to a path with spaces and Vietnamese letters" \
  bash -c 'run() { timeout 120 wine "$@" >/dev/null 2>&1; }; run "$1" demo "$2" && test -s "$3"' \
  _ "$app" "$demo" "$demo_unix"
list=$(run_app list "$demo") || true
check "list prints the demo file in Vietnamese" contains "$list" "Đợt kiểm tra (1)"
check "list prints the demo units" contains "$list" "Trung tâm Y tế Thành phố"
check "check finds no problem" contains "$(run_app check "$demo")" "không có lỗi"
round=$(grep -A1 -F 'Đợt kiểm tra (1)' <<<"$list" | tail -1 | awk '{print $1}')
pdf_unix="$folder/Thông báo.pdf"
docx_unix="$folder/Thông báo.docx"
run_app report "$demo" --round "$round" -o "$(winepath -w "$pdf_unix")" >/dev/null || true
run_app report "$demo" --round "$round" -o "$(winepath -w "$docx_unix")" >/dev/null || true
check "report writes the findings notice as PDF" test "$(head -c 5 "$pdf_unix" 2>/dev/null)" = "%PDF-"
pdf_text=$(pdftotext -enc UTF-8 "$pdf_unix" - 2>/dev/null | tr -s ' \n' ' ') || true
# Without spaces: pdftotext splits a word where glyphs stand apart (Wine's synthesised bold).
check "the PDF reads 'THÔNG BÁO Kết quả kiểm tra'" \
  contains "$(tr -d ' ' <<<"$pdf_text")" "THÔNGBÁOKếtquảkiểmtra"
check "the PDF names the units in Vietnamese" contains "$pdf_text" "Trung tâm Y tế Thành phố"
fonts=$(pdffonts "$pdf_unix" 2>/dev/null) || true
check "the PDF embeds the serif font Windows found (Liberation Serif here)" \
  bash -c 'grep -E "(TimesNewRoman|LiberationSerif)" <<<"$1" | grep -q " yes "' _ "$fonts"
# The layout numbers hold: the Linux program writes the same notice from the same file.
linux_app=build/app/cchc-inspector
if [[ -x $linux_app ]]; then
  QT_QPA_PLATFORM=offscreen "$linux_app" report "$demo_unix" --round "$round" \
    -o "$work/linux.pdf" >/dev/null 2>&1 || true
  # Reported, not counted: under Wine the lines break differently (docs/windows.md,
  # "Known differences under Wine"); on Windows itself this is to be confirmed.
  known "the Windows PDF lays out as the Linux one (pages, words, places within 1 pt)" \
    scripts/compare-pdf-layout.py "$pdf_unix" "$work/linux.pdf"
else
  echo "NOTE  no Linux build (build/app/cchc-inspector): layout not compared with Linux"
fi
check "report writes the notice for Word (a zip package)" test "$(head -c 2 "$docx_unix" 2>/dev/null)" = "PK"
check "the Word package is a sound zip" unzip -tq "$docx_unix"
check "the Word document holds the notice" \
  bash -c 'unzip -p "$1" word/document.xml | grep -qF "Trung tâm Y tế Thành phố"' _ "$docx_unix"

# --- A double-click: ShellExecute through the registered .cchc type ------------------------
timeout 60 wine start /unix "$demo_unix" >/dev/null 2>&1 &
opened=""
for _ in $(seq 60); do
  opened=$(xwininfo -root -tree 2>/dev/null | grep -F "2022 demo" || true)
  [[ -n "$opened" ]] && break
  sleep 1
done
check "a double-clicked .cchc opens in the program's window" test -n "$opened"
sleep 5 # let the window paint
import -window root "$work/window.png" 2>/dev/null || true
if [[ -n "${CCHC_WINDOWS_SCREENSHOT:-}" ]]; then cp "$work/window.png" "$CCHC_WINDOWS_SCREENSHOT"; fi
# While it is open: the lock file names this computer, and QSettings has written the
# recent files to the registry (asked of the running Wine, not its files on disk).
check "the open file is locked, the lock naming this computer" \
  bash -c 'sed -n 3p "$1" | tr -d "\r" | grep -qixF "$2"' _ "$demo_unix.lock" "$(hostname)"
# QSettings writes the registry when the program's event loop next gets to it: under load
# that can come after the window's first paint, so the query is repeated for a while.
for _ in $(seq 15); do
  settings=$(timeout 60 wine reg query 'HKCU\Software\CCHC Inspector\cchc-inspector' /s 2>/dev/null | tr -d '\r') || true
  [[ $settings == *"2022 demo.cchc"* ]] && break
  sleep 1
done
check "QSettings keeps the recent file in HKCU\\Software\\CCHC Inspector" contains "$settings" "2022 demo.cchc"
wineserver -k 2>/dev/null || true
wineserver -w

# --- Uninstall; then the per-user install (no administrator) and its uninstall -------------
wine_quiet "$programs/Uninstall.exe" /S
sleep 2
check "the uninstaller removes the program folder" test ! -e "$programs"
check "the uninstaller removes the shortcuts" \
  test ! -e "$menu/Kiểm tra CCHC.lnk" -a ! -e "$WINEPREFIX/drive_c/users/Public/Desktop/Kiểm tra CCHC.lnk"
check "the uninstaller removes the ProgID, .cchc and the Apps & features entry" \
  bash -c "! grep -aqF -e 'CCHCInspector.File' -e 'Uninstall\\\\CCHC Inspector' '$WINEPREFIX/system.reg'"
check "the user's .cchc file is left alone" test -s "$demo_unix"
wine_quiet "$setup" /S /CurrentUser
user_programs=$(ls -d "$WINEPREFIX"/drive_c/users/*/AppData/Local/Programs/"CCHC Inspector" 2>/dev/null || true)
check "/CurrentUser installs into %LOCALAPPDATA%\Programs" test -f "$user_programs/cchc-inspector.exe"
check "... and registers .cchc for this user only (HKCU)" \
  bash -c "grep -aqF 'CCHCInspector.File' '$WINEPREFIX/user.reg' && ! grep -aqF 'CCHCInspector.File' '$WINEPREFIX/system.reg'"
check "the per-user program runs" test "$(timeout 120 wine "$user_programs/cchc-inspector.exe" --version 2>/dev/null | tr -d '\r')" = "cchc-inspector $version"
wine_quiet "$user_programs/Uninstall.exe" /S /CurrentUser
sleep 2
check "the per-user uninstall removes it" bash -c "! test -e '$user_programs' && ! grep -aqF 'CCHCInspector.File' '$WINEPREFIX/user.reg'"

# --- The cross-built tests -----------------------------------------------------------------
tests_started=$(date +%s)
# test_report leaves out the cases that read PDFs and DOCX files back with poppler, unzip
# or LibreOffice (tags [pdf] and [docx], except the page-break cases tagged [layout]): those
# are Linux programs; the checks above read the Windows program's PDF and DOCX with them.
declare -A filters=([test_report]="~[pdf]~[docx],[layout]")
for test in test_domain test_storage test_interchange test_report test_packaging; do
  out="$work/$test.txt"
  rc=0
  (cd build-windows/tests && QT_QPA_PLATFORM=windows timeout 900 wine "./$test.exe" \
    ${filters[$test]:+"${filters[$test]}"} >"$out" 2>&1) || rc=$?
  tr -d '\r' <"$out" | grep -E "^(test cases|All tests passed)" | sed "s/^/  $test: /" || true
  check "$test.exe passes under Wine" test "$rc" -eq 0
  [[ $rc -eq 0 ]] || tr -d '\r' <"$out" | tail -40
done

ended=$(date +%s)
echo "windows-check timing: build $((built - started)) s, Wine checks $((tests_started - built)) s," \
  "tests $((ended - tests_started)) s; installer $(stat -c %s "$setup") bytes"
finish_checks windows-check
