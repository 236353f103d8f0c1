"""The Japanese PDF: built with TeX, Japanese fonts embedded.

Skipped where TeX is not installed, unless NEWSBOOK_REQUIRE_PDF=1 (as in CI),
where a missing TeX is a failure.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import DOCS, SEEDS, Build, make_book

TEX_TOOLS = ("latexmk", "uplatex", "dvipdfmx", "pdffonts")


def build_pdf(tmp: Path, language: str) -> Path:
    missing = [tool for tool in TEX_TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"TeX tools missing: {', '.join(missing)} (make system-deps)"
        if os.environ.get("NEWSBOOK_REQUIRE_PDF") == "1":
            pytest.fail(message)
        pytest.skip(message)
    docs = make_book(tmp, SEEDS)
    shutil.copytree(DOCS / "locale", docs / "locale", ignore=shutil.ignore_patterns("*.mo"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-M",
            "latexpdf",
            str(docs),
            str(docs / "_build"),
            "-nW",
            "--keep-going",
            "-D",
            f"language={language}",
        ],  # fmt: skip
        cwd=docs.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return docs / "_build" / "latex" / "newsbook.pdf"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pdf(tmp_path_factory.mktemp("pdf"), "ja")


@pytest.fixture(scope="module")
def english_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pdf(tmp_path_factory.mktemp("pdf-en"), "en")


def fonts(pdf: Path) -> list[tuple[str, bool]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    # Columns: name type encoding emb sub uni object ID; the name has no spaces,
    # the type may ("CID Type 0C"), so read "emb" counting from the right.
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows]


@pytest.mark.pdf
def test_pdf_embeds_every_font_and_a_japanese_one(pdf: Path) -> None:
    found = fonts(pdf)
    assert all(embedded for _, embedded in found), found
    assert any("HaranoAji" in name for name, _ in found), found


@pytest.mark.pdf
def test_pdf_contains_the_articles(pdf: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "オープンソース戦略が世界を揺らす" in text
    assert "要約" in text


@pytest.mark.pdf
def test_english_pdf_embeds_every_font_and_is_in_english(english_pdf: Path) -> None:
    found = fonts(english_pdf)
    assert all(embedded for _, embedded in found), found
    text = subprocess.run(
        ["pdftotext", str(english_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "The DeepSeek Shock: A News Book" in text
    # LaTeX typesets the apostrophe (pdftotext reads "’ s") and may break the line at a hyphen.
    flat = " ".join(text.replace("’ s", "'s").replace("’", "'").replace("-\n", "-").split())
    assert "Chinese AI startup DeepSeek's open-source strategy shakes the world" in flat
    assert "Summary" in text and "要約" not in text


@pytest.mark.pdf
def test_pdf_has_the_whole_book_pages_and_an_index_by_reading(pdf: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for title in (
        "年表",
        "数字と食い違い",
        "人物・組織・製品・地名",
        "用語集",
        "記事と固有名詞の関係図",
        "出典一覧",
    ):
        assert title in text, title
    index = (pdf.parent / "newsbook.ind").read_text(encoding="utf-8")
    # mendex filed 訓練コスト by its reading (く), not under a kanji heading.
    group = index.split("訓練コスト", 1)[0].rsplit("\\bigletter", 1)[1]
    assert group.strip().startswith("ク"), group


def _article_titles(build: Build) -> list[str]:
    """The titles the HTML edition shows on its article pages (h1)."""
    titles = []
    for page in sorted((build.outdir / "articles").glob("*.html")):
        h1 = re.search(r"<h1>(.*?)<a class=\"headerlink\"", page.read_text(encoding="utf-8"), re.S)
        assert h1, page
        titles.append(html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip())
    return titles


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


# Quotation marks and apostrophes: set with the HaranoAji fonts, which are embedded
# without a ToUnicode map, so pdftotext does not give them back (see the xfail below).
_QUOTES = re.compile(r"[“”‘’\"']")


def _comparable(text: str) -> str:
    # pdftotext breaks long titles over lines (between kana, or at a space) and
    # gives ligatures (ﬀ) as one character.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _titles_and_text(language: str, request: pytest.FixtureRequest) -> tuple[list[str], str]:
    if language == "ja":
        pdf_path, build = request.getfixturevalue("pdf"), request.getfixturevalue("book")[1]
    else:
        pdf_path, build = request.getfixturevalue("english_pdf"), request.getfixturevalue("english")
    titles = _article_titles(build)
    assert len(titles) == len(list(SEEDS.glob("*.txt")))
    return titles, _comparable(_pdf_text(pdf_path))


@pytest.mark.pdf
@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_article_title_is_in_the_pdf(language: str, request: pytest.FixtureRequest) -> None:
    titles, text = _titles_and_text(language, request)
    missing = [t for t in titles if _comparable(_QUOTES.sub("", t)) not in _QUOTES.sub("", text)]
    assert missing == []


# The English PDF (lualatex) maps every glyph to text. The Japanese one (uplatex,
# pxchfon) sets quotation marks with HaranoAji glyphs that have no ToUnicode map
# (pdffonts: uni no), so copying or searching them fails there: a known limit.
QUOTES_KNOWN_LOST = pytest.mark.xfail(
    strict=True, reason="uplatex: HaranoAji quotation marks have no ToUnicode map"
)


@pytest.mark.pdf
@pytest.mark.parametrize("language", [pytest.param("ja", marks=QUOTES_KNOWN_LOST), "en"])
def test_titles_keep_their_quotation_marks_in_the_pdf_text(
    language: str, request: pytest.FixtureRequest
) -> None:
    titles, text = _titles_and_text(language, request)
    assert [t for t in titles if _comparable(t) not in text] == []
