#!/usr/bin/env bash
# Whole-process benchmark: `jianbao build` of the default briefing (PDF+DOCX, and PDF only)
# against Typst compiling the same content (jianbao's Typst export of the same document model)
# with the same Noto SC fonts, in one run on one machine.
#
# usage: crates/jianbao-bench/bench-vs-typst.sh [RUNS]       (default 15 runs each)
#
# Prints for each: median and min–max wall time over RUNS runs, median CPU time (user + system,
# all threads; `perf stat` task-clock when perf works, else GNU time at 10 ms resolution), peak
# memory (maximum resident set size, GNU time), output sizes, and the ratios jianbao / Typst.
# CPU time is what the work costs whatever else runs: on a busy machine compare it too.
#
# Typst comes from the `typst` Python package (it ships the compiler as a library), installed
# once in a virtual environment, target/typst-venv (JIANBAO_TYPST_VENV overrides). Typst is
# timed two ways: the compile call inside Python (what a native `typst compile` costs; used for
# the ratios, so jianbao's times include its process start and Typst's do not), and the whole
# Python process.
#
# Needs: cargo, python3 with venv, GNU time (/usr/bin/time; Debian package `time`).
# Plain bash; hyperfine is not needed. Run on an idle machine: the load average is printed.
set -euo pipefail

runs=${1:-15}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS]" >&2; exit 2; }
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
date_arg=2026-11-22
fonts="$repo/fonts"
venv=${JIANBAO_TYPST_VENV:-$repo/target/typst-venv}
gnu_time=/usr/bin/time

[[ -x $gnu_time ]] || { echo "error: $gnu_time missing: apt-get install time" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/jianbao-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== building jianbao (release)" >&2
cargo build --release --quiet -p jianbao --bin jianbao
bin="$repo/target/release/jianbao"

if ! "$venv/bin/python" -c 'import typst' 2>/dev/null; then
    echo "== installing the typst Python package in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet typst
fi
python="$venv/bin/python"
compile_py="$repo/crates/jianbao-bench/typst_compile.py"

# The same content as Typst source: jianbao's own Typst export of the same document model.
mkdir -p "$work/typ"
"$bin" build --date "$date_arg" --format typ --out "$work/typ" >/dev/null
typ=$(ls "$work"/typ/*.typ | head -n 1)

# ms since the epoch, without forking (bash 5's EPOCHREALTIME).
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)).$(((t % 1000) / 100)); }

# stats FILE -> "median min max" of one number per line.
stats() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%.1f %.1f %.1f\n", m, v[1], v[NR] }'
}

# peak_kb CMD... -> maximum resident set size in KB (GNU time -v).
peak_kb() {
    "$gnu_time" -v "$@" 2>"$work/time.txt" >/dev/null
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt"
}

# cpu_ms CMD... -> CPU time of one run in ms (perf's task-clock, else GNU time's user + system).
if perf stat -x, -e task-clock true >/dev/null 2>&1; then
    cpu_ms() {
        perf stat -x, -e task-clock -o "$work/perf.txt" "$@" >/dev/null 2>&1
        awk -F, '/task-clock/ { printf "%.1f\n", $1 }' "$work/perf.txt"
    }
else
    cpu_ms() {
        "$gnu_time" -f '%U %S' -o "$work/cpu.txt" "$@" >/dev/null 2>&1
        awk '{ printf "%.1f\n", ($1 + $2) * 1000 }' "$work/cpu.txt"
    }
fi

# measure NAME CMD...: RUNS timed runs (after one warm-up for the page cache), RUNS runs for CPU
# time, then peak memory.
measure() {
    local name=$1; shift
    "$@" >/dev/null 2>"$work/err.txt" || { echo "error: $name failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
    : >"$work/$name.ms"
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(now_ms)
        "$@" >/dev/null 2>&1
        t1=$(now_ms)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }' >>"$work/$name.ms"
    done
    : >"$work/$name.cpu"
    for ((i = 0; i < runs; i++)); do
        cpu_ms "$@" >>"$work/$name.cpu"
    done
    peak_kb "$@" >"$work/$name.kb"
}

# Typst in-process compile times: the same runs also give the whole-process wall time.
measure_typst() {
    : >"$work/typst.out"
    : >"$work/typst-process.ms"
    : >"$work/typst-process.cpu"
    "$python" "$compile_py" "$typ" "$work/typst.pdf" "$fonts" >/dev/null
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(now_ms)
        "$python" "$compile_py" "$typ" "$work/typst.pdf" "$fonts" >>"$work/typst.out"
        t1=$(now_ms)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }' >>"$work/typst-process.ms"
    done
    cut -d' ' -f1 "$work/typst.out" >"$work/typst.ms"
    cut -d' ' -f2 "$work/typst.out" >"$work/typst.cpu"
    for ((i = 0; i < runs; i++)); do
        cpu_ms "$python" "$compile_py" "$typ" "$work/typst.pdf" "$fonts" >>"$work/typst-process.cpu"
    done
    peak_kb "$python" "$compile_py" "$typ" "$work/typst.pdf" "$fonts" >"$work/typst.kb"
    cp "$work/typst.kb" "$work/typst-process.kb"
    : >"$work/python-import.ms"
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(now_ms)
        "$python" -c 'import typst'
        t1=$(now_ms)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }' >>"$work/python-import.ms"
    done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== load average $load_before, $(nproc) cores, $runs runs each" >&2
measure jianbao-pdf-docx "$bin" build --date "$date_arg" --format pdf,docx --out "$work/both"
measure jianbao-pdf "$bin" build --date "$date_arg" --format pdf --out "$work/pdf"
measure_typst
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

size_kb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 " p" }'; }
jb_pdf=$(ls "$work"/pdf/*.pdf | head -n 1)
jb_docx=$(ls "$work"/both/*.docx | head -n 1)

row() { # name label output-description
    local s kb
    s=$(stats "$work/$1.ms")
    kb=$(cat "$work/$1.kb" 2>/dev/null || echo 0)
    read -r med min max <<<"$s"
    printf '%-34s %8s ms %15s ms %8s ms %9s MB   %s\n' "$2" "$med" "$min–$max" \
        "$(stats "$work/$1.cpu" | cut -d' ' -f1)" \
        "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$3"
}

echo
echo "jianbao vs Typst, same content ($(basename "$typ")), $runs runs each, $(nproc) cores"
printf '%-34s %11s %18s %11s %12s   %s\n' "" "wall median" "wall min–max" "CPU median" "peak RSS" "output"
row jianbao-pdf-docx "jianbao build pdf+docx" "PDF $(size_kb "$jb_pdf") ($(pages "$jb_pdf")), DOCX $(size_kb "$jb_docx")"
row jianbao-pdf "jianbao build pdf" "PDF $(size_kb "$jb_pdf")"
row typst "typst compile (in-process)" "PDF $(size_kb "$work/typst.pdf") ($(pages "$work/typst.pdf"))"
row typst-process "typst via python (whole process)" "(Python start-up + import + compile)"
printf '%-34s %8s ms\n' "python -c 'import typst' alone" "$(stats "$work/python-import.ms" | cut -d' ' -f1)"

median() { stats "$work/$1.ms" | cut -d' ' -f1; }
median_cpu() { stats "$work/$1.cpu" | cut -d' ' -f1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "ratios (jianbao / Typst in-process compile):"
echo "  wall   pdf+docx $(ratio "$(median jianbao-pdf-docx)" "$(median typst)")   pdf only $(ratio "$(median jianbao-pdf)" "$(median typst)")   (target: pdf+docx ≤ 0.50)"
echo "  CPU    pdf+docx $(ratio "$(median_cpu jianbao-pdf-docx)" "$(median_cpu typst)")   pdf only $(ratio "$(median_cpu jianbao-pdf)" "$(median_cpu typst)")"
echo "  memory pdf+docx $(ratio "$(cat "$work/jianbao-pdf-docx.kb")" "$(cat "$work/typst.kb")")   (target: below 64 MB)"
echo "  PDF size        $(ratio "$(stat -c %s "$jb_pdf")" "$(stat -c %s "$work/typst.pdf")")   (target: ≤ 1.00); DOCX $(size_kb "$jb_docx") (target: under 400 KB)"
echo "load average (1, 5, 15 min): before $load_before, after $load_after (figures are only comparable when low)"
