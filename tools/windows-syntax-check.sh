#!/usr/bin/env bash
# Developer check, not CI: compiles every source file of the program for Windows, syntax
# only, with the MinGW cross-compiler (so the Q_OS_WIN branches and the Windows API calls
# are checked) against Debian's Qt headers. No Windows Qt exists on Debian, so this cannot
# link or run anything; it catches Linux-only headers, calls and typos in Windows code.
set -euo pipefail
cd "$(dirname "$0")/.."
CCHC_EXTRA_PACKAGES="g++-mingw-w64-x86-64-posix" scripts/install-deps.sh
[[ -d build/ui/cchc_ui_autogen ]] || scripts/build.sh # generated ui_*.h, if any
qt=$(dirname "$(find /usr/include -maxdepth 3 -type d -name QtCore -path '*qt6*' | head -1)")
includes=(-I"$qt")
for module in QtCore QtGui QtWidgets QtSql QtPrintSupport; do includes+=(-I"$qt/$module"); done
includes+=(-I. -Icore -Iui -Iapp -Iresources -Ibuild/ui/cchc_ui_autogen/include)
status=0
for source in app/*.cpp app/*/*.cpp core/*/*.cpp ui/*.cpp resources/*/*.cpp; do
  x86_64-w64-mingw32-g++-posix -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic \
    -Wno-attributes -DQT_NO_CAST_FROM_ASCII -DCCHC_VERSION='"0"' "${includes[@]}" "$source" \
    || { echo "FAIL  $source"; status=1; }
done
[[ $status -eq 0 ]] && echo "Every source file compiles for Windows (syntax only)"
exit $status
