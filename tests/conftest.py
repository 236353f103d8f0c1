"""Shared helpers: the project's folders, and a real sphinx-build in a scratch copy."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

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

    def page_text(self, docname: str) -> str:
        """What a reader sees on a page: its text without tags, whitespace collapsed."""
        source = (self.outdir / f"{docname}.html").read_text(encoding="utf-8")
        extractor = _TextExtractor()
        extractor.feed(source)
        return re.sub(r"\s+", " ", "".join(extractor.parts))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(html.unescape(data))


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
