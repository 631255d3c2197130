#!/usr/bin/env bash
# Configures and builds Talentflow into build/ (or $TALENTFLOW_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TALENTFLOW_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${TALENTFLOW_BUILD_TYPE:-RelWithDebInfo}"
cmake --build "$build"
