#!/usr/bin/env python3
"""Checks compiler/diag/Explanations.def against the registry and the compiler.

  --coverage   every DIAG code of Diagnostics.def has exactly one EXPLAIN
               entry, and every EXPLAIN entry names a DIAG code;
  --examples   every example does what its entry says: the wrong example
               gets its code and no other error (E0005 excepted: it is about
               the other errors), and the corrected one compiles with no
               diagnostic at all. Needs --tenorc.
  --list FILE  FILE (the output of `tenorc explain --list`) has one line per
               DIAG entry, in registry order, each starting with its code.

With none of them, --coverage and --examples are run. Examples are complete files; `//--- NAME.tenor`
lines split one into several files (the first is checked), and one whose
first line starts with `$ ` is a shell session whose `$ ` lines are run by
bash in an empty directory with tenorc first on PATH (see Explanations.def).

Usage: utils/check-explanations.py [--coverage] [--examples] [--list FILE]
                                   [--tenorc PATH] [--only CODE...] [--skip CODE...]
                                   [--keep DIR]
                                   [SRCROOT]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

DIAG_RE = re.compile(r"^DIAG\((\w+),\s*(\w+),\s*(\w+),", re.M)
INCLUDE_RE = re.compile(r'^#include "diag/(\w+\.def)"', re.M)
SPLIT_RE = re.compile(r"^//--- (\S+)$", re.M)
FOUND_RE = re.compile(r"\b(?:error|warning)\[(\w+)\]")


def registry_codes(srcroot):
    with open(os.path.join(srcroot, "compiler/diag/Diagnostics.def"), encoding="utf-8") as f:
        return [m.group(1) for m in DIAG_RE.finditer(f.read())]


def read_literal(text, i):
    """Reads the C++ string literal at text[i]; returns (value, next index)."""
    if text.startswith('R"', i):
        open_paren = text.index("(", i)
        delim = text[i + 2:open_paren]
        end = text.index(")" + delim + '"', open_paren)
        return text[open_paren + 1:end], end + len(delim) + 2
    assert text[i] == '"', text[i:i + 40]
    out, j = [], i + 1
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}
    while text[j] != '"':
        if text[j] == "\\":
            out.append(escapes[text[j + 1]])
            j += 2
        else:
            out.append(text[j])
            j += 1
    return "".join(out), j + 1


def skip_space(text, i):
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if text.startswith("//", i):
            i = text.index("\n", i)
        else:
            return i


def parse_entries(path, entries):
    """Appends (code, text, wrong, right, file) for each EXPLAIN in `path`
    and in the files it includes."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for m in INCLUDE_RE.finditer(text):
        parse_entries(os.path.join(os.path.dirname(path), m.group(1)), entries)
    for m in re.finditer(r"^EXPLAIN\((\w+),", text, re.M):
        i, args = m.end(), []
        for _ in range(3):
            parts = []
            i = skip_space(text, i)
            while i < len(text) and text[i] in 'R"':
                value, i = read_literal(text, i)
                parts.append(value)
                i = skip_space(text, i)
            args.append("".join(parts))
            assert text[i] in ",)", "%s: %s: unexpected %r" % (path, m.group(1), text[i:i + 20])
            i += 1
        entries.append((m.group(1), args[0], args[1], args[2], os.path.basename(path)))


def explanations(srcroot):
    entries = []
    parse_entries(os.path.join(srcroot, "compiler/diag/Explanations.def"), entries)
    return entries


def check_coverage(srcroot):
    codes = registry_codes(srcroot)
    entries = explanations(srcroot)
    explained = [e[0] for e in entries]
    problems = []
    for c in codes:
        if c not in explained:
            problems.append("%s is in Diagnostics.def but has no EXPLAIN entry" % c)
    for e in entries:
        if e[0] not in codes:
            problems.append("%s (%s) has an EXPLAIN entry but is not in Diagnostics.def" % e[0::4])
        if explained.count(e[0]) > 1 and e is next(x for x in entries if x[0] == e[0]):
            problems.append("%s has %d EXPLAIN entries" % (e[0], explained.count(e[0])))
        for what, value in (("explanation", e[1]), ("wrong example", e[2]),
                            ("corrected example", e[3])):
            if not value.strip():
                problems.append("%s has an empty %s" % (e[0], what))
    for p in problems:
        print("error: " + p)
    print("coverage: %d codes, %d explanations, %d problems" % (len(codes), len(entries),
                                                                  len(problems)))
    return not problems


def check_list(srcroot, path):
    codes = registry_codes(srcroot)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    listed = [line.split(" ", 1)[0] for line in lines]
    ok = listed == codes
    if not ok:
        print("error: `tenorc explain --list` does not list the registry's codes in order")
        for c in codes:
            if c not in listed:
                print("  missing: " + c)
        for c in listed:
            if c not in codes:
                print("  not in the registry: " + c)
    print("list: %d lines, %d codes" % (len(lines), len(codes)))
    return ok


def run_example(example, tenorc, workdir):
    """Runs one example in `workdir`; returns (exit status, output, codes)."""
    body = example.strip("\n")
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(os.path.abspath(tenorc)) + os.pathsep + env.get("PATH", "")
    if body.startswith("$ "):
        script = "\n".join(line[2:] for line in body.splitlines() if line.startswith("$ "))
        p = subprocess.run(["bash", "-c", script], cwd=workdir, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    else:
        pieces = SPLIT_RE.split(body)
        files = [("example.tenor", pieces[0])] if pieces[0].strip() else []
        files += list(zip(pieces[1::2], pieces[2::2]))
        for name, content in files:
            path = os.path.join(workdir, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(content.strip("\n") + "\n")
        p = subprocess.run([os.path.abspath(tenorc), "check", files[0][0]], cwd=workdir,
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode("utf-8", "replace")
    return p.returncode, out, FOUND_RE.findall(out)


def check_examples(srcroot, tenorc, only, skip, keep):
    entries = [e for e in explanations(srcroot)
               if (not only or e[0] in only) and e[0] not in skip]
    failures = 0
    base = keep or tempfile.mkdtemp(prefix="tenor-explain-")
    for code, _, wrong, right, _ in entries:
        problems = []
        for kind, example in (("wrong", wrong), ("right", right)):
            workdir = os.path.join(base, code, kind)
            shutil.rmtree(workdir, ignore_errors=True)
            os.makedirs(workdir)
            status, out, found = run_example(example, tenorc, workdir)
            wrong_kind = []
            if kind == "wrong":
                if code not in found:
                    wrong_kind.append("the wrong example does not get %s" % code)
                others = sorted(set(c for c in found if c != code and c.startswith("E")))
                if others and code != "E0005":
                    wrong_kind.append("the wrong example also gets %s" % ", ".join(others))
            elif found or status != 0:
                wrong_kind.append("the corrected example gets %s (exit status %d)" % (
                    ", ".join(sorted(set(found))) or "no code", status))
            problems += [(p, out) for p in wrong_kind]
        if problems:
            failures += 1
            for p, out in problems:
                print("error: %s: %s" % (code, p))
                print("  | " + out.rstrip("\n").replace("\n", "\n  | "))
    if not keep:
        shutil.rmtree(base, ignore_errors=True)
    print("examples: %d codes checked, %d with problems" % (len(entries), failures))
    return failures == 0


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("srcroot", nargs="?", default=here)
    ap.add_argument("--coverage", action="store_true")
    ap.add_argument("--examples", action="store_true")
    ap.add_argument("--list", metavar="FILE", help="check the output of `explain --list`")
    ap.add_argument("--tenorc", help="the compiler to run the examples with")
    ap.add_argument("--only", nargs="*", default=[], help="check these codes only")
    ap.add_argument("--skip", nargs="*", default=[],
                    help="check all codes but these (an example that cannot run in every build)")
    ap.add_argument("--keep", help="leave the example files in this directory")
    args = ap.parse_args()
    both = not args.coverage and not args.examples and not args.list
    ok = True
    if args.list:
        ok = check_list(args.srcroot, args.list) and ok
    if args.coverage or both:
        ok = check_coverage(args.srcroot) and ok
    if args.examples or both:
        if not args.tenorc:
            ap.error("--examples needs --tenorc")
        ok = check_examples(args.srcroot, args.tenorc, set(args.only), set(args.skip),
                            args.keep) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
