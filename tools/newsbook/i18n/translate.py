"""Filling the English edition's page catalogs from an English rendering.

Sphinx translates a page message by message (a paragraph, a list item, a
heading, a table cell, a field). The generated pages are rendered twice from
the same data, in Japanese and in the other language, with the same blocks in
the same order (:func:`newsbook.render.pages.render_book`); Sphinx extracts the
messages of both, page by page, in document order (the extension's
``newsbook_record_messages``). The n-th message of a Japanese page is
translated by the n-th message of the same page in the other rendering. So
translators never translate a generated page: article sentences come from the
article catalogs, names and terms from the data files, everything else from the
generator's own string table.

Pages under ``articles/`` and ``book/`` are generated whole: a message that
reads the same in both renderings (a line of links) is its own translation.
On other pages (the front page, whose overview is generated), such a message
is hand-written text: translators translate it in its page catalog, as usual,
unless it is only substitutions (``{{ book_title }}``), whose values the
book's settings give in each language, or has no Japanese in it at all (a
line of links to the articles that tell a key point).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from newsbook.i18n.pofiles import catalog_bytes

REVISION_DATE = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
#: A message that is only substitutions ({{ book_title }}) is its own translation:
#: the edition's settings give the value in its language.
_SUBSTITUTIONS = re.compile(r"(?:\s*\{\{\s*\w+\s*\}\})+\s*")
#: Japanese script: a message with none (a line of links) needs no translator.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u3001\u3002]")


def _own_translation(message: str) -> bool:
    return _SUBSTITUTIONS.fullmatch(message) is not None or not _JAPANESE.search(message)


#: Folders whose pages the converter generates whole.
GENERATED_FOLDERS = ("articles", "book")


@dataclass
class FillReport:
    filled: int = 0
    unchanged: int = 0
    # (page, Japanese message, reason): pages that could not be paired
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    # (page, Japanese message, translations): one message, several translations; the first is used
    variants: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def pair_messages(
    original: Mapping[str, Sequence[str]], translated: Mapping[str, Sequence[str]]
) -> tuple[dict[str, dict[str, str]], FillReport]:
    """Page -> (Japanese message -> translation), pairing the pages' messages in order."""
    report = FillReport()
    pairs: dict[str, dict[str, str]] = {}
    for page, messages in sorted(original.items()):
        others = translated.get(page)
        if others is None or len(others) != len(messages):
            found = "no page" if others is None else f"{len(others)} messages, not {len(messages)}"
            report.problems.append((page, "", f"the translated rendering has {found}"))
            continue
        page_pairs: dict[str, str] = {}
        seen: dict[str, list[str]] = {}
        generated = page.split("/", 1)[0] in GENERATED_FOLDERS
        for message, translation in zip(messages, others, strict=True):
            if message == translation and not generated and not _own_translation(message):
                continue  # hand-written text: translators translate it
            page_pairs.setdefault(message, translation)
            variants = seen.setdefault(message, [])
            if translation not in variants:
                variants.append(translation)
        report.variants += [(page, m, tuple(v)) for m, v in seen.items() if len(v) > 1]
        pairs[page] = page_pairs
    return pairs, report


def fill_page_catalogs(
    po_dir: Path, pairs: Mapping[str, Mapping[str, str]], language: str, report: FillReport
) -> FillReport:
    """Set the msgstr of every paired message in ``po_dir/<page>.po``."""
    for page, page_pairs in sorted(pairs.items()):
        po_file = po_dir / f"{page}.po"
        if not po_file.exists():
            report.problems.append((page, "", f"no catalog {po_file} (run sphinx-intl update)"))
            continue
        with po_file.open("rb") as source:
            catalog = read_po(source, locale=language)
        changed = False
        for message in catalog:
            translation = page_pairs.get(str(message.id)) if message.id else None
            if translation is None:
                continue
            if message.string == translation and not message.fuzzy:
                report.unchanged += 1
                continue
            message.string = translation
            message.flags.discard("fuzzy")
            message.previous_id = []
            report.filled += 1
            changed = True
        catalog.last_translator = "newsbook translators"
        catalog.language_team = "newsbook translators"
        catalog.revision_date = REVISION_DATE  # fixed: the same inputs give the same bytes
        data = catalog_bytes(catalog, width=76)
        if changed or po_file.read_bytes() != data:
            po_file.write_bytes(data)
            report.written.append(po_file)
    return report
