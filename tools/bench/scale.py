"""Benchmark: how the converter and the book's build grow with the number of articles.

Makes synthetic books of N articles (recombined seed paragraphs, distinct
ids and titles; see synthetic.py) and prints, per N: conversion time beside
raw SudachiPy tokenization of the same text; clean builds with ``-j 1`` and
``-j auto``; the no-op rebuild and the documents it reads; the rebuild after
one article changes and the documents it reads; peak memory; the same for a
plain Sphinx + myst-parser + furo build of the same generated pages; ratios
and the targets (issues 9 and 15). Sizes given with ``--convert-only`` are converted
but not built::

    python tools/bench/scale.py --sizes 100 1000 --convert-only 10000 [--work DIR]
    python tools/bench/scale.py --sizes --convert-only --ours-only 1000 10000
    python tools/bench/scale.py --sizes 1000 --convert-only --rounds 5

Each clean build and conversion is one run (the machine is shared: rerun for a
median). The no-op and one-article rebuilds run ``--rounds`` times, ours and
plain in turns, and their medians are shown.
Builds use ``-n --keep-going`` without ``-W``: a synthetic book lacks some
terms of seeds/_terms.toml, and those warnings are expected.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from synthetic import write_seeds

ROOT = Path(__file__).resolve().parents[2]

_READ = re.compile(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", re.M)
# "updating environment: [new config] 1008 added, 0 changed, 0 removed"
_UPDATED = re.compile(r"updating environment: (?:\[[^\]]*\] )?(\d+) added, (\d+) changed")
_PLAIN_CONF = """
project = "plain"
language = "ja"
extensions = ["myst_parser", "sphinx.ext.graphviz"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "locale", "book/*.inc.md"]
myst_enable_extensions = ["fieldlist"]
html_theme = "furo"
graphviz_output_format = "svg"
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    read: list[str]  # documents Sphinx read, by name (serial reads only)
    ok: bool
    read_count: int = 0  # documents Sphinx read (added + changed)


def timed(command: list[str], cwd: Path) -> tuple[Run, str]:
    """Wall time and peak resident memory of a command and its children."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    # ru_maxrss covers the child and the descendants it waited for (KB on Linux).
    updated = _UPDATED.search(text)
    count = int(updated.group(1)) + int(updated.group(2)) if updated else 0
    run = Run(elapsed, usage.ru_maxrss / 1024, _READ.findall(text), process.returncode == 0, count)
    return run, text


def sphinx(docs: Path, jobs: str) -> tuple[Run, str]:
    command = [sys.executable, "-m", "sphinx", "-M", "html", str(docs), str(docs / "_build")]
    return timed([*command, "-n", "--keep-going", "-j", jobs], docs.parent)


def ours_book(work: Path, seeds: Path) -> Path:
    book = work / "ours"
    if book.exists():
        shutil.rmtree(book)
    shutil.copytree(
        ROOT / "docs",
        book / "docs",
        ignore=shutil.ignore_patterns("_build", "articles", "book", "locale"),
    )
    shutil.copytree(seeds, book / "seeds")
    return book / "docs"


def plain_book(work: Path, ours: Path) -> Path:
    """The pages our build generated, built by Sphinx + myst-parser + furo alone."""
    book = work / "plain"
    if book.exists():
        shutil.rmtree(book)
    shutil.copytree(ours, book / "docs", ignore=shutil.ignore_patterns("_build"))
    docs = book / "docs"
    (docs / "conf.py").write_text(_PLAIN_CONF, encoding="utf-8")
    (docs / "docutils.conf").unlink(missing_ok=True)
    index = docs / "index.md"
    # Our front page inserts the overview with a directive; plain Sphinx includes the file.
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "```{newsbook-overview}\n```", "```{include} book/overview.inc.md\n```"
        ),
        encoding="utf-8",
    )
    return docs


def raw_tokenization(seeds: Path) -> float:
    """SudachiPy mode C over each article's text, once, in this process (dictionary preloaded)."""
    from newsbook.analyse.japanese import analyzer

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    japanese = analyzer()
    japanese.tokenize("辞書を読み込む。")
    started = time.perf_counter()
    for text in texts:
        japanese.tokenize(text, mode="C")
    return time.perf_counter() - started


def conversion(work: Path, seeds: Path) -> Run:
    """``newsbook pages`` (parallel when many seeds, no cache): the converter alone."""
    out = work / "convert-out"
    shutil.rmtree(out, ignore_errors=True)
    run, _ = timed([sys.executable, "-m", "newsbook", "pages", str(seeds), str(out)], work)
    return run


def _median_run(runs: list[Run]) -> Run:
    """The run of median time (the lower middle one of an even count)."""
    return sorted(runs, key=lambda run: run.seconds)[(len(runs) - 1) // 2]


def show(name: str, value: str, note: str = "") -> None:
    print(f"  {name:<44} {value:>14}  {note}", flush=True)


def check(label: str, ok: bool) -> str:
    return f"target {label}: {'met' if ok else 'NOT met'}"


def bench_size(
    n: int, work: Path, build: bool, ours_only: bool = False, rounds: int = 1
) -> dict[str, float]:
    work.mkdir(parents=True, exist_ok=True)
    seeds = write_seeds(work / "seeds", n, ROOT / "seeds")
    figures: dict[str, float] = {}
    print(f"\n== {n:,} articles ==", flush=True)
    convert = conversion(work, seeds)
    raw = raw_tokenization(seeds)
    figures["convert"] = convert.seconds
    show(
        "conversion (newsbook pages)", f"{convert.seconds:.1f} s", f"peak {convert.peak_mb:.0f} MB"
    )
    show("raw SudachiPy tokenization, same text", f"{raw:.2f} s")
    show(
        "conversion / raw tokenization",
        f"{convert.seconds / raw:.1f}x",
        check("<= 3x", convert.seconds <= 3 * raw),
    )
    if not build:
        return figures
    docs = ours_book(work, seeds)
    results: dict[str, Run] = {}
    for label, jobs in (("clean -j 1", "1"), ("clean -j auto", "auto"))[: 1 if ours_only else 2]:
        shutil.rmtree(docs / "_build", ignore_errors=True)
        results[label], _ = sphinx(docs, jobs)
    plain = None if ours_only else plain_book(work, docs)
    plain_results: dict[str, Run] = {}
    if plain is not None:
        for label, jobs in (("clean -j 1", "1"), ("clean -j auto", "auto")):
            shutil.rmtree(plain / "_build", ignore_errors=True)
            plain_results[label], _ = sphinx(plain, jobs)
    # The rebuilds run in turns, ours then plain, so that both see the same
    # machine load; with several rounds the medians are reported.
    # One article changes in its seed (ours) or in its page (plain).
    books = [("ours", docs, docs.parent / "seeds" / "a00001.txt", "")]
    if plain is not None:
        books.append(("plain", plain, plain / "articles" / "a00001.md", "\n"))
    runs: dict[str, list[Run]] = {}
    for round_number in range(rounds):
        added = f"この段落は再ビルドの計測のために加えた{round_number + 1}。\n"
        for name, book, _, _ in books:
            runs.setdefault(f"{name} no-op", []).append(sphinx(book, "1")[0])
        for name, book, changed, before in books:
            with changed.open("a", encoding="utf-8") as text:
                text.write(before + added)
            runs.setdefault(f"{name} one article changed", []).append(sphinx(book, "1")[0])
    for key, measured in runs.items():
        name, _, label = key.partition(" ")
        (results if name == "ours" else plain_results)[label] = _median_run(measured)
    if rounds > 1:
        show("rebuilds measured in turns, medians of", str(rounds))
    ours_noop, ours_edit = results["no-op"].seconds, results["one article changed"].seconds
    if plain is None:
        # Sphinx's own book of 10,000 pages takes hours (its Japanese splitter):
        # the scaling figures need ours alone.
        for label, run in results.items():
            show(f"{label} (ours)", f"{run.seconds:.1f} s", f"peak {run.peak_mb:.0f} MB")
            figures[f"ours {label}"] = run.seconds
        figures["peak"] = max(r.peak_mb for r in results.values())
        print(f"  {check('one article changed <= 3x our no-op', ours_edit <= 3 * ours_noop)}")
        return figures
    for label in results:
        ours, other = results[label], plain_results[label]
        read = f"read {ours.read_count} / {other.read_count} docs"
        show(
            f"{label} (ours / plain)",
            f"{ours.seconds:.1f} / {other.seconds:.1f} s",
            f"{ours.seconds / other.seconds:.2f}x; {read}; peak {ours.peak_mb:.0f} / "
            f"{other.peak_mb:.0f} MB" + ("" if ours.ok and other.ok else "; a build FAILED"),
        )
        figures[f"ours {label}"] = ours.seconds
        figures[f"plain {label}"] = other.seconds
    show("re-read after one article changed (ours)", ", ".join(results["one article changed"].read))
    clean = min(results["clean -j 1"].seconds, results["clean -j auto"].seconds)
    figures["peak"] = max(r.peak_mb for r in results.values())
    ours_clean, plain_clean = results["clean -j 1"].seconds, plain_results["clean -j 1"].seconds
    plain_noop = plain_results["no-op"].seconds
    plain_edit = plain_results["one article changed"].seconds
    print(f"  {check('ours <= 1.3x plain (clean -j 1)', ours_clean <= 1.3 * plain_clean)}")
    print(f"  {check('no-op <= 1.5x plain no-op', ours_noop <= 1.5 * plain_noop)}")
    print(f"  {check('one article changed <= 1.5x plain', ours_edit <= 1.5 * plain_edit)}")
    print(f"  {check('one article changed <= 3x our no-op', ours_edit <= 3 * ours_noop)}")
    if n >= 1000:
        print(f"  {check('1,000 articles clean under 120 s', clean < 120)}")
        print(f"  {check('peak memory under 1.5 GB', figures['peak'] < 1536)}")
    figures["clean"] = clean
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--convert-only", type=int, nargs="*", default=[10000])
    parser.add_argument(
        "--work", type=Path, default=None, help="scratch folder (default: a temp dir)"
    )
    parser.add_argument(
        "--ours-only",
        type=int,
        nargs="*",
        default=[],
        help="sizes built as our book only (clean -j 1, no-op, one article changed)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="no-op and one-article rebuilds per size, ours and plain in turns (medians shown)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="newsbook-scale-"))
    print(f"scratch folder: {work}; {len(os.sched_getaffinity(0))} CPUs", flush=True)
    figures = {n: bench_size(n, work / f"n{n}", True, rounds=args.rounds) for n in args.sizes}
    ours = {
        n: bench_size(n, work / f"o{n}", True, ours_only=True, rounds=args.rounds)
        for n in args.ours_only
    }
    for n in args.convert_only:
        bench_size(n, work / f"n{n}", build=False)
    if 100 in figures and 1000 in figures:
        growth = figures[1000]["clean"] / figures[100]["clean"]
        print(
            f"\nclean build, 1,000 vs 100 articles: {growth:.1f}x  {check('<= 11x', growth <= 11)}"
        )
    if 1000 in ours and 10000 in ours:
        growth = ours[10000]["ours clean -j 1"] / ours[1000]["ours clean -j 1"]
        peak = ours[10000]["peak"]
        print(
            f"\nclean build -j 1, 10,000 vs 1,000 articles: {growth:.1f}x  "
            f"{check('<= 11x', growth <= 11)}; peak {peak:.0f} MB  {check('< 3 GB', peak < 3072)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
