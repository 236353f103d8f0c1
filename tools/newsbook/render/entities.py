"""The entities page: every person, organization, product and place, with its
spellings and the paragraphs that mention it."""

from __future__ import annotations

from collections.abc import Sequence

from newsbook.book.entities import Entity, EntityKind
from newsbook.book.mentions import Mention
from newsbook.render import labels
from newsbook.render.context import Context, kind_name
from newsbook.render.markup import doc_link, escape, header, index_directive, index_safe, page


def entities_page(ctx: Context) -> str:
    ui = ctx.ui
    out = [
        *header("seeds/", ui),
        f"({labels.book_page('entities')})=",
        f"# {ui.entities_title}",
        "",
        ui.entities_intro,
        "",
    ]
    by_kind = {k: [e for e in ctx.book.entities if e.kind is k] for k in EntityKind}
    # A jump list: a large book names thousands; the reader goes to a kind at once.
    page_label = labels.book_page("entities")
    jumps = [
        f"{{ref}}`{kind_name(kind, ui)} ({len(members)}) <{page_label}-{kind.value}>`"
        for kind, members in by_kind.items()
        if members
    ]
    if len(jumps) > 1:
        out += [ui.list_separator.join(jumps), ""]
    for kind, members in by_kind.items():
        if not members:
            continue
        out += [f"({labels.book_page('entities')}-{kind.value})=", f"## {kind_name(kind, ui)}", ""]
        for entity in members:
            out += _entity(entity, ctx)
    return page(out)


def _entity(entity: Entity, ctx: Context) -> list[str]:
    ui = ctx.ui
    name = ctx.texts.entity(entity)
    out = [f"({labels.entity(entity.id)})=", f"### {escape(name)}", ""]
    if index_safe(name):
        out += index_directive([name])
    out += [f":{ui.spellings}: {_spellings(entity, ctx)}", ""]
    out += _mention_list(entity.mentions, ctx)
    return [*out, ""]


def _spellings(entity: Entity, ctx: Context) -> str:
    """A Japanese page: every spelling the articles use, and the reading. Another
    edition: the translated name, with the original name once in brackets where it
    differs (Japan (日本)); a reading is for Japanese readers only."""
    if ctx.texts.language == "ja":
        reading = escape(entity.reading)
        names = ctx.ui.list_separator.join(escape(s) for s in entity.spellings)
        # A Latin name is read as it is written: no reading after it.
        return names if entity.reading in entity.spellings else f"{names}（{reading}）"
    name = ctx.texts.entity(entity)
    if entity.name.casefold() == name.casefold():
        return escape(name)
    return f"{escape(name)} ({escape(entity.name)})"


#: A name lists at most this many articles: those that mention it most, in
#: book order. A name thousands of articles mention made the page grow with
#: the book (14 MB of text, a 160 MB doctree at 10,000 articles), and such a
#: list tells a reader little; the search finds every article.
MOST_ARTICLES_LISTED = 30


def _mention_list(mentions: Sequence[Mention], ctx: Context) -> list[str]:
    by_article: dict[str, list[int]] = {}
    count: dict[str, int] = {}
    for mention in mentions:
        blocks = by_article.setdefault(mention.article_id, [])
        count[mention.article_id] = count.get(mention.article_id, 0) + 1
        if mention.block not in blocks:
            blocks.append(mention.block)
    position = {article_id: i for i, article_id in enumerate(by_article)}
    most = sorted(position, key=lambda a: (-count[a], position[a]))
    shown = set(most[:MOST_ARTICLES_LISTED])
    lines = [
        f"- {doc_link(article_id)}: " + " ".join(ctx.paragraph_link(article_id, b) for b in blocks)
        for article_id, blocks in by_article.items()
        if article_id in shown
    ]
    if len(position) > len(shown):
        lines += ["", ctx.ui.more_articles.format(count=len(position) - len(shown))]
    return lines
