"""Benchmark: the converter's share of a rebuild after one article changes.

Writes a synthetic book of N articles (synthetic.py), converts it once with the
analysis cache (as the Sphinx extension does), then changes one article
``--runs`` times and converts again each time, and converts with nothing
changed. Prints the medians: what a one-article edit costs the converter
before Sphinx reads the pages it rewrote (make bench-scale times the whole
rebuild, Sphinx included)::

    python tools/bench/edit.py [--articles 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from synthetic import write_seeds

from newsbook.incremental import sync_book_cached

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsbook-edit-") as scratch:
        work = Path(scratch)
        seeds = write_seeds(work / "seeds", args.articles, ROOT / "seeds")
        docs, cache = work / "docs", work / "cache"
        docs.mkdir()
        started = time.perf_counter()
        sync_book_cached(seeds, docs, cache)
        cold = time.perf_counter() - started
        changed = seeds / "a00001.txt"
        edits, written = [], []
        for run in range(args.runs):
            text = changed.read_text(encoding="utf-8")
            changed.write_text(text + f"追記の一文その{run + 1}です。\n", encoding="utf-8")
            started = time.perf_counter()
            summary = sync_book_cached(seeds, docs, cache)
            edits.append(time.perf_counter() - started)
            written.append(len(summary.written))
        noops = []
        for _ in range(args.runs):
            started = time.perf_counter()
            sync_book_cached(seeds, docs, cache)
            noops.append(time.perf_counter() - started)
    edit, noop = statistics.median(edits), statistics.median(noops)
    print(f"{args.articles:,} articles, converter only, median of {args.runs}")
    print(f"  first conversion (cache empty)   {cold:7.2f} s")
    print(f"  one article changed              {edit:7.2f} s  pages rewritten: {written}")
    print(f"  nothing changed                  {noop:7.2f} s")


if __name__ == "__main__":
    main()
