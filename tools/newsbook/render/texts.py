"""How the book's data reads in one language.

The Japanese edition shows the data itself (:class:`BookTexts`). Another
edition (:class:`TranslatedTexts`) takes article text from the article
catalogs (:mod:`newsbook.i18n.catalogs`), one translation per sentence, and names,
terms, dates and figures from the data files and the generator's own
formatting, never from translated copies of generated Japanese.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from newsbook.analyse.dates import FuzzyDate
from newsbook.analyse.figures import Figure, format_value
from newsbook.analyse.japanese import split_sentences
from newsbook.book.entities import Entity
from newsbook.book.glossary import Term
from newsbook.book.measures import Measure
from newsbook.i18n.catalogs import catalog_path, load_translations


class BookTexts:
    """The Japanese edition: every text as the data has it."""

    language = "ja"

    def __init__(self) -> None:
        # (term, translated paragraph) where a translation does not name a linked term
        self.unlinked_terms: list[tuple[str, str]] = []

    def text(self, article_id: str, text: str, context: str | None = None) -> str:
        """One sentence, title, heading or (with a context) keyword, date, figure, name..."""
        return text

    def running_text(self, article_id: str, text: str) -> str:
        """A paragraph, list item or caption line: one or more sentences."""
        return text

    def entity(self, entity: Entity) -> str:
        return entity.name

    def term(self, term: Term) -> str:
        return term.name

    def term_definition(self, term: Term) -> str | None:
        return term.definition

    def measure(self, measure: Measure) -> str:
        return measure.ja

    def date(self, date: FuzzyDate) -> str:
        return date.japanese()

    def published(self, text: str) -> str:
        """A publication date as the editor gives it (2025-01-28)."""
        return text

    def figure_value(self, figure: Figure) -> str:
        return format_value(figure, "ja")


class TranslatedTexts(BookTexts):
    """Another edition, from the article catalogs; records what has no translation.

    A missing translation shows the original text, so the build still works and
    the translation checks name exactly what is missing.
    """

    def __init__(
        self, language: str, catalogs: Mapping[str, Mapping[tuple[str | None, str], str]]
    ) -> None:
        super().__init__()
        self.language = language
        self.catalogs = catalogs  # article id -> (context, text) -> translation
        self.missing: list[tuple[str, str | None, str]] = []

    @classmethod
    def load(cls, locale_dir: Path, language: str, article_ids: list[str]) -> TranslatedTexts:
        return cls(
            language,
            {
                a: load_translations(catalog_path(locale_dir, language, a), language)
                for a in article_ids
            },
        )

    def text(self, article_id: str, text: str, context: str | None = None) -> str:
        found = self.catalogs.get(article_id, {}).get((context, text))
        if found is None:
            self.missing.append((article_id, context, text))
            return text
        return found

    def running_text(self, article_id: str, text: str) -> str:
        # Sentence by sentence, exactly as the catalogs hold them (sentences.py
        # splits the same way), joined as English joins sentences.
        return " ".join(
            self.text(article_id, text[start:end]) for start, end in split_sentences(text)
        )

    def entity(self, entity: Entity) -> str:
        return entity.english or entity.name

    def term(self, term: Term) -> str:
        return term.english or term.name

    def term_definition(self, term: Term) -> str | None:
        return term.english_definition if term.definition else None

    def measure(self, measure: Measure) -> str:
        return measure.en

    def date(self, date: FuzzyDate) -> str:
        return date.english()

    def published(self, text: str) -> str:
        try:
            return FuzzyDate.parse(text[:10]).english() if len(text) >= 10 else text
        except ValueError:
            return text

    def figure_value(self, figure: Figure) -> str:
        return format_value(figure, "en")
