#!/usr/bin/env bash
# Compares Rapport.Text with twitter-text 3.1.0 (npm, run with this machine's node) on one generated corpus:
# throughput of parse (weighted length) and entity extraction, single thread, and identical results per text.
# Rounds alternate the two sides so that both see the same machine load; each side reports its median.
# Usage: bench/Rapport.Text.Bench/run.sh [COUNT] [ROUNDS]
set -euo pipefail
count="${1:-200000}"
rounds="${2:-3}"
seed=20161219
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap '[ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg), node $(node --version), dotnet $(dotnet --version)"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund twitter-text@3.1.0 >/dev/null)
dotnet build -c Release "$here/Rapport.Text.Bench.csproj" -o "$work/bin" >/dev/null
bench() { dotnet "$work/bin/Rapport.Text.Bench.dll" "$@"; }

bench generate "$count" "$seed" "$work/corpus.jsonl"
cp "$here/bench.js" "$work/bench.js"
for _ in $(seq "$rounds"); do
  (cd "$work" && node bench.js time corpus.jsonl timing.jsonl)
  bench time "$work/corpus.jsonl" "$work/timing.jsonl"
done
(cd "$work" && node bench.js results corpus.jsonl js-results.txt)
bench results "$work/corpus.jsonl" "$work/cs-results.txt"
bench compare "$work/corpus.jsonl" "$work/js-results.txt" "$work/cs-results.txt" "$work/timing.jsonl"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
