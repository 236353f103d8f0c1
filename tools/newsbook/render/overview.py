"""The front page's key points: the overview's sentences, each with the
articles that say it (included by the front page, not a page itself)."""

from __future__ import annotations

from newsbook.render.context import Context
from newsbook.render.markup import header, page


def overview(ctx: Context) -> str:
    ui = ctx.ui
    out = [*header("seeds/", ui), ui.overview_intro, ""]
    for point in ctx.book.overview:
        out += [f"- {ctx.quote(point.quote)}", ""]
        cites = [ctx.citation(q) for q in point.cited_by]
        out += ["  " + ui.list_separator.join(cites), ""]
    return page(out)
