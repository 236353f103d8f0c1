"""The book-wide lookups every page renders with, and the links more than one
page kind writes (citations, entity kinds)."""

from __future__ import annotations

import functools
import re

from newsbook.book.build import Book
from newsbook.book.entities import EntityKind
from newsbook.book.facts import Citation, ConversionSlip, DateDisagreement
from newsbook.book.glossary import Quote, Term
from newsbook.book.mentions import spelling_pattern
from newsbook.book.notes import Note
from newsbook.core.model import REFERENCES_BLOCK, TITLE_BLOCK
from newsbook.render import labels
from newsbook.render.markup import doc_link, index_safe, inline
from newsbook.render.texts import BookTexts
from newsbook.render.ui import UiStrings

#: What an article page shows beside one of its sentences.
SentenceNote = Note | ConversionSlip | DateDisagreement


class Context:
    """What every page needs: the book, the UI strings and the book's texts in the
    page's language, and where a mention or a quoted sentence links to."""

    def __init__(self, book: Book, ui: UiStrings, texts: BookTexts) -> None:
        self.book = book
        self.ui = ui
        self.texts = texts
        self._labels = {a.id: labels.for_article(a) for a in book.articles}
        # Articles are numbered in book order, as in the PDF and the contents.
        self._numbers = {a.id: n for n, a in enumerate(book.articles, start=1)}

    @functools.cached_property
    def term_spellings(self) -> tuple[dict[str, Term], re.Pattern[str] | None]:
        """Spelling -> term, and one pattern for all of them: built once per
        rendering, not once per article page."""
        owner = {s: t for t in self.book.terms for s in t.spellings}
        return owner, spelling_pattern(list(owner))

    @functools.cached_property
    def first_mentions(self) -> dict[str, dict[int, list[str]]]:
        """Article id -> block -> the names and terms first mentioned there, as
        the general index names them (entities first, then terms, in book order)."""
        named = [(self.texts.entity(e), e.first_blocks) for e in self.book.entities]
        named += [(self.texts.term(t), t.first_blocks) for t in self.book.terms]
        firsts: dict[str, dict[int, list[str]]] = {}
        for name, first_blocks in named:
            if index_safe(name):
                for article_id, block in first_blocks.items():
                    firsts.setdefault(article_id, {}).setdefault(block, []).append(name)
        return firsts

    @functools.cached_property
    def sentence_notes(self) -> dict[str, list[tuple[int, int, SentenceNote]]]:
        """Article id -> (block, line, note) of what its page shows beside a sentence:
        the editors' notes, then the conversion slips, then the events dated apart
        (an article of a pair gets the pair's note). One pass over the book, not
        one per article page (that grew with the square of the book)."""
        found: dict[str, list[tuple[int, int, SentenceNote]]] = {}
        for note in self.book.notes:
            found.setdefault(note.article_id, []).append(
                (note.sentence.block, note.sentence.line, note)
            )
        for slip in self.book.facts.slips:
            citation = slip.claim.citation
            found.setdefault(citation.article, []).append(
                (citation.sentence.block, citation.sentence.line, slip)
            )
        for disagreement in self.book.facts.date_disagreements:
            for reading in (disagreement.first, disagreement.second):
                sentence = reading.citation.sentence
                found.setdefault(reading.citation.article, []).append(
                    (sentence.block, sentence.line, disagreement)
                )
        return found

    def quote(self, quote: Quote) -> str:
        """A quoted article sentence, in the page's language, escaped."""
        text = self.texts.text(quote.article_id, quote.sentence.text)
        return inline(text, self.book.article(quote.article_id).found_urls)

    def labels(self, article_id: str) -> labels.ArticleLabels:
        return self._labels[article_id]

    def target(self, article_id: str, block: int) -> str:
        article_labels = self._labels[article_id]
        if block == TITLE_BLOCK:
            return article_labels.page
        if block == REFERENCES_BLOCK:
            return article_labels.part("references")
        return article_labels.blocks[block]

    def paragraph_link(self, article_id: str, block: int, short: bool = False) -> str:
        """A link to a paragraph, shown as ¶N; ``short`` prefixes the article's number
        (記事3 ¶6) for tables, where a full article title would not fit."""
        if block == TITLE_BLOCK:
            text = self.ui.title_mark
        elif block == REFERENCES_BLOCK:
            text = self.ui.references_mark
        else:
            text = self.ui.paragraph_mark.format(n=block + 1)
        if short:
            number = self._numbers[article_id]
            text = f"{self.ui.article_number.format(n=number)} {text}"
        return f"{{ref}}`{text} <{self.target(article_id, block)}>`"

    def citation(self, quote: Quote) -> str:
        link = self.paragraph_link(quote.article_id, quote.sentence.block)
        return f"{doc_link(quote.article_id)} {link}"


def cite(citation: Citation, ctx: Context, short: bool = False) -> str:
    link = ctx.paragraph_link(citation.article, citation.sentence.block, short)
    return link if short else f"{doc_link(citation.article)} {link}"


def kind_name(kind: EntityKind, ui: UiStrings) -> str:
    return {
        EntityKind.PERSON: ui.kind_person,
        EntityKind.ORGANIZATION: ui.kind_organization,
        EntityKind.PRODUCT: ui.kind_product,
        EntityKind.PLACE: ui.kind_place,
    }[kind]
