"""Where names and terms occur: one pass over every sentence of every article.

All spellings are compiled into one regular expression shaped as a trie of
their characters, so the book is scanned once and each position is tried
against the spellings that begin with its character only, however many names
the book knows (an alternation of every spelling tried them all, one by one,
at every character of the book). A longer name wins over a name inside it
(DeepSeek R1 over DeepSeek). A Latin spelling matches only as a whole word: R1
is not found in "HR1".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsbook.core.model import COUNTED_KINDS, Article, SentenceKind


@dataclass(frozen=True)
class Mention:
    article_id: str
    block: int  # index into the article's blocks (or TITLE_BLOCK)
    line: int  # seed line
    surface: str  # the spelling as written
    sentence: int  # index into the article's sentences


def spelling_pattern(spellings: Sequence[str]) -> re.Pattern[str] | None:
    if not spellings:
        return None
    trie: _Trie = {}
    for spelling in set(spellings):
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})
        node[_END] = {}
    return re.compile(_trie_pattern(trie, top=True))


_Trie = dict[str, "_Trie"]  # character -> the spellings that go on with it
_END = ""  # the key that marks a whole spelling in the trie (no character is empty)
_WORD_CHAR = r"[A-Za-z0-9]"


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _trie_pattern(node: _Trie, top: bool = False, last: str = "") -> str:
    """The alternatives below ``node``, longer spellings first: a branch that
    goes on is tried before the spelling that ends here."""
    alternatives = []
    for char in sorted(c for c in node if c != _END):
        # Every branch begins with its character, so that the regular expression
        # engine skips the places no spelling begins at; a Latin spelling then
        # looks back past that character for a letter that would glue it to a word.
        start = re.escape(char)
        if top and _is_word_char(char):
            start += f"(?<!{_WORD_CHAR}{re.escape(char)})"
        alternatives.append(start + _trie_pattern(node[char], last=char))
    if _END in node:
        alternatives.append(f"(?!{_WORD_CHAR})" if _is_word_char(last) else "")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def find_mentions(
    articles: Sequence[Article], owner_of: Mapping[str, str]
) -> dict[str, list[Mention]]:
    """Mentions of every spelling in ``owner_of`` (spelling -> owner key), by owner."""
    pattern = spelling_pattern(list(owner_of))
    found: dict[str, list[Mention]] = {}
    if pattern is None:
        return found
    for article in articles:
        for index, sentence in enumerate(article.sentences):
            if sentence.kind not in COUNTED_KINDS:
                continue
            for match in pattern.finditer(sentence.text):
                owner = owner_of[match.group()]
                found.setdefault(owner, []).append(
                    Mention(article.id, sentence.block, sentence.line, match.group(), index)
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
