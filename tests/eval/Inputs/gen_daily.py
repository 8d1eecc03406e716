#!/usr/bin/env python3
"""Writes a CSV of daily samples for the sampled-data tests (LANGUAGE.md 11.2).

usage: gen_daily.py OUT.csv FIRST LAST [--skip DATE,...] [--fail DATE,...]
                    [--time HH:MM]

One row `at,ok` per day from FIRST to LAST (dates, both included) at local
midnight in UTC (or at --time), leaving out the --skip days; `ok` is false
on the --fail days and true on the others.
"""
import argparse
import datetime

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("first")
ap.add_argument("last")
ap.add_argument("--skip", default="")
ap.add_argument("--fail", default="")
ap.add_argument("--time", default="00:00")
args = ap.parse_args()
skip = set(filter(None, args.skip.split(",")))
fail = set(filter(None, args.fail.split(",")))
day = datetime.date.fromisoformat(args.first)
last = datetime.date.fromisoformat(args.last)
with open(args.out, "w", newline="\n") as out:
    out.write("at,ok\n")
    while day <= last:
        iso = day.isoformat()
        if iso not in skip:
            out.write(f"{iso}T{args.time}:00Z,{'false' if iso in fail else 'true'}\n")
        day += datetime.timedelta(days=1)
