#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 for the storage tests and prints the
# connection string on its last line. fsync is off: this cluster holds nothing worth keeping.
set -euo pipefail
port="${1:-5433}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
echo 'rapport-ci' > "$dir/pw"
chown -R postgres: "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth-local=scram-sha-256 \
  --auth-host=scram-sha-256 --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
echo "$dir" > /tmp/rapport-pg.current
echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=rapport-ci"
