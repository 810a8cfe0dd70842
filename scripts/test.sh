#!/usr/bin/env bash
# Set-up command 2: install what is missing, build, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
# --no-tests=error: a test binary that failed discovery must fail the run, not pass empty.
ctest --no-tests=error --output-on-failure --parallel "$(nproc)" --timeout 600
