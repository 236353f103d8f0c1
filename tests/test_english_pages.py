"""The generated pages as a reader of each edition reads them: amounts in words
for the scale, American dates and spelling, names without Japanese readings,
English lists in alphabetical order, and the Japanese edition's own way with
万・億・兆."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEEDS, Build
from newsbook.pipeline import analyse_book
from newsbook.render.texts import BookTexts, TranslatedTexts

BOOK = analyse_book(SEEDS)[1]
# A number a reader would want in words: nine or more digits, with or without commas.
LONG_NUMBER = re.compile(r"\d{9,}|\d{1,3}(?:,\d{3}){3,}")
KANA_IN_BRACKETS = re.compile(r"\(([^()]*[\u3040-\u309f][^()]*)\)")
BRITISH = re.compile(
    r"\b(?:organis\w*|recognis\w*|analys(?:e|ed|es|ing)\b|centre|colour\w*|labelled"
    r"|catalogue\w*|towards|behaviour\w*|modelling|favour\w*)",
    re.IGNORECASE,
)
GENERATED = ["entities", "glossary", "timeline", "figures", "sources", "graph"]


class _Texts(HTMLParser):
    """The text of every element of one tag (``dt``, ``h3`` ...), in page order;
    with ``id_prefix``, only those whose id starts with it."""

    def __init__(self, tag: str, id_prefix: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.tag, self.id_prefix = tag, id_prefix
        self.texts: list[str] = []
        self._open = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.tag and (dict(attrs).get("id") or "").startswith(self.id_prefix):
            self._open += 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.tag and self._open:
            self._open -= 1

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[-1] += data


def _texts(
    build: Build, docname: str, tag: str, element_id: str | None = None, id_prefix: str = ""
) -> list[str]:
    html = (build.outdir / f"{docname}.html").read_text(encoding="utf-8")
    if element_id is not None:
        html = html.split(f'id="{element_id}"', 1)[1].split("</section>\n</section>", 1)[0]
    parser = _Texts(tag, id_prefix)
    parser.feed(html)
    return [re.sub(r"\s+", " ", t).strip().rstrip("¶").strip() for t in parser.texts]


def _alphabetical(names: list[str]) -> bool:
    return names == sorted(names, key=str.casefold)


# Figures ---------------------------------------------------------------------------------


def test_english_figures_say_amounts_in_words_for_the_scale(english: Build) -> None:
    page = english.page_text("book/figures")
    for amount in ("¥90 trillion", "nearly ¥100 trillion", "$6 million", "more than $20 billion"):
        assert amount in page
    assert LONG_NUMBER.findall(page) == []
    assert re.findall(r"\d ratio|\d JPY|\d USD", page) == []
    assert "under 1%" in page  # 100分の1以下, not "under 0.01 ratio"
    assert "2–9" not in page  # 数週間 stays vague


def test_japanese_figures_use_man_oku_chou(book: tuple[Path, Build]) -> None:
    _, build = book
    page = build.page_text("book/figures")
    values = _texts(build, "book/figures", "td")[1::4]  # the normalised column
    for value in ("90兆円", "100兆円近く", "600万ドル", "数億ドル", "数週間"):
        assert value in values
    assert LONG_NUMBER.findall(page) == []
    assert "JPY" not in page and "USD" not in page


def test_figures_keep_their_numeric_value_in_the_data() -> None:
    values = {c.figure.surface: c.figure.value for g in BOOK.facts.figures for c in g.claims}
    assert values["90兆円"] == 9e13
    assert values["600万ドル(約9億円)"] == 6e6


# Dates ------------------------------------------------------------------------------------


def test_english_timeline_dates_are_american(english: Build) -> None:
    dates = _texts(english, "book/timeline", "td")[::3]
    assert "January 27, 2025" in dates
    assert any(d.startswith("February 10–11, 2025") for d in dates)
    assert not any(re.match(r"\d{1,2}(?:–\d{1,2})? [A-Z][a-z]+ \d{4}", d) for d in dates)


# Names -------------------------------------------------------------------------------------


def test_english_entities_show_the_original_name_without_a_reading(english: Build) -> None:
    page = english.page_text("book/entities")
    assert "Japan (日本)" in page
    assert "Liang Wenfeng (梁文峰)" in page
    assert KANA_IN_BRACKETS.findall(page) == []
    readings = {e.reading for e in BOOK.entities if e.reading not in e.spellings}
    assert [r for r in readings if r and f"{r})" in page] == []


@pytest.mark.parametrize("kind", ["person", "organization", "product", "place"])
def test_english_entities_are_in_alphabetical_order(english: Build, kind: str) -> None:
    names = _texts(english, "book/entities", "h3", f"book-entities-{kind}")
    assert len(names) > 1
    assert _alphabetical(names), names


def test_english_glossary_is_in_alphabetical_order(english: Build) -> None:
    terms = _texts(english, "book/glossary", "dt", id_prefix="term-")
    assert len(terms) > 1
    assert _alphabetical(terms), terms


def test_japanese_glossary_keeps_kana_order(book: tuple[Path, Build]) -> None:
    _, build = book
    terms = _texts(build, "book/glossary", "dt", id_prefix="term-")
    readings = {t.name: t.reading for t in BOOK.terms}
    shown = [readings[t] for t in terms if t in readings]
    assert len(shown) == len(terms) > 1
    assert shown == [t.reading for t in BOOK.terms]


def test_english_index_is_alphabetical(english: Build) -> None:
    headings = _texts(english, "genindex", "h2")
    letters = [h for h in headings if len(h) == 1 and h.isascii() and h.isalpha()]
    assert letters == sorted(letters) and "N" in letters
    assert not any("\u3040" <= h[:1] <= "\u30ff" for h in headings)  # no kana rows


# Words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("docname", [f"book/{p}" for p in GENERATED] + ["summaries-method"])
def test_english_pages_use_american_spelling(english: Build, docname: str) -> None:
    page = english.page_text(docname)
    assert BRITISH.findall(page) == []


def test_method_page_says_small_numbers_and_ordinals_in_words(english: Build) -> None:
    page = english.page_text("summaries-method")
    assert "one sentence" in page and "From the second sentence on" in page
    assert re.findall(r"\b1 (?:sentence|article)\b|\b\d+(?:st|nd|rd|th)\b", page) == []


def test_english_publication_date_is_american() -> None:
    english = TranslatedTexts("en", {})
    assert english.published("2025-01-28") == "January 28, 2025"
    assert BookTexts().published("2025-01-28") == "2025-01-28"
