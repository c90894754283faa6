#!/usr/bin/env bash
# Compares Rapport.Text with twitter-text 3.1.0 (npm, run with this machine's node) on one generated corpus:
# throughput of parse (weighted length) and entity extraction, single thread, and identical results per text.
# Usage: bench/Rapport.Text.Bench/run.sh [COUNT] [PASSES]
set -euo pipefail
count="${1:-200000}"
passes="${2:-3}"
seed=20161219
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node --version), dotnet $(dotnet --version)"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund twitter-text@3.1.0 >/dev/null)
dotnet build -c Release "$here/Rapport.Text.Bench.csproj" -o "$work/bin" >/dev/null
bench() { dotnet "$work/bin/Rapport.Text.Bench.dll" "$@"; }

bench generate "$count" "$seed" "$work/corpus.jsonl"
cp "$here/bench.js" "$work/bench.js"
(cd "$work" && node bench.js corpus.jsonl js-results.txt js-timing.json "$passes")
bench measure "$work/corpus.jsonl" "$work/cs-results.txt" "$work/cs-timing.json" "$passes"
bench compare "$work/corpus.jsonl" "$work/js-results.txt" "$work/cs-results.txt" "$work/js-timing.json" "$work/cs-timing.json"
