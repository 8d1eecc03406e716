#!/usr/bin/env python3
"""Writes one row `at,v` per step between two instants (CSV).

usage: gen_ticks.py OUT --from TIMESTAMP --to TIMESTAMP [--step SECONDS] [--offset HH:MM]

`v` counts the rows from 1. Timestamps are written in UTC unless --offset
gives the UTC offset to write them with (the instants are the same).
"""
import argparse
import datetime as dt


def parse(ts):
    return dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))


ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--from", dest="start", required=True)
ap.add_argument("--to", dest="end", required=True)
ap.add_argument("--step", type=int, default=86400)
ap.add_argument("--offset")
args = ap.parse_args()
tz = dt.timezone.utc
if args.offset:
    sign = -1 if args.offset.startswith("-") else 1
    h, m = args.offset.lstrip("+-").split(":")
    tz = dt.timezone(sign * dt.timedelta(hours=int(h), minutes=int(m)))
t, end, n = parse(args.start), parse(args.end), 0
with open(args.out, "w") as f:
    f.write("at,v\n")
    while t < end:
        n += 1
        f.write("%s,%d\n" % (t.astimezone(tz).isoformat().replace("+00:00", "Z"), n))
        t += dt.timedelta(seconds=args.step)
