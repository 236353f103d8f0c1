"""Step 3: the book's data to MyST Markdown pages, one module per page kind.

Each page kind renders from the same :class:`~newsbook.render.context.Context`;
how article text is escaped and linked is in :mod:`newsbook.render.markup`.
"""

from __future__ import annotations

from newsbook.book.build import Book
from newsbook.render.article import render_article
from newsbook.render.context import Context
from newsbook.render.entities import entities_page
from newsbook.render.figures import figures_page
from newsbook.render.glossary import glossary_page
from newsbook.render.markup import ARTICLES_DIR, BOOK_DIR, OVERVIEW_PAGE
from newsbook.render.overview import overview
from newsbook.render.picture import graph_page
from newsbook.render.sources import sources_page
from newsbook.render.texts import BookTexts
from newsbook.render.timeline import timeline_page
from newsbook.render.ui import JA, UiStrings


def render_book(book: Book, ui: UiStrings = JA, texts: BookTexts | None = None) -> dict[str, str]:
    """Every generated page: path relative to the docs folder -> MyST text.

    ``ui`` and ``texts`` choose the language; the pages have the same shape in
    every language (the same blocks on the same lines), which is what lets the
    English edition's page catalogs be filled from an English rendering.
    """
    ctx = Context(book, ui, texts or BookTexts())
    pages = {f"{ARTICLES_DIR}/{a.id}.md": render_article(a, ctx) for a in book.articles}
    pages[f"{BOOK_DIR}/entities.md"] = entities_page(ctx)
    pages[f"{BOOK_DIR}/glossary.md"] = glossary_page(ctx)
    pages[f"{BOOK_DIR}/sources.md"] = sources_page(ctx)
    pages[f"{BOOK_DIR}/graph.md"] = graph_page(ctx)
    pages[f"{BOOK_DIR}/timeline.md"] = timeline_page(ctx)
    pages[f"{BOOK_DIR}/figures.md"] = figures_page(ctx)
    pages[OVERVIEW_PAGE] = overview(ctx)
    return pages
