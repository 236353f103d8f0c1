"""An article's page: summary, keywords, disagreements, metadata, related
articles, and the body with its labels, index entries and first term links."""

from __future__ import annotations

import re

from newsbook.book.entities import EntityKind
from newsbook.book.glossary import Term
from newsbook.core.model import Article, Block, BlockKind
from newsbook.render import labels
from newsbook.render.context import Context, kind_name
from newsbook.render.figures import disagreement_admonition
from newsbook.render.markup import (
    Link,
    doc_link,
    escape,
    header,
    index_directive,
    inline,
    page,
    url_link,
)
from newsbook.render.notes import notes_by_block

_ROLE_UNSAFE = re.compile(r"[`<>\\]")


def render_article(article: Article, ctx: Context) -> str:
    ui, tx = ctx.ui, ctx.texts
    article_labels = ctx.labels(article.id)
    urls = article.found_urls
    out = [
        *header(article.path, ui),
        f"({article_labels.page})=",
        f"# {escape(tx.text(article.id, article.metadata.title))}",
        "",
        f"({article_labels.part('summary')})=",
        f"## {ui.summary}",
        "",
    ]
    out += [f"- {inline(tx.text(article.id, s.text), urls)}" for s in article.summary] or [
        ui.unknown
    ]
    # Two keywords may read the same in translation (NVIDIA, エヌビディア): show it once.
    keywords = ui.list_separator.join(
        dict.fromkeys(escape(tx.text(article.id, k.text, "keyword")) for k in article.keywords)
    )
    out += ["", f":{ui.keywords}: {keywords or ui.unknown}", ""]
    for disagreement in ctx.book.facts.disagreements_in(article.id):
        out += disagreement_admonition(disagreement, ctx, with_link=True, article_id=article.id)
    out += [
        f"({article_labels.part('metadata')})=",
        f"## {ui.metadata}",
        "",
        *_metadata_fields(article, ctx),
        "",
        f"({article_labels.part('related')})=",
        f"## {ui.related}",
        "",
        *_related(article, ctx),
        "",
        f"({article_labels.part('body')})=",
        f"## {ui.body}",
        "",
        *_body(article, ctx),
    ]
    return page(out)


def _metadata_fields(article: Article, ctx: Context) -> list[str]:
    ui, tx, book = ctx.ui, ctx.texts, ctx.book
    m = article.metadata
    sep = ui.list_separator
    origin = {
        "text": ui.origin_text,
        "generated": ui.origin_generated,
        "override": ui.origin_override,
    }[m.title_origin]
    fields = [
        (ui.title_origin, origin),
        (ui.source, escape(tx.text(article.id, m.source, "source")) if m.source else ui.unknown),
        (ui.author, escape(tx.text(article.id, m.author, "byline")) if m.author else ui.unknown),
    ]
    if article.structure.byline:
        byline = [
            escape(tx.text(article.id, line.text, "byline")) for line in article.structure.byline
        ]
        fields.append((ui.byline, " / ".join(byline)))
    dates = sep.join(escape(tx.text(article.id, d, "date")) for d in m.dates)
    fields += [
        (ui.published, escape(tx.published(m.published)) if m.published else ui.unknown),
        (ui.dates, dates or ui.none),
        (ui.urls, ", ".join(url_link(u) for u in m.urls) or ui.none),
        (ui.char_count, ui.chars.format(n=m.char_count)),
        (ui.reading_time, ui.minutes.format(n=m.reading_minutes)),
        (ui.seed_file, f"`{article.path}`"),
        (ui.encoding, f"`{article.encoding}`"),
    ]
    for kind in EntityKind:
        named = [e for e in book.entities_by_article.get(article.id, ()) if e.kind is kind]
        if named:
            refs = sep.join(f"{{ref}}`{labels.entity(e.id)}`" for e in named)
            fields.append((kind_name(kind, ui), refs))
    terms = list(book.terms_by_article.get(article.id, ()))
    if terms:
        fields.append((ui.terms_in_article, sep.join(f"{{term}}`{tx.term(t)}`" for t in terms)))
    return [f":{name}: {value}" for name, value in fields]


def _item_ref(key: str, ctx: Context) -> str:
    kind, _, name = key.partition(":")
    if kind == "entity":
        return f"{{ref}}`{labels.entity(name)}`"
    term = next(t for t in ctx.book.terms if t.name == name)
    return f"{{term}}`{ctx.texts.term(term)}`"


def _related(article: Article, ctx: Context) -> list[str]:
    ui = ctx.ui
    relations = ctx.book.related.get(article.id, ())
    if not relations:
        return [ui.no_related]
    rows = [
        "```{list-table}",
        ":header-rows: 1",
        ":widths: 1 1",
        "",
        f"* - {ui.related_article}",
        f"  - {ui.related_shared}",
    ]
    for relation in relations:
        shared = ui.list_separator.join(_item_ref(key, ctx) for key in relation.shared)
        rows += [f"* - {doc_link(relation.article_id)}", f"  - {shared}"]
    return [*rows, "```"]


def _body(article: Article, ctx: Context) -> list[str]:
    tx = ctx.texts
    article_labels = ctx.labels(article.id)
    # Every block's text in the page's language, then the terms linked in it.
    texts = {
        (index, item): (
            tx.text(article.id, text)
            if block.kind is BlockKind.HEADING
            else tx.running_text(article.id, text)
        )
        for index, block in enumerate(article.structure.blocks)
        for item, text in enumerate(block.texts)
    }
    term_links = _first_term_links(article, ctx, texts)
    index_entries = ctx.first_mentions.get(article.id, {})
    notes = notes_by_block(article.id, ctx)
    points = dict(article.section_points)
    out: list[str] = []
    depth = 2  # the 本文 section
    for index, block in enumerate(article.structure.blocks):
        label = article_labels.blocks[index]
        entries = index_entries.get(index, [])
        if block.kind is BlockKind.HEADING:
            # Never skip a level: Sphinx warns when a heading jumps two down.
            depth = min(2 + block.level, depth + 1, 6)
            out += [f"({label})=", f"{'#' * depth} {escape(texts[index, 0])}", ""]
            if index in points:
                out += [*_section_point(points[index].text, article, ctx), ""]
            out += index_directive(entries)
            continue
        out += index_directive(entries)
        out += [f"({label})="]
        out += _block(block, index, article, ctx, texts, term_links)
        out.append("")
        out += notes.pop(index, [])
    refs = article.structure.references
    if refs:
        urls = article.found_urls
        out += [
            f"({article_labels.part('references')})=",
            f"{'#' * 3} {escape(tx.text(article.id, refs.heading, 'label'))}",
            "",
            *(f"- {inline(tx.running_text(article.id, item.text), urls)}" for item in refs.items),
            "",
        ]
    # The title's and the references' notes, after the article's last block.
    for other in sorted(notes):
        out += notes[other]
    return out


def _section_point(text: str, article: Article, ctx: Context) -> list[str]:
    """The section's one-sentence summary, in a box under its heading (label and
    sentence are separate fields, so each is a message of its own)."""
    sentence = inline(ctx.texts.text(article.id, text), article.found_urls)
    return [
        "```{container} section-point",
        "",  # a field list right after the fence would be read as directive options
        f":{ctx.ui.section_point}: {sentence}",
        "```",
    ]


# (block index, item) -> (start, end, term as the page names it) of each term's first occurrence
_TermSpans = dict[tuple[int, int], list[tuple[int, int, str]]]


def _first_term_links(
    article: Article, ctx: Context, texts: dict[tuple[int, int], str]
) -> _TermSpans:
    """Each glossary term's first occurrence in the article's running text, to be linked.

    The Japanese text decides where: the first paragraph or list item with one of
    the term's spellings. Another language links the term in that same paragraph,
    where its translation names the term (the article catalogs use one name per
    term, in any letter case, singular or plural), so that every edition's
    paragraph holds the same links; a translation that does not name it there is
    recorded in ``ctx.texts.unlinked_terms`` for the translation checks.
    """
    owner, pattern = ctx.term_spellings
    spans: _TermSpans = {}
    if pattern is None:
        return spans
    linked: set[str] = set()
    for index, block in enumerate(article.structure.blocks):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.BULLET_LIST, BlockKind.ORDERED_LIST):
            continue
        for item, original in enumerate(block.texts):
            for match in pattern.finditer(original):
                term = owner[match.group()]
                if term.name in linked or _ROLE_UNSAFE.search(match.group()):
                    continue
                linked.add(term.name)
                span = _term_span(term, match, texts[index, item], ctx)
                if span is not None:
                    spans.setdefault((index, item), []).append(span)
    return spans


def _term_span(
    term: Term, match: re.Match[str], text: str, ctx: Context
) -> tuple[int, int, str] | None:
    name = ctx.texts.term(term)
    if ctx.texts.language == "ja":
        return match.start(), match.end(), name
    # Singular or plural: model(s), repository/repositories; as a modifier with a
    # hyphen (an open-source model names "open source", as the house style writes it).
    words = r"[ -]".join(re.escape(word) for word in name.split(" "))
    stem = rf"{words[:-1]}(?:y|ies)" if name.endswith("y") else rf"{words}(?:e?s)?"
    found = re.search(rf"(?<![A-Za-z0-9]){stem}(?![A-Za-z0-9])", text, re.IGNORECASE)
    if found is None:
        ctx.texts.unlinked_terms.append((term.name, text))
        return None
    return found.start(), found.end(), name


def _block(
    block: Block,
    index: int,
    article: Article,
    ctx: Context,
    texts: dict[tuple[int, int], str],
    term_spans: _TermSpans,
) -> list[str]:
    urls = article.found_urls

    def text_with_links(item: int) -> str:
        text = texts[index, item]
        links = [
            Link(start, end, _term_role(text[start:end], name))
            for start, end, name in term_spans.get((index, item), [])
        ]
        return inline(text, urls, links)

    if block.kind is BlockKind.PARAGRAPH:
        return [text_with_links(0)]
    if block.kind is BlockKind.BULLET_LIST:
        return [f"- {text_with_links(i)}" for i in range(len(block.texts))]
    if block.kind is BlockKind.ORDERED_LIST:
        return [f"{block.start + i}. {text_with_links(i)}" for i in range(len(block.texts))]
    if block.kind is BlockKind.CAPTION:
        lines = ["```{container} article-caption"]
        for i in range(len(block.texts)):
            lines += ([""] if i else []) + [inline(texts[index, i], urls)]
        return [*lines, "```"]
    if block.kind is BlockKind.CONTENTS:
        assert block.label is not None
        article_labels = ctx.labels(article.id)
        lines = [escape(ctx.texts.text(article.id, block.label.text, "label")), ""]
        for item, text in enumerate(block.texts):
            target = article_labels.first_heading.get(text)
            # No explicit title: the entry shows the heading it links to, and
            # the translation catalog holds no second copy of the heading text.
            lines.append(
                f"- {{ref}}`{target}`" if target else f"- {inline(texts[index, item], urls)}"
            )
        return lines
    raise ValueError(f"unknown block kind {block.kind}")


def _term_role(surface: str, name: str) -> str:
    return f"{{term}}`{name}`" if surface == name else f"{{term}}`{surface} <{name}>`"
