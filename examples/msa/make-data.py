#!/usr/bin/env python3
"""Writes probes.csv, the per-minute checks of the hosting SLA (hosting-sla.tenor).

One row per minute from 2026-01-01T00:00Z to 2026-03-01T00:00Z (January and
February 2026, 84,960 rows; London is on GMT = UTC in these months): `at` is
the start of the minute, `unavailable` is true when Bluewave's external
monitor could not load Acme's shop in that minute, in the incidents below,
and false everywhere else. The output is the same on every run.

Usage: python3 make-data.py [OUTDIR]   (default: this script's folder)
"""

import datetime
import os
import sys

UTC = datetime.timezone.utc
START = datetime.datetime(2026, 1, 1, tzinfo=UTC)
END = datetime.datetime(2026, 3, 1, tzinfo=UTC)

# (first unavailable minute, number of minutes). README.md adds them up.
INCIDENTS = [
    ("2026-01-08T11:02", 13),     # January:  13 minutes
    ("2026-02-12T19:30", 52),     # February: 52 + 8 = 60 minutes
    ("2026-02-20T03:10", 8),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    down = set()
    for first, count in INCIDENTS:
        t = datetime.datetime.fromisoformat(first).replace(tzinfo=UTC)
        down.update(t + datetime.timedelta(minutes=i) for i in range(count))
    with open(os.path.join(outdir, "probes.csv"), "w", newline="\n") as out:
        out.write("at,unavailable\n")
        t = START
        while t < END:
            out.write(f"{t:%Y-%m-%dT%H:%M:%SZ},{'true' if t in down else 'false'}\n")
            t += datetime.timedelta(minutes=1)


if __name__ == "__main__":
    main()
