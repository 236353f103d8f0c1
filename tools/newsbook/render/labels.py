"""Every label (Sphinx target) the book uses, made in one place.

Labels are ASCII (docutils drops non-ASCII characters from ids) and stable
under edits: a heading's or a paragraph's label is derived from its own text,
not its position, so inserting a heading or a paragraph retargets no existing
link and churns no translation. Two blocks with the same text are told apart
by a counter in document order (``-2``, ``-3``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbook.core.ids import text_hash
from newsbook.core.model import Article, Block, BlockKind

#: Fixed parts of an article page.
PARTS = ("summary", "metadata", "body", "related", "references")

_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


def article(article_id: str) -> str:
    return f"article-{article_id.lower()}"


def part(article_id: str, name: str) -> str:
    if name not in PARTS:
        raise ValueError(f"unknown page part {name!r}")
    return f"{article(article_id)}-{name}"


def entity(entity_id: str) -> str:
    return f"entity-{slug(entity_id)}"


def book_page(name: str) -> str:
    """The label of a whole-book page such as ``entities`` or ``glossary``."""
    return f"book-{name}"


def measure(measure_id: str) -> str:
    """A section of the figures page; ids such as ``other:count:位`` keep a hash of the rest."""
    words = slug(measure_id)
    exact = re.fullmatch(r"[a-z0-9_-]+", measure_id) is not None
    return f"{book_page('figures')}-{words if exact else f'{words}-{text_hash(measure_id)}'}"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-``; a short hash when none are left."""
    words = _SLUG_UNSAFE.sub("-", text.lower()).strip("-")
    return words or text_hash(text)


@dataclass(frozen=True)
class ArticleLabels:
    """The labels of one article's blocks: headings ``-h-…``, other blocks ``-p-…``."""

    article_id: str
    blocks: tuple[str, ...]  # one per ArticleStructure.blocks entry
    first_heading: dict[str, str]  # heading text -> label of the first heading that reads so

    @property
    def page(self) -> str:
        return article(self.article_id)

    def part(self, name: str) -> str:
        return part(self.article_id, name)


def for_article(article_data: Article) -> ArticleLabels:
    seen: dict[str, int] = {}
    made: list[str] = []
    first_heading: dict[str, str] = {}
    for block in article_data.structure.blocks:
        kind = "h" if block.kind is BlockKind.HEADING else "p"
        base = f"{article(article_data.id)}-{kind}-{text_hash(block_text(block))}"
        seen[base] = seen.get(base, 0) + 1
        made.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
        if block.kind is BlockKind.HEADING:
            first_heading.setdefault(block.texts[0], made[-1])
    return ArticleLabels(article_data.id, tuple(made), first_heading)


def block_text(block: Block) -> str:
    """The text a block's label is derived from."""
    head = [block.label.text] if block.label else []
    return "\n".join([*head, *block.texts])
