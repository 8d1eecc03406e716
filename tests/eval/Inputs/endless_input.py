#!/usr/bin/env python3
"""Runs an evaluator on data that never ends, and checks that it stops.

usage: endless_input.py DIR KIND NAME.EXT TIMEOUT COMMAND [ARG...]

Makes a FIFO DIR/NAME.EXT, writes into it from a child process data that
never ends, without a line break (KIND `letters`: `y` forever after a CSV
header; `zeros`: NUL bytes forever), and runs COMMAND, in which the FIFO's
path appears as @DATA@. Prints COMMAND's standard error and `exit N`; fails
when COMMAND is still running after TIMEOUT seconds (issue 12: readers read
such input forever).
"""
import os
import subprocess
import sys


def writer(path, kind):
    chunk = b"y" * 65536 if kind == "letters" else b"\0" * 65536
    try:
        with open(path, "wb") as fifo:
            if kind == "letters" and path.endswith(".csv"):
                fifo.write(b"id,opened_at,responded_at\n")
            while True:
                fifo.write(chunk)
    except (BrokenPipeError, OSError):
        pass
    os._exit(0)


def main():
    directory, kind, name, timeout = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    if os.path.exists(path):
        os.remove(path)
    os.mkfifo(path)
    pid = os.fork()
    if pid == 0:
        writer(path, kind)
    command = [arg.replace("@DATA@", path) for arg in sys.argv[5:]]
    try:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        sys.stderr.write("endless_input.py: still running after %g s\n" % timeout)
        os.kill(pid, 9)
        sys.exit(1)
    finally:
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    sys.stdout.write(done.stderr.decode("utf-8", "replace"))
    sys.stdout.write("exit %d\n" % done.returncode)


main()
