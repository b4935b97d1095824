#!/usr/bin/env bash
# progressionCheck overhead benchmark (issue #5, "Speed"): builds bench/Cpd.Api.Bench (Release) — the API as
# src/Cpd.Api composes it plus, in that host only, a plain GET /bench/progression doing the same loading and evaluation
# without GraphQL — installs autocannon (npm ci, once), then runs bench/api/progression.mjs: a fresh SQLite file seeded
# with 200 synthetic members and the reference scheme, both endpoints checked to agree on every member, then driven with
# the same member ids in alternating rounds; prints req/s, p99 and the overhead ratio.
# Usage: bench/api/run.sh   (DURATION=10 ROUNDS=3 CONNECTIONS=16 WARMUP=3 PORT=5311 by default)
set -euo pipefail
cd "$(dirname "$0")"
out=../../artifacts/api-progression-bench
dotnet build ../Cpd.Api.Bench/Cpd.Api.Bench.csproj -c Release -o "$out" -v quiet -nologo >/dev/null
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node progression.mjs "$out/Cpd.Api.Bench.dll"
