# Sourced by the packaging checks (scripts/package-check.sh, tools/*-check.sh): one
# PASS/FAIL line per check, and a closing "NAME: N passed, M failed" line that CI reads.
passed=0
failed=0

# check "description" command [arguments…]: runs the command, counts and reports the result.
check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS  $what"
  else
    failed=$((failed + 1))
    echo "FAIL  $what"
  fi
}

# known "description" command [arguments…]: a check whose failure is known and documented;
# a failure is reported as KNOWN, with the command's output, and not counted.
known() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS  $what"
  else
    echo "KNOWN $what (fails; documented, not counted)"
  fi
}

# contains TEXT NEEDLE: true when TEXT contains NEEDLE (a fixed string).
contains() { grep -qF -- "$2" <<<"$1"; }

# finish_checks NAME: prints the closing line; the exit status fails the script on a failure.
finish_checks() {
  echo "$1: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

# start_xvfb: a private X server for the window checks; sets xvfb_display and xvfb_pid.
# stop_xvfb belongs in the caller's exit trap.
start_xvfb() {
  local display_file
  display_file=$(mktemp)
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$display_file" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 100); do [[ -s "$display_file" ]] && break; sleep 0.1; done
  xvfb_display=":$(cat "$display_file")"
  rm -f "$display_file"
}
stop_xvfb() {
  [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null
  xvfb_pid=""
}

# run_app ARGS…: the installed program as a user runs it. The caller sets `app` (its path)
# and `app_env` (a command that clears the environment and sets HOME, LANG, …, such as
# `env -i VAR=value…`, possibly inside a chroot); more VAR=value words may follow it.
run_app() { "${app_env[@]}" "$app" "$@"; }

# check_installed_program VERSION DEMO: the installed program's own checks. DEMO is the
# demo file to write, as the program sees its path.
check_installed_program() {
  local version=$1 demo=$2 list headless window_rc=0
  check "--version prints the package version ($version)" \
    test "$(run_app --version)" = "cchc-inspector $version"
  check "demo writes the demo file" run_app demo "$demo"
  # Vietnamese output proves the translations compiled into the program (:/i18n/) work.
  list=$(run_app list "$demo") || true # a failure shows in the checks below
  check "list prints the demo file in Vietnamese" contains "$list" "Đợt kiểm tra (1)"
  check "list prints the demo units" contains "$list" "Trung tâm Y tế Thành phố"
  check "list --lang en prints English" contains "$(run_app --lang en list "$demo")" "Units (8)"
  check "check finds no problem" contains "$(run_app check "$demo")" "không có lỗi"
  # The findings notice, written by the installed program with the fonts its package
  # depends on: as PDF and as Word.
  local round pdf="${demo%.cchc}.pdf" docx="${demo%.cchc}.docx"
  round=$(grep -A1 -F 'Đợt kiểm tra (1)' <<<"$list" | tail -1 | awk '{print $1}')
  check "report writes the findings notice" run_app report "$demo" --round "$round" -o "$pdf"
  check "the report is a PDF file" test "$("${app_env[@]}" head -c 5 "$pdf")" = "%PDF-"
  check "report writes the notice for Word" run_app report "$demo" --round "$round" -o "$docx"
  check "the Word file is a zip package" test "$("${app_env[@]}" head -c 2 "$docx")" = "PK"

  # Without a display the program says so (in Vietnamese) and prints the summary instead.
  headless=$(run_app "$demo" 2>&1) || true
  check "without a display it explains and summarises" \
    bash -c "grep -qF 'Không có màn hình' <<<\"\$1\" && grep -qF 'Đợt kiểm tra' <<<\"\$1\"" _ "$headless"

  # With a display the window opens and stays open (timeout ends it: 124), printing no
  # plugin error: the X11 platform plugin, SQLite driver and fonts are really there.
  start_xvfb
  local window_log
  window_log=$(mktemp)
  timeout 4 "${app_env[@]}" DISPLAY="$xvfb_display" "$app" "$demo" >"$window_log" 2>&1 \
    || window_rc=$?
  stop_xvfb
  check "the window opens on X11 and keeps running" test "$window_rc" -eq 124
  check "no Qt plugin is missing" bash -c "! grep -qi 'plugin' '$window_log'"
  rm -f "$window_log"
}
