"""Compile a .typ file with the `typst` Python package, as the Typst CLI would, and report the
compile time measured inside the process (without the Python start-up and import that a native
`typst` binary does not pay).

usage: python typst_compile.py INPUT.typ OUTPUT.pdf FONT_DIR
prints: the compile's wall time and CPU time (all threads) in milliseconds, separated by a
space; exits 1 on a compile error or warning.
"""
import sys
import time

import typst


def main() -> int:
    source, output, font_dir = sys.argv[1:4]
    start = time.perf_counter()
    cpu_start = time.process_time()
    _, warnings = typst.compile_with_warnings(
        source, output=output, font_paths=[font_dir], ignore_system_fonts=True
    )
    elapsed_ms = (time.perf_counter() - start) * 1000.0
    cpu_ms = (time.process_time() - cpu_start) * 1000.0
    for w in warnings:
        print(f"typst warning: {w.message}", file=sys.stderr)
    print(f"{elapsed_ms:.2f} {cpu_ms:.2f}")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
