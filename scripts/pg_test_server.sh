#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS server for the tests: initdb into a temporary folder, started on
# a free local port, with a database that has the postgis extension.
#
#   scripts/pg_test_server.sh start DIR   -> prints the server's URI (postgresql://...) on stdout
#   scripts/pg_test_server.sh stop DIR
#
# The URI holds no password (JLP Monitor refuses one in STORE): the password is in DIR/pgpass, for
# libpq through PGPASSFILE=DIR/pgpass.
#
# PostgreSQL refuses to run as root: as root the server runs as the "postgres" system user (Debian's
# packages create it). Only local TCP connections are accepted (listen on 127.0.0.1).
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL server binaries not found (install postgresql-15 and postgresql-15-postgis-3)" >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    data="$dir/data"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password="jlp-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    pwfile="$dir/pwfile"
    echo "$password" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
    as_owner "$PGBIN/initdb" -D "$data" -U jlp --pwfile="$pwfile" -A scram-sha-256 -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    rm -f "$pwfile"
    as_owner "$PGBIN/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -h 127.0.0.1 -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "$port" > "$dir/port"
    PGPASSWORD="$password" "$PGBIN/psql" -q -h 127.0.0.1 -p "$port" -U jlp -d postgres \
      -c "CREATE DATABASE jlp_test" >/dev/null
    PGPASSWORD="$password" "$PGBIN/psql" -q -h 127.0.0.1 -p "$port" -U jlp -d jlp_test \
      -c "CREATE EXTENSION postgis" >/dev/null
    (umask 077 && echo "127.0.0.1:${port}:*:jlp:${password}" > "$dir/pgpass")
    echo "postgresql://jlp@127.0.0.1:${port}/jlp_test"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
