#!/usr/bin/env python3
"""Regenerates the FileCheck lines of `--dump-ast` tests (tests/parse).

A test holds its Tenor source first and the expected dump last, after the
marker line below; this script replaces everything after the marker (or
appends it) with the current dump of the source, one check a line:

  - `CHECK-LABEL` for each declaration (top level, and the items of an
    agreement), so that a mismatch is reported in the declaration it is in;
  - `CHECK-NEXT` for every other line, indentation included (the test runs
    FileCheck with --match-full-lines --strict-whitespace), so that the shape
    of the tree is checked, not only its lines.

The checks come after the source so that regenerating them never moves a line
of the source. Like every golden file, read the diff before committing it:
the script writes down what the parser does, not what it should do.

Usage: utils/update-ast-checks.py [--tenorc PATH] FILE...
"""

import argparse
import os
import subprocess
import sys

MARKER = "// ---- expected dump (utils/update-ast-checks.py) ----"


def check_lines(dump):
    out = []
    in_agreement = False
    for line in dump.splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 2
        if depth == 0:
            out.append("// CHECK:" + line)
            continue
        if depth == 1:
            in_agreement = line.lstrip().startswith("Agreement ")
        is_decl = (depth == 1 and not line.lstrip().startswith("Doc ")) or (
            depth == 2 and in_agreement and not line.lstrip().startswith("Doc "))
        out.append(("// CHECK-LABEL:" if is_decl else "// CHECK-NEXT:") + line)
    return out


def update(path, tenorc):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    source = text.split(MARKER)[0].rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    run = subprocess.run([tenorc, "check", "--dump-ast", path], capture_output=True, text=True)
    if not run.stdout:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        sys.exit(f"{path}: no dump; tenorc said:\n{run.stderr}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source + "\n" + MARKER + "\n" + "\n".join(check_lines(run.stdout)) + "\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenorc", default=os.path.join(root, "build", "bin", "tenorc"))
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        update(path, args.tenorc)


if __name__ == "__main__":
    main()
