#!/usr/bin/env python3
"""Fails when a diagnostic code of the registry is exercised by no test.

Usage: coverage.py SOURCE_ROOT

Reads every `DIAG(Code, …)` of compiler/diag/Diagnostics.def and looks for
each code, as a whole word, in the files under tests/ (this script excepted).
Prints the codes that occur nowhere, one a line with the diagnostic's name,
and exits 1 if there are any; prints a one-line summary and exits 0 if not.
"""
import os
import re
import sys


def registry(root):
    path = os.path.join(root, "compiler", "diag", "Diagnostics.def")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^DIAG\((\w+),\s*(\w+),", text, re.MULTILINE)


def test_files(root):
    me = os.path.realpath(__file__)
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, "tests")):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if os.path.realpath(path) != me and not name.endswith(".def"):
                yield path


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    codes = registry(root)
    if not codes:
        sys.exit("no DIAG entries found in Diagnostics.def")
    seen = set()
    pattern = re.compile(r"\b([EW]\d{4})\b")
    for path in test_files(root):
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                seen.update(pattern.findall(f.read()))
        except OSError:
            continue
    missing = [(code, name) for code, name in codes if code not in seen]
    for code, name in missing:
        print("untested diagnostic: %s (%s)" % (code, name))
    if missing:
        print("%d of %d diagnostic codes have no test under tests/" % (len(missing), len(codes)))
        return 1
    print("all %d diagnostic codes are tested" % len(codes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
