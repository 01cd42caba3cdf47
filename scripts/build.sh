#!/usr/bin/env bash
# Configures and builds Salon Admin into build/ (override with BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
launcher=()
# A developer's ccache, when there is one, makes rebuilds of other checkouts cheap; CI builds without it.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}" "$@"
cmake --build "$build_dir" -j"$(nproc)"
