#!/usr/bin/env python3
"""Runs a command and checks its exit code; its output passes through.

usage: expect_exit.py CODE COMMAND [ARG...]

Exits 0 when COMMAND exited with CODE, else 1 with a message on stderr.
Lit's `not` only knows "nonzero"; the evaluator's codes mean different
things (1: breached with --fail-on-breach; 2: bad usage or data).
"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:]).returncode
if got != want:
    sys.stderr.write("expect_exit.py: expected exit code %d, got %d\n" % (want, got))
    sys.exit(1)
