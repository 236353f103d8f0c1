"""Whole-book stage: the technical terms the book's own text proposes for its glossary.

A term is a common noun or a compound of them (震源, 津波注意報, 緊急地震速報)
that general Japanese rarely uses and that belongs to the book's subject.
Nothing here knows the subject: it is read from the text.

1. The subject's words: nouns the book uses far more often than general
   Japanese does (keyness against wordfreq's frequencies, weighted by how many
   articles use them: 地震, 震源, 津波 in a book about earthquakes; an acronym
   such as UTC may be one). Directions, pointers and words written mostly
   right after a name (太平洋|沿岸, 協会|会長) say where or who, not what.
2. Candidates: runs of SudachiPy's short units (common nouns, noun suffixes)
   outside the names the text gives (and the suffixes glued to them:
   パキスタン|大|地震募金), source lines, headlines run together and the
   references, and the runs inside them of up to five units (C-value's nested
   candidates, Frantzi et al. 2000).
3. A candidate the text defines (「Xとは」, 「Xと呼ばれる」) is a term. Another
   is kept when it belongs to the subject: it contains a subject word that
   names a thing (an activity or a quality such as 募金 or 緊急 counts only
   among the first five), or a single word shares a rare kanji with the
   subject's first words (余震, 震央). It must not be an everyday word
   (wordfreq's zipf under 4, every part under 5.2), a verbal noun on its own
   (発生, 救援: events, not terms), a direction or a position (西北西, 北緯), a
   pointer (同国) or a derived word (被災地), nor mostly the beginning of one
   longer candidate (義援 of 義援金). A single word must occur twice; once is
   enough for a compound of a subject word (計測震度, 有感地震).
4. Ranked by C-value (frequency not explained by longer candidates) times the
   number of articles, times specificity (how rare its parts are in general
   Japanese); a candidate inside a better one is left out, and one around a
   better one (暴風域 around 暴風) only fills a glossary with room left, unless
   the text sets it apart in quotation marks (「震度速報」 beside 震度).

Why our own: the term extractors on PyPI (pytermextract, termextract) are
unmaintained or need MeCab; C-value over SudachiPy's tokens, which every
article already has, is a few dozen lines. Measured on the development cluster
(make bench-book): see the issue notes for the figures.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsbook.analyse.dates import is_source_line
from newsbook.analyse.features import background_zipf, states_nothing
from newsbook.core.model import REFERENCES_BLOCK, Article, Sentence, SentenceKind, Token

# The glossary proposes at most this many terms.
DEFAULT_LIMIT = 30
# Units in a candidate (緊急|地震|速報 is three).
_MAX_UNITS = 5
_SUBJECT_WORDS = 25
# The subject's first words: their rare kanji tie a word to the subject, and an
# activity or a quality among them makes terms of its compounds.
_LEADING_WORDS = 5
# A candidate as common as this in general Japanese (zipf) is an everyday word.
_EVERYDAY = 4.0
# A part this common makes a compound an everyday phrase (地震発生: 発生 is 5.05).
_EVERYDAY_PART = 5.2
_EVERYDAY_HEAD = 5.0
_READ_KINDS = (SentenceKind.PARAGRAPH, SentenceKind.LIST_ITEM, SentenceKind.HEADING)
# Suffixes that make a place, a person or a time of a word (被災地, 負傷者,
# 地震後): derived words, not terms.
_DERIVING_SUFFIXES = frozenset(
    "者 地 後 入り 側 内 外 中 時 間 上 下 前 等 ら 達 的 性 用 向け 付近 全体 全域".split()
)
# Prefix-like nouns that point at something (同国, 各国, 当社): never a term's start.
_POINTERS = frozenset(
    "同 各 全 当 本 両 他 自 前 元 現 旧 新 約 計 第 毎 翌 昨 今 来 去 次 諸 某".split()
)
_DIGIT = re.compile(r"[0-9０-９]")
_LATIN = re.compile(r"[A-Za-z]")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_DEFINES = re.compile(r"とは|と呼ばれ")
# 西北西, 北緯, 東岸沖: a direction or a position, not a term.
_COMPASS = re.compile(r"[東西南北]+[緯経岸部側端]?沖?")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]+")

# Prefixes that make a word of their own with a noun: 無観客, 非常勤, 未成年, 不祥事.
_NEGATIONS = frozenset("無 非 未 不".split())

# A unit's part in a candidate: noun, suffix, prefix; None breaks a run.
_NOUN, _SUFFIX, _PREFIX = "n", "s", "x"


@dataclass(frozen=True)
class ProposedTerm:
    text: str
    score: float
    count: int  # occurrences in the book
    articles: int  # articles that use it


def propose_terms(
    articles: Sequence[Article],
    names: Iterable[str],
    boilerplate: frozenset[str],
    limit: int = DEFAULT_LIMIT,
) -> tuple[ProposedTerm, ...]:
    """The book's terms, best first; ``names`` are the spellings of its entities,
    ``boilerplate`` the sentences several articles print word for word
    (:func:`newsbook.book.mentions.shared_sentences`), which are not read."""
    if limit <= 0:
        return ()
    counts = _Counts(articles, frozenset(n for n in names if len(n) >= 2), boilerplate)
    subject = counts.subject_words()
    if not subject:
        return ()
    subject_kanji = {
        c
        for word in subject[:_LEADING_WORDS]
        for c in word
        if _KANJI.match(c) and c not in _COMMON_KANJI
    }
    # A compound belongs to the subject through a thing it names (地震, 義援):
    # an activity or a quality (募金, 緊急) does so only among the first words.
    subject_set = set(subject[:_LEADING_WORDS]) | {
        w for w in subject if w not in counts.verbal and w not in counts.qualities
    }
    scored = []
    for text, units in counts.units.items():
        if counts.is_term(text, units, subject_set, subject_kanji):
            scored.append(
                ProposedTerm(
                    text,
                    round(counts.score(text, units), 6),
                    counts.count[text],
                    len(counts.docs[text]),
                )
            )
    scored.sort(key=lambda t: (-t.score, t.text))
    kept: list[ProposedTerm] = []
    around: list[ProposedTerm] = []  # longer terms around a kept one (暴風域 of 暴風)
    for term in scored:
        if any(term.text in k.text for k in kept):
            continue
        if any(k.text in term.text for k in kept) and term.text not in counts.quoted:
            around.append(term)
            continue
        kept.append(term)
        if len(kept) == limit:
            return tuple(kept)
    # A glossary with room left takes the longer terms too, best first: C-value
    # counts a compound around a term as a term of its own.
    for term in around:
        if len(kept) == limit:
            break
        if not any(term.text in k.text for k in kept):
            kept.append(term)
    return tuple(sorted(kept, key=lambda t: (-t.score, t.text)))


def tells_no_term(sentence: Sentence, boilerplate: frozenset[str]) -> bool:
    """A reference, a sentence several articles print word for word (a site's
    boilerplate), a source line, headlines run together or the site's own words:
    it says what no term is."""
    return (
        sentence.block == REFERENCES_BLOCK
        or sentence.text in boilerplate
        or is_source_line(sentence.text)
        or states_nothing(sentence.text)
    )


def _points(word: str) -> bool:
    """A pointer (同, 各) or a pointer with an everyday noun (同国, 同市)."""
    return word[0] in _POINTERS and (
        len(word) == 1 or (background_zipf(word[1:]) or 0) >= _EVERYDAY_PART
    )


# Kanji too common to tie a word to a subject (地 of 地震 is in 地図 and 土地).
_COMMON_KANJI = frozenset("地大市県国人日中年月時")


def _unit_kind(token: Token) -> str | None:
    if _DIGIT.search(token.surface):
        return None
    pos = token.pos
    if pos[0] == "名詞" and pos[1] == "普通名詞" and pos[2] not in ("副詞可能", "助数詞可能"):
        return _NOUN
    if pos[0] == "接尾辞" and pos[1] == "名詞的" and pos[2] != "助数詞":
        return _SUFFIX
    if pos[0] == "接頭辞":
        return _PREFIX
    return None


class _Counts:
    """Candidates and the book's noun frequencies, from each sentence's short units."""

    def __init__(
        self, articles: Sequence[Article], names: frozenset[str], boilerplate: frozenset[str]
    ) -> None:
        self.count: Counter[str] = Counter()
        self.docs: defaultdict[str, set[str]] = defaultdict(set)
        self.units: dict[str, tuple[tuple[str, str], ...]] = {}
        self.word_count: Counter[str] = Counter()
        self.word_docs: defaultdict[str, set[str]] = defaultdict(set)
        # Written right after a name (太平洋|沿岸, 宮城県|沖): a position, not a thing.
        self.after_names: Counter[str] = Counter()
        self.verbal: set[str] = set()
        self.qualities: set[str] = set()
        self.defined: set[str] = set()  # followed by 「とは」: the text says what it is
        self.quoted: set[str] = set()  # 「複合災害」: the text sets it apart
        self.tokens = 0
        self.articles = len(articles)
        name_pattern = (
            re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
            if names
            else None
        )
        for article in articles:
            for sentence in article.sentences:
                if sentence.kind in _READ_KINDS and not tells_no_term(sentence, boilerplate):
                    named = {
                        i
                        for name in sentence.names
                        if name.kind != "product"  # 緊急地震速報 may be both
                        for i in range(name.start, name.end)
                    }
                    if name_pattern is not None:
                        for match in name_pattern.finditer(sentence.text):
                            named.update(range(match.start(), match.end()))
                    # A product may be a term, a piece of it is not (正田|醤油スタジアム).
                    inside_products = {
                        i
                        for name in sentence.names
                        if name.kind == "product"
                        for i in range(name.start + 1, name.end)
                    }
                    self._read(article.id, sentence.text, sentence.tokens_a, named, inside_products)
        # Candidate -> the longer candidates it is a part of.
        self.longer: defaultdict[str, list[str]] = defaultdict(list)
        # Candidate -> the longer ones that begin with it (義援 -> 義援金): Japanese
        # compounds end with their head, so a piece that another one continues is
        # unfinished, while one behind a modifier (一般向け|緊急地震速報) is whole.
        self.continued: defaultdict[str, list[str]] = defaultdict(list)
        for text, units in self.units.items():
            for i in range(len(units)):
                for j in range(i + 1, len(units) + 1):
                    if j - i < len(units):
                        part = "".join(surface for surface, _ in units[i:j])
                        if part in self.units:
                            self.longer[part].append(text)
                            if i == 0:
                                self.continued[part].append(text)

    def _read(
        self,
        article_id: str,
        text: str,
        tokens: Sequence[Token],
        named: set[int],
        no_cut: set[int],
    ) -> None:
        run: list[tuple[str, str]] = []
        offsets: list[int] = []  # where each unit of the run begins
        after_name = False  # the run starts right after a name or number (能登|半島地震)
        at = 0
        in_name = False
        for index, token in enumerate((*tokens, None)):
            kind = _unit_kind(token) if token is not None else None
            # 1|時間|半, 2|年|半: a half after a counter is part of the number.
            half = (
                token is not None
                and token.surface == "半"
                and index > 0
                and tokens[index - 1].pos[2] in ("助数詞", "助数詞可能")
            )
            if half:
                kind = None
            follows_name, in_name = in_name, False
            if token is not None:
                self.tokens += 1
                in_name = any(i in named for i in range(at, at + len(token.surface)))
                at += len(token.surface)
                if kind == _NOUN and not in_name:
                    self.word_count[token.surface] += 1
                    self.word_docs[token.surface].add(article_id)
                    if follows_name:
                        self.after_names[token.surface] += 1
                    if token.pos[2] == "サ変可能":
                        self.verbal.add(token.surface)
                    elif token.pos[2] == "形状詞可能":
                        self.qualities.add(token.surface)
            if kind is not None and not in_name:
                run.append((token.surface, kind))  # type: ignore[union-attr]
                offsets.append(at - len(token.surface))  # type: ignore[union-attr]
                continue
            end = at - (len(token.surface) if token else 0)  # where the run ends
            ends = [*offsets[1:], end]
            cuttable = [o not in no_cut for o in offsets], [e not in no_cut for e in ends]
            number = token is not None and _DIGIT.search(token.surface) is not None
            # 台風|12|号, 台風|第|5|号: a designation, headed by the run's last word.
            designates = number and index + 1 < len(tokens) and tokens[index + 1].surface == "号"
            self._candidates(article_id, run, after_name, in_name, designates, cuttable)
            if run and _DEFINES.match(text, end):
                self.defined.add("".join(surface for surface, _ in run))
            if (
                run
                and 0 < offsets[0]
                and text[offsets[0] - 1] == "「"
                and text[end : end + 1] == "」"
            ):
                self.quoted.add("".join(surface for surface, _ in run))
            # A run right after a number (or its half: 1時間|半) counts it (2|大会ぶり)
            # or ends a name (J1|リーグ).
            run, offsets, after_name = [], [], in_name or half or number

    def _candidates(
        self,
        article_id: str,
        run: list[tuple[str, str]],
        after_name: bool,
        before_name: bool,
        designates: bool,
        cuttable: tuple[list[bool], list[bool]],
    ) -> None:
        n = len(run)
        may_start, may_end = cuttable
        # Suffixes right after a name are the name's (パキスタン|大|地震募金): the
        # piece after them is still glued to it.
        numbered = n  # the run's units from here on are prefixes of a number (第)
        while numbered > 0 and run[numbered - 1][1] == _PREFIX:
            numbered -= 1
        glued = 0
        if after_name:
            while glued < n and run[glued][1] == _SUFFIX:
                glued += 1
        for i in range(n):
            for j in range(i + 1, min(n, i + _MAX_UNITS) + 1):
                # A piece glued to a name is part of a longer name (能登半島地震).
                if (after_name and i <= glued) or (j == n and before_name):
                    continue
                # The word before a numbered designation heads it (接近|台風|第|5|号):
                # it makes no compound with the words before it.
                if designates and j >= numbered and j - i > 1:
                    continue
                if not (may_start[i] and may_end[j - 1]):
                    continue
                units = tuple(run[i:j])
                # 無|観客|試合 is a term; 観客試合 without its 無 a piece of it.
                starts = units[0][1] == _NOUN or units[0][0] in _NEGATIONS
                if not starts or units[-1][1] == _PREFIX or (i and run[i - 1][1] == _PREFIX):
                    continue
                if len(units) > 1 and _points(units[0][0]):
                    continue
                text = "".join(surface for surface, _ in units)
                if len(text) < 2:
                    continue
                self.count[text] += 1
                self.docs[text].add(article_id)
                self.units[text] = units

    def keyness(self, word: str) -> float:
        """How much more often the book uses ``word`` than general Japanese (log ratio)."""
        zipf = background_zipf(word)
        background = 10 ** ((zipf if zipf is not None else 1.0) - 9)
        return math.log(self.word_count[word] / max(self.tokens, 1) / background)

    def subject_words(self) -> list[str]:
        # In a tenth of the articles (at least two), a known everyday-or-rarer word.
        least = max(2, self.articles * 0.1)
        words = []
        for word, docs in self.word_docs.items():
            zipf = background_zipf(word)
            if len(docs) < least or zipf is None or zipf >= _EVERYDAY_HEAD:
                continue
            if _LATIN.search(word) and not _ACRONYM.fullmatch(word):
                continue  # an acronym may be the subject's (UTC), other Latin is a name
            if self.keyness(word) > 2:
                words.append(word)
        words.sort(key=lambda w: (-len(self.word_docs[w]) * self.keyness(w), w))
        # Among them, a direction (南西), a pointer (同国) or a word written mostly
        # right after a name (太平洋|沿岸, 協会|会長) says where or who, in any subject.
        return [
            w
            for w in words[:_SUBJECT_WORDS]
            if not (
                _COMPASS.fullmatch(w) or _points(w) or self.after_names[w] * 2 >= self.word_count[w]
            )
        ]

    @staticmethod
    def _derived(word: str, subject: set[str]) -> bool:
        """One unit made like a compound: a pointer and an everyday noun (同国, 同紙), or
        a subject word and a deriving suffix (被災地, 被災者)."""
        if _points(word):
            return True
        return any(word.endswith(s) and word[: -len(s)] in subject for s in _DERIVING_SUFFIXES)

    def is_term(
        self,
        text: str,
        units: tuple[tuple[str, str], ...],
        subject: set[str],
        subject_kanji: set[str],
    ) -> bool:
        if text in self.defined and not (len(units) == 1 and text in self.verbal):
            return True
        if _COMPASS.fullmatch(text):
            return False
        single = len(units) == 1
        if single and (text in self.verbal or self._derived(text, subject)):
            return False
        nouns = [surface for surface, kind in units if kind == _NOUN]
        names_subject = any(n in subject for n in nouns)
        if not (names_subject or (single and any(c in subject_kanji for c in text))):
            return False
        # Once is enough for a compound of the subject's word (計測震度, 有感地震).
        if self.count[text] < 2 and not (names_subject and len(nouns) >= 2):
            return False
        zipf = background_zipf(text)
        if zipf is not None and zipf >= _EVERYDAY:
            return False
        if (
            zipf is None
            and any(background_zipf(n) is None and not _KANJI_WORD.fullmatch(n) for n in nouns)
            and not _ACRONYM.fullmatch(text)
        ):
            # A part general Japanese never writes in kana or Latin letters: a name
            # SudachiPy missed (パンガンダラン); a kanji word it knows is a word (有感).
            return False
        if any(a == b for a, b in zip(nouns, nouns[1:], strict=False)):
            return False  # 地震|地震: two phrases run together
        if not single:
            if any((background_zipf(n) or 0) >= _EVERYDAY_PART for n in nouns if n not in subject):
                return False
            last = units[-1][0]
            if last in _DERIVING_SUFFIXES:  # 被災|地: SudachiPy may call the suffix a noun
                return False
            if (
                last in self.verbal
                and last not in subject
                and (background_zipf(last) or 0) >= _EVERYDAY_HEAD
            ):
                return False  # an everyday event with its subject (地震発生)
        # Mostly the beginning of one longer candidate (義援 of 義援金).
        continued = self.continued.get(text)
        return not (continued and self.count[text] * 0.8 <= max(self.count[w] for w in continued))

    def score(self, text: str, units: tuple[tuple[str, str], ...]) -> float:
        longer = self.longer.get(text)
        unexplained = self.count[text] - (
            sum(self.count[w] for w in longer) / len(longer) if longer else 0
        )
        cvalue = math.log2(len(units) + 1) * max(unexplained, 0.5)
        zipfs = [background_zipf(n) for n, kind in units if kind == _NOUN]
        specificity = sum(6.0 - (z if z is not None else 2.0) for z in zipfs) / len(zipfs)
        if len(units) > 1:
            specificity += 0.5
        return math.log1p(cvalue) * (1 + math.log(len(self.docs[text]))) * specificity
