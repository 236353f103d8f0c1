"""Shared helpers: the project's folders, and a real sphinx-build in a scratch copy."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from newsbook.analyse.japanese import analyzer
from newsbook.book.build import Book, build_book
from newsbook.core.diagnostics import Diagnostic
from newsbook.core.model import Article
from newsbook.pipeline import analyse_seed
from newsbook.render.pages import render_book

# Sphinx colours its output when the environment asks for it (FORCE_COLOR in
# some CI shells): tests read that output, so every build they run is plain.
os.environ["NO_COLOR"] = "1"
os.environ.pop("FORCE_COLOR", None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOCS = ROOT / "docs"


@dataclass
class Build:
    returncode: int
    output: str  # stdout and stderr together
    outdir: Path

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.output.splitlines() if "WARNING" in line or "ERROR" in line]

    def page_text(self, docname: str, element_id: str | None = None) -> str:
        """What a reader sees on a page (or in the element with ``element_id``):
        its text without tags, whitespace collapsed."""
        source = (self.outdir / f"{docname}.html").read_text(encoding="utf-8")
        extractor = _TextExtractor(element_id)
        extractor.feed(source)
        return re.sub(r"\s+", " ", "".join(extractor.parts))


_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _TextExtractor(HTMLParser):
    def __init__(self, element_id: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._element_id = element_id
        self._depth = 0 if element_id else 1  # > 0 inside the element wanted

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _VOID_TAGS:
            return
        if self._element_id and self._depth:
            self._depth += 1
        elif self._element_id and ("id", self._element_id) in attrs:
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if self._element_id and self._depth and tag not in _VOID_TAGS:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and self._depth:
            self.parts.append(data)


_BULLET = re.compile(r"^(?:[-*+]\s+|[•・●]\s*|\d{1,2}[.)．）]\s+)")
_REFERENCE_LABEL = re.compile(r"^(Reference\(s\)|Source|参照|参考文献)\s*[:：]\s*")


def reader_fragments(line: str) -> list[str]:
    """A source line cut into sentences, the way a reader would quote them:
    without its list marker (the page shows a bullet or a number instead) and
    with a reference label apart from the reference."""
    line = _BULLET.sub("", line.strip(" \t\u00a0\u3000"))
    label = _REFERENCE_LABEL.match(line)
    pieces = [label.group(1), line[label.end() :]] if label else [line]
    return [
        re.sub(r"\s+", " ", sentence).strip()
        for piece in pieces
        for sentence in re.split(r"(?<=[。！？!?])", piece)
        if sentence.strip()
    ]


def make_book(tmp: Path, seeds: Path | dict[str, bytes]) -> Path:
    """A scratch copy of docs/ beside a seeds/ folder; returns the docs folder."""
    shutil.copytree(
        DOCS, tmp / "docs", ignore=shutil.ignore_patterns("_build", "articles", "locale")
    )
    if isinstance(seeds, Path):
        shutil.copytree(seeds, tmp / "seeds")
    else:
        (tmp / "seeds").mkdir()
        for name, data in seeds.items():
            (tmp / "seeds" / name).write_bytes(data)
    return tmp / "docs"


def book_of(folder: Path, *texts: str) -> Book:
    """The whole-book stage over these article texts, written as seeds 01.txt,
    02.txt ... in ``folder`` (beside any editors' files already there)."""
    articles = []
    for number, text in enumerate(texts, 1):
        seed = folder / f"{number:02d}.txt"
        seed.write_text(text, encoding="utf-8")
        article = analyse_seed(seed).article
        assert article is not None
        articles.append(article)
    return build_book(articles, folder)


def sphinx_build(docs: Path, builder: str = "html", *options: str) -> Build:
    outdir = docs / "_build" / builder
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", builder, *options, str(docs), str(outdir)],
        cwd=docs.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    return Build(result.returncode, result.stdout + result.stderr, outdir)


@pytest.fixture(scope="session")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build]:
    """The real book from the real seeds, built once with warnings as errors."""
    docs = make_book(tmp_path_factory.mktemp("book"), SEEDS)
    return docs, sphinx_build(docs, "html", "-nW", "--keep-going")


@pytest.fixture(scope="session")
def english(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The English edition of the real book, built once with warnings as errors."""
    docs = make_book(tmp_path_factory.mktemp("en"), SEEDS)
    shutil.copytree(DOCS / "locale", docs / "locale")
    return sphinx_build(docs, "html", "-nW", "--keep-going", "-D", "language=en")


@dataclass(frozen=True)
class Site:
    """Both editions side by side, as ``make html-all`` lays them out in docs/_build."""

    build: Path  # the build folder: html/ja, html/en, and screenshots/ for review
    html: Path

    def edition(self, language: str) -> Path:
        return self.html / language


@pytest.fixture(scope="session")
def site(
    tmp_path_factory: pytest.TempPathFactory, book: tuple[Path, Build], english: Build
) -> Site:
    build = tmp_path_factory.mktemp("site") / "_build"
    for language, edition in (("ja", book[1]), ("en", english)):
        assert edition.returncode == 0, edition.output
        shutil.copytree(
            edition.outdir, build / "html" / language, ignore=shutil.ignore_patterns(".doctrees")
        )
    return Site(build, build / "html")


@dataclass
class Converted:
    """One seed through the whole converter, as a one-article book."""

    article: Article | None
    diagnostics: tuple[Diagnostic, ...]
    page: str | None  # its article page


def convert_seed(
    seed: Path, display: str | None = None, seeds_dir: Path | None = None
) -> Converted:
    analysis = analyse_seed(seed, display, seeds_dir)
    page = None
    if analysis.article is not None:
        # No alias, terms or facts files: the article alone.
        book = build_book([analysis.article], seed.parent / "_no_data_files_here")
        page = render_book(book)[f"articles/{analysis.article.id}.md"]
    return Converted(analysis.article, analysis.diagnostics, page)


@dataclass
class _RecordingTokenizer:
    """A SudachiPy tokenizer that notes every text it is given."""

    tokenizer: Any
    mode: str
    reads: list[tuple[str, str]]

    def tokenize(self, text: str) -> Any:
        self.reads.append((self.mode, text))
        return self.tokenizer.tokenize(text)


@pytest.fixture
def sudachi_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every (split mode, text) SudachiPy itself is given during the test, in order
    (a text over its input limit arrives in pieces)."""
    japanese = analyzer()
    reads: list[tuple[str, str]] = []
    for mode, tokenizer in list(japanese._tokenizers.items()):
        monkeypatch.setitem(japanese._tokenizers, mode, _RecordingTokenizer(tokenizer, mode, reads))
    return reads
