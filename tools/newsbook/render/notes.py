"""Notes beside a sentence: an editor's (``seeds/_notes.toml``) and the slips
the facts stage proves (a conversion off by ten). An article's page shows each
after the paragraph of its sentence; the figures page lists the slips."""

from __future__ import annotations

from newsbook.analyse.figures import english_count
from newsbook.book.facts import ConversionSlip, DateDisagreement
from newsbook.book.notes import Note
from newsbook.render.context import Context, cite
from newsbook.render.markup import escape

#: A currency as the slip's sentence names it: 1ドル＝15円, "15 yen to the dollar".
_CURRENCIES = {
    "ja": {"USD": "ドル", "JPY": "円", "CNY": "元", "EUR": "ユーロ"},
    "en": {"USD": "dollar", "JPY": "yen", "CNY": "yuan", "EUR": "euro"},
}


def notes_by_block(article_id: str, ctx: Context) -> dict[int, list[str]]:
    """Block index -> the admonitions to show after it, in sentence order."""
    found: dict[int, list[tuple[int, list[str]]]] = {}
    for block, line, item in ctx.sentence_notes.get(article_id, ()):
        if isinstance(item, Note):
            admonition = note_admonition(item, ctx)
        elif isinstance(item, ConversionSlip):
            admonition = slip_admonition(item, ctx, with_source=False)
        else:
            admonition = dated_apart_admonition(item, ctx)
        found.setdefault(block, []).append((line, admonition))
    return {
        block: [line for _, lines in sorted(these, key=lambda n: n[0]) for line in lines]
        for block, these in found.items()
    }


def note_admonition(note: Note, ctx: Context) -> list[str]:
    text = note.en if ctx.texts.language != "ja" and note.en else note.ja
    return ["```{admonition} " + ctx.ui.note_title, ":class: note", "", escape(text), "```", ""]


def slip_admonition(slip: ConversionSlip, ctx: Context, with_source: bool = True) -> list[str]:
    ui, tx = ctx.ui, ctx.texts
    names = _CURRENCIES["ja" if tx.language == "ja" else "en"]
    figure, converted = slip.claim.figure, slip.claim.figure.conversion
    assert converted is not None
    text = ui.slip_text.format(
        unit=names.get(figure.unit.code, figure.unit.code),
        converted=names.get(converted.unit.code, converted.unit.code),
        rate=_rate(slip.rate),
        book_rate=_rate(slip.book_rate),
        others=_count(slip.others, tx.language),
        factor=_count(round(slip.factor), tx.language),
    )
    citation = slip.claim.citation
    out = ["```{admonition} " + ui.slip_title, ":class: warning", "", text, ""]
    if with_source:
        surface = tx.text(citation.article, figure.surface, "figure")
        out += [f"- {escape(surface)}", "", f"  {cite(citation, ctx)}", ""]
    return [*out, "```", ""]


def _rate(rate: float) -> str:
    return f"{rate:,.0f}" if rate >= 10 else f"{rate:.2g}"


def dated_apart_admonition(disagreement: DateDisagreement, ctx: Context) -> list[str]:
    """Two articles' dates of one event, each with its sentence's citation."""
    ui, tx = ctx.ui, ctx.texts
    first, second = disagreement.first, disagreement.second
    text = ui.dated_apart_text.format(first=tx.date(first.value), second=tx.date(second.value))
    out = ["```{admonition} " + ui.dated_apart, ":class: warning", "", text, ""]
    for reading in (first, second):
        out += [f"- {tx.date(reading.value)}: {cite(reading.citation, ctx)}"]
    out.append("")
    return [*out, "```", ""]


def _count(n: int, language: str) -> str:
    """A count in running text: in English as the house style writes it."""
    return english_count(n) if language != "ja" else str(n)
