#!/usr/bin/env bash
# syncWorkforce benchmark: builds the API and bench/Cpd.Api.SyncBench (Release), then runs the real API as a process of
# its own on loopback over a fresh SQLite file, sends ROWS deterministic rows in requests of 5,000 (the per-request limit)
# and prints rows/s and the server's peak memory (VmHWM) for a first pass (CREATED) and a second pass (UNCHANGED).
# Usage: bench/api/sync.sh [ROWS ...]   (default: 20000 100000, to show that peak memory does not grow with the rows)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/api-sync-bench
dotnet build src/Cpd.Api/Cpd.Api.csproj -c Release -o "$out/api" -v quiet -nologo >/dev/null
dotnet build bench/Cpd.Api.SyncBench/Cpd.Api.SyncBench.csproj -c Release -o "$out/bench" -v quiet -nologo >/dev/null
echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ $# -gt 0 ] || set -- 20000 100000
for rows in "$@"; do
  dotnet "$out/bench/Cpd.Api.SyncBench.dll" --api "$out/api/Cpd.Api.dll" --rows "$rows" --chunk 5000
done
