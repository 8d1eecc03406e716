#!/usr/bin/env python3
"""Runs a command with its address space limited, prints its output and exit
status, for tests of running out of memory.

Usage: limit_memory.py MEGABYTES COMMAND [ARG...]
"""
import resource
import subprocess
import sys


def limit():
    size = int(sys.argv[1]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


p = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   preexec_fn=limit, timeout=120)
sys.stdout.write(p.stdout.decode("utf-8", "replace"))
print("exit status: %d" % p.returncode)
