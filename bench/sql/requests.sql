-- requests.sql - bench/agreements/requests.tenor as one SQL query, run unchanged
-- by SQLite (sqlite.sh) and DuckDB (duckdb.mjs).
--
-- Expects the tables the engine's load script made from the CSV files
-- (requests, minutes, tickets) and its views over them, which hide the two
-- dialects' date functions: req(month, service, status, latency),
-- mins(month, unavailable), tix(month, opened_s, responded_s) with
-- responded_s NULL when never answered. One row per month: the counts
-- behind every fraction, the exact nearest-rank p99 (the value of rank
-- ceil(0.99 n) in latency order), met flags and credits on 1000 USD.
-- Integer arithmetic only, so the results are exact.
WITH
  kept AS (SELECT month, status, latency FROM req WHERE service <> 'healthcheck'),
  req_month AS (
    SELECT month, count(*) AS n, sum(CASE WHEN status >= 500 THEN 1 ELSE 0 END) AS errors
    FROM kept GROUP BY month),
  ranked AS (
    SELECT month, latency, row_number() OVER (PARTITION BY month ORDER BY latency) AS rnk
    FROM kept),
  p99 AS (
    SELECT ranked.month, ranked.latency AS p99_ms
    FROM ranked JOIN req_month ON ranked.month = req_month.month
    -- rnk = ceil(0.99 n), without division ('/' on integers differs between the engines)
    WHERE 100 * ranked.rnk >= 99 * req_month.n AND 100 * (ranked.rnk - 1) < 99 * req_month.n),
  min_month AS (
    SELECT month, count(*) AS n, sum(CASE WHEN unavailable THEN 0 ELSE 1 END) AS up
    FROM mins GROUP BY month),
  -- as of 2027-01-01T00:00:00Z (1798761600): a ticket without a response is
  -- pending while its deadline, opened + 1 h, lies after it
  tix_state AS (
    SELECT month,
           CASE WHEN responded_s IS NULL AND opened_s + 3600 > 1798761600 THEN 1 ELSE 0 END AS pending,
           CASE WHEN responded_s IS NULL THEN (CASE WHEN opened_s + 3600 > 1798761600 THEN 0 ELSE 1 END)
                WHEN responded_s - opened_s > 3600 THEN 1 ELSE 0 END AS breached
    FROM tix),
  tix_month AS (
    SELECT month, count(*) AS items, sum(breached) AS breaches, sum(pending) AS pending
    FROM tix_state GROUP BY month),
  months AS (SELECT month FROM min_month UNION SELECT month FROM req_month UNION SELECT month FROM tix_month),
  joined AS (
    SELECT months.month,
           CASE WHEN min_month.n > 0 THEN min_month.up ELSE 1 END AS up_num,
           CASE WHEN min_month.n > 0 THEN min_month.n ELSE 1 END AS up_den,
           CASE WHEN req_month.n > 0 THEN req_month.errors ELSE 0 END AS err_num,
           CASE WHEN req_month.n > 0 THEN req_month.n ELSE 1 END AS err_den,
           p99.p99_ms,
           coalesce(tix_month.items, 0) AS items,
           coalesce(tix_month.breaches, 0) AS breaches,
           coalesce(tix_month.pending, 0) AS pending
    FROM months
    LEFT JOIN min_month ON min_month.month = months.month
    LEFT JOIN req_month ON req_month.month = months.month
    LEFT JOIN p99 ON p99.month = months.month
    LEFT JOIN tix_month ON tix_month.month = months.month),
  judged AS (
    SELECT *,
           CASE WHEN items - pending > 0 THEN items - pending - breaches ELSE 1 END AS c_num,
           CASE WHEN items - pending > 0 THEN items - pending ELSE 1 END AS c_den
    FROM joined)
SELECT month, up_num, up_den, err_num, err_den, p99_ms, items, breaches, pending, c_num, c_den,
       up_num * 1000 >= up_den * 999 AS availability_met,
       err_num * 100 <= err_den AS errors_met,
       p99_ms IS NOT NULL AND p99_ms <= 800 AS latency_met,
       c_num * 100 >= c_den * 95 AS respond_met,
       CASE WHEN up_num * 1000 >= up_den * 999 THEN NULL
            WHEN up_num * 100 < up_den * 95 THEN '500.00'
            WHEN up_num * 100 < up_den * 99 THEN '250.00'
            ELSE '100.00' END AS availability_credit,
       CASE WHEN c_num * 100 >= c_den * 95 THEN NULL
            WHEN c_num * 100 < c_den * 90 THEN '100.00'
            ELSE '50.00' END AS response_credit,
       (SELECT count(*) FROM requests) AS requests_rows,
       (SELECT count(*) FROM minutes) AS minutes_rows,
       (SELECT count(*) FROM tickets) AS tickets_rows
FROM judged
ORDER BY month;
