#!/usr/bin/env python3
"""Runs a command and fails unless it exits with status 0 or 1.

Usage: exit_le_1.py COMMAND [ARG...]

For inputs that the compiler may either accept or reject: what it must not do
is crash (die by a signal, e.g. a stack overflow), report an internal error
(status > 1) or hang (killed after TIMEOUT seconds, default 60, env
TENOR_TEST_TIMEOUT). The command's output is discarded.
"""
import os
import subprocess
import sys

if len(sys.argv) < 2:
    sys.exit("usage: exit_le_1.py COMMAND [ARG...]")
timeout = float(os.environ.get("TENOR_TEST_TIMEOUT", "60"))
try:
    rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        timeout=timeout).returncode
except subprocess.TimeoutExpired:
    sys.exit("exit_le_1.py: %s did not finish within %g s" % (sys.argv[1], timeout))
if rc < 0:
    sys.exit("exit_le_1.py: %s was killed by signal %d" % (sys.argv[1], -rc))
if rc > 1:
    sys.exit("exit_le_1.py: %s exited with status %d (expected 0 or 1)" % (sys.argv[1], rc))
