#!/usr/bin/env python3
"""Regenerates the FileCheck lines of `--dump-ir` tests (tests/ir).

A test holds its Tenor source first and the expected dump last, after the
marker line below; this script replaces everything after the marker (or
appends it) with the current dump of the source:

  - `CHECK-LABEL` for each declaration (top level, and the items of an
    agreement: the lines that end with a location), so that a mismatch is
    reported in the declaration it is in;
  - `CHECK` for every other line, without its indentation.

Unlike the AST checks (utils/update-ast-checks.py), these pin the facts the
dump states, in order, not every byte: a line the IR gains (a new field) or a
change of indentation does not break them; a fact that changes does. The
tests run FileCheck without --match-full-lines, so a line may also grow at
its end. With no FILE, every test under tests/ir that holds the marker is
regenerated; a test without it checks a few facts by hand (its own CHECK
lines, which a whole dump after them would not follow) and is left alone;
name a new test to give it a dump the first time. Like every
golden file, read the diff before committing it: the script writes down what
sema does, not what it should do.

Usage: utils/update-ir-checks.py [--tenorc PATH] [FILE...]
"""

import argparse
import glob
import os
import re
import subprocess
import sys

MARKER = "// ---- expected dump (utils/update-ir-checks.py) ----"


def check_lines(dump):
    out = []
    in_agreement = False
    for line in dump.splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        text = line.strip()
        if not text:
            continue
        if depth == 1:
            in_agreement = text.startswith("Agreement ")
        is_decl = (depth == 1 or (depth == 2 and in_agreement)) and re.search(r"<\d+:\d+>$", text)
        out.append(("// CHECK-LABEL: " if is_decl else "// CHECK: ") + text)
    return out


def update(path, tenorc):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    source = text.split(MARKER)[0].rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    run = subprocess.run([tenorc, "check", "--dump-ir", path], capture_output=True, text=True)
    if run.returncode != 0 or not run.stdout:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        sys.exit(f"{path}: no dump; tenorc said:\n{run.stderr}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source + "\n" + MARKER + "\n" + "\n".join(check_lines(run.stdout)) + "\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenorc", default=os.path.join(root, "build", "bin", "tenorc"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or [
        path
        for path in sorted(glob.glob(os.path.join(root, "tests", "ir", "*.tenor")))
        if MARKER in open(path, encoding="utf-8").read()
    ]
    for path in files:
        update(path, args.tenorc)


if __name__ == "__main__":
    main()
