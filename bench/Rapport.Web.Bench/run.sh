#!/usr/bin/env bash
# Web benchmark: generates a SQLite workspace (100,000 people, 1,000,000 touches, some with a cadence) through
# the import's bulk path, starts Rapport.Web (Release) on 127.0.0.1, and sends 50 concurrent requests to each
# path for 20 s after a 3 s warm-up. The static favicon is the baseline: the cost of HTTP on this machine.
# Usage: bench/Rapport.Web.Bench/run.sh [PEOPLE] [TOUCHES] [CADENCED] [SECONDS] [CONCURRENCY]
# With RAPPORT_BENCH_DB naming an existing workspace, generation is skipped and that file is used.
# The app inherits the environment: Web__CachePageData=false measures every request reading the ledger again.
set -euo pipefail
cd "$(dirname "$0")/../.."
people="${1:-100000}"; touches="${2:-1000000}"; cadenced="${3:-1000}"; seconds="${4:-20}"; concurrency="${5:-50}"
work=$(mktemp -d /tmp/rapport-web-bench.XXXXXX)
dotnet build bench/Rapport.Web.Bench -c Release -v quiet -nologo >/dev/null
dotnet build src/Rapport.Web -c Release -v quiet -nologo >/dev/null
bench=bench/Rapport.Web.Bench/bin/Release/net10.0/Rapport.Web.Bench

db="${RAPPORT_BENCH_DB:-$work/rapport.db}"
[ -f "$db" ] || "$bench" generate "$db" --people "$people" --touches "$touches" --cadenced "$cadenced"

port=5600
while (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
(cd src/Rapport.Web && exec bin/Release/net10.0/Rapport.Web --db "$db" --port "$port") > "$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; wait $web 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 1; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$bench" load "http://127.0.0.1:$port" --concurrency "$concurrency" --seconds "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
