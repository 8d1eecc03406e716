#!/usr/bin/env python3
"""Writes data files a hostile or broken pipeline may produce into OUT.

usage: gen_hostile_data.py OUT

The schema is `id: text, opened_at: timestamp, responded_at: timestamp?`
(tests/eval/data-not-text.tenor and jsonl-deep-nesting.tenor). Each file
holds a good row, the bad one (CSV line 3, JSON Lines line 2), then a good
row again, so that --skip-bad-rows shows the reader carries on after it:
T-01 is answered on time, T-03 late.
"""
import os
import sys

HEADER = b"id,opened_at,responded_at\n"
GOOD_CSV = b"T-01,2026-01-05T10:00:00Z,2026-01-05T10:10:00Z\n"
LAST_CSV = b"T-03,2026-01-07T10:00:00Z,2026-01-07T10:30:00Z\n"
GOOD_JSON = (b'{"id": "T-01", "opened_at": "2026-01-05T10:00:00Z", '
             b'"responded_at": "2026-01-05T10:10:00Z"}\n')
LAST_JSON = (b'{"id": "T-03", "opened_at": "2026-01-07T10:00:00Z", '
             b'"responded_at": "2026-01-07T10:30:00Z"}\n')


def bad_json(id_bytes, extra=b""):
    return (b'{"id": "' + id_bytes + b'", "opened_at": "2026-01-06T10:00:00Z", '
            b'"responded_at": null' + extra + b"}\n")


def files():
    # Bytes that are not UTF-8 (issue 12: the CSV reader passed them on as
    # U+FFFD), and NUL bytes, in an id that the report would list.
    yield "not-utf8.csv", HEADER + GOOD_CSV + b"INC-\xff\xfeX,2026-01-06T10:00:00Z,\n" + LAST_CSV
    yield "not-utf8.jsonl", GOOD_JSON + bad_json(b"INC-\xff\xfeX") + LAST_JSON
    yield "nul.csv", HEADER + GOOD_CSV + b"INC-\x00X,2026-01-06T10:00:00Z,\n" + LAST_CSV
    yield "nul.jsonl", GOOD_JSON + bad_json(b"INC-\x00X") + LAST_JSON
    yield "nul-escaped.jsonl", GOOD_JSON + bad_json(b"INC-\\u0000X") + LAST_JSON
    # 100,000 nested arrays in a key the agreement does not read, closed and
    # not (issue 12: the walk over them overflowed the stack).
    deep = 100000
    yield "deep-closed.jsonl", (GOOD_JSON + bad_json(b"T-02", b', "x": ' + b"[" * deep + b"]" * deep)
                                + LAST_JSON)
    yield "deep-open.jsonl", GOOD_JSON + bad_json(b"T-02", b', "x": ' + b"[" * deep) + LAST_JSON
    # A terminated row longer than the 1 MiB limit: a bad row that
    # --skip-bad-rows skips.
    long_text = b"x" * (2 << 20)
    yield "long-row.csv", HEADER + GOOD_CSV + b"T-02," + long_text + b",\n" + LAST_CSV
    yield "long-line.jsonl", GOOD_JSON + bad_json(long_text) + LAST_JSON


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, data in files():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


main()
