"""Benchmark: does the book's search find what readers type?

Builds the book twice into a temporary folder, with Sphinx's default Japanese
splitter and with newsbook's (``html_search_options`` unset, then as in
``docs/conf.py``), types each query below into the search page in headless
Chromium, and prints for both:

- found: the share of (query, article) pairs listed, where the expected
  articles of a query are those whose page text contains it (for a phrase
  with particles: all its content words), read from the built HTML;
- false: pages listed that contain neither the query nor all its parts
  (Sudachi mode A words), which must be none;
- order: queries where a page holding only the parts ranks above a page
  holding the query itself;
- the size of searchindex.js and the build's CPU time (median of ``--runs``
  fresh builds, alternating between the variants).

    make bench-search            # or: python tools/bench/search_recall.py [--runs 5] [-v]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from searchpage import Results, main_text, normalize, search_page

from newsbook.analyse.japanese import analyzer

ROOT = Path(__file__).resolve().parents[2]

# Taken from the seeds: compounds, names, katakana terms, Latin names, parts of
# compounds, other widths, phrases with particles, and words no article has.
QUERIES = [
    "推論モデル",
    "訓練コスト",
    "梁文峰",
    "時価総額",
    "半導体",
    "大規模言語モデル",
    "言語モデル",
    "オープンソース",
    "ディープシーク",
    "NVIDIA",
    "H800",
    "モデル",
    "コスト",
    "規模",
    "ＮＶＩＤＩＡ",
    "ｵｰﾌﾟﾝｿｰｽ",
    "訓練コストが低い",
    "DeepSeekの推論モデル",
    "訓練コストが安い",
    "蒸留",
]


@dataclass(frozen=True)
class Variant:
    name: str
    conf_line: str  # appended to the scratch copy of conf.py


VARIANTS = [
    Variant("sphinx default", "html_search_options = {}"),
    Variant("newsbook (SudachiPy)", ""),
]


@dataclass(frozen=True)
class Score:
    expected: int
    found: int
    false: list[tuple[str, str]]  # (query, page)
    misordered: list[str]


def build(variant: Variant, workdir: Path) -> tuple[Path, float]:
    """A fresh scratch book built with the variant; returns its HTML folder and CPU seconds."""
    shutil.rmtree(workdir, ignore_errors=True)
    shutil.copytree(ROOT / "docs", workdir / "docs", ignore=shutil.ignore_patterns("_build"))
    shutil.copytree(ROOT / "seeds", workdir / "seeds")
    with (workdir / "docs" / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f"\n{variant.conf_line}\n")
    outdir = workdir / "docs" / "_build" / "html"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-nW", "--keep-going"]
        + [str(workdir / "docs"), str(outdir)],
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of the build: wall time on a shared machine mostly measures the neighbours.
    return outdir, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pages(outdir: Path) -> dict[str, str]:
    """docname -> normalized main text of every page the index knows."""
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return {
        name: normalize(main_text((outdir / f"{name}.html").read_text(encoding="utf-8")))
        for name in index["docnames"]
    }


def words(query: str) -> tuple[list[str], list[str]]:
    """(content words, all parts) of a query, as Sudachi reads it."""
    tokens = analyzer().tokenize(normalize(query), mode="A")
    compounds = analyzer().tokenize(normalize(query), mode="C")
    content = [t.surface for t in compounds if t.is_content_word]
    parts = [t.surface for t in tokens if t.is_content_word]
    return content, parts


def holds(text: str, query: str) -> bool:
    content, _ = words(query)
    return normalize(query) in text or (len(content) > 1 and all(w in text for w in content))


def holds_parts(text: str, query: str) -> bool:
    _, parts = words(query)
    return bool(parts) and all(part in text for part in parts)


def score(results: list[Results], texts: dict[str, str]) -> Score:
    expected = found = 0
    false: list[tuple[str, str]] = []
    misordered: list[str] = []
    for result in results:
        want = {name for name, text in texts.items() if holds(text, result.query)}
        listed = result.docnames
        articles = {name for name in want if name.startswith("articles/")}
        expected += len(articles)
        found += len(articles & set(listed))
        false += [
            (result.query, name)
            for name in listed
            if name not in want and not holds_parts(texts[name], result.query)
        ]
        ranks = [name in want for name in listed]
        if any(not a and b for a, b in zip(ranks, ranks[1:], strict=False)):
            misordered.append(result.query)
    return Score(expected, found, false, misordered)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per variant (median time)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every query")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # Runs alternate between the variants so that load from other work on
        # the machine falls on both alike.
        seconds: dict[str, list[float]] = {variant.name: [] for variant in VARIANTS}
        outdirs: dict[str, Path] = {}
        for _ in range(args.runs):
            for number, variant in enumerate(VARIANTS):
                outdir, elapsed = build(variant, Path(tmp) / str(number))
                seconds[variant.name].append(elapsed)
                outdirs[variant.name] = outdir
        for variant in VARIANTS:
            outdir = outdirs[variant.name]
            texts = pages(outdir)
            with search_page(outdir) as page:
                results = [page.search(query) for query in QUERIES]
            size = (outdir / "searchindex.js").stat().st_size
            median = statistics.median(seconds[variant.name])
            rows.append((variant, score(results, texts), size, median))
            if args.verbose:
                for r in results:
                    print(f"  {variant.name}: {r.query} -> {', '.join(r.docnames) or '(none)'}")

    print(f"{len(QUERIES)} queries over the five-article book, headless Chromium")
    header = ("splitter", "found", "false", "order", "index", "build CPU")
    print("{:<22} {:>14} {:>6} {:>6} {:>10} {:>9}".format(*header))
    for variant, result, size, seconds in rows:
        share = f"{result.found}/{result.expected} {100 * result.found / result.expected:.0f}%"
        print(
            f"{variant.name:<22} {share:>14} {len(result.false):>6} "
            f"{len(result.misordered):>6} {size / 1024:>7.1f} KB {seconds:>8.2f}s"
        )
        for query, name in result.false:
            print(f"    false: {query} -> {name}")
        for query in result.misordered:
            print(f"    parts-only page ranked above the query's page: {query}")
    (_, _, _, base), (_, _, _, ours) = rows
    print(f"build time: {100 * (ours - base) / base:+.0f}% with the SudachiPy splitter (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
