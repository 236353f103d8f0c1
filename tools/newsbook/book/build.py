"""Step 2: the whole-book stage, over every analysed article at once.

Each module takes the articles and returns data plus located diagnostics;
this module only runs them in order and gathers the results in a :class:`Book`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from newsbook.analyse.readings import ArticleReadings
from newsbook.book.entities import ALIASES_FILE, Entity, find_entities, load_aliases
from newsbook.book.fact_corrections import load_fact_corrections
from newsbook.book.facts import Facts, collect_facts
from newsbook.book.glossary import (
    TERMS_FILE,
    Term,
    build_glossary,
    load_terms_file,
    with_proposals,
)
from newsbook.book.mentions import shared_sentences
from newsbook.book.notes import Note, load_notes
from newsbook.book.overview import KeyPoint, key_points
from newsbook.book.related import Relation, related_articles
from newsbook.book.sources import Sources, collect_sources
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.model import Article

FACTS_FILE = "_facts.toml"
_Mentioned = TypeVar("_Mentioned", Entity, Term)


@dataclass(frozen=True)
class Book:
    articles: tuple[Article, ...]  # in seed (file name) order
    entities: tuple[Entity, ...]
    terms: tuple[Term, ...]
    related: dict[str, tuple[Relation, ...]]  # article id -> its related articles
    sources: Sources
    overview: tuple[KeyPoint, ...]
    facts: Facts  # timeline, figures and their disagreements
    diagnostics: tuple[Diagnostic, ...]
    notes: tuple[Note, ...] = ()  # editors' notes on sentences (seeds/_notes.toml)

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    # Every article page asks which entities and terms it names: one pass over
    # the book, not one per page (that grew with the square of the book).
    @cached_property
    def entities_by_article(self) -> dict[str, tuple[Entity, ...]]:
        """Article id -> the entities it mentions, in the order of :attr:`entities`."""
        return _by_article(self.entities)

    @cached_property
    def terms_by_article(self) -> dict[str, tuple[Term, ...]]:
        """Article id -> the terms it mentions, in the order of :attr:`terms`."""
        return _by_article(self.terms)


def _by_article(items: Sequence[_Mentioned]) -> dict[str, tuple[_Mentioned, ...]]:
    found: dict[str, list[_Mentioned]] = {}
    for item in items:
        for article_id in item.article_ids:
            found.setdefault(article_id, []).append(item)
    return {article_id: tuple(these) for article_id, these in found.items()}


def build_book(
    articles: Sequence[Article],
    seeds_dir: Path,
    display: Callable[[Path], str] = str,
    readings: Sequence[ArticleReadings | None] = (),
) -> Book:
    """Step 2 over the analysed articles; ``readings`` are their dates and
    figures as the analysis read them (read here where missing)."""
    diagnostics: list[Diagnostic] = list(_duplicate_titles(articles))
    aliases, problems = load_aliases(seeds_dir, display)
    diagnostics += problems
    entities, problems = find_entities(articles, aliases, display(seeds_dir / ALIASES_FILE))
    diagnostics += problems
    terms_file, problems = load_terms_file(seeds_dir, display)
    diagnostics += problems
    # Sentences several articles print word for word: no term, quote or key point.
    boilerplate = shared_sentences(articles)
    # Proposed terms leave out the text's names (a product may also be a term).
    names = {s for e in entities if e.kind != "product" for s in (e.name, *e.spellings)}
    term_entries = with_proposals(terms_file, articles, names, boilerplate)
    terms, problems = build_glossary(
        articles, term_entries, display(seeds_dir / TERMS_FILE), boilerplate
    )
    diagnostics += problems
    corrections, problems = load_fact_corrections(
        seeds_dir / FACTS_FILE, display(seeds_dir / FACTS_FILE)
    )
    diagnostics += problems
    facts = collect_facts(articles, corrections, readings)
    diagnostics += facts.diagnostics
    notes, problems = load_notes(seeds_dir, articles, display)
    diagnostics += problems
    # Keys say what an item is: "entity:<id>" or "term:<name>".
    items = {f"entity:{e.id}": e.article_ids for e in entities}
    items |= {f"term:{t.name}": t.article_ids for t in terms}
    return Book(
        articles=tuple(articles),
        entities=entities,
        terms=terms,
        related=related_articles([a.id for a in articles], items),
        sources=collect_sources(articles),
        overview=key_points(articles, boilerplate),
        facts=facts,
        diagnostics=tuple(diagnostics),
        notes=notes,
    )


def _duplicate_titles(articles: Sequence[Article]) -> list[Diagnostic]:
    first: dict[str, Article] = {}
    found = []
    for article in articles:
        title = article.metadata.title
        if title in first:
            found.append(
                Diagnostic(
                    article.path,
                    article.structure.title.number if article.structure.title else None,
                    Severity.WARNING,
                    Code.DUPLICATE,
                    f"same title as {first[title].path}: readers cannot tell the pages apart",
                )
            )
        first.setdefault(title, article)
    return found
