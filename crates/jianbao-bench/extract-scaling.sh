#!/usr/bin/env bash
# Time and peak memory of `jianbao extract` (reading sources + extraction) as input grows, and of
# a corpus of many small files; not part of the default test run.
#
#   crates/jianbao-bench/extract-scaling.sh [SIZES_MB...]      default: 2 8 50
#   JIANBAO=path/to/jianbao crates/jianbao-bench/extract-scaling.sh   another build (before/after)
#   FILES=2000 crates/jianbao-bench/extract-scaling.sh files reprints   only the many-file corpora
#
# For each size: a directory with one file of seed articles concatenated, every copy with other
# figures and dates (so copies are not identical), and one of the same text with every numeral
# removed (text with no facts). Then FILES small files, each a few paragraphs of the seeds with
# their own figures: distinct articles (`files`), or paragraphs shared between files (`reprints`). Prints wall and CPU time and peak RSS (GNU time -v) per corpus; linear means the
# time per MB stays flat and memory stays well under 10x the input.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-$root/target/extract-scaling}
if [[ -z "${JIANBAO:-}" ]]; then
  (cd "$root" && cargo build --release --bin jianbao >&2)
  JIANBAO=$root/target/release/jianbao
fi
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 1; }
mkdir -p "$work"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(2 8 50 files reprints)

# make KIND MB DIR: KIND is facts (varied seed articles) or plain (no numerals)
make() {
  python3 - "$root/seeds" "$1" "$2" "$3" <<'PY'
import pathlib, random, re, sys
seeds, kind, mb, out = pathlib.Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), pathlib.Path(sys.argv[4])
texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
rng = random.Random(12)
numeral = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿%.．]")
def vary(text):
    if kind == "plain":
        return numeral.sub("", text)
    return re.sub(r"[0-9]", lambda m: str(rng.randrange(10)), text)
out.mkdir(parents=True, exist_ok=True)
if kind in ("files", "reprints"):
    # files: distinct articles (a third of each paragraph's Chinese characters replaced at
    # random, so files share little); reprints: paragraphs reused as they are (every file
    # reprints others: the worst case for alignment)
    paragraphs = [p for t in texts for p in t.split("\n") if len(p) > 40]
    han = sorted({c for t in texts for c in t if "\u4e00" <= c <= "\u9fff"})
    def distinct(text):
        return "".join(rng.choice(han) if "\u4e00" <= c <= "\u9fff" and rng.random() < 0.33 else c for c in text)
    own = distinct if kind == "files" else (lambda t: t)
    for k in range(int(mb)):
        body = "\n\n".join(own(vary(rng.choice(paragraphs))) for _ in range(rng.randrange(3, 8)))
        (out / f"{k:05d}.txt").write_text(f"社会工作动态第{k}期\n\n{body}\n", encoding="utf-8")
    sys.exit()
target, parts, size = int(mb * 1024 * 1024), [], 0
while size < target:
    part = vary(rng.choice(texts)) + "\n\n"
    parts.append(part)
    size += len(part.encode("utf-8"))
(out / "big.txt").write_text("".join(parts), encoding="utf-8")
PY
}

# run LABEL DIR INPUT_BYTES
run() {
  local log="$work/time.log"
  /usr/bin/time -v "$JIANBAO" extract --sources "$2" --out "$work/facts.json" 2>"$log" >/dev/null
  local wall rss cpu
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  local facts
  facts=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d['facts']), len(d['conflicts']))" "$work/facts.json")
  printf "%-20s input %6.1f MB  wall %8s  CPU %7s s  peak RSS %7.1f MB (%.1fx input)  facts, conflicts: %s\n" \
    "$1" "$(echo "$3/1048576" | bc -l)" "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)" \
    "$(echo "$rss*1024/$3" | bc -l)" "$facts"
}

for size in "${sizes[@]}"; do
  if [[ $size == files || $size == reprints ]]; then
    n=${FILES:-2000}
    dir=$work/$size-$n
    [[ -d $dir ]] || make "$size" "$n" "$dir"
    run "$n files, $size" "$dir" "$(du -sb "$dir" | cut -f1)"
    continue
  fi
  for kind in facts plain; do
    dir=$work/$kind-$size
    [[ -f $dir/big.txt ]] || make "$kind" "$size" "$dir"
    run "$size MB, $kind" "$dir" "$(stat -c %s "$dir/big.txt")"
  done
done
