#!/usr/bin/env python3
"""Checks that every way of computing the benchmark gave the same results.

Each argument is LABEL=FILE. The file `tenor` (any label starting with
"tenor") is an evaluator report (LANGUAGE.md section 8) of
bench/agreements/requests.tenor; every other file is the canonical results
JSON bench/reference/requests.cpp prints (rows read per dataset and, per
month, fractions as exact [numerator, denominator] pairs, the p99 latency in
milliseconds, met flags, the obligation's counts and the credits owed) or
the same numbers as a JSON array of rows, one a month, as bench/sql/* and
bench/pandas/requests.py print them.

Both shapes are turned into one form: fractions are written the way Tenor's
reports write them (exact when the decimal is finite, else rounded half-up
to 10 digits), latencies in seconds, and the structures are compared whole.
Prints the differences and exits 1 when any file differs from the first.

Usage: check-results.py LABEL=FILE LABEL=FILE...
"""

import json
import sys
from decimal import Decimal
from fractions import Fraction


def report_fraction(num, den):
    """num/den as Tenor's reports write a fraction (runtime formatFraction):
    exactly when its decimal ends within 20 digits, else rounded half-up to
    10 digits; trailing zeros do not matter (values compare as Decimals)."""
    f = Fraction(int(num), int(den))
    d = f.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    scale = max(twos, fives) if d == 1 and max(twos, fives) <= 20 else 10
    scaled = f * 10**scale  # exact
    whole, rem = divmod(scaled.numerator, scaled.denominator)
    if 2 * rem >= scaled.denominator:  # half-up (the values are never negative)
        whole += 1
    return Decimal(whole).scaleb(-scale).normalize()


def from_tenor(report):
    """Canonical form of a Tenor evaluator report."""
    out = {"rows": {k: v["rows"] for k, v in report["data"].items()}, "months": []}
    obj = report["objectives"]
    obl = report["obligations"]["respond"]
    credits = {}
    for name, entries in report["remedies"].items():
        for e in entries:
            credits.setdefault(e["start"][:7], {})[name] = e["amount"]
    for i, av in enumerate(obj["availability"]):
        er, la, ob = obj["errors"][i], obj["latency"][i], obl[i]
        month = av["start"][:7]
        assert er["start"] == la["start"] == ob["start"] == av["start"]
        p99 = la["metrics"]["p99_latency"]
        out["months"].append({
            "month": month,
            "uptime": Decimal(av["metrics"]["uptime"]).normalize(),
            "availability_met": av["met"],
            "error_share": Decimal(er["metrics"]["error_share"]).normalize(),
            "errors_met": er["met"],
            "p99_latency_s": None if p99 is None else Decimal(p99).normalize(),
            "latency_met": la["met"],
            "respond": {
                "items": ob["items"], "breaches": ob["breaches"], "pending": ob["pending"],
                "compliance": Decimal(ob["compliance"]).normalize(), "met": ob["met"],
            },
            "credits": credits.get(month, {}),
        })
    return out


def from_canonical(doc):
    """Canonical form of the other implementations' output."""
    out = {"rows": {k: int(v) for k, v in doc["rows"].items()}, "months": []}
    for m in doc["months"]:
        p99 = m["p99_latency_ms"]
        r = m["respond"]
        out["months"].append({
            "month": m["month"],
            "uptime": report_fraction(*m["uptime"]),
            "availability_met": bool(m["availability_met"]),
            "error_share": report_fraction(*m["error_share"]),
            "errors_met": bool(m["errors_met"]),
            "p99_latency_s": None if p99 is None or p99 < 0 else (Decimal(int(p99)) / 1000).normalize(),
            "latency_met": bool(m["latency_met"]),
            "respond": {
                "items": int(r["items"]), "breaches": int(r["breaches"]), "pending": int(r["pending"]),
                "compliance": report_fraction(*r["compliance"]), "met": bool(r["met"]),
            },
            "credits": {k: v for k, v in m["credits"].items() if v is not None},
        })
    return out


def from_rows(rows):
    """The rows of bench/sql/requests.sql (SQLite, DuckDB) or pandas: one a month."""
    first = rows[0]
    doc = {"rows": {k: first[f"{k}_rows"] for k in ("requests", "minutes", "tickets")}, "months": []}
    # DuckDB's JSON rows carry 64- and 128-bit integers as strings
    ints = ("up_num", "up_den", "err_num", "err_den", "items", "breaches", "pending", "c_num", "c_den")
    for r in rows:
        r = {k: int(v) if k in ints else v for k, v in r.items()}
        doc["months"].append({
            "month": r["month"],
            "uptime": [r["up_num"], r["up_den"]],
            "availability_met": r["availability_met"],
            "error_share": [r["err_num"], r["err_den"]],
            "errors_met": r["errors_met"],
            "p99_latency_ms": r["p99_ms"],
            "latency_met": r["latency_met"],
            "respond": {"items": r["items"], "breaches": r["breaches"], "pending": r["pending"],
                        "compliance": [r["c_num"], r["c_den"]], "met": r["respond_met"]},
            "credits": {"availability_credit": r["availability_credit"],
                        "response_credit": r["response_credit"]},
        })
    return from_canonical(doc)


def load(label, path):
    with open(path) as f:
        doc = json.load(f, parse_float=Decimal)
    if label.startswith("tenor"):
        return from_tenor(doc)
    return from_rows(doc) if isinstance(doc, list) else from_canonical(doc)


def differences(a, b, where=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                yield f"{where}.{k}: only in {'first' if k in a else 'second'}"
            else:
                yield from differences(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield f"{where}: {len(a)} entries vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{where}[{i}]")
    elif a != b or type(a) is not type(b):
        yield f"{where}: {a!r} vs {b!r}"


def main(args):
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    docs = [(label, load(label, path)) for label, path in (a.split("=", 1) for a in args)]
    first_label, first = docs[0]
    failed = False
    for label, doc in docs[1:]:
        diffs = list(differences(first, doc))
        if diffs:
            failed = True
            print(f"check-results: {label} differs from {first_label}:", file=sys.stderr)
            for d in diffs[:20]:
                print(f"  {d}", file=sys.stderr)
    if not failed:
        months = len(first["months"])
        print(f"check-results: {len(docs)} results identical ({months} months, rows {first['rows']})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
