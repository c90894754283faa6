#!/bin/sh
# Connection points benchmark: ranking 20,000 followers and one person's points, with a naive baseline
# in the same run, in memory and on SQLite. Usage: bench/Rapport.Connections.Bench/run.sh [--runs N]
set -e
cd "$(dirname "$0")"
dotnet run -c Release -- "$@"
