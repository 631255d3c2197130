#!/usr/bin/env bash
# One command: install what is needed, build, and run every test. Non-zero on any failure.
#   1. the normal build and its whole test suite;
#   2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. the libFuzzer targets (clang), each for a bounded time over its seed corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"

"$root/packaging/build.sh"
(cd "${TALENTFLOW_BUILD_DIR:-$root/build}" && ctest --output-on-failure --timeout 900)

echo "== AddressSanitizer + UndefinedBehaviorSanitizer =="
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTALENTFLOW_SANITIZE=ON
cmake --build "$root/build-asan"
(cd "$root/build-asan" &&
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --output-on-failure --timeout 1800)

echo "== libFuzzer =="
CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALENTFLOW_FUZZ=ON
cmake --build "$root/build-fuzz"
(cd "$root/build-fuzz" && ctest --output-on-failure --timeout 900)
