#!/usr/bin/env bash
# Installs the dependencies, builds everything with warnings as errors and runs the whole test suite;
# then the same suite again under AddressSanitizer and UndefinedBehaviorSanitizer, and every fuzz
# target for 30 s (packaging/dev/test-sanitizers.sh, which also runs on its own).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci

# Second, so that a plain test failure is reported first and fast.
bash packaging/dev/test-sanitizers.sh
