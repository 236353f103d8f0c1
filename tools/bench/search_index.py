"""Benchmark: the time the search index spends splitting Japanese text.

Builds the book of a seeds folder (default: the project's seeds) three times,
in this process, and adds up the time spent in the search splitter's
``split``:

- Sphinx's default Japanese splitter (``html_search_options`` unset);
- the book's SudachiPy splitter tokenizing every text it is given;
- the same splitter reading the analysis' tokens of the article sentences
  (what the book does), SudachiPy only for generated text.

Each build is fresh (no doctrees), so every page is indexed. Prints the
medians of ``--runs`` runs and the ratio to the default splitter::

    python tools/bench/search_index.py [SEEDS] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sphinx.cmd.build import build_main
from sphinx.search.ja import DefaultSplitter

import newsbook.sphinx.extension as extension
from newsbook.sphinx import search

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def timed_split(cls: type, spent: list[float]) -> Iterator[None]:
    """Add the time of every ``cls.split`` call to ``spent[0]``."""
    original: Callable[..., Any] = cls.split

    def split(self: Any, input: str) -> list[str]:
        started = time.perf_counter()
        try:
            return original(self, input)
        finally:
            spent[0] += time.perf_counter() - started

    cls.split = split
    try:
        yield
    finally:
        cls.split = original


def build(seeds: Path, work: Path, splitter: str) -> float:
    """One fresh HTML build; the seconds spent splitting text for the index."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(
        ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns("_build", "articles", "locale")
    )
    shutil.copytree(seeds, work / "seeds", ignore=shutil.ignore_patterns("gold.json"))
    options = ["-b", "html", "-q", str(work / "docs"), str(work / "out"), "-d", str(work / "dt")]
    spent = [0.0]
    search.sentence_terms.cache_clear()
    if splitter == "default":
        # The same texts through Sphinx's splitter, in place of the book's.
        default = DefaultSplitter({})
        original = search.SudachiSplitter.split
        search.SudachiSplitter.split = lambda self, input: default.split(input)  # type: ignore[method-assign]
        try:
            with timed_split(search.SudachiSplitter, spent):
                build_main(options)
        finally:
            search.SudachiSplitter.split = original  # type: ignore[method-assign]
        return spent[0]
    remember = extension.remember_analysis
    if splitter == "sudachi":
        extension.remember_analysis = lambda articles: search.remember_analysis(())  # type: ignore[assignment]
    try:
        with timed_split(search.SudachiSplitter, spent):
            build_main(options)
    finally:
        extension.remember_analysis = remember
    return spent[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seeds = Path(args.seeds)
    figures: dict[str, list[float]] = {"default": [], "sudachi": [], "analysis": []}
    with tempfile.TemporaryDirectory(prefix="newsbook-search-") as scratch:
        for _ in range(args.runs):
            for splitter, times in figures.items():
                times.append(build(seeds, Path(scratch) / splitter, splitter))
    default = statistics.median(figures["default"])
    print(f"{seeds}: search splitting time, median of {args.runs} fresh builds")
    labels = {
        "default": "Sphinx's default Japanese splitter",
        "sudachi": "SudachiPy on every text",
        "analysis": "the analysis' tokens, SudachiPy for generated text",
    }
    for splitter, times in figures.items():
        median = statistics.median(times)
        print(f"  {labels[splitter]:<52} {median:6.2f} s  {median / default:4.2f}x the default")
    print("  target: the book's splitter at most 1.2x the default")


if __name__ == "__main__":
    main()
