"""The sources page: the publishers and URLs the articles name, each with the
articles that name it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbook.book.sources import Source
from newsbook.render import labels
from newsbook.render.context import Context
from newsbook.render.markup import doc_link, escape, header, page, url_link


def sources_page(ctx: Context) -> str:
    ui = ctx.ui

    def publisher(source: Source) -> str:
        return escape(ctx.texts.text(source.article_ids[0], source.text, "source"))

    out = [
        *header("seeds/", ui),
        f"({labels.book_page('sources')})=",
        f"# {ui.sources_title}",
        "",
        ui.sources_intro,
        "",
    ]
    parts: list[tuple[str, str, Sequence[Source], Callable[[Source], str]]] = [
        ("publishers", ui.publishers, ctx.book.sources.publishers, publisher),
        ("urls", ui.url, ctx.book.sources.urls, lambda source: url_link(source.text)),
    ]
    for part, heading, sources, shown in parts:
        out += [f"({labels.book_page('sources')}-{part})=", f"## {heading}", ""]
        if not sources:
            out += [ui.none, ""]
            continue
        out += ["```{list-table}", ":header-rows: 1", "", f"* - {heading}", f"  - {ui.articles}"]
        for source in sources:
            out += [
                f"* - {shown(source)}",
                "  - " + " ".join(doc_link(a) for a in source.article_ids),
            ]
        out += ["```", ""]
    return page(out)
