#!/usr/bin/env python3
"""CPU time of a command and every process it starts, including ones that outlive it.

The CLI's heavy-work process ends after the CLI (its channel closes), so `/usr/bin/time` and
`perf stat` miss most of its CPU. This runs the command as a child subreaper (Linux
prctl PR_SET_CHILD_SUBREAPER): orphaned descendants are re-parented here and waited for, and
RUSAGE_CHILDREN then counts them all. Prints "wall_ms cpu_ms" (wall: until the command itself
exits; cpu: user + sys of all of them) and exits with the command's status. Output is discarded.

    python3 bench/cpu-tree.py node bin/banmian.cjs compose --sample --out /tmp/x.pdf
"""
import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit("cpu-tree: prctl(PR_SET_CHILD_SUBREAPER) failed (Linux only)")
start = time.perf_counter()
status = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.0f %.0f" % (wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000))
sys.exit(status)
