#!/usr/bin/env bash
# Crash harness: N trials (default 30) of kill -9 at a random point of an edit stream or a
# JSON import, each followed by checks (tests/crash/harness.py says which). Builds first.
#   scripts/crash-harness.sh 1000 [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-30}
shift || true
scripts/build.sh >/dev/null
exec python3 tests/crash/harness.py "$trials" --app build/app/cchc-inspector \
    --driver build/tests/cchc-editdriver "$@"
