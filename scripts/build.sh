#!/usr/bin/env bash
# Configures and builds into build/ (Ninja, RelWithDebInfo). Extra CMake options pass through.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja "$@" >/dev/null
cmake --build build --parallel "$(nproc)"
