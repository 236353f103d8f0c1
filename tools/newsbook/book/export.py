"""The whole book's data as plain JSON-ready values (``newsbook book SEEDS --json``).

For readers who analyse the data and for the evaluation benchmark: entities with
their kind, spellings and mentions; glossary terms with their definitions; the
timeline's events; figures and their disagreements; related articles; the front
page's key points. Every sentence is given with its article and seed line, so a
reader can find it in the seed. Keys and order are stable: the same seeds give
the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbook.book.build import Book
from newsbook.book.facts import Citation, FigureClaim
from newsbook.book.glossary import Quote
from newsbook.book.mentions import Mention

Json = dict[str, object]


def book_data(book: Book) -> Json:
    """Everything the whole-book stage found, as dicts, lists, strings and numbers."""
    return {
        "articles": [
            {"id": a.id, "path": a.path, "title": a.metadata.title} for a in book.articles
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "reading": e.reading,
                "english": e.english,
                "curated": e.curated,
                "forms": list(e.spellings),
                "mentions": _mentions(e.mentions),
            }
            for e in book.entities
        ],
        "terms": [
            {
                "name": t.name,
                "reading": t.reading,
                "forms": list(t.spellings),
                "definition": t.definition,
                "defined_by": _quote(t.quote) if t.quote else None,
                "mentions": _mentions(t.mentions),
            }
            for t in book.terms
        ],
        "events": [
            {
                "date": event.date.key,
                "inferred": event.inferred,
                "sentences": [_citation(r.citation) for r in event.readings],
            }
            for event in book.facts.events
        ],
        "figures": [
            {"measure": group.measure.id, "claims": [_claim(c) for c in group.claims]}
            for group in book.facts.figures
        ],
        "disagreements": [
            {
                "measure": d.measure.id,
                "subject": d.subject,
                "factor": d.factor,
                "claims": [_claim(c) for c in d.claims],
            }
            for d in book.facts.disagreements
        ],
        "related": {
            article_id: [
                {"article": r.article_id, "score": r.score, "shared": list(r.shared)}
                for r in relations
            ]
            for article_id, relations in sorted(book.related.items())
        },
        "key_points": [
            {"text": point.quote.sentence.text, "cited_by": [_quote(q) for q in point.cited_by]}
            for point in book.overview
        ],
        "sources": {
            "publishers": [
                {"text": s.text, "articles": list(s.article_ids)} for s in book.sources.publishers
            ],
            "urls": [{"text": s.text, "articles": list(s.article_ids)} for s in book.sources.urls],
        },
    }


def _mentions(mentions: Sequence[Mention]) -> list[Json]:
    return [{"article": m.article_id, "line": m.line, "form": m.surface} for m in mentions]


def _quote(quote: Quote) -> Json:
    return {"article": quote.article_id, "line": quote.sentence.line, "text": quote.sentence.text}


def _citation(citation: Citation) -> Json:
    sentence = citation.sentence
    return {"article": citation.article, "line": sentence.line, "text": sentence.text}


def _claim(claim: FigureClaim) -> Json:
    figure = claim.figure
    return {
        **_citation(claim.citation),
        "figure": figure.surface,
        "value": figure.value,
        "unit": figure.unit.code,
        "qualifier": figure.qualifier.value,
        "subject": claim.subject,
    }
