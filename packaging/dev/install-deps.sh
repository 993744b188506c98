#!/usr/bin/env bash
# Installs what Metafill needs to build and test on Debian 12 / Ubuntu 22.04 or later.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libyaml-cpp-dev nlohmann-json3-dev libcurl4-openssl-dev libsqlite3-dev
    libpugixml-dev zlib1g-dev libhdf5-dev
    python3 xvfb xauth openssl
    # The sanitizer build and the fuzzers (CMake preset asan); llvm brings llvm-symbolizer for readable stacks.
    clang llvm
    # The checks of the installed desktop files and the manual page (packaging/linux/check-*.sh).
    appstream desktop-file-utils shared-mime-info groff-base
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# clang's sanitizer and libFuzzer runtimes: a package of their own on Debian 12, which clang only
# recommends (and recommends are not installed below); part of libclang-common on Ubuntu 22.04.
# Whether the distribution has that package is known only after apt-get update.
sanitizer_runtime_missing() {
    ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null
}
if [ ${#missing[@]} -eq 0 ] && ! sanitizer_runtime_missing; then
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
if sanitizer_runtime_missing && apt-cache show libclang-rt-dev >/dev/null 2>&1; then
    missing+=(libclang-rt-dev)
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
