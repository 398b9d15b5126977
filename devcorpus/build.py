#!/usr/bin/env python3
"""Rebuild the dev-corpus texts from saved search results, and check them against articles.toml.

Each article's text is the `excerpt` of one result of the `search` tool (pages corpus) for the
article's `query`, taken from the result whose address is the article's `url`. Save each as
RAW/<id>.json with the keys id, url, query, excerpt (the excerpt exactly as returned), then run

    python3 devcorpus/build.py [--raw RAW] [--out DIR] [--write-sha]

It writes DIR/texts/<file> (DIR defaults to $JIANBAO_DEVCORPUS or /work/devcorpus; RAW to DIR/raw)
in the article's encoding, keeps raw-HTML excerpts as DIR/html/<id>.html with a readable plain text
as the .txt, and compares each file's sha256 with articles.toml (or writes it there with
--write-sha). The texts are others' words: they stay outside the repository.
"""
import argparse
import hashlib
import html
import html.parser
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ENCODINGS = {"utf-8": "utf-8", "gb18030": "gb18030", "big5": "big5"}
BLOCK_TAGS = {"p", "div", "section", "h1", "h2", "h3", "h4", "li", "br", "tr"}


class _PlainText(html.parser.HTMLParser):
    """Visible text of an HTML fragment, one block element per line."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(fragment: str) -> str:
    # An excerpt cut inside a tag ends with markup, not words: an HTML parser drops it.
    fragment = re.sub(r"<[^>]*$", "", fragment)
    parser = _PlainText()
    parser.feed(fragment)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def main() -> int:
    default_dir = os.environ.get("JIANBAO_DEVCORPUS", "/work/devcorpus")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=default_dir)
    ap.add_argument("--raw", default=None)
    ap.add_argument("--write-sha", action="store_true")
    args = ap.parse_args()
    raw_dir = args.raw or os.path.join(args.out, "raw")
    manifest_path = os.path.join(HERE, "articles.toml")
    with open(manifest_path, "rb") as f:
        articles = tomllib.load(f)["article"]
    os.makedirs(os.path.join(args.out, "texts"), exist_ok=True)
    problems = 0
    shas = {}
    for a in articles:
        raw_path = os.path.join(raw_dir, a["id"] + ".json")
        try:
            with open(raw_path, encoding="utf-8") as f:
                excerpt = json.load(f)["excerpt"]
        except (OSError, KeyError, json.JSONDecodeError) as e:
            print(f"{raw_path}: cannot read the saved search result ({e}); save it as described in {manifest_path}", file=sys.stderr)
            problems += 1
            continue
        text = excerpt
        if a.get("html", False):
            os.makedirs(os.path.join(args.out, "html"), exist_ok=True)
            with open(os.path.join(args.out, "html", a["id"] + ".html"), "w", encoding="utf-8") as f:
                f.write(excerpt)
            text = plain_text(excerpt)
        data = text.encode(ENCODINGS[a["encoding"]])
        with open(os.path.join(args.out, "texts", a["file"]), "wb") as f:
            f.write(data)
        sha = hashlib.sha256(data).hexdigest()
        shas[a["id"]] = sha
        if not args.write_sha and a.get("sha256") != sha:
            print(f"{a['file']}: sha256 {sha} differs from articles.toml {a.get('sha256')}", file=sys.stderr)
            problems += 1
    if args.write_sha:
        with open(manifest_path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        current = None
        for i, line in enumerate(lines):
            m = re.match(r'^id = "(.*)"$', line)
            if m:
                current = m.group(1)
            if line.startswith("sha256 = ") and current in shas:
                lines[i] = f'sha256 = "{shas[current]}"'
        with open(manifest_path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    print(f"{len(shas)} texts written to {os.path.join(args.out, 'texts')}; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
