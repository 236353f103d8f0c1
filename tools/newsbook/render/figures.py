"""The figures page: every figure the articles give, by measure, and the
disagreements between them (an article's page shows its own disagreements)."""

from __future__ import annotations

from newsbook.book.facts import Disagreement, FigureClaim
from newsbook.render import labels
from newsbook.render.context import Context, cite
from newsbook.render.markup import escape, header, page
from newsbook.render.notes import slip_admonition

# An article's page shows this many claims of other articles in a disagreement.
MAX_OTHER_CLAIMS = 4


def figures_page(ctx: Context) -> str:
    ui = ctx.ui
    facts = ctx.book.facts
    out = [
        *header("seeds/", ui),
        f"({labels.book_page('figures')})=",
        f"# {ui.figures_title}",
        "",
        ui.figures_intro,
        "",
        f"({labels.book_page('figures')}-disagreements)=",
        f"## {ui.disagreements}",
        "",
    ]
    for disagreement in facts.disagreements:
        out += disagreement_admonition(disagreement, ctx)
    if not facts.disagreements:
        out += [ui.no_disagreements, ""]
    out += [f"({labels.book_page('figures')}-slips)=", f"## {ui.slips}", ""]
    for slip in facts.slips:
        out += slip_admonition(slip, ctx)
    if not facts.slips:
        out += [ui.no_slips, ""]
    for group in facts.figures:
        out += [
            f"({labels.measure(group.measure.id)})=",
            f"## {escape(_heading(ctx.texts.measure(group.measure)))}",
            "",
            "```{list-table}",
            ":header-rows: 1",
            ":widths: 3 3 2 3",
            "",
            f"* - {ui.as_written}",
            f"  - {ui.normalized}",
            f"  - {ui.subject}",
            f"  - {ui.cited_in}",
        ]
        for claim in group.claims:
            out += _figure_row(claim, ctx)
        out += ["```", ""]
    return page(out)


def disagreement_admonition(
    disagreement: Disagreement,
    ctx: Context,
    with_link: bool = False,
    article_id: str | None = None,
) -> list[str]:
    ui, tx = ctx.ui, ctx.texts
    factor = disagreement.factor
    shown = f"{factor:,.0f}" if factor >= 10 else f"{factor:.1f}"
    first_article = disagreement.claims[0].citation.article
    text = ui.disagreement_text.format(
        measure=tx.measure(disagreement.measure),
        subject=escape(tx.text(first_article, disagreement.subject, "name")),
        factor=shown,
    )
    out = ["```{admonition} " + ui.disagreement_title, ":class: warning", "", text, ""]
    for claim in _claims_shown(disagreement, article_id):
        surface = tx.text(claim.citation.article, claim.figure.surface, "figure")
        out += [f"- {escape(surface)}", "", f"  {cite(claim.citation, ctx)}", ""]
    if disagreement.resolved:
        out += [f":{ui.disagreement_resolved}: {escape(disagreement.resolved)}", ""]
    if with_link:
        out += [f"{{ref}}`{ui.see_figures} <{labels.book_page('figures')}>`", ""]
    return [*out, "```", ""]


def _claims_shown(disagreement: Disagreement, article_id: str | None) -> list[FigureClaim]:
    """On an article's page: its own claims and a few others, so pages do not
    grow with the book (the figures page, linked below, lists every claim)."""
    if article_id is None:
        return list(disagreement.claims)
    shown, others = [], 0
    for claim in disagreement.claims:  # one pass: a figure may have thousands of claims
        if claim.citation.article == article_id:
            shown.append(claim)
        elif others < MAX_OTHER_CLAIMS:
            shown.append(claim)
            others += 1
    return shown


def _figure_row(claim: FigureClaim, ctx: Context) -> list[str]:
    tx, article_id = ctx.texts, claim.citation.article
    subject = (
        escape(tx.text(article_id, claim.subject, "name")) if claim.subject else ctx.ui.unknown
    )
    return [
        f"* - {escape(tx.text(article_id, claim.figure.surface, 'figure'))}",
        f"  - {escape(tx.figure_value(claim.figure))}",
        f"  - {subject}",
        f"  - {cite(claim.citation, ctx, short=True)}",
    ]


def _heading(text: str) -> str:
    """Headings in sentence case: "Market value lost" (the Japanese is unchanged)."""
    return text[:1].upper() + text[1:]
