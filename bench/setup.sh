#!/usr/bin/env bash
# setup.sh - installs what bench/compare.sh needs besides the Tenor build:
# Debian's sqlite3, python3-pandas and GNU time, and DuckDB's Node.js client
# (@duckdb/node-api, pinned by bench/package-lock.json) into bench/node_modules.
# Idempotent: installs only what is missing. Not part of scripts/setup-deps
# (CI does not run the benchmarks).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

missing=()
dpkg -s sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
dpkg -s python3-pandas >/dev/null 2>&1 || missing+=(python3-pandas)
dpkg -s time >/dev/null 2>&1 || missing+=(time)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

if [ ! -d "$here/node_modules/@duckdb/node-api" ]; then
  echo "setup.sh: installing @duckdb/node-api into bench/node_modules" >&2
  if [ -f "$here/package-lock.json" ]; then
    (cd "$here" && npm ci --no-audit --no-fund)
  else
    (cd "$here" && npm install --no-audit --no-fund)
  fi
fi
