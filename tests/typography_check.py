"""Reads glyph positions from PDFs with PyMuPDF and checks the Chinese typography of each line.

usage: python3 typography_check.py [--stacked-only] [--grid=PITCH,SIZE] FILE.pdf...

Prints one JSON object per file:
  loose_lines       lines whose median gap between adjacent Han characters exceeds 0.05 em
  uncompressed      adjacent full-width punctuation pairs set without compression (clreq 3.1.6)
  bad_line_starts   lines that start with a note mark [n] or a closing mark
  percent_han       gaps (em) after a per cent sign before a Han character
  stacked           places where a table column holds one Han character per line
With --grid=PITCH,SIZE also:
  grid_pairs        adjacent lines of body size SIZE (nothing between them) on a page
  grid_off          those whose baselines are not a whole number of grid lines PITCH apart
Each list holds a few examples (text of the line, page) so a failure says where it is.
"""

import json
import statistics
import sys

import pymupdf

# Full-width marks whose glyph sits in the left half of the em box (Simplified Chinese forms)
# and opening brackets and quotes whose glyph sits in the right half.
SITS_LEFT = set("。，、：；！？）》」』”’】〕〉〗］")
SITS_RIGHT = set("（《「『“‘【〔〈〖［")
# Characters that must not start a line (clreq 行首禁则), as the PDF renderer keeps them.
NO_LINE_START = set("。，、：；！？）】》」』”’…〉〕〗］｝〙．·・%％‰℃,.:;!?)]}")


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or o >= 0x20000


def glyphs(page):
    """Every drawn character: (char, x0, x1, baseline y, size). PyMuPDF 1.25's rawdict misses
    most of the text of LibreOffice's PDFs (381 of 21,000 characters of the briefing); its
    text trace has every glyph then, so the longer of the two is used."""
    structured = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for ch in span["chars"]:
                    if ch["c"].isspace():
                        continue
                    x0, _, x1, _ = ch["bbox"]
                    structured.append((ch["c"], ch["origin"][0], x1, ch["origin"][1], span["size"]))
    traced = []
    for span in page.get_texttrace():
        if span.get("type", 0) == 3:  # invisible text
            continue
        for code, _glyph, origin, bbox in span["chars"]:
            c = chr(code)
            if c.isspace():
                continue
            traced.append((c, origin[0], bbox[2], origin[1], span["size"]))
    return traced if len(traced) > len(structured) else structured


def lines(page):
    """Glyphs grouped into lines: same baseline, with raised small marks (note marks) joined
    to the line below them, cut where a horizontal gap is wider than 1.2 em (table cells)."""
    rows = {}
    for g in glyphs(page):
        rows.setdefault(round(g[3] * 2) / 2, []).append(g)
    keys = sorted(rows)
    big = {k: max(g[4] for g in rows[k]) for k in keys}
    merged = {}
    for k in keys:
        target = k
        for other in keys:
            if other > k and big[other] * 0.75 > big[k] and other - k <= 0.6 * big[other]:
                target = other
                break
        merged.setdefault(target, []).extend(rows[k])
    out = []
    for k in sorted(merged):
        row = sorted(merged[k], key=lambda g: g[1])
        segment = [row[0]]
        for prev, g in zip(row, row[1:]):
            size = max(prev[4], g[4])
            if g[1] - prev[2] > 1.2 * size:
                out.append(segment)
                segment = []
            segment.append(g)
        out.append(segment)
    return out


def note_mark_starts(segment, text_size):
    """Whether the segment starts with a raised, smaller "[" (a note mark): smaller than the
    rest of its line, or, for a note mark alone on its line ("[28]"), than the page's text."""
    if segment[0][0] != "[":
        return False
    body = max([g[4] for g in segment] + [text_size])
    return segment[0][4] < 0.8 * body


def grid_check(page, number, pitch, size, result):
    """Adjacent body lines (largest glyph of size `size`, no other line between) must be a
    whole number of grid lines apart."""
    rows = {}
    for seg in lines(page):
        y = round(max(g[3] for g in seg if g[4] == max(h[4] for h in seg)), 1)
        rows[y] = max(rows.get(y, 0), max(g[4] for g in seg))
    ys = sorted(rows)
    for a, b in zip(ys, ys[1:]):
        if abs(rows[a] - size) > 0.1 or abs(rows[b] - size) > 0.1:
            continue
        result["grid_pairs"] += 1
        steps = (b - a) / pitch
        if abs(steps - round(steps)) * pitch > 0.3:
            result["grid_off"].append({"page": number, "from": a, "to": b})


def check(path, stacked_only, grid):
    doc = pymupdf.open(path)
    result = {
        "file": path,
        "lines": 0,
        "loose_lines": [],
        "uncompressed": [],
        "bad_line_starts": [],
        "percent_han": [],
        "stacked": [],
        "grid_pairs": 0,
        "grid_off": [],
    }
    for number, page in enumerate(doc, start=1):
        if grid:
            grid_check(page, number, grid[0], grid[1], result)
        segments = lines(page)
        sizes = sorted(g[4] for seg in segments for g in seg)
        text_size = sizes[len(sizes) // 2] if sizes else 0
        singles = []
        shorts = []
        for seg in segments:
            text = "".join(g[0] for g in seg)
            if len(seg) == 1 and is_han(seg[0][0]):
                singles.append(seg[0])
            if len(seg) <= 3 and all(is_han(g[0]) for g in seg):
                shorts.append((seg[0], text))
            if stacked_only:
                continue
            result["lines"] += 1
            gaps = [
                (b[1] - a[2]) / b[4]
                for a, b in zip(seg, seg[1:])
                if is_han(a[0]) and is_han(b[0]) and abs(a[4] - b[4]) < 0.01
            ]
            if gaps and statistics.median(gaps) > 0.05:
                result["loose_lines"].append(
                    {"page": number, "text": text, "median_em": round(statistics.median(gaps), 3)}
                )
            for a, b in zip(seg, seg[1:]):
                pair = (a[0] in SITS_LEFT and (b[0] in SITS_LEFT or b[0] in SITS_RIGHT)) or (
                    a[0] in SITS_RIGHT and b[0] in SITS_RIGHT
                )
                if pair and (b[1] - a[1]) / a[4] > 0.75:
                    result["uncompressed"].append({"page": number, "pair": a[0] + b[0], "text": text})
                if a[0] in "%‰" and is_han(b[0]):
                    result["percent_han"].append(round((b[1] - a[2]) / b[4], 3))
            if seg[0][0] in NO_LINE_START or note_mark_starts(seg, text_size):
                result["bad_line_starts"].append({"page": number, "text": text})
        # A lone Han character straight under a short run of Han at the same x: a column too
        # narrow for a two- or three-character word ("浙/江", "未披/露").
        for b in singles:
            for a, text in shorts:
                if a is not b and abs(a[1] - b[1]) < 1.0 and 0 < b[3] - a[3] < 2.0 * a[4]:
                    result["stacked"].append({"page": number, "chars": text + "/" + b[0]})
    return result


def main(argv):
    stacked_only = "--stacked-only" in argv
    grid = None
    for a in argv:
        if a.startswith("--grid="):
            grid = tuple(float(v) for v in a[len("--grid="):].split(","))
    for path in [a for a in argv if not a.startswith("--")]:
        print(json.dumps(check(path, stacked_only, grid), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
