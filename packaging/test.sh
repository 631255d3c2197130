#!/usr/bin/env bash
# One command: install what is needed, build, and run every test. Non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
cd "${TALENTFLOW_BUILD_DIR:-$root/build}"
ctest --output-on-failure --timeout 600
