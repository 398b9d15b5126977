#!/usr/bin/env bash
# Whole-process time of `jianbao extract` on the seeds (seeds/ with its manifest, facts JSON to a
# file): median and fastest wall time and median CPU time (user + system) over RUNS runs. With
# several builds, runs alternate between them so that a busy machine slows each alike.
#
#   crates/jianbao-bench/extract-seeds-time.sh [RUNS] [BUILD...]   default: 50, target/release/jianbao
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-50}
shift || true
builds=("$@")
if [[ ${#builds[@]} -eq 0 ]]; then
  (cd "$root" && cargo build --release --bin jianbao >&2)
  builds=("$root/target/release/jianbao")
fi
python3 - "$root/seeds" "$runs" "${builds[@]}" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
seeds, runs, builds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
out = os.path.join(tempfile.mkdtemp(), "facts.json")
wall = {b: [] for b in builds}
cpu = {b: [] for b in builds}
for _ in range(runs):
    for b in builds:
        start = time.perf_counter()
        p = subprocess.Popen([b, "extract", "--sources", seeds, "--out", out],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall[b].append(time.perf_counter() - start)
        if status != 0:
            sys.exit(f"{b} failed")
        cpu[b].append(usage.ru_utime + usage.ru_stime)
for b in builds:
    print(f"{b}: wall median {statistics.median(wall[b]) * 1000:.1f} ms "
          f"(fastest {min(wall[b]) * 1000:.1f} ms), CPU median "
          f"{statistics.median(cpu[b]) * 1000:.1f} ms, {runs} runs")
PY
