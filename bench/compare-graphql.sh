#!/usr/bin/env bash
# One command: Cpd.GraphQL (BenchmarkDotNet) against graphql-js 17 (bench/graphql-js/bench.mjs), same core, same run; prints the ratios.
# Options: --cpu <n> | --no-pin, --filter <case text>, --time <s> and --samples <n> (graphql-js sampling),
# --warmup <n> (BenchmarkDotNet warm-up iterations, default 15), --boost <nice> (root: own autogroup at that nice, for a busy shared machine). See bench/compare/README.md.
set -euo pipefail
exec node "$(dirname "$0")/compare/compare-graphql.mjs" "$@"
