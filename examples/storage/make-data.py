#!/usr/bin/env python3
"""Writes intervals.csv, the 5-minute request counts of the storage example.

One row per 5-minute interval from 2026-01-01T00:00Z to 2026-04-01T00:00Z
(January to March 2026, 25,920 rows): `at` is the start of the interval,
`requests` the requests the customer's buckets received in it, `errors`
those that failed with a server error (HTTP 500 InternalError or 503
ServiceUnavailable). The output is the same on every run (no randomness).

Traffic: 1,200 requests per interval from 08:00 to 20:00 UTC, 300 at other
times, and none on Sundays from 03:00 to 04:00 (a weekly pause of the
customer's batch jobs). Errors: none, except in the incidents below.

Usage: python3 make-data.py [OUTDIR]   (default: this script's folder)
"""

import datetime
import os
import sys

UTC = datetime.timezone.utc
START = datetime.datetime(2026, 1, 1, tzinfo=UTC)
END = datetime.datetime(2026, 4, 1, tzinfo=UTC)
STEP = datetime.timedelta(minutes=5)

# (first interval, last interval (included), share of the requests that
# failed). README.md adds the error rates up per month.
INCIDENTS = [
    ("2026-01-20T10:00", "2026-01-20T10:55", (1, 2)),   # 12 intervals at 50%
    ("2026-02-11T14:00", "2026-02-11T16:55", (1, 1)),   # 36 intervals at 100%
    ("2026-02-11T17:00", "2026-02-11T18:55", (1, 4)),   # 24 intervals at 25%
    ("2026-03-10T08:00", "2026-03-10T15:55", (1, 1)),   # 96 intervals at 100%
    ("2026-03-24T20:00", "2026-03-24T21:55", (1, 2)),   # 24 intervals at 50%
]


def parse(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=UTC)


def requests_at(t):
    if t.weekday() == 6 and t.hour == 3:
        return 0
    return 1200 if 8 <= t.hour < 20 else 300


def errors_at(t, requests):
    for first, last, (num, den) in INCIDENTS:
        if parse(first) <= t <= parse(last):
            return requests * num // den
    return 0


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(outdir, "intervals.csv"), "w", newline="\n") as out:
        out.write("at,requests,errors\n")
        t = START
        while t < END:
            requests = requests_at(t)
            out.write(f"{t:%Y-%m-%dT%H:%M:%SZ},{requests},{errors_at(t, requests)}\n")
            t += STEP


if __name__ == "__main__":
    main()
