// duckdb.mjs - runs bench/sql/requests.sql on DuckDB (@duckdb/node-api from
// bench/node_modules, installed by bench/setup.sh): loads the three CSV files
// of DATADIR into in-memory tables with read_csv and explicit column types,
// then prints the query's rows as JSON (check-results.py reads them).
// THREADS (default 1) sets DuckDB's worker threads.
// Usage: node bench/sql/duckdb.mjs DATADIR
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2];
const quote = (s) => `'${s.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:', { threads: process.env.THREADS ?? '1' });
const conn = await instance.connect();
// DuckDB's dialect: timestamps parsed while loading (RFC 3339 with an offset
// becomes UTC), strftime(ts, format) and epoch(ts).
await conn.run(`
  CREATE TABLE requests AS SELECT * FROM read_csv(${quote(join(data, 'requests.csv'))}, header = true,
    columns = {'at': 'TIMESTAMP', 'service': 'VARCHAR', 'status': 'INTEGER', 'latency': 'INTEGER'});
  CREATE TABLE minutes AS SELECT * FROM read_csv(${quote(join(data, 'minutes.csv'))}, header = true,
    columns = {'at': 'TIMESTAMP', 'unavailable': 'BOOLEAN'});
  CREATE TABLE tickets AS SELECT * FROM read_csv(${quote(join(data, 'tickets.csv'))}, header = true,
    columns = {'id': 'VARCHAR', 'opened_at': 'TIMESTAMP', 'responded_at': 'TIMESTAMP'});
  CREATE TEMP VIEW req AS SELECT strftime("at", '%Y-%m') AS month, service, status, latency FROM requests;
  CREATE TEMP VIEW mins AS SELECT strftime("at", '%Y-%m') AS month, unavailable FROM minutes;
  CREATE TEMP VIEW tix AS SELECT strftime(opened_at, '%Y-%m') AS month, CAST(epoch(opened_at) AS BIGINT) AS opened_s,
    CAST(epoch(responded_at) AS BIGINT) AS responded_s FROM tickets;
`);
const reader = await conn.runAndReadAll(readFileSync(join(here, 'requests.sql'), 'utf8'));
process.stdout.write(JSON.stringify(reader.getRowObjectsJson()) + '\n');
