#!/usr/bin/env bash
# Import benchmark: generates the benchmark archive (200,000 posts, 20,000 followers, 5,000 following,
# 5,000 DMs, 50,000 likes), then, ROUNDS times, measures next to each other in one session:
#   parse          System.Text.Json over every data file (raw limit: parsing)
#   read           the archive reader alone
#   import         the real import into a fresh SQLite file, then again into the same file (re-import: the
#                  archive is recognised and not read), then again with --force (every record read and classified)
#   insert-sqlite  plain prepared inserts of the rows that import wrote (raw limit: writing)
# and the same on PostgreSQL (import, re-import, binary COPY of the same rows), on a throwaway cluster.
# Prints a Markdown table of medians. Usage: bench/Rapport.Import.Bench/run.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
work=$(mktemp -d /tmp/rapport-import-bench.XXXXXX)
results="$work/results.jsonl"
dotnet build bench/Rapport.Import.Bench -c Release -v quiet -nologo >/dev/null
bench=bench/Rapport.Import.Bench/bin/Release/net10.0/Rapport.Import.Bench
run() { local label=$1; shift; "$bench" "$@" 2>/dev/null | sed "s/^{/{\"label\":\"$label\",/" >> "$results"; }

"$bench" generate "$work/archive.zip" >/dev/null

pg_port=5440
while (echo > /dev/tcp/127.0.0.1/$pg_port) 2>/dev/null; do pg_port=$((pg_port + 1)); done
pg=$(.ci/start-postgres.sh "$pg_port" | tail -n 1)
pg_dir=$(cat /tmp/rapport-pg.current)
trap 'runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null; rm -rf "$pg_dir" "$work"' EXIT
createdb() { PGPASSWORD=rapport-ci psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $1" >/dev/null; echo "$pg;Database=$1"; }

for round in $(seq 1 "$rounds"); do
  run parse parse "$work/archive.zip"
  run read read "$work/archive.zip"
  rm -f "$work"/s.db* "$work"/raw.db*
  run sqlite-import import "$work/archive.zip" --db "$work/s.db"
  run sqlite-reimport import "$work/archive.zip" --db "$work/s.db"
  run sqlite-reimport-forced import "$work/archive.zip" --db "$work/s.db" --force
  run sqlite-raw-insert insert-sqlite "$work/s.db" "$work/raw.db"
  db=$(createdb "import_$round"); run postgres-import import "$work/archive.zip" --postgres "$db"
  run postgres-reimport import "$work/archive.zip" --postgres "$db"
  run postgres-reimport-forced import "$work/archive.zip" --postgres "$db" --force
  raw=$(createdb "raw_$round"); run postgres-raw-copy copy-postgres "$work/s.db" "$raw"
done

python3 - "$results" <<'PY'
import json, statistics, sys, os
rows = [json.loads(line) for line in open(sys.argv[1])]
by = {}
for r in rows: by.setdefault(r["label"], []).append(r)
med = lambda label, key: statistics.median(r[key] for r in by[label])
posts = 200_000
print(f"Machine: {os.cpu_count()} cores; {len(by['parse'])} rounds, medians.\n")
print("| step | seconds | posts/s | peak MB | ratio |")
print("|---|---:|---:|---:|---|")
limit_sqlite = med("parse", "seconds") + med("sqlite-raw-insert", "seconds")
limit_pg = med("parse", "seconds") + med("postgres-raw-copy", "seconds")
for label, ratio in [
    ("parse", ""), ("read", f"{med('read','seconds')/med('parse','seconds'):.2f}x raw parse"),
    ("sqlite-raw-insert", ""),
    ("sqlite-reimport-forced", f"first import / forced re-import (every record read and classified) = {med('sqlite-import','seconds')/med('sqlite-reimport-forced','seconds'):.2f}x"), ("sqlite-import", f"{med('sqlite-import','seconds')/limit_sqlite:.2f}x raw limit (parse + insert)"),
    ("sqlite-reimport", f"first import / re-import = {med('sqlite-import','seconds')/med('sqlite-reimport','seconds'):.2f}x"),
    ("postgres-raw-copy", ""),
    ("postgres-reimport-forced", f"first import / forced re-import = {med('postgres-import','seconds')/med('postgres-reimport-forced','seconds'):.2f}x"), ("postgres-import", f"{med('postgres-import','seconds')/limit_pg:.2f}x raw limit (parse + COPY)"),
    ("postgres-reimport", f"first import / re-import = {med('postgres-import','seconds')/med('postgres-reimport','seconds'):.2f}x"),
]:
    s = med(label, "seconds")
    rate = f"{posts/s:,.0f}" if "import" in label or label in ("parse", "read") else ""
    print(f"| {label} | {s:.2f} | {rate} | {med(label,'peakWorkingSetMb'):.0f} | {ratio} |")
PY
