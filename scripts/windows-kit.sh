#!/usr/bin/env bash
# Builds the Windows cross kit once: qtbase 6.4.2 for mingw-w64, SQLite and zlib, all from
# Debian's own source packages (see docs/windows.md). The kit lives OUTSIDE the work tree in a
# folder keyed by the versions that make it up, so every later run (and CI on the same
# machine) reuses it and only the program is rebuilt. Prints the kit folder on stdout.
#
#   scripts/windows-kit.sh            build the kit if missing, print its folder
#   scripts/windows-kit.sh --path     only print the folder (exit 1 if the kit is not complete)
#
# CCHC_WINKIT_ROOT overrides /var/cache/cchc-winkit; CCHC_WINKIT_JOBS the ninja job count.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

qt_version=6.4.2
sqlite_version=3.40.1
gcc_major=12
root="${CCHC_WINKIT_ROOT:-/var/cache/cchc-winkit}"
key="qt${qt_version}-sqlite${sqlite_version}-gcc${gcc_major}"
kit="$root/$key"
work="$root/work-$key"
toolchain="$here/cmake/mingw-w64-x86_64.cmake"

if [[ "${1:-}" == "--path" ]]; then
  echo "$kit"
  [[ -f "$kit/.complete" ]]
  exit
fi
if [[ -f "$kit/.complete" ]]; then
  echo "$kit"
  exit 0
fi

log() { echo "[windows-kit $(date -u +%H:%M:%S)] $*" >&2; }

# Host packages: the cross compilers, mingw zlib, NSIS, Wine, tcl (SQLite's amalgamation).
CCHC_EXTRA_PACKAGES="g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix \
binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev libz-mingw-w64-dev nsis wine wine64 tcl" \
  "$here/scripts/install-deps.sh" >&2

# deb-src entry for the machine's Debian mirror, so `apt-get source` finds the sources.
fetch_sources() {
  mkdir -p "$root/src"
  cd "$root/src"
  if ! ls qt6-base_${qt_version}*.orig.tar.xz sqlite3_${sqlite_version}*.orig.tar.xz \
        zlib_*.orig.tar.* >/dev/null 2>&1; then
    local list=/etc/apt/sources.list.d/cchc-src.sources
    if [[ ! -f $list ]]; then
      log "adding a deb-src entry ($list)"
      cat >"$list" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
      apt-get update -qq
    fi
    log "downloading Debian source packages qt6-base sqlite3 zlib"
    apt-get source --download-only qt6-base sqlite3 zlib >&2
  fi
}

# SQLite: amalgamation from Debian's source, compiled by mingw into a static library.
build_sqlite() {
  [[ -f "$kit/lib/libsqlite3.a" ]] && return
  log "SQLite $sqlite_version amalgamation"
  rm -rf "$work/sqlite" && mkdir -p "$work/sqlite" "$kit/lib" "$kit/include"
  tar -xf "$root"/src/sqlite3_${sqlite_version}.orig.tar.xz -C "$work/sqlite" --strip-components=1
  (cd "$work/sqlite" && ./configure >/dev/null && make -s sqlite3.c) >&2
  ccache x86_64-w64-mingw32-gcc-posix -O2 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1 \
    -DSQLITE_ENABLE_FTS5 -c "$work/sqlite/sqlite3.c" -o "$work/sqlite/sqlite3.o"
  x86_64-w64-mingw32-ar rcs "$kit/lib/libsqlite3.a" "$work/sqlite/sqlite3.o"
  cp "$work/sqlite/sqlite3.h" "$work/sqlite/sqlite3ext.h" "$kit/include/"
}

# qtbase: the modules the program needs; host tools (moc, rcc, uic) from the machine's Qt.
build_qtbase() {
  local src="$work/qtbase-everywhere-src-$qt_version"
  if [[ ! -d "$src" ]]; then
    log "unpacking qtbase"
    mkdir -p "$work"
    tar -xf "$root"/src/qt6-base_${qt_version}*.orig.tar.xz -C "$work"
    # Qt 6.4.2 uses QOpenGLStaticContext under QT_CONFIG(dynamicgl) alone; without OpenGL
    # that class does not exist (see ../shared/windows-notes.md).
    sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' \
      "$src/src/plugins/platforms/windows/qwindowswindow.cpp"
  fi
  # Likewise the DirectWrite font engine and font database are built only with direct2d (off
  # here), while the print engine and the platform plugin use them under QT_CONFIG(directwrite)
  # or (directwrite3) alone: Qt6PrintSupport.dll and qwindows.dll would not link (undefined
  # QWindowsFontEngineDirectWrite::createHFONT, QWindowsDirectWriteFontDatabase). Both fall
  # back to GDI, Qt's default on Windows anyway. Applied on every run (it changes nothing
  # twice), so an already unpacked tree is patched too.
  sed -i -E 's/^#if QT_CONFIG\((directwrite3?)\)$/#if QT_CONFIG(\1) \&\& QT_CONFIG(direct2d)/' \
    "$src/src/printsupport/platform/windows/qprintengine_win.cpp" \
    "$src/src/plugins/platforms/windows/qwindowsintegration.cpp"
  if [[ ! -f "$work/build-qtbase/build.ninja" ]]; then
    log "configuring qtbase"
    cmake -S "$src" -B "$work/build-qtbase" -G Ninja -Wno-dev \
      -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCCHC_WINKIT="$kit" \
      -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
      -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
      -DCMAKE_INSTALL_PREFIX="$kit/qt6" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
      -DQT_QMAKE_TARGET_MKSPEC=win32-g++ -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
      -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DFEATURE_vulkan=OFF \
      -DFEATURE_concurrent=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF \
      -DFEATURE_sql_mysql=OFF -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
      -DSQLite3_INCLUDE_DIR="$kit/include" -DSQLite3_LIBRARY="$kit/lib/libsqlite3.a" \
      -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
      -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF -DFEATURE_system_pcre2=OFF \
      -DFEATURE_glib=OFF -DFEATURE_icu=OFF -DFEATURE_tabletevent=OFF \
      -DFEATURE_dynamicgl=OFF -DFEATURE_direct2d=OFF >&2
  fi
  log "building qtbase (about 1 200 steps; progress in the ninja output)"
  cmake --build "$work/build-qtbase" -j "${CCHC_WINKIT_JOBS:-2}" >&2
  cmake --install "$work/build-qtbase" >&2
}

fetch_sources
build_sqlite
build_qtbase
touch "$kit/.complete"
log "kit complete: $kit ($(du -sh "$kit" | cut -f1))"
echo "$kit"
