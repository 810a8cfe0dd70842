#!/usr/bin/env bash
# Fuzzer: N inputs (default 30), half mutated JSON imports, half damaged .cchc files, each
# run through the commands that read them (tests/crash/fuzz.py says what is counted).
#   scripts/fuzz.sh 2000 [--seed S] [--only json|cchc]
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=${1:-30}
shift || true
scripts/build.sh >/dev/null
exec python3 tests/crash/fuzz.py "$inputs" --app build/app/cchc-inspector "$@"
