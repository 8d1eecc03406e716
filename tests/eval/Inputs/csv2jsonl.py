#!/usr/bin/env python3
"""Converts a CSV file to JSON Lines, row for row.

usage: csv2jsonl.py IN.csv OUT.jsonl [--numbers COL,...] [--bools COL,...]
                    [--null COL,...] [--reverse]

Values are JSON strings, except the --numbers columns (JSON numbers, their
text kept as is) and --bools columns (JSON booleans). An empty value leaves
the key out, or is written as null for --null columns. --reverse writes the
rows in reverse order.
"""
import argparse
import csv
import json

ap = argparse.ArgumentParser()
ap.add_argument("src")
ap.add_argument("dst")
ap.add_argument("--numbers", default="")
ap.add_argument("--bools", default="")
ap.add_argument("--null", default="")
ap.add_argument("--reverse", action="store_true")
args = ap.parse_args()
numbers, bools, nulls = (set(filter(None, s.split(","))) for s in (args.numbers, args.bools, args.null))
with open(args.src, newline="") as f:
    rows = list(csv.DictReader(f))
if args.reverse:
    rows.reverse()
with open(args.dst, "w") as out:
    for row in rows:
        parts = []
        for key, value in row.items():
            if value == "":
                if key in nulls:
                    parts.append('"%s": null' % key)
                continue
            if key in numbers:
                text = value
            elif key in bools:
                text = "true" if value in ("true", "1") else "false"
            else:
                text = json.dumps(value)
            parts.append('"%s": %s' % (key, text))
        out.write("{" + ", ".join(parts) + "}\n")
