"""Whole-book stage: editors' notes on sentences, in ``seeds/_notes.toml``.

An editor or translator attaches a note to a sentence of an article; both
editions show it beside the sentence, on the article's page. A note says what
a reader should know and the source does not: a slip (理論 written for 推論),
a date the source gets wrong. Example::

    [[note]]
    article = "04-research-memo-dark-horse"
    sentence = "新たな理論モデル「R1」"     # a phrase of the sentence, as written
    ja = "原文は「理論モデル」ですが、R1は推論モデルです。"
    en = "The source writes 理論 (theory) for 推論 (reasoning): R1 is a reasoning model."

The phrase must occur in exactly one sentence of the article. A broken file,
or a note that finds no sentence or several, is reported with its line; the
other notes are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsbook.book.datafiles import line_of, load_toml
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.model import Article, Sentence

NOTES_FILE = "_notes.toml"
_KEYS = frozenset({"article", "sentence", "ja", "en"})


@dataclass(frozen=True)
class Note:
    article_id: str
    sentence: Sentence
    ja: str
    en: str | None  # the English edition shows the Japanese note when there is none


def load_notes(
    seeds_dir: Path, articles: Sequence[Article], display: Callable[[Path], str] = str
) -> tuple[tuple[Note, ...], list[Diagnostic]]:
    """The notes of ``seeds/_notes.toml``, each attached to its sentence."""
    path = seeds_dir / NOTES_FILE
    shown = display(path)
    data, problems = load_toml(path, shown, Code.NOTES)
    if data is None:
        return (), problems

    def problem(needle: str, message: str) -> None:
        problems.append(
            Diagnostic(shown, line_of(path, needle), Severity.WARNING, Code.NOTES, message)
        )

    for key in data:
        if key != "note":
            problem(key, f"unknown key {key!r} (known: note)")
    tables = data.get("note", [])
    if not isinstance(tables, list):
        problem("note", "notes must be written as [[note]] tables")
        tables = []
    by_id = {a.id: a for a in articles}
    notes = []
    for number, table in enumerate(tables, start=1):
        where = f"note #{number}"
        if not isinstance(table, dict):
            problem("[[note]]", f"{where}: not a table")
            continue
        phrase = table.get("sentence")
        needle = f'"{phrase}"' if isinstance(phrase, str) else "[[note]]"
        unknown = set(table) - _KEYS
        values = [table.get(k) for k in ("article", "sentence", "ja")]
        if unknown:
            problem(needle, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in values):
            problem(needle, f"{where}: 'article', 'sentence' and 'ja' must be non-empty strings")
            continue
        english = table.get("en")
        if english is not None and not isinstance(english, str):
            problem(needle, f"{where}: 'en' must be a string")
            continue
        article = by_id.get(table["article"])
        if article is None:
            problem(needle, f"{where}: no article {table['article']!r}")
            continue
        assert isinstance(phrase, str)  # checked with the other values above
        found = [s for s in article.sentences if phrase in s.text]
        if len(found) != 1:
            problem(
                needle,
                f"{where}: {phrase!r} is in {len(found)} sentences of {article.id}; "
                "quote a phrase of exactly one",
            )
            continue
        notes.append(Note(article.id, found[0], table["ja"].strip(), english and english.strip()))
    return tuple(notes), problems
