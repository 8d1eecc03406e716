"""Writes a minute_sample CSV for January 2026 (44,640 rows) whose first N
minutes, from 2026-01-10T00:00Z, are unavailable.

Usage: down-minutes.py OUT.csv N
"""
import datetime
import sys

out, down = sys.argv[1], int(sys.argv[2])
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
first = datetime.datetime(2026, 1, 10, tzinfo=datetime.timezone.utc)
with open(out, "w", newline="\n") as f:
    f.write("at,unavailable\n")
    for i in range(44640):
        t = start + datetime.timedelta(minutes=i)
        bad = first <= t < first + datetime.timedelta(minutes=down)
        f.write(f"{t:%Y-%m-%dT%H:%M:%SZ},{'true' if bad else 'false'}\n")
