"""The book's settings: everything about a book that is not an article.

A new book is a folder of seeds plus ``_book.toml`` beside them (README, "Make
your own book"): title, subtitle, description (the front page's introduction),
edition, version, author, copyright, the languages of its editions and the
repository its sources live in. Values at the top level are the source
language's (Japanese); a table per other language (``[en]``) gives that
edition's title, subtitle, description and edition. Nothing about a book's
subject lives in the converter or in ``docs/``.

A broken file is reported at its line and ignored as a whole; a missing value
falls back to a neutral default, so a folder of seeds alone still makes a book.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsbook.book.datafiles import line_of, load_toml, string_list
from newsbook.core.diagnostics import Code, Diagnostic, Severity

SETTINGS_FILE = "_book.toml"
SOURCE_LANGUAGE = "ja"
#: Values that may differ by edition; the rest are the book's own.
PER_LANGUAGE = ("title", "subtitle", "description", "edition")
_SHARED = ("version", "author", "copyright", "repository", "id")
#: What a book without settings is called.
DEFAULT_TITLES = {"ja": "ニュースブック", "en": "News Book"}
_ID_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class BookSettings:
    titles: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TITLES))
    subtitles: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)
    editions: Mapping[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = (SOURCE_LANGUAGE, "en")
    version: str = ""
    author: str = "newsbook contributors"
    copyright: str = ""
    repository: str = ""  # a web address: view and edit links lead there
    id: str = "newsbook"  # ASCII, for the EPUB's identifier

    def title(self, language: str) -> str:
        """The edition's title: its own, else the source language's."""
        return self.titles.get(language) or self.titles.get(SOURCE_LANGUAGE) or "newsbook"

    def text(self, values: Mapping[str, str], language: str) -> str:
        """An edition's subtitle, description or edition name ("" when unset)."""
        return values.get(language, "")


def load_settings(
    seeds_dir: Path, display: Callable[[Path], str] = str
) -> tuple[BookSettings, list[Diagnostic]]:
    path = seeds_dir / SETTINGS_FILE
    shown = display(path)
    data, problems = load_toml(path, shown, Code.SETTINGS)
    if data is None:
        return BookSettings(), problems

    def problem(key: str, message: str) -> Diagnostic:
        line = line_of(path, key)
        return Diagnostic(shown, line, Severity.WARNING, Code.SETTINGS, message)

    per_language: dict[str, dict[str, str]] = {name: {} for name in PER_LANGUAGE}
    shared: dict[str, str] = {}
    languages: tuple[str, ...] = (SOURCE_LANGUAGE, "en")
    for key, value in data.items():
        if key == "languages":
            listed = string_list(value)
            if listed is None or listed[0] != SOURCE_LANGUAGE:
                problems.append(
                    problem(key, f"languages must be a list starting with {SOURCE_LANGUAGE!r}")
                )
            else:
                languages = listed
        elif isinstance(value, dict):  # [en]: another edition's values
            for name, text in value.items():
                if name not in PER_LANGUAGE or not isinstance(text, str):
                    problems.append(problem(name, f"[{key}] {name}: not a text an edition has"))
                else:
                    per_language[name][key] = text.strip()
        elif key in PER_LANGUAGE and isinstance(value, str):
            per_language[key][SOURCE_LANGUAGE] = value.strip()
        elif key in _SHARED and isinstance(value, str):
            shared[key] = value.strip()
        else:
            problems.append(problem(key, f"{key}: unknown setting or not a text (ignored)"))
    if problems:
        message = "file ignored: fix the settings above"
        problems.append(Diagnostic(shown, None, Severity.WARNING, Code.SETTINGS, message))
        return BookSettings(), problems
    titles = per_language["title"] or dict(DEFAULT_TITLES)
    book_id = shared.pop("id", "") or _ID_UNSAFE.sub("-", titles.get("en", "").lower()).strip("-")
    return (
        BookSettings(
            titles=titles,
            subtitles=per_language["subtitle"],
            descriptions=per_language["description"],
            editions=per_language["edition"],
            languages=languages,
            id=book_id or "newsbook",
            **shared,
        ),
        [],
    )
