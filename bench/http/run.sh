#!/usr/bin/env bash
# One command for the HTTP load test: builds the .NET server (Release), installs the Node side (npm ci, once), then
# runs bench/http/loadtest.mjs. Usage: bench/http/run.sh   (DURATION=10 ROUNDS=3 CONNECTIONS=32 WARMUP=3 by default)
set -euo pipefail
cd "$(dirname "$0")"
out=../../artifacts/http-bench
dotnet build Cpd.GraphQL.HttpBench/Cpd.GraphQL.HttpBench.csproj -c Release -o "$out" -v quiet -nologo >/dev/null
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node loadtest.mjs "$out/Cpd.GraphQL.HttpBench.dll"
