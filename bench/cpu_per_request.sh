#!/usr/bin/env bash
# CPU time the server spends per request: (utime+stime delta of PID) / requests, with wrk as the load.
# On a shared machine this is steadier than req/s: 2 cores / (CPU per request) bounds the throughput.
#   bench/cpu_per_request.sh PID DURATION wrk-args...
set -euo pipefail
PID=$1; DUR=$2; shift 2
tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
c0=$(cpu)
out=$(wrk -d"${DUR}s" "$@")
c1=$(cpu)
reqs=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$out"
awk -v c=$((c1 - c0)) -v t="$tick" -v r="$reqs" 'BEGIN {
  us = c / t * 1e6 / r;
  printf "server CPU: %.1f s for %d requests = %.1f us/request -> at most %.0f req/s on 2 cores\n", c / t, r, us, 2e6 / us }'
