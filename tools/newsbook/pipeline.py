"""The converter's three steps, in order; the work is done by the stage modules.

1. Analyse each article: ``decode`` → ``structure`` → ``sentences`` →
   ``metadata`` → ``summarize`` (:func:`analyse_seed`).
2. The whole-book stage over all analysed articles: entities, glossary,
   related articles, sources, overview (:func:`newsbook.book.build.build_book`).
3. Render every page (:func:`newsbook.render.pages.render_book`) and write the ones
   whose bytes changed (:mod:`newsbook.render.output`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsbook.analyse import metadata as meta
from newsbook.analyse.decode import DecodedText, DecodeError, decode_bytes
from newsbook.analyse.features import paragraph_word_spread
from newsbook.analyse.japanese import tokenized_texts
from newsbook.analyse.names import loose_words, with_names
from newsbook.analyse.overrides import (
    Overrides,
    inside,
    load_overrides,
    override_path,
    unmatched_line_overrides,
)
from newsbook.analyse.readings import ArticleReadings, read_article
from newsbook.analyse.sentences import article_sentences
from newsbook.analyse.structure import recover_structure
from newsbook.analyse.summarize import (
    generated_title,
    keywords,
    section_points,
    summary_indices,
    summary_length,
)
from newsbook.book.build import Book, build_book
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.model import Article, ArticleStructure, BlockKind, Keyword, SentenceKind
from newsbook.render.output import SyncReport, sync_generated
from newsbook.render.pages import render_book
from newsbook.render.texts import TranslatedTexts
from newsbook.render.ui import STRINGS

SEED_SUFFIX = ".txt"
# A seed's file name is its id: page name, labels and catalogs hang on it.
SEED_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Analysis:
    """One seed after step 1: its article, or why there is none."""

    seed: Path
    display: str  # the seed's path as shown in messages
    article: Article | None
    diagnostics: tuple[Diagnostic, ...]
    readings: ArticleReadings | None = None  # the article's dates and figures


def find_seeds(seeds_dir: Path) -> list[Path]:
    # Broken links too: they are reported, not silently skipped.
    return sorted(p for p in seeds_dir.glob(f"*{SEED_SUFFIX}") if p.is_file() or p.is_symlink())


def analyse_seed(seed: Path, display: str | None = None, seeds_dir: Path | None = None) -> Analysis:
    """Step 1 for one seed file; never raises for bad input.

    With ``seeds_dir``, a seed or override that is a link to a file outside
    that folder is refused: the book publishes only what the folder holds.
    """
    shown = display or str(seed)

    def failed(message: str, line: int | None = None) -> Analysis:
        return Analysis(
            seed, shown, None, (Diagnostic(shown, line, Severity.ERROR, Code.SEED, message),)
        )

    if not SEED_ID.match(seed.stem):
        return failed(
            "seed file name must be ASCII letters, digits, '-' or '_' (it is the page id)"
        )
    if seeds_dir is not None and not inside(seed, seeds_dir):
        return failed("a link to a file outside the seeds folder: refused (copy the file in)")
    try:
        decoded = decode_bytes(seed.read_bytes())
    except DecodeError as err:
        return failed(err.message, err.line)
    except OSError as err:
        return failed(f"cannot read: {err.strerror}")

    override_display = str(Path(shown).with_suffix(".toml"))
    overrides, problems = load_overrides(override_path(seed), override_display, seeds_dir)
    article = analyse(seed.stem, shown, decoded, overrides)
    dropped = [
        Diagnostic(
            shown,
            line.number,
            Severity.INFO,
            Code.BOILERPLATE,
            f"dropped site boilerplate {line.text!r}",
        )
        for line in article.structure.dropped
    ]
    diagnostics = [
        *problems,
        *unmatched_line_overrides(decoded.text, overrides, override_display),
        *dropped,
        *_rejoined(article.structure, shown),
    ]
    return Analysis(seed, shown, article, tuple(diagnostics), read_article(article))


def _rejoined(structure: ArticleStructure, shown: str) -> list[Diagnostic]:
    """Where hard-wrapped lines were joined: an editor may want to check."""
    joined = [line for block in structure.blocks for line in block.lines if line.parts]
    if not joined:
        return []
    message = (
        f"re-joined {sum(len(line.parts) for line in joined)} hard-wrapped lines into "
        f"{len(joined)} (text wrapped at {structure.wrap_width} {structure.wrap_unit})"
    )
    return [Diagnostic(shown, joined[0].number, Severity.INFO, Code.WRAP, message)]


def analyse(article_id: str, path: str, decoded: DecodedText, overrides: Overrides) -> Article:
    """Structure, sentences, metadata, summary and keywords of one decoded article."""
    structure = recover_structure(
        decoded.text, force_headings=overrides.headings, force_paragraphs=overrides.not_headings
    )
    # Tokenized here, once, and their names found: everything below and the
    # whole-book stage read these tokens and names.
    sentences = tuple(with_names(s) for s in article_sentences(structure))
    body = [s for s in sentences if s.kind is SentenceKind.PARAGRAPH]
    in_blocks = [s for s in sentences if s.block >= 0]
    chosen = summary_indices(body, summary_length(len(body)))
    headings = [b.texts[0] for b in structure.blocks if b.kind is BlockKind.HEADING]
    found_urls = tuple(
        dict.fromkeys(meta.find_urls("\n".join(line.text for line in meta.all_lines(structure))))
    )
    generated = None
    if not (overrides.title or structure.title):
        others = [s for s in in_blocks if s.kind is not SentenceKind.HEADING]
        generated = generated_title(body, others)
    metadata = meta.article_metadata(structure, overrides, generated, found_urls)
    # The title line is a sentence already; an editor's or a generated title is read here.
    title = next((s for s in sentences if s.text == metadata.title), None)
    keyword_sentences = [title or tokenized_texts([metadata.title])[0], *in_blocks]
    return Article(
        id=article_id,
        path=path,
        encoding=decoded.encoding,
        structure=structure,
        metadata=metadata,
        sentences=sentences,
        summary=tuple(body[i] for i in chosen),
        keywords=tuple(Keyword(k, s) for k, s in keywords(keyword_sentences, metadata.title)),
        section_titles=tuple(headings),
        found_urls=found_urls,
        loose_words=loose_words(sentences),
        paragraph_words=paragraph_word_spread(sentences),
        section_points=section_points(body, structure.blocks),
    )


def analyse_folder(seeds_dir: Path, display_root: Path | None = None) -> list[Analysis]:
    """Step 1 for every seed of a folder, in file-name order."""
    return [
        analyse_seed(
            seed, os.path.relpath(seed, display_root) if display_root else str(seed), seeds_dir
        )
        for seed in find_seeds(seeds_dir)
    ]


@dataclass(frozen=True)
class BookBuild:
    analyses: tuple[Analysis, ...]
    book: Book
    sync: SyncReport

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        per_seed = tuple(d for a in self.analyses for d in a.diagnostics)
        return per_seed + self.book.diagnostics


def convert_book(
    seeds_dir: Path,
    display_root: Path | None = None,
    language: str = "ja",
    locale_dir: Path | None = None,
) -> tuple[tuple[Analysis, ...], Book, dict[str, str]]:
    """Steps 1 to 3 for a seeds folder: the analyses, the book and its pages.

    ``language`` other than Japanese renders the pages in that language from
    the article catalogs under ``locale_dir`` (used to fill the page catalogs).
    """
    analyses, book = analyse_book(seeds_dir, display_root)
    if language == "ja":
        return analyses, book, render_book(book)
    if locale_dir is None:
        raise ValueError("a translated edition needs the locale folder of its catalogs")
    texts = TranslatedTexts.load(locale_dir, language, [a.id for a in book.articles])
    return analyses, book, render_book(book, STRINGS[language], texts)


def analyse_book(
    seeds_dir: Path, display_root: Path | None = None
) -> tuple[tuple[Analysis, ...], Book]:
    """Steps 1 and 2 for a seeds folder: the analyses and the book, no pages
    (for the book's data and its catalogs, which need no rendering)."""
    analyses = analyse_folder(seeds_dir, display_root)
    shown = (lambda p: os.path.relpath(p, display_root)) if display_root else str
    return tuple(analyses), book_of(analyses, seeds_dir, shown)


def book_of(
    analyses: Sequence[Analysis], seeds_dir: Path, display: Callable[[Path], str] = str
) -> Book:
    """Step 2 over the seeds that gave an article, with the dates and figures
    their analyses read."""
    analysed = [(a.article, a.readings) for a in analyses if a.article is not None]
    return build_book(
        [article for article, _ in analysed],
        seeds_dir,
        display=display,
        readings=[readings for _, readings in analysed],
    )


def sync_book(
    seeds_dir: Path,
    docs_dir: Path,
    display_root: Path | None = None,
    language: str = "ja",
    locale_dir: Path | None = None,
) -> BookBuild:
    """Convert a seeds folder and write the pages whose content changed.

    Pages of seeds that fail are removed, so the book never shows stale text
    for a seed that no longer converts.
    """
    analyses, book, pages = convert_book(seeds_dir, display_root, language, locale_dir)
    return BookBuild(analyses, book, sync_generated(docs_dir, pages))
