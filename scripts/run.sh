#!/usr/bin/env bash
# One command: install what is missing, build, create data/socorg.db with demo data and an admin account
# on first run (printing the one-time password), and serve on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh socorg
PORT="${PORT:-8080}"
if [ ! -f data/socorg.db ]; then
  mkdir -p data
  build/socorg demo --region 150000 --orgs 600
  build/socorg user add --username admin --role ministry_officer --region 100000
  build/socorg user add --username neimenggu --role province_officer --region 150000 --password neimenggu-demo
  build/socorg user add --username xilinhaote --role county_officer --region 152502 --password xilinhaote-demo
  echo "Demo accounts: admin (printed above), neimenggu / neimenggu-demo (内蒙古), xilinhaote / xilinhaote-demo (锡林浩特市)"
else
  echo "Using existing data/socorg.db (delete it to start again with fresh demo data and a new admin password)."
fi
# Today's open-data snapshot, so /api/v1/public/opendata/ has one from the start (the server adds one a day).
[ -d "data/opendata/$(date -u +%F)" ] || build/socorg opendata >/dev/null
echo "Console: http://127.0.0.1:${PORT}/   Portal: http://127.0.0.1:${PORT}/portal   Open data: http://127.0.0.1:${PORT}/api/v1/public/opendata/"
exec build/socorg serve --port "$PORT"
