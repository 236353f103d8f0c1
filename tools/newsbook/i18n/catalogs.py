"""Article catalogs: every piece of an article's text that the book shows, once.

A translator translates an article here, one entry per sentence (and per
title, heading, list item, caption, keyword, byline line, date and figure as
written), never on the pages: the pages quote the same sentence in many places
(summary, section points, glossary, entities, timeline, figures, front page),
and every one of them takes its English from this catalog, so a sentence reads
the same everywhere and is translated once. The page catalogs that Sphinx
reads are filled from these (:mod:`newsbook.i18n.translate`).

Files are standard gettext (``locale/<lang>/LC_MESSAGES/articles-text/<id>.po``),
so translators' tools, ``msgfmt`` and ``sphinx-intl stat`` work on them; each
entry is located at its seed line. A context marks what is not a sentence.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from newsbook.book.build import Book
from newsbook.core.model import Article
from newsbook.i18n.pofiles import catalog_bytes

#: Folder of the article catalogs, inside ``LC_MESSAGES``.
CATALOG_DIR = "articles-text"
# Fixed header dates: the same seeds must give byte-identical catalogs.
_EPOCH = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class TextEntry:
    text: str
    line: int | None
    context: str | None = None  # None for sentences; "keyword", "byline", "date", "figure"...


def article_entries(article: Article, book: Book) -> list[TextEntry]:
    """Every text of ``article`` that some page shows, in document order, each once."""
    entries: list[TextEntry] = []
    structure = article.structure
    title_line = structure.title.number if structure.title else None
    entries.append(TextEntry(article.metadata.title, title_line))
    entries += [TextEntry(line.text, line.number, "byline") for line in structure.byline]
    if article.metadata.author and article.metadata.author not in [e.text for e in entries]:
        entries.append(TextEntry(article.metadata.author, None, "byline"))
    if article.metadata.source:
        entries.append(TextEntry(article.metadata.source, None, "source"))
    for block in structure.blocks:
        if block.label is not None:
            entries.append(TextEntry(block.label.text, block.label.number, "label"))
    entries += [TextEntry(s.text, s.line) for s in article.sentences if s.kind != "title"]
    if structure.references is not None:
        refs = structure.references
        entries.append(TextEntry(refs.heading, refs.label.number, "label"))
    entries += [TextEntry(k.text, None, "keyword") for k in article.keywords]
    entries += [TextEntry(d, None, "date") for d in article.metadata.dates]
    for group in book.facts.figures:
        for claim in group.claims:
            if claim.citation.article == article.id:
                line = claim.citation.sentence.line
                entries.append(TextEntry(claim.figure.surface, line, "figure"))
                if claim.subject:
                    entries.append(TextEntry(claim.subject, None, "name"))
    unique: dict[tuple[str | None, str], TextEntry] = {}
    for entry in entries:
        if entry.text.strip():
            unique.setdefault((entry.context, entry.text), entry)
    return list(unique.values())


def catalog_path(locale_dir: Path, language: str, article_id: str) -> Path:
    return locale_dir / language / "LC_MESSAGES" / CATALOG_DIR / f"{article_id}.po"


def update_catalog(path: Path, entries: Iterable[TextEntry], seed_path: str, language: str) -> bool:
    """Write the catalog for ``entries``, keeping existing translations; a changed
    text becomes fuzzy with its previous text beside it. Returns whether the file changed."""
    template = _catalog(language)
    for entry in entries:
        template.add(
            entry.text,
            locations=[(seed_path, entry.line)] if entry.line else [(seed_path, 0)],
            context=entry.context,
        )
    if path.exists():
        with path.open("rb") as existing:
            catalog = read_po(existing, locale=language)
        catalog.update(template, update_header_comment=False, update_creation_date=False)
        catalog.obsolete.clear()  # a text the article no longer has is not kept around
    else:
        catalog = template
    _fix_header(catalog)
    data = catalog_bytes(catalog, width=0)
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def load_translations(path: Path, language: str) -> dict[tuple[str | None, str], str]:
    """(context, text) -> translation, for the entries translated and not fuzzy."""
    if not path.exists():
        return {}
    with path.open("rb") as source:
        catalog = read_po(source, locale=language)
    return {
        (message.context, str(message.id)): str(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def _catalog(language: str) -> Catalog:
    return Catalog(
        locale=language,
        header_comment=HEADER_COMMENT,
        project="newsbook",
        version="1",
        copyright_holder="newsbook contributors",
        msgid_bugs_address="",
        creation_date=_EPOCH,
        revision_date=_EPOCH,
        last_translator="newsbook translators",
        language_team="newsbook translators",
        charset="utf-8",
        fuzzy=False,
    )


HEADER_COMMENT = (
    "# The text of one article, one entry per sentence: translate it here, never on the pages.\n"
    "# Entries with a context are not sentences:"
    " keyword, byline, source, label, date, figure, name."
)


def _fix_header(catalog: Catalog) -> None:
    catalog.creation_date = _EPOCH
    catalog.revision_date = _EPOCH
    catalog.fuzzy = False
