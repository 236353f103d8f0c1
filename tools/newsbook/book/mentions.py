"""Where names and terms occur: one pass over every sentence of every article.

All spellings are compiled into one regular expression, longest first, so
the book is scanned once however many names it knows (linear in its size),
and a longer name wins over a name inside it (DeepSeek R1 over DeepSeek).
A Latin spelling matches only as a whole word: R1 is not found in "HR1".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsbook.core.model import Article, SentenceKind

# Titles and headings name things without saying anything about them, and the
# article's own contents repeat its headings: mentions are counted in the text.
COUNTED_KINDS = frozenset(
    {SentenceKind.PARAGRAPH, SentenceKind.LIST_ITEM, SentenceKind.CAPTION, SentenceKind.TITLE}
)


@dataclass(frozen=True)
class Mention:
    article_id: str
    block: int  # index into the article's blocks (or TITLE_BLOCK)
    line: int  # seed line
    surface: str  # the spelling as written


def spelling_pattern(spellings: Sequence[str]) -> re.Pattern[str] | None:
    if not spellings:
        return None
    alternatives = []
    for spelling in sorted(set(spellings), key=lambda s: (-len(s), s)):
        escaped = re.escape(spelling)
        if spelling[:1].isascii() and spelling[:1].isalnum():
            escaped = r"(?<![A-Za-z0-9])" + escaped
        if spelling[-1:].isascii() and spelling[-1:].isalnum():
            escaped += r"(?![A-Za-z0-9])"
        alternatives.append(escaped)
    return re.compile("|".join(alternatives))


def find_mentions(
    articles: Sequence[Article], owner_of: Mapping[str, str]
) -> dict[str, list[Mention]]:
    """Mentions of every spelling in ``owner_of`` (spelling -> owner key), by owner."""
    pattern = spelling_pattern(list(owner_of))
    found: dict[str, list[Mention]] = {}
    if pattern is None:
        return found
    for article in articles:
        for sentence in article.sentences:
            if sentence.kind not in COUNTED_KINDS:
                continue
            for match in pattern.finditer(sentence.text):
                owner = owner_of[match.group()]
                found.setdefault(owner, []).append(
                    Mention(article.id, sentence.block, sentence.line, match.group())
                )
    return found


def articles_mentioning(mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The articles of ``mentions``, in book order, each once."""
    return tuple(dict.fromkeys(m.article_id for m in mentions))


def first_blocks(mentions: Sequence[Mention]) -> dict[str, int]:
    """Article id -> the block of the article's first mention inside its blocks."""
    firsts: dict[str, int] = {}
    for m in mentions:
        if m.block >= 0:
            firsts.setdefault(m.article_id, m.block)
    return firsts


def shared_sentences(articles: Sequence[Article]) -> frozenset[str]:
    """Sentences that several articles print word for word: a site's boilerplate
    (a list of related reports, a category line), not what an article says."""
    seen: dict[str, str] = {}
    shared = set()
    for article in articles:
        for sentence in article.sentences:
            if sentence.kind is SentenceKind.TITLE:
                continue
            first = seen.setdefault(sentence.text, article.id)
            if first != article.id:
                shared.add(sentence.text)
    return frozenset(shared)
