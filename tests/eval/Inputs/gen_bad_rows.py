#!/usr/bin/env python3
"""Writes one data file per kind of bad row into directory OUT.

usage: gen_bad_rows.py OUT

Each file holds the header (CSV) and a good row, then the bad row on
line 3 (CSV) or 2 (JSON Lines), so every error is reported at that line.
The schema is the one of tests/eval/bad-rows.tenor.
"""
import os
import sys

HEADER = "at,flag,n,amount,rate,kind,took,during,note,extra"
GOOD = ["2026-01-01T00:00:00Z", "true", "1", "2.50", "0.5", "high", "30",
        "2026-01-01T00:00:00Z/2026-01-01T00:10:00Z", "ok", ""]
COLUMNS = HEADER.split(",")

# name: {column: bad value} (CSV)
CSV = {
    "bad-timestamp": {"at": "2026-13-01T00:00:00Z"},
    "missing-offset": {"at": "2026-01-01T00:00:00"},
    "bad-bool": {"flag": "yes"},
    "bad-int": {"n": "12x"},
    "bad-decimal": {"amount": "2.5.0"},
    "exponent": {"rate": "1e3"},
    "other-currency": {"amount": "2.50 EUR"},
    "unknown-enum": {"kind": "hihg"},
    "missing-value": {"n": ""},
    "negative-duration": {"took": "-30"},
    "interval-backwards": {"during": "2026-01-01T00:10:00Z/2026-01-01T00:00:00Z"},
    "interval-no-slash": {"during": "2026-01-01T00:10:00Z"},
}

GOOD_JSON = ('{"at": "2026-01-01T00:00:00Z", "flag": true, "n": 1, "amount": 2.50, '
             '"rate": 0.5, "kind": "high", "took": 30, '
             '"during": "2026-01-01T00:00:00Z/2026-01-01T00:10:00Z", "note": "ok"}')
JSONL = {
    "invalid-json": GOOD_JSON[:-1],
    "not-an-object": "[1, 2]",
    "wrong-type": GOOD_JSON.replace('"n": 1', '"n": true'),
    "string-for-number": GOOD_JSON.replace('"n": 1', '"n": "1"'),
    "missing-key": GOOD_JSON.replace(', "note": "ok"', ""),
    "null-value": GOOD_JSON.replace('"at": "2026-01-01T00:00:00Z"', '"at": null'),
    "duplicate-key": GOOD_JSON.replace('"n": 1', '"n": 1, "n": 2'),
}


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    good = ",".join(GOOD)
    for name, bad in CSV.items():
        row = [bad.get(c, v) for c, v in zip(COLUMNS, GOOD)]
        write(os.path.join(out, name + ".csv"), "%s\n%s\n%s\n" % (HEADER, good, ",".join(row)))
    tail = good + "\n"
    write(os.path.join(out, "unterminated-quote.csv"),
          HEADER + "\n" + tail + good.replace(",ok,", ',"ok,') + "\n" + tail)
    write(os.path.join(out, "too-many-fields.csv"), HEADER + "\n" + tail + good + ",surplus\n")
    write(os.path.join(out, "too-few-fields.csv"), HEADER + "\n" + tail + ",".join(GOOD[:7]) + "\n")
    write(os.path.join(out, "missing-column.csv"), HEADER.replace("note,", "") + "\n")
    write(os.path.join(out, "duplicate-header.csv"), HEADER.replace("note,", "note,n,") + "\n")
    for name, bad in JSONL.items():
        write(os.path.join(out, name + ".jsonl"), GOOD_JSON + "\n" + bad + "\n")
    # Every kind at once, for --skip-bad-rows: 3 good rows, 5 bad ones.
    rows = [good, good.replace("true", "yes"), good, good.replace(",1,", ",12x,"),
            good.replace(",30,", ",-30,"), good + ",surplus", good.replace("high", "hihg"), good]
    write(os.path.join(out, "mixed.csv"), HEADER + "\n" + "\n".join(rows) + "\n")


main()
