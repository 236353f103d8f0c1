"""The general index by Japanese reading, for HTML and for the PDF.

Sphinx sorts and groups index entries by their first character's code point,
which files 訓練 under a kanji heading and scatters katakana. The book knows
the reading of every entity and term (SudachiPy's, or the editors'), so:

* HTML: :func:`group_index` regroups Sphinx's index under the heading of each
  reading's kana row (あ か さ た な は ま や ら わ), sorted by reading; Latin
  entries keep their letter headings before them, symbols stay first.
* PDF: mendex sorts by the readings in a dictionary file that nothing else
  writes (:func:`mendex_dictionary`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from newsbook.analyse.japanese import to_hiragana
from newsbook.book.build import Book

# The first kana of each row of the syllabary; a reading is filed under the
# row its first kana belongs to.
ROWS = "あかさたなはまやらわ"
_ROW_START = "あかさたなはまやらわん"


def readings_of(book: Book) -> dict[str, str]:
    """Index entry text -> hiragana reading, for the book's entities and terms."""
    readings = {e.name: e.reading for e in book.entities}
    readings |= {t.name: t.reading for t in book.terms}
    return dict(sorted(readings.items()))


def kana_row(reading: str) -> str | None:
    """The row heading of a reading (く -> か, が -> か), or None if it starts with no kana."""
    first = to_hiragana(reading[:1])
    base = unicodedata.normalize("NFD", first)[:1]  # drop dakuten: が -> か
    if not ("ぁ" <= base <= "ゖ"):
        return None
    row = ROWS[0]
    for head, start in zip(ROWS, _ROW_START, strict=False):
        if base >= start:
            row = head
    return row


def group_index(
    groups: Sequence[tuple[str, Sequence[tuple[str, Any]]]], readings: Mapping[str, str]
) -> list[tuple[str, list[tuple[str, Any]]]]:
    """Sphinx's ``genindexentries`` regrouped: symbols, Latin letters, then kana rows."""
    regrouped: dict[str, list[tuple[tuple[str, str], tuple[str, Any]]]] = {}
    for heading, entries in groups:
        for entry in entries:
            name = entry[0]
            row = kana_row(readings.get(name, name))
            key = row if row else heading
            sort_key = to_hiragana(readings.get(name, name)).lower()
            regrouped.setdefault(key, []).append(((sort_key, name), entry))

    def order(heading: str) -> tuple[int, str]:
        if heading in ROWS:
            return 2, str(ROWS.index(heading))
        return (1, heading) if heading.isascii() and heading.isalpha() else (0, heading)

    return [
        (heading, [entry for _, entry in sorted(regrouped[heading], key=lambda e: e[0])])
        for heading in sorted(regrouped, key=order)
    ]


def mendex_dictionary(readings: Mapping[str, str]) -> str:
    """Lines ``word<TAB>reading`` for mendex: words with kanji, readings all kana."""
    lines = [
        f"{word}\t{reading}"
        for word, reading in sorted(readings.items())
        if any(unicodedata.name(c, "").startswith("CJK UNIFIED") for c in word)
        and reading
        and all("ぁ" <= c <= "ゖ" or c == "ー" for c in reading)
    ]
    return "\n".join(lines) + ("\n" if lines else "")
