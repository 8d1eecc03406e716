#!/usr/bin/env python3
"""Writes per-minute health rows `at,unavailable` (CSV or JSON Lines).

usage: gen_minutes.py OUT --from 2026-01-01T00:00:00Z --to 2026-02-01T00:00:00Z
                      [--down N] [--down-at TIMESTAMP] [--shuffle] [--step SECONDS]

The N unavailable minutes start at --down-at (default: the start); the rows
are written in time order unless --shuffle (a fixed seed: reproducible).
The format follows OUT's extension (.csv or .jsonl).
"""
import argparse
import datetime as dt
import random


def parse(ts):
    return dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    ap.add_argument("--down", type=int, default=0)
    ap.add_argument("--down-at")
    ap.add_argument("--step", type=int, default=60)
    ap.add_argument("--shuffle", action="store_true")
    args = ap.parse_args()
    start, end = parse(args.start), parse(args.end)
    down_from = parse(args.down_at) if args.down_at else start
    down_to = down_from + dt.timedelta(minutes=args.down)
    rows = []
    t = start
    while t < end:
        rows.append((t.strftime("%Y-%m-%dT%H:%M:%SZ"), down_from <= t < down_to))
        t += dt.timedelta(seconds=args.step)
    if args.shuffle:
        random.Random(42).shuffle(rows)
    with open(args.out, "w") as f:
        if args.out.endswith(".jsonl"):
            for at, down in rows:
                f.write('{"at": "%s", "unavailable": %s}\n' % (at, "true" if down else "false"))
        else:
            f.write("at,unavailable\n")
            for at, down in rows:
                f.write("%s,%s\n" % (at, "true" if down else "false"))


main()
