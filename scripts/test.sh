#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless; then,
# with clang, fuzzes the address-book reader for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
(cd build && ctest --output-on-failure --timeout 900)

# libFuzzer needs clang; the main build uses the default compiler.
if command -v clang++ >/dev/null 2>&1; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DMYNETWORK_FUZZ_ONLY=ON >/dev/null
  cmake --build build-fuzz --target mynetwork_fuzz_reader
  (cd build-fuzz && ctest --output-on-failure -R fuzz_reader)
else
  echo "test.sh: clang++ not found, the libFuzzer run is skipped (fuzz_replay ran above)"
fi
