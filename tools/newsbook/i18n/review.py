"""Side-by-side review pages for an editor of the English edition.

``make translation-review`` (``newsbook translation-review``) writes one HTML
page per article: each entry of its article catalog in seed order, the
Japanese beside the English, the editors' notes and the slips the facts stage
found beside their sentence, and the checks the entry fails (markup, terms,
URLs, the house style), with the catalog file and line to edit. An index page
lists the articles with their counts. The pages are plain, self-contained
HTML: open them from the disk.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

from newsbook.book.build import Book
from newsbook.i18n.catalogs import catalog_path
from newsbook.i18n.check import check_message, glossary_terms
from newsbook.i18n.style import style_problems

_STYLE = """
body { font-family: system-ui, "Noto Sans CJK JP", sans-serif; margin: 2rem; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; }
th, td { border-top: 1px solid #ccc; padding: .4rem .6rem; vertical-align: top; text-align: left; }
td.where { color: #666; font-size: .8rem; white-space: nowrap; }
td.ja, td.en { width: 38%; }
.context { color: #666; font-size: .8rem; }
.note { background: #eef5ff; padding: .2rem .4rem; margin-top: .3rem; }
.slip { background: #fff4e0; padding: .2rem .4rem; margin-top: .3rem; }
.fail { background: #ffe8e8; padding: .2rem .4rem; margin-top: .3rem; }
tr.failing td.where { color: #b00; font-weight: bold; }
"""


@dataclass(frozen=True)
class ReviewRow:
    line: int  # in the catalog
    seed_line: str  # the #: location
    context: str | None
    japanese: str
    english: str
    notes: tuple[str, ...]
    slips: tuple[str, ...]
    problems: tuple[str, ...]


def review_rows(
    book: Book, article_id: str, catalog: Path, language: str, seeds_dir: Path
) -> list[ReviewRow]:
    with catalog.open("rb") as source:
        entries = read_po(source, locale=language)
    notes: dict[str, list[str]] = {}
    for note in book.notes:
        if note.article_id == article_id:
            text = f"{note.ja}" + (f" / {note.en}" if note.en else "")
            notes.setdefault(note.sentence.text, []).append(text)
    slips: dict[str, list[str]] = {}
    for slip in book.facts.slips:
        citation = slip.claim.citation
        if citation.article == article_id:
            slips.setdefault(citation.sentence.text, []).append(
                f"{slip.claim.figure.surface}: converts at {slip.rate:,.3g} to one; the book's "
                f"other {slip.others} conversions at {slip.book_rate:,.3g} ({slip.factor:.0f}×)"
            )
    terms = glossary_terms(seeds_dir)
    term_names = {name: english for name, (english, _) in terms.items()}
    rows = []
    for message in entries:
        if not message.id:
            continue
        japanese, english = str(message.id), str(message.string)
        problems = [*check_message(message, term_names), *style_problems(japanese, english, terms)]
        rows.append(
            ReviewRow(
                line=message.lineno or 0,
                seed_line=" ".join(f"{path}:{n}" for path, n in message.locations),
                context=message.context,
                japanese=japanese,
                english=english,
                notes=tuple(notes.get(japanese, ())),
                slips=tuple(slips.get(japanese, ())),
                problems=tuple(problems),
            )
        )
    return rows


def review_page(title: str, catalog_shown: str, rows: Sequence[ReviewRow]) -> str:
    failing = sum(1 for r in rows if r.problems)
    head = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<p><a href='index.html'>All articles</a></p><h1>{html.escape(title)}</h1>"
        f"<p>Catalog: <code>{html.escape(catalog_shown)}</code>. {_count(len(rows), 'entry')}, "
        f"{failing} failing a check, {_count(sum(len(r.notes) for r in rows), 'note')}, "
        f"{_count(sum(len(r.slips) for r in rows), 'slip')}.</p>"
        "<table><tr><th>Line</th><th>Japanese</th><th>English</th></tr>"
    )
    body = []
    for row in rows:
        extra = "".join(
            f"<div class='{kind}'>{label}: {html.escape(text)}</div>"
            for kind, label, texts in (
                ("note", "Note", row.notes),
                ("slip", "Slip", row.slips),
                ("fail", "Check", row.problems),
            )
            for text in texts
        )
        context = f"<div class='context'>{html.escape(row.context)}</div>" if row.context else ""
        body.append(
            f"<tr id='L{row.line}' class='{'failing' if row.problems else ''}'>"
            f"<td class='where'>{row.line}<br>{html.escape(row.seed_line)}</td>"
            f"<td class='ja' lang='ja'>{context}{html.escape(row.japanese)}</td>"
            f"<td class='en'>{html.escape(row.english)}{extra}</td></tr>"
        )
    return head + "\n".join(body) + "</table></body></html>\n"


def write_review(
    book: Book, seeds_dir: Path, locale_dir: Path, language: str, out_dir: Path
) -> list[Path]:
    """The review pages of every article with a catalog, and their index."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written, index = [], []
    for article in book.articles:
        catalog = catalog_path(locale_dir, language, article.id)
        if not catalog.exists():
            continue
        rows = review_rows(book, article.id, catalog, language, seeds_dir)
        shown = catalog.as_posix()
        page = out_dir / f"{article.id}.html"
        page.write_text(review_page(article.metadata.title, shown, rows), encoding="utf-8")
        written.append(page)
        failing = sum(1 for r in rows if r.problems)
        notes = sum(len(r.notes) + len(r.slips) for r in rows)
        index.append(
            f"<li><a href='{article.id}.html'>{html.escape(article.metadata.title)}</a>: "
            f"{_count(len(rows), 'entry')}, {failing} failing a check, {_count(notes, 'note')}</li>"
        )
    index_page = out_dir / "index.html"
    index_page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Translation review</title><style>{_STYLE}</style></head><body>"
        "<h1>Translation review</h1><ul>" + "\n".join(index) + "</ul></body></html>\n",
        encoding="utf-8",
    )
    return [index_page, *written]


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
