#!/usr/bin/env bash
# The README's test command: install what the tests need on a fresh Debian machine, then run every test.
# Extra arguments go to `dotnet test` (e.g. `-c Release`, `--filter ...`).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
updated=0
apt_install() {
  if [ "$updated" -eq 0 ]; then sudo_if_needed apt-get update -qq; updated=1; fi
  sudo_if_needed apt-get install -y -qq "$@" >/dev/null
}

# Node runs the conformance oracles (graphql-js, graphql-http) and bundles GraphiQL; the tests install their npm
# packages themselves with `npm ci` against the committed lock files.
command -v node >/dev/null 2>&1 || apt_install nodejs npm
# The GraphiQL browser test drives Debian's headless Chromium.
command -v chromium >/dev/null 2>&1 || apt_install chromium
# The persistence tests also run against a real PostgreSQL: they start a private cluster from Debian's binaries.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql

dotnet test Cpd.sln "$@"
