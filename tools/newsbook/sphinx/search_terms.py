"""Search terms: the words of a text a reader may type into the book's search box.

Readers type compounds (推論モデル), parts of them (モデル), names (梁文峰) and
Latin names in either width (NVIDIA, ＮＶＩＤＩＡ). One segmentation never
serves all of them: Sudachi's mode C keeps dictionary compounds (時価総額) but
not the compounds news writing makes on the fly (推論モデル is 推論|モデル even
in mode C), and mode A gives the parts (時価|総額) but cuts names to single
characters (梁|文|峰). So a text's terms are the union of

- the mode C and mode A words,
- the runs of nouns that writing glues into one word (推論モデル, 梁文峰, H800),
- Sudachi's normalized forms (安く → 安い, コンピューター → コンピュータ),

all NFKC-normalized (full-width Latin and half-width katakana fold) and
lower-cased, as Sphinx lower-cases the query. The browser side
(``search.js``) looks a typed run up whole first and then as a sequence of
these terms, so both sides agree on what a word is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from newsbook.analyse.japanese import JapaneseAnalyzer
from newsbook.analyse.summarize import noun_phrases
from newsbook.core.model import Token

# Not words a reader looks for: punctuation, whitespace, particles and
# auxiliaries (the browser side drops them from queries too).
_NOT_WORDS = frozenset({"補助記号", "空白", "助詞", "助動詞"})


def normalize(text: str) -> str:
    """The form both the index and the browser compare: NFKC, lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def search_terms(text: str, analyzer: JapaneseAnalyzer) -> list[str]:
    """Distinct terms of ``text`` in first-seen order (deterministic index)."""
    text = normalize(text)
    if not text.strip():
        return []
    return terms_of_tokens(*analyzer.tokenize_both(text))


def terms_of_tokens(compounds: Sequence[Token], parts: Sequence[Token]) -> list[str]:
    """The terms of a text already tokenized (modes C and A) whose text is normalized."""
    terms: dict[str, None] = {}
    for token in (*compounds, *parts):
        if _is_word(token):
            terms.update(dict.fromkeys(token.surface.split()))
            terms.update(dict.fromkeys(normalize(token.normalized).split()))
    for phrase in noun_phrases(compounds):
        # The browser splits a query at spaces, so a phrase with spaces
        # (Sudachi's "open source", "Liang Wenfeng") is found through its
        # words, added above.
        if not any(char.isspace() for char in phrase):
            terms[phrase] = None
    return list(terms)


def _is_word(token: Token) -> bool:
    return token.pos[0] not in _NOT_WORDS and bool(token.surface.strip())
