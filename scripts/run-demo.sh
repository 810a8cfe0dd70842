#!/usr/bin/env bash
# Set-up command 1: install what is missing, build, write the demo file and open it.
# Without a display the program says so and prints the demo file's summary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
demo="build/demo.cchc"
[[ -f "$demo" ]] || build/app/cchc-inspector demo "$demo"
exec build/app/cchc-inspector "$demo"
