"""The glossary page: every term with its definition (or the article sentence
that defines it) and the articles that use it."""

from __future__ import annotations

from newsbook.book.glossary import Term
from newsbook.render import labels
from newsbook.render.context import Context
from newsbook.render.markup import doc_link, escape, header, page


def glossary_page(ctx: Context) -> str:
    ui = ctx.ui
    out = [
        *header("seeds/_terms.toml", ui),
        f"({labels.book_page('glossary')})=",
        f"# {ui.glossary_title}",
        "",
        ui.glossary_intro,
        "",
        "```{glossary}",
    ]
    for term in ctx.book.terms:
        out += [ctx.texts.term(term), *_definition(term, ctx), ""]
    out = out[:-1] if out[-1] == "" else out
    out.append("```")
    return page(out)


def _definition(term: Term, ctx: Context) -> list[str]:
    definition = ctx.texts.term_definition(term)
    if term.definition:
        body = [escape(definition or term.definition)]
    elif term.quote:
        body = [ctx.quote(term.quote), "", ctx.citation(term.quote)]
    else:
        body = []
    used = ctx.ui.list_separator.join(doc_link(a) for a in term.article_ids)
    body += ["", f":{ctx.ui.term_used_in}: {used}"]
    return [f"  {line}" if line else "" for line in body]
