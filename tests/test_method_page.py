"""The back-matter page that says how summaries are made and how good they are."""

from __future__ import annotations

from pathlib import Path

from conftest import DOCS, Build

METHOD = DOCS / "summaries-method.md"


def test_the_method_page_is_in_the_contents_as_back_matter() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    appendix = index[index.index(":caption: 付録") :]
    assert "summaries-method" in appendix


def test_the_method_page_shows_the_table_and_the_command_that_made_it() -> None:
    text = METHOD.read_text(encoding="utf-8")
    for row in ("この本の要約", "先頭の1文 (lead-1)", "sumy の LexRank", "sumy の TextRank"):
        assert f"| {row} |" in text
    assert "make bench-summaries EVAL=" in text


def test_the_method_page_is_built(book: tuple[Path, Build]) -> None:
    _, build = book
    assert "要約のつくり方と精度" in build.page_text("summaries-method")


def test_article_pages_show_section_points(book: tuple[Path, Build]) -> None:
    _, build = book
    assert "この節の要点" in build.page_text("articles/04-research-memo-dark-horse")
