#!/usr/bin/env bash
# Builds build/socorg (and, with "all", the tests and benchmarks). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-socorg}"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ "$target" = all ]; then
  cmake --build build -j"$(nproc)"
else
  cmake --build build -j"$(nproc)" --target "$target"
fi
if [ -f web/package.json ]; then
  # The console and portal; rebuilt only when a source is newer than the last build.
  if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/portal web/vite.config.* -newer web/dist/index.html 2>/dev/null | head -1)" ]; then
    (cd web && npm run build --silent)
  fi
fi
