#!/usr/bin/env bash
# Installs what is missing (Debian packages, npm packages). Idempotent; safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  build-essential cmake pkg-config
  librestinio-dev libasio-dev libhttp-parser-dev libsqlite3-dev libpq-dev libsodium-dev nlohmann-json3-dev
  libcli11-dev libspdlog-dev libfmt-dev libicu-dev libopencc-dev opencc libminizip-dev zlib1g-dev libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-contrib-15
  chromium fonts-wqy-microhei wrk curl
  sqlite3  # API tests tamper with a SQLite file to check `socorg audit verify`
)

missing=()
for p in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node tooling (OpenAPI linter, API tests, divisions converter, web console). Never apt-get npm.
if [ -f package.json ] && [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ -f web/package.json ] && { [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; }; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
