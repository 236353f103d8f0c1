"""The timeline page: the dated events in the articles, as a picture and as a
table citing every article that dates them."""

from __future__ import annotations

from collections.abc import Sequence

from newsbook.analyse.dates import Precision
from newsbook.book.facts import Event
from newsbook.book.glossary import Quote
from newsbook.render import labels
from newsbook.render.context import Context, cite
from newsbook.render.markup import GRAPH_FONT, dot_escape, header, page
from newsbook.render.notes import dated_apart_admonition


def timeline_page(ctx: Context) -> str:
    ui = ctx.ui
    events = [e for e in ctx.book.facts.events if e.date.year is not None]
    out = [
        *header("seeds/", ui),
        f"({labels.book_page('timeline')})=",
        f"# {ui.timeline_title}",
        "",
        ui.timeline_intro,
        "",
    ]
    for disagreement in ctx.book.facts.date_disagreements:
        out += dated_apart_admonition(disagreement, ctx)
    if not events:
        return page([*out, ui.no_events])
    out += [
        # The picture shows the dated story; year-only mentions stay in the table.
        *_timeline_picture([e for e in events if e.date.precision is not Precision.YEAR], ctx),
        "",
        "```{list-table}",
        ":header-rows: 1",
        ":widths: 2 6 3",
        "",
        f"* - {ui.date}",
        f"  - {ui.event}",
        f"  - {ui.cited_in}",
    ]
    for event in events:
        first = event.readings[0].citation
        cites = ctx.ui.list_separator.join(
            cite(r.citation, ctx, short=True) for r in event.readings
        )
        out += [
            f"* - {_event_date(event, ctx)}",
            f"  - {ctx.quote(Quote(first.article, first.sentence))}",
            f"  - {cites}",
        ]
    out.append("```")
    return page(out)


def _event_date(event: Event, ctx: Context) -> str:
    text = ctx.texts.date(event.date)
    return ctx.ui.inferred_date.format(date=text) if event.inferred else text


def _timeline_picture(events: Sequence[Event], ctx: Context) -> list[str]:
    if not events:
        return []
    dot = [
        "digraph timeline {",
        f'  graph [rankdir=TB, nodesep=0.2, ranksep=0.25, fontname="{GRAPH_FONT}"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#f3f6fa", '
        f'fontname="{GRAPH_FONT}", fontsize=10];',
        "  edge [arrowsize=0.6];",
    ]
    limit = 28 if ctx.texts.language == "ja" else 56
    for number, event in enumerate(events):
        citation = event.readings[0].citation
        sentence = ctx.texts.text(citation.article, citation.sentence.text)
        short = sentence if len(sentence) <= limit else sentence[:limit] + "…"
        label = f"{dot_escape(_event_date(event, ctx))}\\n{dot_escape(short)}"
        dot.append(f'  e{number} [label="{label}"];')
    dot += [f"  e{n} -> e{n + 1};" for n in range(len(events) - 1)]
    dot.append("}")
    ui = ctx.ui
    return ["```{graphviz}", f":caption: {ui.timeline_caption}", ":align: center", "", *dot, "```"]
