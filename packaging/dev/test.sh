#!/usr/bin/env bash
# Installs the dependencies, builds everything with warnings as errors and runs the whole test suite.
# The sanitizer build and the fuzz smoke runs are packaging/dev/test-sanitizers.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
