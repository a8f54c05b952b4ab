#!/usr/bin/env bash
# The supervision dashboard's four calls (web/src/console/supervision/views/SupDashboard.vue), timed with
# curl against a running server, for the nation, a province and a county (docs/benchmarks.md, round 6).
#   socorg user add --db sqlite:F --username bench --password bench-password-1 --role ministry_officer --region 100000
#   socorg serve --db sqlite:F --port 18090 &
#   bench/supervision_dashboard.sh http://127.0.0.1:18090 [runs=5] [year=2024]
set -euo pipefail
BASE=${1:-http://127.0.0.1:18090}
RUNS=${2:-5}
YEAR=${3:-2024}
TOKEN=$(curl -sf "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"bench","password":"bench-password-1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
for region in "" 440000 440307; do
  for path in "annual-reports/completion?year=$YEAR" ratings/stats "supervision/overview?from=2025-01-01&to=2025-12-31" \
              supervision/flags/outcomes; do
    sep='?'; [[ $path == *\?* ]] && sep='&'
    url="$BASE/api/v1/$path${region:+${sep}region=$region}"
    out=()
    for ((i = 0; i < RUNS; i++)); do
      out+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "authorization: Bearer $TOKEN" "$url")")
    done
    codes=$(printf '%s\n' "${out[@]}" | cut -d' ' -f1 | sort -u | tr '\n' ' ')
    ms=$(printf '%s\n' "${out[@]}" | awk '{ printf "%.1f\n", $2 * 1000 }' | sort -n | tr '\n' ' ')
    printf '%-7s %-52s HTTP %s ms: %s\n' "${region:-nation}" "$path" "$codes" "$ms"
  done
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
