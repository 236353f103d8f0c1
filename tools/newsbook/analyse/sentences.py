"""Every sentence of an article, located and tokenized: the title, headings,
paragraphs, list items, captions, contents entries and references, in
document order.

Each sentence carries its SudachiPy tokens in both split modes; every later
step (summary, keywords, the whole-book stage) reads those, so no text is
tokenized twice. The whole-book stage quotes and links sentences (entities,
glossary, overview, facts); the summarizer chooses among the paragraph
sentences only.
"""

from __future__ import annotations

from newsbook.analyse.japanese import split_sentences, tokenized
from newsbook.core.model import (
    REFERENCES_BLOCK,
    TITLE_BLOCK,
    ArticleStructure,
    BlockKind,
    Line,
    Sentence,
    SentenceKind,
)

_KIND_OF_BLOCK = {
    BlockKind.HEADING: SentenceKind.HEADING,
    BlockKind.PARAGRAPH: SentenceKind.PARAGRAPH,
    BlockKind.BULLET_LIST: SentenceKind.LIST_ITEM,
    BlockKind.ORDERED_LIST: SentenceKind.LIST_ITEM,
    BlockKind.CAPTION: SentenceKind.CAPTION,
    BlockKind.CONTENTS: SentenceKind.CONTENTS,
}


def article_sentences(structure: ArticleStructure) -> tuple[Sentence, ...]:
    """All sentences of the article, title (if the text has one) to references."""
    out: list[Sentence] = []
    title = structure.title
    if title is not None:
        out.extend(_split(title, title.text, TITLE_BLOCK, SentenceKind.TITLE))
    for index, block in enumerate(structure.blocks):
        kind = _KIND_OF_BLOCK[block.kind]
        # Block texts are the lines without list bullets; they pair with lines one to one.
        for line, text in zip(block.lines, block.texts, strict=True):
            out.extend(_split(line, text, index, kind))
    if structure.references:
        for line in structure.references.items:
            out.extend(_split(line, line.text, REFERENCES_BLOCK, SentenceKind.REFERENCE))
    return tuple(out)


def _split(line: Line, text: str, block: int, kind: SentenceKind) -> list[Sentence]:
    """``text`` is ``line.text`` or its tail (a list item without its bullet)."""
    offset = len(line.text) - len(text)
    whole = kind in (SentenceKind.TITLE, SentenceKind.HEADING)
    spans = [(0, len(text))] if whole else split_sentences(text)
    return [
        tokenized(
            Sentence(
                text[start:end],
                line.line_at(offset + start),
                block,
                kind,
                # A sentence across a hard wrap: keep the article's own text too.
                line.source_slice(offset + start, offset + end) if line.parts else None,
            )
        )
        for start, end in spans
    ]
