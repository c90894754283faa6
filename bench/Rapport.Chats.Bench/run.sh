#!/usr/bin/env bash
# Core-group benchmark: Rapport's pipeline and python-igraph's multilevel on the same projection, in one run.
# Usage: bench/Rapport.Chats.Bench/run.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/../.."

# The reference lives in Debian's python3-igraph, for the system python (not a virtualenv's).
if ! /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-igraph
fi

dotnet run -c Release --project bench/Rapport.Chats.Bench -- --python /usr/bin/python3 "$@"
