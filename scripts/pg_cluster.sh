#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests: temp data dir, free port, trust auth on loopback only.
#
#   eval "$(scripts/pg_cluster.sh start)"        # sets PG_DIR and PG_URL (postgres://postgres@127.0.0.1:PORT/postgres)
#   eval "$(scripts/pg_cluster.sh standby "$PG_DIR")"   # hot standby of it (pg_basebackup -R): STANDBY_DIR, STANDBY_URL
#   scripts/pg_cluster.sh stop "$PG_DIR"         # stops the cluster and removes its directory
#   scripts/pg_cluster.sh halt "$PG_DIR"         # stops it, keeps the directory (start again with `resume`)
#   scripts/pg_cluster.sh resume "$PG_DIR"
#
# initdb refuses to run as root, so as root every server command runs as the `postgres` OS user (created
# by Debian's postgresql-15 package) and the directory is owned by it. The superuser is always `postgres`.
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PGBIN/initdb" ]; then
  echo "pg_cluster: $PGBIN/initdb not found (apt-get install postgresql-15)" >&2
  exit 1
fi

as_owner() {  # run a command as the cluster owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  # A port nobody listens on, below the kernel's ephemeral range (32768+), where client sockets of busy
  # tests would otherwise make bind() fail.
  local p
  for _ in $(seq 200); do
    p=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "pg_cluster: no free port" >&2
  return 1
}

new_dir() {
  local d
  d="$(mktemp -d "${TMPDIR:-/tmp}/socorg-pg.XXXXXX")"
  chmod 700 "$d"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$d"; fi
  echo "$d"
}

port_of() { cat "$1/port"; }

start_server() {  # dir: starts on the port in dir/port; if that port was taken meanwhile, on a new one
  local dir="$1" port
  for _ in 1 2 3 4 5; do
    port="$(cat "$dir/port" 2>/dev/null || free_port)"
    echo "$port" >"$dir/port"
    if as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
      return 0
    fi
    grep -q "already in use" "$dir/server.log" || break
    free_port >"$dir/port"
  done
  cat "$dir/server.log" >&2
  return 1
}

cmd_start() {
  local dir
  dir="$(new_dir)"
  as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  # Test settings: loopback only, socket in the cluster dir, no fsync (the tests kill socorg, never the
  # machine), enough connections for parallel test servers, WAL for one streaming standby.
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
wal_level = replica
max_wal_senders = 5
wal_keep_size = 256MB
hot_standby = on
log_min_messages = warning
EOF
  start_server "$dir"
  echo "PG_DIR=$dir"
  echo "PG_URL=postgres://postgres@127.0.0.1:$(port_of "$dir")/postgres"
}

cmd_standby() {
  local primary="$1" dir pport
  dir="$(new_dir)"
  pport="$(port_of "$primary")"
  as_owner "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$pport" -U postgres -D "$dir/data" -R -X stream -c fast \
    >"$dir/basebackup.log" 2>&1 || {
    cat "$dir/basebackup.log" >&2
    exit 1
  }
  as_owner tee -a "$dir/data/postgresql.auto.conf" >/dev/null <<EOF
unix_socket_directories = '$dir'
EOF
  start_server "$dir"
  echo "STANDBY_DIR=$dir"
  echo "STANDBY_URL=postgres://postgres@127.0.0.1:$(port_of "$dir")/postgres"
}

cmd_halt() {
  local dir="$1"
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}

cmd_stop() {
  local dir="$1"
  case "$dir" in *socorg-pg.*) ;; *) echo "pg_cluster: refusing to remove $dir" >&2; exit 1 ;; esac
  cmd_halt "$dir"
  rm -rf "$dir"
}

case "${1:-}" in
  start) cmd_start ;;
  standby) cmd_standby "${2:?primary dir}" ;;
  stop) cmd_stop "${2:?dir}" ;;
  halt) cmd_halt "${2:?dir}" ;;
  resume) start_server "${2:?dir}" ;;
  *) echo "usage: $0 start | standby PRIMARY_DIR | stop DIR | halt DIR | resume DIR" >&2; exit 2 ;;
esac
