#!/usr/bin/env bash
# Writes link/extract-order.txt: the functions `jianbao extract` runs, which build.rs hands to
# the linker (lld's --symbol-ordering-file) so that they are laid out side by side at the
# start of the binary's code.
#
#   crates/jianbao-bench/extract-link-order.sh            build in release, then record
#   JIANBAO=path/to/jianbao crates/jianbao-bench/extract-link-order.sh
#
# Why: the kernel maps up to 16 cached pages around every page fault in a file-backed mapping,
# so a run that touches a few hundred functions spread over 12 MB of code (every crate's, in
# link order) had about 3.3 MB of code resident; side by side they take about 1.5 MB. Names not
# found at link time (a dependency upgraded, a function renamed) are skipped without a warning,
# so a stale list only costs memory: rerun this after a toolchain or dependency change, or when
# `extract-memory-check.sh` reports more file-backed memory (peak-memory-split.py).
#
# The functions are recorded by callgrind (every function executed, under its mangled name)
# on the seeds with their manifest and on the seed texts without one (a text describes itself,
# its province is inferred), in the order first run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ -z "${JIANBAO:-}" ]]; then
  (cd "$root" && cargo build --release --bin jianbao >&2)
  JIANBAO=$root/target/release/jianbao
fi
command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bare"
cp "$root"/seeds/*.txt "$work/bare/"
for run in seeds bare; do
  sources=$root/seeds
  [[ $run == bare ]] && sources=$work/bare
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$run.cg" \
    "$JIANBAO" extract --sources "$sources" --out "$work/$run.json" >/dev/null 2>&1
done
# functions defined in the binary (callgrind also lists the C library's)
nm --defined-only "$JIANBAO" | awk '$2 ~ /^[tTwW]$/ {print $3}' | sort -u >"$work/defined"
python3 - "$work/defined" "$work/seeds.cg" "$work/bare.cg" >"$root/link/extract-order.txt" <<'PY'
import re, sys
defined = set(open(sys.argv[1]).read().split())
seen, order = set(), []
for path in sys.argv[2:]:
    for line in open(path):
        # callgrind names a function once, `fn=(id) name` or `cfn=(id) name`, then by id
        m = re.match(r"^c?fn=\(\d+\) (\S+)$", line)
        if m and m.group(1) in defined and m.group(1) not in seen:
            seen.add(m.group(1))
            order.append(m.group(1))
print("\n".join(order))
PY
echo "$(wc -l <"$root/link/extract-order.txt") functions → link/extract-order.txt" >&2
