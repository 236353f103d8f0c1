"""The graph page: a picture of the articles and the names they share."""

from __future__ import annotations

from collections import Counter

from newsbook.book.build import Book
from newsbook.core.model import Article
from newsbook.render import labels
from newsbook.render.context import Context
from newsbook.render.markup import ARTICLES_DIR, GRAPH_FONT, dot_escape, header, page

# Larger books show the best-connected articles (the entities page lists every one).
GRAPH_MAX_ARTICLES = 60
GRAPH_LABEL_CHARS = 18


def graph_page(ctx: Context) -> str:
    ui = ctx.ui
    articles = _graph_articles(ctx.book)
    shown = {a.id for a in articles}
    shared = [e for e in ctx.book.entities if sum(a in shown for a in e.article_ids) >= 2]
    dot = [
        "graph newsbook {",
        f'  graph [layout=neato, overlap=false, splines=true, fontname="{GRAPH_FONT}"];',
        f'  node [fontname="{GRAPH_FONT}", fontsize=11];',
    ]
    for article in articles:
        title = ctx.texts.text(article.id, article.metadata.title)
        limit = GRAPH_LABEL_CHARS * (1 if ctx.texts.language == "ja" else 2)
        short = title if len(title) <= limit else title[:limit] + "…"
        dot.append(
            f'  "a-{article.id}" [label="{dot_escape(short)}", shape=box, style=filled, '
            f'fillcolor="#dbe9f6", URL="../{ARTICLES_DIR}/{article.id}.html", target="_top"];'
        )
    for entity in shared:
        name = dot_escape(ctx.texts.entity(entity))
        dot.append(f'  "e-{entity.id}" [label="{name}", shape=ellipse];')
        dot += [f'  "a-{a}" -- "e-{entity.id}";' for a in entity.article_ids if a in shown]
    dot.append("}")
    out = [
        *header("seeds/", ui),
        f"({labels.book_page('graph')})=",
        f"# {ui.graph_title}",
        "",
        ui.graph_intro,
        "",
        "```{graphviz}",
        f":caption: {ui.graph_caption}",
        ":align: center",
        "",
        *dot,
        "```",
    ]
    return page(out)


def _graph_articles(book: Book) -> list[Article]:
    """The articles the picture shows: all of them, up to GRAPH_MAX_ARTICLES
    (graphviz's layout time grows with the square of the nodes, and a larger
    picture is unreadable); beyond, those sharing the most names, in book order."""
    if len(book.articles) <= GRAPH_MAX_ARTICLES:
        return list(book.articles)
    shared = Counter(a for e in book.entities if len(e.article_ids) >= 2 for a in e.article_ids)
    ranked = sorted(book.articles, key=lambda a: (-shared[a.id], a.id))[:GRAPH_MAX_ARTICLES]
    chosen = {a.id for a in ranked}
    return [a for a in book.articles if a.id in chosen]
