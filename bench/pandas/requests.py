#!/usr/bin/python3
"""bench/agreements/requests.tenor computed with pandas (bench/compare.sh).

Loads the three CSV files of DATADIR with pandas.read_csv (C parser, typed
columns), parses the RFC 3339 timestamps to UTC, and computes per calendar
month the same numbers as bench/sql/requests.sql: the counts behind every
fraction, the exact nearest-rank p99 latency (rank ceil(0.99 n), found with
numpy.partition), met flags and credits on 1000 USD, with integer arithmetic
only. Prints one JSON row per month for bench/check-results.py.

Usage: /usr/bin/python3 bench/pandas/requests.py DATADIR   (Debian's python3-pandas)
"""

import json
import sys

import numpy as np
import pandas as pd

AS_OF = 1798761600  # 2027-01-01T00:00:00Z: the end of the evaluated range

def to_utc(col):
    return pd.to_datetime(col, utc=True, format="ISO8601") if pd.__version__ >= "2" else pd.to_datetime(col, utc=True)

def main(data):
    req = pd.read_csv(f"{data}/requests.csv", dtype={"at": str, "service": str, "status": np.int64, "latency": np.int64})
    mins = pd.read_csv(f"{data}/minutes.csv", dtype={"at": str, "unavailable": str})
    tix = pd.read_csv(f"{data}/tickets.csv", dtype={"id": str, "opened_at": str, "responded_at": str})
    rows = {"requests_rows": len(req), "minutes_rows": len(mins), "tickets_rows": len(tix)}

    kept = req[req["service"] != "healthcheck"]
    ts = to_utc(kept["at"])
    ym = (ts.dt.year * 100 + ts.dt.month).to_numpy()
    status = kept["status"].to_numpy()
    latency = kept["latency"].to_numpy()
    per_month = {}
    order = np.argsort(ym, kind="stable")
    ym_sorted = ym[order]
    keys, starts = np.unique(ym_sorted, return_index=True)
    bounds = list(starts) + [len(ym_sorted)]
    for i, k in enumerate(keys):
        idx = order[bounds[i]:bounds[i + 1]]
        lat = latency[idx]
        n = len(lat)
        rank = (99 * n + 99) // 100
        per_month[int(k)] = {"n": n, "errors": int((status[idx] >= 500).sum()),
                             "p99": int(np.partition(lat, rank - 1)[rank - 1])}

    mts = to_utc(mins["at"])
    mym = (mts.dt.year * 100 + mts.dt.month).to_numpy()
    down = mins["unavailable"].isin(["true", "True", "TRUE", "1"]).to_numpy()
    mg = pd.DataFrame({"ym": mym, "up": ~down}).groupby("ym")["up"].agg(["size", "sum"])

    opened = to_utc(tix["opened_at"])
    responded = to_utc(tix["responded_at"])
    tym = (opened.dt.year * 100 + opened.dt.month).to_numpy()
    opened_s = opened.astype("int64").to_numpy() // 10**9
    answered = responded.notna().to_numpy()
    responded_s = np.where(answered, responded.fillna(opened).astype("int64").to_numpy() // 10**9, 0)
    pending = ~answered & (opened_s + 3600 > AS_OF)
    breached = np.where(answered, responded_s - opened_s > 3600, ~pending)
    tg = pd.DataFrame({"ym": tym, "pending": pending, "breached": breached}).groupby("ym").agg(
        items=("pending", "size"), pending=("pending", "sum"), breaches=("breached", "sum"))

    out = []
    for k in sorted(set(per_month) | set(mg.index) | set(tg.index)):
        m = per_month.get(k)
        up_num, up_den = (int(mg.loc[k, "sum"]), int(mg.loc[k, "size"])) if k in mg.index else (1, 1)
        err_num, err_den = (m["errors"], m["n"]) if m else (0, 1)
        p99 = m["p99"] if m else None
        items, breaches, pend = (int(tg.loc[k, c]) for c in ("items", "breaches", "pending")) if k in tg.index else (0, 0, 0)
        c_num, c_den = (items - pend - breaches, items - pend) if items - pend > 0 else (1, 1)
        availability_met = up_num * 1000 >= up_den * 999
        respond_met = c_num * 100 >= c_den * 95
        av_credit = None if availability_met else (
            "500.00" if up_num * 100 < up_den * 95 else "250.00" if up_num * 100 < up_den * 99 else "100.00")
        re_credit = None if respond_met else ("100.00" if c_num * 100 < c_den * 90 else "50.00")
        out.append({"month": f"{k // 100:04d}-{k % 100:02d}", "up_num": up_num, "up_den": up_den,
                    "err_num": err_num, "err_den": err_den, "p99_ms": p99,
                    "items": items, "breaches": breaches, "pending": pend, "c_num": c_num, "c_den": c_den,
                    "availability_met": availability_met, "errors_met": err_num * 100 <= err_den,
                    "latency_met": p99 is not None and p99 <= 800, "respond_met": respond_met,
                    "availability_credit": av_credit, "response_credit": re_credit, **rows})
    json.dump(out, sys.stdout)
    print()

if __name__ == "__main__":
    main(sys.argv[1])
