#!/usr/bin/env bash
# One command: install what is needed, build, and start Talentflow on its seeded database.
# Extra arguments go to talentflow (e.g. --lang zh, --database FILE).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
exec "${TALENTFLOW_BUILD_DIR:-$root/build}/app/talentflow" "$@"
