#!/usr/bin/env python3
"""Writes bench/compare.sh's measurements into docs/performance.md.

Reads the results TSV compare.sh writes (kind, size, way, wall seconds, peak
RSS KB, rows, load average, CPU seconds; one line per timed run) and replaces the text between
the markers `<!-- compare.sh: begin -->` and `<!-- compare.sh: end -->` of
the page with: the machine and tool versions, one table per data size
(median seconds, rows per second, median peak memory, ratios), the memory of
the simple availability metric at each size, `tenorc build` times, and the
targets of issue 7 with met / missed and by how much. Every number comes
from the TSV; nothing is typed in.

Usage: report.py RESULTS.tsv DOC.md   (DOC "-" prints the section)
"""

import collections
import json
import os
import platform
import statistics
import subprocess
import sys

BEGIN = "<!-- compare.sh: begin (generated; edit bench/report.py instead) -->"
END = "<!-- compare.sh: end -->"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = {
    "tenor-csv": "Tenor evaluator, CSV",
    "tenor-jsonl": "Tenor evaluator, JSON Lines",
    "reference-csv": "hand-written C++, CSV",
    "reference-jsonl": "hand-written C++, JSON Lines",
    "duckdb": "DuckDB, 1 thread (load CSV + query)",
    "sqlite": "SQLite (load CSV + query)",
    "pandas": "pandas (read_csv + compute)",
    "tenor-avail-csv": "Tenor, availability only, CSV",
}


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    debian = run(["cat", "/etc/debian_version"])
    duckdb = "?"
    try:
        with open(os.path.join(HERE, "node_modules/@duckdb/node-api/package.json")) as f:
            duckdb = json.load(f)["version"]
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb / 2**20:.0f} GiB, Debian {debian}, "
            f"Linux {platform.release()}; {run(['g++', '-dumpfullversion'])and 'g++ ' + run(['g++', '-dumpfullversion'])}, "
            f"@duckdb/node-api {duckdb}, SQLite {run(['sqlite3', '--version']).split(' ')[0]}, "
            f"pandas {run(['/usr/bin/python3', '-c', 'import pandas; print(pandas.__version__)'])}, "
            f"Node.js {run(['node', '--version'])}")


def fmt_int(x):
    return f"{x:,.0f}"


def main(tsv, doc):
    runs = collections.defaultdict(list)
    builds = collections.defaultdict(list)
    rows_of, loads = {}, collections.defaultdict(list)
    with open(tsv) as f:
        for line in f:
            kind, size, way, secs, kb, rows, load, cpu = line.rstrip("\n").split("\t")
            if kind == "build":
                builds[way].append((float(secs), float(cpu)))
            else:
                runs[(int(size), way)].append((float(secs), int(kb), float(cpu)))
                rows_of[(int(size), way)] = int(rows)
                loads[int(size)].append(float(load))
    med = {k: (statistics.median(s for s, _, _ in v), statistics.median(m for _, m, _ in v), len(v),
               statistics.median(c for _, _, c in v))
           for k, v in runs.items()}

    out = [BEGIN, "", f"Machine: {machine()}.", ""]
    sizes = sorted({s for s, _ in med})
    targets = []
    for size in sizes:
        ways = [w for w in LABELS if (size, w) in med]
        n_runs = min(med[(size, w)][2] for w in ways)
        load = loads[size]
        out.append(f"### {size:,} request rows")
        out.append("")
        total = rows_of[(size, "tenor-csv")]
        out.append(f"{total:,} rows in all ({size:,} requests, the year's 525,600 minutes, "
                   f"{total - size - 525600:,} tickets); median of {n_runs} interleaved runs, "
                   f"load average {min(load):.1f}–{max(load):.1f} at the start of a round.")
        out.append("")
        out.append("| way | seconds | CPU seconds | rows/s | peak RSS MB | its time ÷ Tenor's on the same input |")
        out.append("|---|--:|--:|--:|--:|--:|")
        tenor_s = med[(size, "tenor-csv")][0]
        for w in ways:
            s, kb, _, cpu = med[(size, w)]
            rows = rows_of[(size, w)]
            same = "tenor-jsonl" if w.endswith("jsonl") else "tenor-csv"
            ratio = "" if w.startswith("tenor") else f"{s / med[(size, same)][0]:.2f}"
            out.append(f"| {LABELS[w]} | {s:.2f} | {cpu:.2f} | {fmt_int(rows / s)} | {kb / 1024:.0f} | {ratio} |")
        out.append("")
        for fmt in ("csv", "jsonl"):
            t, r = med.get((size, f"tenor-{fmt}")), med.get((size, f"reference-{fmt}"))
            if t and r:
                targets.append(("Tenor ≥ 0.8× the hand-written C++", f"{size:,} rows, {fmt.upper()}",
                                (r[0] / t[0], r[3] / t[3]), 0.8))
        if (size, "duckdb") in med:
            d, t = med[(size, "duckdb")], med[(size, "tenor-csv")]
            targets.append(("Tenor ≥ 10× single-threaded DuckDB", f"{size:,} rows, CSV",
                            (d[0] / t[0], d[3] / t[3]), 10.0))

    if any((s, "tenor-avail-csv") in med for s in sizes):
        out.append("### Memory of a metric that keeps no values")
        out.append("")
        out.append("`bench/agreements/availability.tenor` (the share of requests without a server "
                   "error, per month), on `requests.csv` alone:")
        out.append("")
        out.append("| request rows | seconds | rows/s | peak RSS MB |")
        out.append("|--:|--:|--:|--:|")
        mems = []
        for size in sizes:
            if (size, "tenor-avail-csv") in med:
                s, kb, _, _ = med[(size, "tenor-avail-csv")]
                mems.append((size, kb))
                out.append(f"| {size:,} | {s:.2f} | {fmt_int(rows_of[(size, 'tenor-avail-csv')] / s)} | {kb / 1024:.1f} |")
        out.append("")
        if len(mems) > 1:
            (s0, k0), (s1, k1) = mems[0], mems[-1]
            targets.append(("peak memory flat in rows (availability)",
                            f"{s0:,} → {s1:,} rows", k1 / k0, None))

    if builds:
        out.append("### `tenorc build`")
        out.append("")
        out.append("| agreement | median seconds (wall) | median CPU seconds | runs |")
        out.append("|---|--:|--:|--:|")
        for name, v in sorted(builds.items()):
            where = "bench/agreements/requests.tenor" if name == "requests" else "examples/compute/compute.tenor"
            out.append(f"| `{where}` | {statistics.median(s for s, _ in v):.2f} | "
                       f"{statistics.median(c for _, c in v):.2f} | {len(v)} |")
            targets.append(("`tenorc build` under 5 s", where,
                            (statistics.median(s for s, _ in v), statistics.median(c for _, c in v)), 5.0))
        out.append("")

    out.append("### Targets")
    out.append("")
    out.append("Speed ratios are of wall-clock medians (rows per second); the CPU-time "
               "ratio is given beside them because the machine is shared.")
    out.append("")
    out.append("| target | case | measured | verdict |")
    out.append("|---|---|--:|---|")
    for name, case, value, goal in targets:
        if name.startswith("`tenorc build`"):
            wall, cpu = value
            verdict = "met" if wall < goal else f"missed by {wall - goal:.1f} s"
            shown = f"{wall:.2f} s (CPU {cpu:.2f} s)"
        elif goal is None:
            verdict = "met" if value < 1.10 else f"missed: grows ×{value:.2f}"
            shown = f"×{value:.2f} peak RSS"
        else:
            wall, cpu = value
            verdict = "met" if wall >= goal else f"missed by {(1 - wall / goal) * 100:.0f}%"
            shown = f"{wall:.2f}× (CPU {cpu:.2f}×)"
        out.append(f"| {name} | {case} | {shown} | {verdict} |")
    out.append("")
    out.append(END)
    section = "\n".join(out) + "\n"

    if doc == "-":
        sys.stdout.write(section)
        return 0
    with open(doc) as f:
        text = f.read()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + section + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(doc, "w") as f:
        f.write(text)
    print(f"report.py: wrote the results into {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]) if len(sys.argv) == 3 else (print(__doc__, file=sys.stderr) or 2))
