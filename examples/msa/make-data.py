#!/usr/bin/env python3
"""Writes probes.csv, the per-minute checks of the hosting SLA (hosting-sla.tenor),
and windows.csv, its maintenance windows.

One row per minute from 2026-01-01T00:00Z to 2026-03-01T00:00Z (January and
February 2026, 84,960 rows; London is on GMT = UTC in these months): `at` is
the start of the minute, `unavailable` is true when Bluewave's external
monitor could not load Acme's shop in that minute, in the incidents below,
and false everywhere else. windows.csv has one row per Sunday of those
months: `span` is 02:00-04:00 (UTC, which is London time then) and
`notice_days` the working days' notice Bluewave gave, 5 or more for each.
The output is the same on every run.

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


# Working days' notice of each Sunday maintenance window, in date order.
NOTICE_DAYS = [5, 7, 5, 6, 5, 5, 8, 5]


def write_windows(outdir):
    sunday = START + datetime.timedelta(days=(6 - START.weekday()) % 7)
    with open(os.path.join(outdir, "windows.csv"), "w", newline="\n") as out:
        out.write("span,notice_days\n")
        for notice in NOTICE_DAYS:
            start = sunday + datetime.timedelta(hours=2)
            end = start + datetime.timedelta(hours=2)
            out.write(f"{start:%Y-%m-%dT%H:%M:%SZ}/{end:%Y-%m-%dT%H:%M:%SZ},{notice}\n")
            sunday += datetime.timedelta(days=7)


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
    write_windows(outdir)


if __name__ == "__main__":
    main()
