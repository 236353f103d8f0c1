"""Japanese text analysis: the one module that imports SudachiPy.

Loading the dictionary costs time and memory, so :func:`analyzer` creates one
:class:`JapaneseAnalyzer` per process and every stage shares it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsbook.core.model import Sentence, Token, shared_token

if TYPE_CHECKING:
    from sudachipy import Morpheme

# Sudachi rejects a single input over roughly 49 KB; stay well below it.
_MAX_CHUNK_CHARS = 8000

SENTENCE_END = "。．！？!?"
_OPENERS = "「『（(“‘【〔［"
_CLOSERS = "」』）)”’】〕］"
_TRAILING = _CLOSERS + "。．！？!?"


class JapaneseAnalyzer:
    """SudachiPy with the core dictionary behind one small method."""

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        # Mode C keeps compounds (推論モデル stays whole where the dictionary
        # knows it); mode A gives their parts. Both are needed downstream.
        self._tokenizers = {
            "A": self._dictionary.tokenizer(mode=SplitMode.A),
            "C": self._dictionary.tokenizer(mode=SplitMode.C),
        }
        self._split_a = SplitMode.A
        self._pos: dict[int, tuple[str, ...]] = {}  # one tuple per part of speech
        # (dictionary word, surface) -> its Token: a word's part of speech,
        # normalized form and reading are read from SudachiPy once per process,
        # not once per occurrence (a third of the tokenizing time was spent so).
        self._known: dict[tuple[int, str], Token] = {}

    def tokenize(self, text: str, mode: str = "C") -> tuple[Token, ...]:
        return tuple(self._shared(m) for m in _morphemes(self._tokenizers[mode], text))

    def tokenize_both(self, text: str) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
        """The text's tokens in split modes C and A from one reading: the mode A
        units are SudachiPy's own split of each mode C word (the same units as a
        second reading in mode A gives, at a tenth of its cost)."""
        compounds: list[Token] = []
        units: list[Token] = []
        for m in _morphemes(self._tokenizers["C"], text):
            token = self._shared(m)
            compounds.append(token)
            parts = m.split(self._split_a)
            if len(parts):
                units.extend(self._shared(part) for part in parts)
            else:
                units.append(token)  # a word of one unit
        return tuple(compounds), tuple(units)

    def _shared(self, m: Morpheme) -> Token:
        surface = m.surface()
        key = (m.word_id(), surface)
        token = self._known.get(key)
        if token is None:
            token = self._token(m, surface)
            if not m.is_oov():
                self._known[key] = token
        return token

    def _token(self, m: Morpheme, surface: str) -> Token:
        pos = self._pos.get(m.part_of_speech_id())
        if pos is None:
            pos = self._pos[m.part_of_speech_id()] = tuple(m.part_of_speech())
        return shared_token((surface, pos, m.normalized_form(), m.reading_form()))


_BRACKET = re.compile(r"([()（）])")


def _morphemes(tokenizer: Any, text: str) -> Iterator[Morpheme]:
    """SudachiPy's morphemes of ``text``, read in chunks it accepts; a chunk
    with no bracket needs no look inside its words for one."""
    for chunk in _chunks(text):
        morphemes = tokenizer.tokenize(chunk)
        yield from _unbracketed(tokenizer, morphemes) if _BRACKET.search(chunk) else morphemes


def _unbracketed(tokenizer: Any, morphemes: Iterable[Morpheme]) -> Iterator[Morpheme]:
    """The morphemes, with the few dictionary words that hold a bracket
    (基金(ユニセフ)) read again as the words and brackets they are made of: a
    bracket inside a word hides a short form from every rule that reads them."""
    for m in morphemes:
        surface = m.surface()
        if len(surface) > 1 and _BRACKET.search(surface):
            for piece in _BRACKET.split(surface):
                if piece:
                    yield from tokenizer.tokenize(piece)
        else:
            yield m


@functools.cache
def analyzer() -> JapaneseAnalyzer:
    return JapaneseAnalyzer()


def tokenized(sentence: Sentence) -> Sentence:
    """The sentence with its tokens in both split modes: the one time SudachiPy reads it."""
    tokens_c, tokens_a = analyzer().tokenize_both(sentence.text)
    return replace(sentence, tokens_c=tokens_c, tokens_a=tokens_a)


def tokenized_texts(texts: Iterable[str]) -> list[Sentence]:
    """Bare texts as tokenized paragraph sentences, for callers without an
    article (an editor's title, benchmarks, tests)."""
    return [tokenized(Sentence(text, 0, 0)) for text in texts]


def _chunks(text: str) -> Iterator[str]:
    """Pieces under Sudachi's input limit, cut after a sentence end or newline."""
    while len(text) > _MAX_CHUNK_CHARS:
        window = text[:_MAX_CHUNK_CHARS]
        cut = max(window.rfind("\n"), *(window.rfind(c) for c in SENTENCE_END))
        if cut < _MAX_CHUNK_CHARS // 2:  # no sentence end: a comma or space still keeps words whole
            cut = max(cut, *(window.rfind(c) for c in "、，, 　"))
        cut = cut + 1 if cut > 0 else _MAX_CHUNK_CHARS
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


# A quotation left open this long was never closed: its full stops end sentences again.
MAX_QUOTE_CHARS = 200
# No sentence a reader is shown is longer: a longer run is cut at a comma or space.
MAX_SENTENCE_CHARS = 300
# English abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof inc ltd co corp jr sr st vs etc no fig approx".split()
)
_LATIN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph.

    A sentence ends at 。．！？!? (with any run of them and closing brackets
    after it), but not inside 「…」 or （…）, nor at a ! a comma follows
    (Yahoo!、2005年…): quoted speech keeps its own full
    stops, unless the quotation runs on for more than MAX_QUOTE_CHARS without
    closing. In English text an ASCII full stop followed by a space ends a
    sentence too ("R1 was cheap. It ..."), except after an abbreviation
    (Mr., U.S., e.g.) or inside a number (7.4). A run longer than
    MAX_SENTENCE_CHARS with no sentence end (a table flattened into one line)
    is cut at its last comma or space before the limit, so no summary or
    sentence is ever a wall of text. Every span is an exact slice of ``text``,
    stripped of surrounding whitespace. This is the rule Sudachi's own
    sentence detector applies; SudachiPy does not expose it.
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    opened = 0  # where the outermost open quotation began
    start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in _OPENERS:
            if depth == 0:
                opened = i
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        if depth and i - opened > MAX_QUOTE_CHARS:
            depth = 0
        if (char in SENTENCE_END and depth == 0) or _ends_english_sentence(text, i):
            end = i + 1
            while end < len(text) and text[end] in _TRAILING:
                end += 1
            if char in "!！" and text[end : end + 2].lstrip()[:1] in ("、", "，", ","):
                i += 1  # Yahoo!、2005年…: a name's mark, the sentence goes on
                continue
            _append_span(text, start, end, spans)
            start = i = end
            continue
        i += 1
    _append_span(text, start, len(text), spans)
    return [piece for span in spans for piece in _bounded(text, span)]


def _ends_english_sentence(text: str, i: int) -> bool:
    """An ASCII full stop after a word, then a space and a capital or a Japanese character."""
    if text[i] != "." or i + 2 >= len(text) or not text[i + 1].isspace():
        return False
    following = text[i + 2 :].lstrip()[:1]
    if not following or not (following.isupper() or not following.isascii()):
        return False
    word = _LATIN_WORD_BEFORE.search(text[max(0, i - 20) : i])
    if word is None:
        return text[i - 1 : i].isdigit() or text[i - 1 : i] in _CLOSERS
    token = word.group(1)
    return "." not in token and len(token) > 1 and token.lower() not in _ABBREVIATIONS


def _bounded(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(c) for c in "、，,；; 　")
        cut = start + (cut + 1 if cut > MAX_SENTENCE_CHARS // 3 else MAX_SENTENCE_CHARS)
        _append_span(text, start, cut, pieces)
        start = cut
    _append_span(text, start, end, pieces)
    return pieces


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
