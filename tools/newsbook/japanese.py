"""Japanese text analysis: the one module that imports SudachiPy.

Loading the dictionary costs time and memory, so :func:`analyzer` creates one
:class:`JapaneseAnalyzer` per process and every stage shares it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

# Sudachi rejects a single input over roughly 49 KB; stay well below it.
_MAX_CHUNK_CHARS = 8000

SENTENCE_END = "。．！？!?"
_OPENERS = "「『（(“‘【〔［"
_CLOSERS = "」』）)”’】〕］"
_TRAILING = _CLOSERS + "。．！？!?"


@dataclass(frozen=True)
class Token:
    surface: str
    pos: tuple[str, ...]  # Sudachi part of speech, e.g. ("名詞", "固有名詞", "一般", ...)
    normalized: str  # 為る for し, 6000000 for 600万: the form to count
    reading: str  # katakana reading

    @property
    def is_noun(self) -> bool:
        return self.pos[0] == "名詞" and self.pos[1] in ("普通名詞", "固有名詞")

    @property
    def is_content_word(self) -> bool:
        if self.pos[0] == "名詞":
            return self.pos[1] != "数詞"
        return self.pos[0] in ("動詞", "形容詞") and self.pos[1] != "非自立可能"


class JapaneseAnalyzer:
    """SudachiPy with the core dictionary behind two small methods."""

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        # Mode C keeps compounds (推論モデル stays whole where the dictionary
        # knows it); mode A gives their parts. Both are needed downstream.
        self._tokenizers = {
            "A": self._dictionary.tokenizer(mode=SplitMode.A),
            "C": self._dictionary.tokenizer(mode=SplitMode.C),
        }

    def tokenize(self, text: str, mode: str = "C") -> list[Token]:
        tokenizer = self._tokenizers[mode]
        tokens: list[Token] = []
        for chunk in _chunks(text):
            tokens.extend(
                Token(m.surface(), tuple(m.part_of_speech()), m.normalized_form(), m.reading_form())
                for m in tokenizer.tokenize(chunk)
            )
        return tokens


@functools.cache
def analyzer() -> JapaneseAnalyzer:
    return JapaneseAnalyzer()


def _chunks(text: str) -> Iterator[str]:
    """Pieces under Sudachi's input limit, cut after a sentence end or newline."""
    while len(text) > _MAX_CHUNK_CHARS:
        window = text[:_MAX_CHUNK_CHARS]
        cut = max(window.rfind("\n"), *(window.rfind(c) for c in SENTENCE_END))
        cut = cut + 1 if cut > 0 else _MAX_CHUNK_CHARS
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph.

    A sentence ends at 。．！？!? (with any closing brackets after it), but not
    inside 「…」 or （…）: quoted speech keeps its own full stops. Every span is
    an exact slice of ``text``, stripped of surrounding whitespace. This is the
    rule Sudachi's own sentence detector applies; SudachiPy does not expose it.
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        if char in SENTENCE_END and depth == 0:
            end = i + 1
            while end < len(text) and text[end] in _TRAILING:
                end += 1
            _append_span(text, start, end, spans)
            start = i = end
            continue
        i += 1
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def to_hiragana(text: str) -> str:
    """Katakana to hiragana (ァ..ヶ shift by 0x60); everything else unchanged."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def reading(text: str) -> str:
    """The hiragana reading of a word or name, as the index sorts it.

    Latin letters and digits stay as they are; Sudachi spells unknown Latin
    words in lower case, so those keep their written form.
    """
    parts = []
    for token in analyzer().tokenize(text, mode="C"):
        kana = token.reading
        if not kana or kana.isascii() or token.surface.isascii():
            parts.append(token.surface)
        else:
            parts.append(kana)
    return to_hiragana("".join(parts))
