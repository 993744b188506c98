#!/usr/bin/env bash
# Builds everything again with AddressSanitizer and UndefinedBehaviorSanitizer (clang, preset asan),
# runs the whole suite under them, and runs every fuzz target for a short while on its seed inputs.
# Run after packaging/dev/test.sh (which installs the dependencies, clang included).
#   packaging/dev/test-sanitizers.sh [SECONDS_PER_FUZZ_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/install-deps.sh
# The sanitized build serves both the suite and the fuzz targets (preset asan in CMakePresets.json).
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
# 30 s per target: long enough to catch a regression on the seeds' neighbourhood, short enough for CI.
bash tests/fuzz/smoke.sh build/asan "${1:-30}"
