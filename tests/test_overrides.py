"""Override files: an editor's corrections beside the seed, and what a broken one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbook.analyse.overrides import Overrides, load_overrides
from newsbook.pipeline import analyse_seed, convert_book

ARTICLE = "記事の題名\n本文の一文目です。二文目です。\n短い行\n三文目です。\n"


def seed_with(tmp_path: Path, override: str | None) -> Path:
    seed = tmp_path / "article.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    if override is not None:
        (tmp_path / "article.toml").write_text(override, encoding="utf-8")
    return seed


@pytest.mark.parametrize(
    ("override", "field", "expected"),
    [
        pytest.param('title = "正しい題名"', "title", "正しい題名", id="title"),
        pytest.param('source = "CGTN"', "source", "CGTN", id="source"),
        pytest.param('author = "山田太郎"', "author", "山田太郎", id="author"),
        pytest.param("date = 2025-01-27", "published", "2025-01-27", id="toml-date"),
        pytest.param('date = "2025年1月27日"', "published", "2025年1月27日", id="text-date"),
        pytest.param(
            'urls = ["https://example.com/a"]', "urls", ("https://example.com/a",), id="urls"
        ),
    ],
)
def test_override_replaces_the_guess(tmp_path: Path, override: str, field: str, expected: object):
    conversion = analyse_seed(seed_with(tmp_path, override))
    assert conversion.article is not None
    assert getattr(conversion.article.metadata, field) == expected
    assert conversion.diagnostics == ()


def test_overridden_title_is_marked_as_the_editors(tmp_path: Path):
    conversion = analyse_seed(seed_with(tmp_path, 'title = "正しい題名"'))
    assert conversion.article is not None
    assert conversion.article.metadata.title_origin == "override"
    page = convert_book(tmp_path)[2]["articles/article.md"]
    assert "# 正しい題名\n" in page
    assert ":タイトルの由来: 編集者の指定" in page


def test_without_an_override_the_line_is_a_heading_and_with_one_it_is_not(tmp_path: Path):
    plain = analyse_seed(seed_with(tmp_path, None)).article
    corrected = analyse_seed(seed_with(tmp_path, 'not_headings = ["短い行"]')).article
    assert plain is not None and corrected is not None
    assert plain.section_titles == ("短い行",)
    assert corrected.section_titles == ()


def test_a_line_can_be_declared_a_heading(tmp_path: Path):
    article = analyse_seed(seed_with(tmp_path, 'headings = ["三文目です。"]')).article
    assert article is not None
    assert article.section_titles == ("短い行", "三文目です。")


@pytest.mark.parametrize(
    ("override", "line", "message"),
    [
        pytest.param('title = "題名"\nsource = \n', 2, "not valid UTF-8 TOML", id="syntax"),
        pytest.param('title = "題名"\ntitel = "x"\n', 2, "unknown key 'titel'", id="unknown-key"),
        pytest.param("\n\nauthor = 3\n", 3, "'author' must be a non-empty string", id="wrong-type"),
        pytest.param(
            'urls = "https://x"\n', 1, "'urls' must be a list of strings", id="not-a-list"
        ),
    ],
)
def test_broken_override_is_reported_at_its_line_and_ignored(
    tmp_path: Path, override: str, line: int, message: str
):
    conversion = analyse_seed(seed_with(tmp_path, override), "seeds/article.txt")
    assert conversion.article is not None  # the article is still built
    assert conversion.article.metadata.title == "記事の題名"  # nothing half-applied
    first = conversion.diagnostics[0]
    assert (first.path, first.line) == ("seeds/article.toml", line)
    assert message in first.message
    assert first.format().startswith(f"seeds/article.toml:{line}: WARNING: ")
    assert first.format().endswith("[newsbook.override]")


def test_heading_override_naming_no_line_is_reported(tmp_path: Path):
    conversion = analyse_seed(seed_with(tmp_path, 'headings = ["存在しない行"]'))
    assert any("存在しない行" in d.message for d in conversion.diagnostics)


def test_missing_override_file_means_no_overrides(tmp_path: Path):
    assert load_overrides(tmp_path / "none.toml", "none.toml") == (Overrides(), [])
