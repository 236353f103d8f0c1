"""Command line: ``newsbook inspect SEED... --json`` and ``newsbook pages SEEDS DOCS``."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from newsbook.book.export import book_data
from newsbook.core.diagnostics import Code, Diagnostic
from newsbook.core.model import Article
from newsbook.i18n.catalogs import article_entries, catalog_path, update_catalog
from newsbook.i18n.pofiles import stabilise_catalogs
from newsbook.i18n.review import write_review
from newsbook.i18n.translate import fill_page_catalogs, pair_messages
from newsbook.incremental import sync_book_cached
from newsbook.pipeline import Analysis, analyse_book, analyse_seed, find_seeds


def article_record(article: Article) -> dict[str, object]:
    """The JSON shape scripts outside the book rely on."""
    m = article.metadata
    return {
        "id": article.id,
        "path": article.path,
        "encoding": article.encoding,
        "title": m.title,
        "title_generated": m.title_origin == "generated",
        "title_origin": m.title_origin,
        "source": m.source,
        "author": m.author,
        "published": m.published,
        "urls": list(m.urls),
        "dates": list(m.dates),
        "char_count": m.char_count,
        "reading_minutes": m.reading_minutes,
        "summary": [s.quote for s in article.summary],
        "keywords": [k.text for k in article.keywords],
        "sections": list(article.section_titles),
        "dropped": [line.text for line in article.structure.dropped],
    }


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.format(), file=sys.stderr)


def _inspect(args: argparse.Namespace) -> int:
    records = []
    failed = False
    for seed in args.seeds:
        analysis = analyse_seed(Path(seed), seed)
        _print_diagnostics(analysis.diagnostics)
        if analysis.article is None:
            failed = True
            continue
        records.append(article_record(analysis.article))
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for record in records:
            print(f"{record['id']}: {record['title']}")
            for sentence in record["summary"]:  # type: ignore[attr-defined]
                print(f"  - {sentence}")
    return 1 if failed else 0


def _book(args: argparse.Namespace) -> int:
    """The whole book's data (entities, terms, events, figures ...) as JSON."""
    seeds = Path(args.seeds_dir)
    analyses, book = analyse_book(seeds, Path.cwd())
    for analysis in analyses:
        _print_diagnostics(analysis.diagnostics)
    _print_diagnostics(book.diagnostics)
    data = book_data(book)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for key, value in data.items():
            count = len(value) if isinstance(value, list | dict) else value
            print(f"{key}: {count}")
    return 0 if book.articles else 1


# From this many seeds on, conversion shows its progress on stderr.
PROGRESS_FROM = 20


def _progress(analyses: Iterable[Analysis], count: int) -> Iterator[Analysis]:
    step = max(1, count // 20)
    for number, analysis in enumerate(analyses, 1):
        if number % step == 0 or number == count:
            print(f"converting seeds... {number}/{count} {analysis.display}", file=sys.stderr)
        yield analysis


def _pages(args: argparse.Namespace) -> int:
    seeds_dir = Path(args.seeds_dir)
    count = len(find_seeds(seeds_dir))
    result = sync_book_cached(
        seeds_dir,
        Path(args.out_dir),
        Path(args.cache) if args.cache else None,
        progress=_progress if count >= PROGRESS_FROM else None,
        workers=args.jobs,
    )
    _print_diagnostics(result.diagnostics)
    print(
        f"{len(result.written)} written, {len(result.removed)} removed, "
        f"{result.analysed} analysed, {result.reused} from the cache"
    )
    return 1 if any(d.code is Code.SEED for d in result.diagnostics) else 0


def _catalogs(args: argparse.Namespace) -> int:
    analyses, book = analyse_book(Path(args.seeds_dir), Path(args.seeds_dir).parent)
    for analysis in analyses:
        _print_diagnostics(analysis.diagnostics)
    changed = 0
    for article in book.articles:
        path = catalog_path(Path(args.locale_dir), args.language, article.id)
        if update_catalog(path, article_entries(article, book), article.path, args.language):
            changed += 1
            print(f"updated {path}")
    print(f"{len(book.articles)} article catalogs, {changed} changed")
    return 0


def _review(args: argparse.Namespace) -> int:
    seeds = Path(args.seeds_dir)
    _, book = analyse_book(seeds, seeds.parent)
    written = write_review(book, seeds, Path(args.locale_dir), args.language, Path(args.out_dir))
    print(f"{len(written) - 1} review pages: open {written[0]}")
    return 0


def _fill(args: argparse.Namespace) -> int:
    """Render the generated pages in Japanese and in the target language, take
    both renderings' messages page by page, and fill the page catalogs."""
    docs = Path(args.docs_dir).resolve()
    recorded: dict[str, dict[str, list[str]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("ja", args.language):
            copy = Path(scratch) / language / docs.name
            # The seeds folder is found relative to conf.py: keep the copy beside it.
            shutil.copytree(docs, copy, ignore=shutil.ignore_patterns("_build", "articles", "book"))
            os.symlink(docs.parent / "seeds", copy.parent / "seeds")
            out = Path(scratch) / language / "messages.json"
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "sphinx",
                    "-q",
                    "-b",
                    "dummy",
                    "-D",
                    f"newsbook_render_language={language}",
                    "-D",
                    f"newsbook_record_messages={out}",
                    str(copy),
                    str(Path(scratch) / language / "out"),
                ],  # fmt: skip
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not out.exists():
                print(result.stdout + result.stderr, file=sys.stderr)
                return 1
            recorded[language] = json.loads(out.read_text(encoding="utf-8"))
    pairs, report = pair_messages(recorded["ja"], recorded[args.language])
    po_dir = docs / "locale" / args.language / "LC_MESSAGES"
    fill_page_catalogs(po_dir, pairs, args.language, report)
    # sphinx-intl stamped its own catalogs too (Babel's version, the build time).
    report.written += [p for p in stabilise_catalogs(po_dir) if p not in report.written]
    for page, message, reason in report.problems:
        print(f"{page}: ERROR: {reason} {message!r}", file=sys.stderr)
    for page, message, variants in report.variants:
        print(f"{page}: NOTE: {message!r} reads {len(variants)} ways; using {variants[0]!r}")
    print(
        f"{report.filled} messages filled, {report.unchanged} already right, "
        f"{len(report.written)} catalogs written, {len(report.problems)} problems"
    )
    return 1 if report.problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsbook", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    inspect = commands.add_parser("inspect", help="show what the converter makes of seeds")
    inspect.add_argument("seeds", nargs="+", metavar="SEED")
    inspect.add_argument(
        "--json", action="store_true", help="print a JSON array, one object per article"
    )
    inspect.set_defaults(run=_inspect)
    book = commands.add_parser(
        "book", help="what the whole-book stage finds in a seeds folder (entities, terms ...)"
    )
    book.add_argument("seeds_dir", metavar="SEEDS")
    book.add_argument("--json", action="store_true", help="print the whole book's data as JSON")
    book.set_defaults(run=_book)
    pages = commands.add_parser(
        "pages", help="write the book's MyST pages (articles/, book/) for a seeds folder"
    )
    pages.add_argument("seeds_dir", metavar="SEEDS")
    pages.add_argument("out_dir", metavar="DOCS")
    pages.add_argument(
        "--cache", metavar="DIR", help="keep analyses here and reuse them in the next run"
    )
    pages.add_argument(
        "--jobs", type=int, default=None, help="processes for many seeds (default: CPUs)"
    )
    pages.set_defaults(run=_pages)
    catalogs = commands.add_parser(
        "catalogs",
        help="create or update the article catalogs translators translate (one per article)",
    )
    catalogs.add_argument("seeds_dir", metavar="SEEDS")
    catalogs.add_argument("locale_dir", metavar="LOCALE", help="e.g. docs/locale")
    catalogs.add_argument("--language", default="en")
    catalogs.set_defaults(run=_catalogs)
    fill = commands.add_parser(
        "fill-translations",
        help="fill the page catalogs of the generated pages from a rendering in LANGUAGE",
    )
    fill.add_argument("docs_dir", metavar="DOCS")
    fill.add_argument("--language", default="en")
    fill.set_defaults(run=_fill)
    review = commands.add_parser(
        "translation-review",
        help="write side-by-side review pages (Japanese, translation, notes, failed checks)",
    )
    review.add_argument("seeds_dir", metavar="SEEDS")
    review.add_argument("locale_dir", metavar="LOCALE", help="e.g. docs/locale")
    review.add_argument("out_dir", metavar="OUT", help="folder for the HTML pages")
    review.add_argument("--language", default="en")
    review.set_defaults(run=_review)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
