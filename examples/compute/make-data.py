#!/usr/bin/env python3
"""Writes minutes.csv, the per-minute health samples of the compute example.

One row per minute from 2026-01-01T00:00Z to 2026-05-01T00:00Z (January to
April 2026, 172,800 rows): `at` is the start of the minute, `unavailable`
is true inside the incidents listed below and false everywhere else. The
output is the same on every run (no randomness, no clock).

Usage: python3 make-data.py [OUTDIR]   (default: this script's folder)
"""

import datetime
import os
import sys

START = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc)

# (first unavailable minute, number of unavailable minutes). README.md adds
# these up per month.
INCIDENTS = [
    ("2026-01-14T03:12", 3),      # January:     3 minutes
    ("2026-02-09T14:05", 47),     # February:   47 + 5 = 52 minutes
    ("2026-02-23T22:40", 5),
    ("2026-03-02T08:00", 420),    # March:     420 + 80 = 500 minutes
    ("2026-03-17T11:30", 80),
    ("2026-04-06T09:00", 1440),   # April:   1,440 + 860 = 2,300 minutes
    ("2026-04-20T13:00", 860),
]


def unavailable_minutes():
    """The set of minute starts that were unavailable."""
    down = set()
    for first, count in INCIDENTS:
        t = datetime.datetime.fromisoformat(first).replace(tzinfo=datetime.timezone.utc)
        for i in range(count):
            down.add(t + datetime.timedelta(minutes=i))
    return down


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    down = unavailable_minutes()
    minute = datetime.timedelta(minutes=1)
    with open(os.path.join(outdir, "minutes.csv"), "w", newline="\n") as out:
        out.write("at,unavailable\n")
        t = START
        while t < END:
            out.write(f"{t:%Y-%m-%dT%H:%M:%SZ},{'true' if t in down else 'false'}\n")
            t += minute


if __name__ == "__main__":
    main()
