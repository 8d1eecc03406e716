#!/usr/bin/env python3
"""Runs a command with a time limit, checks its exit status and prints its
output (stdout, then stderr) with long lines clipped, for FileCheck.

Usage: run.py [--exit N] [--max-errors N] [--clip N] [--timeout S] -- COMMAND [ARG...]

  --exit N        the exit status the command must have (default: 1)
  --max-errors N  fail when more than N lines of the output contain `error[`
  --clip N        print at most N characters of each line (default: 400), so
                  that a diagnostic quoting a megabyte-long source line does
                  not make FileCheck slow
  --timeout S     kill the command and fail after S seconds (default: 60, or
                  env TENOR_TEST_TIMEOUT): a hang is a failure

Fails (exit 1, message on stderr) when the command dies by a signal, exits
with another status, prints too many errors or times out.
"""
import argparse
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exit", type=int, default=1, dest="want")
    ap.add_argument("--max-errors", type=int)
    ap.add_argument("--clip", type=int, default=400)
    ap.add_argument("--timeout", type=float,
                    default=float(os.environ.get("TENOR_TEST_TIMEOUT", "60")))
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        ap.error("no command")
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=args.timeout)
    except subprocess.TimeoutExpired:
        sys.exit("run.py: %s did not finish within %g s" % (cmd[0], args.timeout))
    out = (p.stdout + p.stderr).decode("utf-8", "replace").splitlines()
    for line in out:
        if len(line) > args.clip:
            line = line[:args.clip] + " [... %d more characters]" % (len(line) - args.clip)
        print(line)
    sys.stdout.flush()
    if p.returncode < 0:
        sys.exit("run.py: %s was killed by signal %d" % (cmd[0], -p.returncode))
    if p.returncode != args.want:
        sys.exit("run.py: %s exited with status %d, expected %d"
                 % (cmd[0], p.returncode, args.want))
    if args.max_errors is not None:
        n = sum(1 for line in out if "error[" in line)
        if n > args.max_errors:
            sys.exit("run.py: %d error lines, expected at most %d" % (n, args.max_errors))


if __name__ == "__main__":
    main()
