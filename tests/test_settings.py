"""A new book is a folder of seeds plus ``_book.toml``: its title, description,
edition and languages come from there, in each edition's language, and a
broken file gets a located warning while the book still builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_book, sphinx_build
from newsbook.book.settings import BookSettings, load_settings
from newsbook.core.diagnostics import Code

ARTICLE = "地震の記事\n気象庁は5日、地震があったと発表した。\n".encode()
SETTINGS = """\
title = "地震ニュースブック"
description = "2011年の地震を伝えた記事を集めた本です。"
edition = "2026年1月版"
version = "2026.01"
languages = ["ja", "en"]

[en]
title = "Earthquake News Book"
description = "A book of news articles on the 2011 earthquakes."
edition = "January 2026 edition"
"""


def settings_from(tmp_path: Path, text: str | None) -> tuple[BookSettings, list[str]]:
    if text is not None:
        (tmp_path / "_book.toml").write_text(text, encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    return settings, [p.format() for p in problems]


def test_each_edition_takes_its_own_title_description_and_edition(tmp_path: Path) -> None:
    settings, problems = settings_from(tmp_path, SETTINGS)
    assert problems == []
    assert (settings.title("ja"), settings.title("en")) == (
        "地震ニュースブック",
        "Earthquake News Book",
    )
    assert settings.descriptions["en"] == "A book of news articles on the 2011 earthquakes."
    assert settings.editions == {"ja": "2026年1月版", "en": "January 2026 edition"}
    assert (settings.version, settings.languages) == ("2026.01", ("ja", "en"))
    assert settings.id == "earthquake-news-book"  # from the English title


def test_a_folder_without_settings_is_a_book_with_a_neutral_title(tmp_path: Path) -> None:
    settings, problems = settings_from(tmp_path, None)
    assert problems == []
    assert settings.title("ja") == "ニュースブック" and settings.descriptions == {}


def test_an_edition_without_its_own_title_shows_the_source_title(tmp_path: Path) -> None:
    settings, _ = settings_from(tmp_path, 'title = "地震ニュースブック"\n')
    assert settings.title("en") == "地震ニュースブック"


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ('title = "地震\n', 1, "not valid UTF-8 TOML"),
        ('title = "本"\ncolour = "red"\n', 2, "colour: unknown setting"),
        ('languages = ["en"]\n', 1, "languages must be a list starting with 'ja'"),
        ('title = "本"\n[en]\nheadline = "Book"\n', 3, "[en] headline: not a text an edition has"),
    ],
)
def test_a_broken_settings_file_is_reported_at_its_line_and_ignored(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    settings, problems = settings_from(tmp_path, text)
    assert problems[0].startswith(f"{tmp_path / '_book.toml'}:{line}: WARNING: ")
    assert problem in problems[0] and problems[0].endswith(f"[newsbook.{Code.SETTINGS.value}]")
    assert settings == BookSettings()


def test_the_front_page_shows_the_book_of_the_settings_in_both_editions(tmp_path: Path) -> None:
    docs = make_book(tmp_path, {"01-quake.txt": ARTICLE, "_book.toml": SETTINGS.encode()})
    japanese = sphinx_build(docs, "html", "-n")
    assert japanese.returncode == 0, japanese.output
    front = japanese.page_text("index")
    assert "地震ニュースブック" in front and "2011年の地震を伝えた記事を集めた本です。" in front
    assert "DeepSeek" not in front
    # No copyright in the settings: the footer credits the author, never an empty "©".
    assert "© newsbook contributors" in front or "©newsbook contributors" in front
    english = sphinx_build(docs, "html", "-n", "-D", "language=en", "-d", str(tmp_path / "en"))
    front = english.page_text("index")
    assert "Earthquake News Book" in front
    assert "A book of news articles on the 2011 earthquakes." in front
