#!/usr/bin/env bash
# One command for Windows: the cross kit (built once, cached outside the work tree by
# scripts/windows-kit.sh), then the program and its tests cross-built with mingw-w64 into
# build-windows/, the DLLs and plugins collected beside the .exe, and the NSIS installer
# build-windows/cchc-inspector-<version>-setup.exe. docs/windows.md explains each step.
#
#   scripts/windows.sh                 everything (the first run builds the kit: ~1 h)
#   CCHC_WINDOWS_TESTS=OFF scripts/windows.sh   the program and installer only
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)
build="$here/build-windows"
log() { echo "[windows $(date -u +%H:%M:%S)] $*"; }

kit=$(scripts/windows-kit.sh)
log "kit: $kit"
qt="$kit/qt6"
mingw=/usr/x86_64-w64-mingw32

# Catch2 v2 is one header: the kit gets its own copy (Debian's package config would add
# the host's /usr/include to a Windows build).
mkdir -p "$kit/catch2/include/catch2"
cp /usr/include/catch2/catch.hpp "$kit/catch2/include/catch2/"

log "configuring the program"
cmake -S . -B "$build" -G Ninja -Wno-dev \
  -DCMAKE_TOOLCHAIN_FILE="$here/cmake/mingw-w64-x86_64.cmake" -DCCHC_WINKIT="$kit" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$qt" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DQt6LinguistTools_DIR=/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools \
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DZLIB_LIBRARY="$mingw/lib/libz.a" -DZLIB_INCLUDE_DIR="$mingw/include" \
  -DCCHC_CATCH2_INCLUDE_DIR="$kit/catch2/include" \
  -DCCHC_BUILD_TESTS="${CCHC_WINDOWS_TESTS:-ON}" -DCCHC_BUILD_BENCH=OFF >/dev/null

log "building"
targets=(cchc-inspector)
if [[ "${CCHC_WINDOWS_TESTS:-ON}" == ON ]]; then
  targets+=(test_domain test_storage test_interchange test_report test_packaging)
fi
nice cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Beside the .exe: the Qt DLLs it links, the plugins Qt loads at run time, and the mingw
# runtime (the posix-thread flavour the kit was built with). SQLite and zlib are linked in.
deploy() {
  local dir=$1
  mkdir -p "$dir"
  for module in Core Gui Widgets Sql PrintSupport; do
    cp "$qt/bin/Qt6$module.dll" "$dir/"
  done
  for plugins in platforms sqldrivers imageformats styles printsupport; do
    [[ -d "$qt/plugins/$plugins" ]] || continue
    mkdir -p "$dir/$plugins"
    cp "$qt/plugins/$plugins"/*.dll "$dir/$plugins/"
  done
  cp /usr/lib/gcc/x86_64-w64-mingw32/12-posix/{libstdc++-6,libgcc_s_seh-1}.dll "$dir/"
  cp "$mingw/lib/libwinpthread-1.dll" "$dir/"
}

version=$(sed -n '/^project(cchc-inspector/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
stage="$build/stage"
rm -rf "$stage"
deploy "$stage"
cp "$build/app/cchc-inspector.exe" "$stage/"
x86_64-w64-mingw32-strip "$stage/cchc-inspector.exe"
[[ "${CCHC_WINDOWS_TESTS:-ON}" == ON ]] && deploy "$build/tests"

setup="$build/cchc-inspector-$version-setup.exe"
log "making $(basename "$setup")"
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" \
  -DICON="$here/resources/icons/cchc-inspector.ico" installer/windows/cchc-inspector.nsi
log "done: $setup ($(du -h "$setup" | cut -f1))"
