#!/usr/bin/env bash
# One command: install what is missing, build everything, run every test suite, and print one closing
# line "N passed, M failed". Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
bash scripts/build.sh all || exit 1

passed=0; failed=0; failed_suites=()
record() {  # suite passed failed
  passed=$((passed + $2)); failed=$((failed + $3))
  if [ "$3" -ne 0 ]; then failed_suites+=("$1"); fi
  echo "== $1: $2 passed, $3 failed"
}
node_suite() {  # name, then node --test arguments
  local name="$1"; shift
  local log; log="$(mktemp)"
  node --test --test-reporter=tap "$@" >"$log" 2>&1
  local rc=$?
  local p f; p=$(grep -E '^# pass ' "$log" | awk '{print $3}' | tail -1); f=$(grep -E '^# fail ' "$log" | awk '{print $3}' | tail -1)
  p=${p:-0}; f=${f:-0}
  if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$f" -ne 0 ]; then grep -E -B2 -A25 '^not ok|^\s+not ok' "$log" | head -150; fi
  record "$name" "$p" "$f"
  rm -f "$log"
}

# 0. The layering rule: includes point one way, no untyped rows above the store (scripts/check_layers.sh).
if bash scripts/check_layers.sh; then record "layers" 1 0; else record "layers" 0 1; fi

# 1. Unit and store tests (GoogleTest via CTest).
log="$(mktemp)"
(cd build && ctest --output-on-failure -j2 >"$log" 2>&1)
p=$(grep -cE 'Test +#[0-9]+: .* Passed' "$log"); f=$(grep -cE 'Test +#[0-9]+: .* (\*\*\*Failed|Failed|\*\*\*Exception|\*\*\*Timeout)' "$log")
if [ "$f" -ne 0 ]; then grep -E -A30 'Failed|Exception' "$log" | head -200; fi
record "unit (ctest)" "$p" "$f"
rm -f "$log"

# 2. The OpenAPI document, checked by a real linter.
if build/socorg serve --help >/dev/null 2>&1; then
  tmp="$(mktemp -d)"; port=$(node -e 'const s=require("net").createServer();s.listen(0,()=>{console.log(s.address().port);s.close()})')
  build/socorg serve --db "sqlite:$tmp/o.db" --port "$port" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/api/v1/openapi.json" -o "$tmp/openapi.json"
  kill $pid; wait $pid 2>/dev/null
  if npx --no-install redocly lint --config tests/api/redocly.yaml "$tmp/openapi.json"; then record "openapi lint" 1 0; else record "openapi lint" 0 1; fi
  rm -rf "$tmp"
fi

# 3. Black-box API tests against the real binary (SQLite; PostgreSQL when the suite provides it).
node_suite "api (sqlite)" tests/api/

# PostgreSQL: the store suite and the API suite again, and the PostgreSQL tests (read replicas), on a
# throwaway PostgreSQL 15 cluster (scripts/pg_cluster.sh) that is stopped and removed even on failure.
pg_phase() {
  local out; out="$(bash scripts/pg_cluster.sh start)" || { record "postgresql cluster" 0 1; return; }
  eval "$out"
  trap 'bash scripts/pg_cluster.sh stop "$PG_DIR"' EXIT
  export SOCORG_TEST_PG="$PG_URL"
  local log; log="$(mktemp)"
  build/socorg_tests --gtest_filter='*Store*' >"$log" 2>&1
  local rc=$? p f
  p=$(grep -oE '^\[  PASSED  \] [0-9]+' "$log" | awk '{print $4}'); f=$(grep -oE '^\[  FAILED  \] [0-9]+ test' "$log" | awk '{print $4}')
  p=${p:-0}; f=${f:-0}
  if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$f" -ne 0 ]; then grep -E -B5 -A20 'Failure|FAILED' "$log" | head -150; fi
  record "store (sqlite + postgresql)" "$p" "$f"
  rm -f "$log"
  node_suite "api (postgresql)" tests/api/
  node_suite "postgresql (replicas)" tests/pg/
  unset SOCORG_TEST_PG
  bash scripts/pg_cluster.sh stop "$PG_DIR"
  trap - EXIT
}
pg_phase

# 4. Browser end-to-end tests, when the console exists.
if [ -d tests/e2e ] && [ -f web/package.json ]; then node_suite "e2e (chromium)" tests/e2e/; fi

echo
if [ "$failed" -ne 0 ]; then echo "failed suites: ${failed_suites[*]}"; fi
echo "socorg tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
