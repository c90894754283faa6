#!/bin/sh
# Connection points benchmark: ranking 20,000 followers and one person's points, with a naive baseline
# in the same run, in memory and through the store (SQLite; PostgreSQL too with --postgres CS).
# Usage: bench/Rapport.Connections.Bench/run.sh [--runs N] [--storage-only] [--postgres CS]
set -e
cd "$(dirname "$0")"
dotnet run -c Release -- "$@"
