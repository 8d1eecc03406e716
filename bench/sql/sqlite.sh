#!/usr/bin/env bash
# sqlite.sh - runs bench/sql/requests.sql on SQLite: loads the three CSV files
# of DATADIR into an in-memory database with the sqlite3 shell's .import,
# then prints the query's rows as JSON (check-results.py reads them).
# Usage: bench/sql/sqlite.sh DATADIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$1"
sqlite3 -bail :memory: <<SQL
CREATE TABLE requests(at TEXT, service TEXT, status INTEGER, latency INTEGER);
CREATE TABLE minutes(at TEXT, unavailable TEXT);
CREATE TABLE tickets(id TEXT, opened_at TEXT, responded_at TEXT);
.import --csv --skip 1 '$data/requests.csv' requests
.import --csv --skip 1 '$data/minutes.csv' minutes
.import --csv --skip 1 '$data/tickets.csv' tickets
-- SQLite's dialect: text timestamps (RFC 3339, any offset) through
-- strftime/unixepoch; .import reads an empty field as '', not NULL.
CREATE TEMP VIEW req AS
  SELECT strftime('%Y-%m', at) AS month, service, status, latency FROM requests;
CREATE TEMP VIEW mins AS
  SELECT strftime('%Y-%m', at) AS month, unavailable IN ('true', 'True', 'TRUE', '1') AS unavailable FROM minutes;
CREATE TEMP VIEW tix AS
  SELECT strftime('%Y-%m', opened_at) AS month, unixepoch(opened_at) AS opened_s,
         unixepoch(nullif(responded_at, '')) AS responded_s FROM tickets;
.mode json
.read '$here/requests.sql'
SQL
