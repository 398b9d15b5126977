#!/usr/bin/env python3
"""Peak resident memory of a command, split into anonymous and file-backed pages.

    crates/jianbao-bench/peak-memory-split.py target/release/jianbao extract \
        --sources target/extract-scaling/facts-2 --out /tmp/f.json

GNU time's "Maximum resident set size" (what extract-scaling.sh reports) counts both kinds: the
heap, the stacks and the relocated tables are anonymous; the binary's code and read-only data
and the shared libraries are file-backed, and the kernel maps up to 16 already-cached pages
around each file-backed page fault (fault-around), so a few dozen faults in a 13 MB code
segment make megabytes resident. Telling the two apart says whether a change to the heap or to
the binary is what moves the peak. Linux only: it samples /proc/PID/smaps_rollup every 5 ms
until the command exits, so a peak shorter than that can be missed (the last high-water mark
read, VmHWM, is printed beside it).
"""
import re
import subprocess
import sys
import time

FIELDS = re.compile(r"^(\w+):\s+(\d+) kB", re.M)


def read_kb(path):
    try:
        with open(path) as f:
            return {k: int(v) for k, v in FIELDS.findall(f.read())}
    except OSError:
        return None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
    peak, hwm = None, 0
    while child.poll() is None:
        rollup = read_kb(f"/proc/{child.pid}/smaps_rollup")
        status = read_kb(f"/proc/{child.pid}/status")
        if rollup and (peak is None or rollup["Rss"] > peak["Rss"]):
            peak = rollup
        if status:
            hwm = max(hwm, status.get("VmHWM", 0))
        time.sleep(0.005)
    if child.returncode != 0:
        sys.exit(f"the command failed (exit {child.returncode})")
    if peak is None:
        sys.exit("the command exited before it could be sampled")
    mb = lambda kb: kb / 1024
    print(
        f"peak RSS sampled {mb(peak['Rss']):.1f} MB: anonymous {mb(peak['Anonymous']):.1f} MB, "
        f"file-backed {mb(peak['Rss'] - peak['Anonymous']):.1f} MB "
        f"(high-water mark {mb(hwm):.1f} MB)"
    )


if __name__ == "__main__":
    main()
