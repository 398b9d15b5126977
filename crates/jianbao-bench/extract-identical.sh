#!/usr/bin/env bash
# Facts JSON of `jianbao extract` on the seeds (one directory, with their manifest) and on every
# dev-corpus text (each alone in a directory, as devcorpus_score reads it), written to OUT_DIR;
# with a second directory, the two sets are compared file by file. For changes that must not
# alter behaviour (speed work): run it with the build before, then after, then compare.
#
#   crates/jianbao-bench/extract-identical.sh OUT_DIR                 write (build: $JIANBAO or target/release/jianbao)
#   crates/jianbao-bench/extract-identical.sh OUT_DIR BASELINE_DIR    write, then diff against BASELINE_DIR
#
# The dev-corpus texts live outside the repository: DEVCORPUS_TEXTS (default /work/devcorpus/texts).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jianbao=${JIANBAO:-$root/target/release/jianbao}
texts=${DEVCORPUS_TEXTS:-/work/devcorpus/texts}
out=${1:?usage: extract-identical.sh OUT_DIR [BASELINE_DIR]}
baseline=${2:-}
[[ -x $jianbao ]] || { echo "no build at $jianbao: cargo build --release --bin jianbao" >&2; exit 1; }
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$jianbao" extract --sources "$root/seeds" --out "$out/seeds.json" 2>/dev/null
count=1
if [[ -d $texts ]]; then
  for text in "$texts"/*.txt; do
    name=$(basename "$text" .txt)
    rm -rf "${scratch:?}/$name" && mkdir "$scratch/$name" && cp "$text" "$scratch/$name/"
    "$jianbao" extract --sources "$scratch/$name" --out "$out/$name.json" 2>/dev/null
    count=$((count + 1))
  done
else
  echo "no dev-corpus texts at $texts: only the seeds compared" >&2
fi
echo "$count outputs in $out"
if [[ -n $baseline ]]; then
  if diff -r -q "$baseline" "$out"; then
    echo "identical to $baseline"
  else
    echo "DIFFERENT from $baseline" >&2
    exit 1
  fi
fi
