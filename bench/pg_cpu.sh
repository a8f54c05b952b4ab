#!/usr/bin/env bash
# Cumulative CPU ticks (utime+stime) of a PostgreSQL cluster: the postmaster, its live children and the
# children it has reaped (cutime+cstime), so a backend that ended in between is still counted.
#   bench/pg_cpu.sh DATA_DIR      # prints ticks (getconf CLK_TCK per second)
set -euo pipefail
pm=$(head -1 "$1/postmaster.pid")
# Fields after the ")" of /proc/PID/stat: utime is field 14, stime 15, cutime 16, cstime 17.
stat() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk -v all="$2" '{print $12 + $13 + (all ? $14 + $15 : 0)}'; }
total=$(stat "$pm" 1)
for c in $(pgrep -P "$pm"); do
  t=$(stat "$c" 0 || true)
  total=$((total + ${t:-0}))
done
echo "$total"
