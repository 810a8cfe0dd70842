#!/usr/bin/env bash
# CI step after scripts/test.sh: the whole test suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (option CCHC_SANITIZE) in build-asan/. A memory error, a leak
# in our code or undefined behaviour fails the test that hit it, and so the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

# Set before building too: catch_discover_tests runs each test binary during the build.
# detect_leaks: LeakSanitizer at every exit of every test and of the program the CLI tests
# start. It finds nothing to suppress today (Qt and SQLite included); should a system
# library's leak ever need it, add an LSAN_OPTIONS suppressions file with the reason for
# each line, never a frame of our own code.
# exitcode=86: a finding in the program a CLI test starts must not pass for the exit code 1
# that the test expects of a refused command.
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:exitcode=86
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86

# Unoptimised with line tables only (-O0 -g1): the reports need file and line, not full
# debug info. Measured here: the whole build took 6.9 CPU-minutes, while -O2 -g (the
# default RelWithDebInfo) took 5.9 CPU-minutes for its first fifth. The tests spend their
# time in Qt and SQLite, which are not instrumented anyway.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
  -DCCHC_SANITIZE=ON -DCCHC_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan --parallel "$(nproc)"
cd build-asan
ctest --no-tests=error --output-on-failure --parallel "$(nproc)" --timeout 900
