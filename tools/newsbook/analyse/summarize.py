"""Stage 4: extractive summary and keywords over SudachiPy tokens.

Each sentence gets a score from a small linear model over defendable
features (``features.py``: position, length, centrality, key-term coverage,
numbers, names, quotation, openers that point elsewhere). The weights were
fitted on the development rows of a Japanese news headline set and ship as
``data/summary_weights.json``; ``tools/bench/train_summaries.py`` refits them.
Several sentences are chosen greedily with maximal marginal relevance
(Carbonell & Goldstein 1998), so the second sentence adds something the
first did not say. Sentences come back in document order, as every
summarizer in sumy does.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from newsbook.analyse.features import (
    FEATURE_NAMES,
    background_known,
    background_rarity,
    cosine,
    opens_by_pointing_elsewhere,
)
from newsbook.analyse.features import article_features as _article_features
from newsbook.analyse.features import content_words as content_words
from newsbook.core.model import Block, BlockKind, Sentence, Token, token_spans

# Weight of relevance against novelty when a second or third sentence is chosen.
MMR_LAMBDA = 0.7
MAX_KEYWORDS = 8

# Nouns too general to tell one article from another, even when rare in general text.
_GENERIC_NOUNS = frozenset(
    "こと もの ため よう これ それ ところ 同社 今回 現在 一方 場合 以下 以上 ほか 自社 今後 "
    "時点 とき 年 月 日 点 中 間 前 後 方 数 等 的".split()
)
# Digits or kana alone name nothing (うえ, 2025); nor does the tail of a date (2025|年初頭).
_NAMES_NOTHING = re.compile(r"[\u3041-\u309f\d]+|[年月日時分秒].*")
# Honorific and plural suffixes end a name rather than belong to it (梁文峰氏).
_NAME_SUFFIXES = frozenset("氏 さん 様 君 ら 達 たち 等".split())


@dataclass(frozen=True)
class Weights:
    intercept: float
    weights: tuple[float, ...]  # in FEATURE_NAMES order
    means: tuple[float, ...]
    scales: tuple[float, ...]

    def score(self, row: Sequence[float]) -> float:
        return self.intercept + sum(
            w * (x - m) / s
            for w, x, m, s in zip(self.weights, row, self.means, self.scales, strict=True)
        )


@functools.cache
def summary_weights() -> Weights:
    """The fitted weights shipped with the package (data/summary_weights.json)."""
    text = resources.files(__package__).joinpath("data/summary_weights.json").read_text("utf-8")
    return parse_weights(json.loads(text))


def parse_weights(data: dict[str, object]) -> Weights:
    features = data["features"]
    assert isinstance(features, dict)
    if tuple(features) != FEATURE_NAMES:
        raise ValueError(f"summary weights name {tuple(features)}, expected {FEATURE_NAMES}")
    intercept = data["intercept"]
    assert isinstance(intercept, (int, float))
    return Weights(
        float(intercept),
        tuple(float(features[n]["weight"]) for n in FEATURE_NAMES),
        tuple(float(features[n]["mean"]) for n in FEATURE_NAMES),
        tuple(float(features[n]["scale"]) or 1.0 for n in FEATURE_NAMES),
    )


def sentence_scores(sentences: Sequence[Sentence]) -> list[float]:
    """The model's score of every sentence (higher: more likely to carry the news)."""
    weights = summary_weights()
    return [weights.score(row) for row in _article_features(sentences).rows]


def summary_indices(sentences: Sequence[Sentence], count: int) -> list[int]:
    """Indices of the ``count`` sentences that best summarize, in document order.

    Only sentences that can stand in a summary are chosen (no source lines or
    fragments), and the first summary sentence never opens by pointing
    elsewhere (また、… / ④についても…) unless no other sentence is left.
    """
    if not sentences or count < 1:
        return []
    article = _article_features(sentences)
    weights = summary_weights()
    # Round so that float noise cannot reorder ties across machines.
    relevance = [round(_sigmoid(weights.score(row)), 9) for row in article.rows]
    candidates = [i for i, ok in enumerate(article.eligible) if ok] or list(range(len(sentences)))
    # A sentence that carries no fact (「…見聞きしたことがあるかもしれません。」)
    # is chosen only when too few others do.
    bearing = _fact_bearing(sentences)
    factual = [i for i in candidates if i in bearing]
    if len(factual) >= min(count, len(candidates)):
        candidates = factual
    standalone = {i for i in candidates if not opens_by_pointing_elsewhere(sentences[i].text)}
    chosen: list[int] = []
    while len(chosen) < min(count, len(candidates)):
        # A sentence that points elsewhere may follow a chosen sentence, never lead the summary.
        first = min(chosen, default=len(sentences))
        pool = [
            i
            for i in candidates
            if i not in chosen and (i in standalone or not standalone or first < i)
        ] or [i for i in candidates if i not in chosen]
        best = max(pool, key=lambda i: (_mmr(i, chosen, relevance, article.vectors), -i))
        chosen.append(best)
    return sorted(chosen)


def _fact_bearing(sentences: Sequence[Sentence]) -> set[int]:
    """Sentences that carry a fact: the lead, a sentence with a number or a date,
    or one with a name that is not the article's topic (its most frequent proper
    noun, or one in over half of its sentences)."""
    names = [proper_names(s.tokens_c) for s in sentences]
    spread = Counter(name for found in names for name in found)
    most = max(spread.values(), default=0)
    # The article's topic (DeepSeek in an article on DeepSeek) tells no fact by itself.
    topic = {
        name
        for name, count in spread.items()
        if count * 2 > len(sentences) or count == most and count >= 2
    }
    # The lead states the story (北朝鮮が核実験を実施した): it counts whatever it names.
    return {
        i
        for i, (sentence, found) in enumerate(zip(sentences, names, strict=True))
        if i == 0 or _DIGIT.search(sentence.text) or found - topic
    }


def proper_names(tokens: Sequence[Token]) -> set[str]:
    """The names a sentence writes: proper nouns and Latin words (DeepSeek, R1)."""
    return {t.surface for t in tokens if t.pos[1] == "固有名詞" or _LATIN_WORD.match(t.surface)}


_DIGIT = re.compile(r"[0-9０-９]")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.-]+$")


def _mmr(
    i: int, chosen: list[int], relevance: list[float], vectors: Sequence[dict[str, float]]
) -> float:
    redundancy = max((cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
    return round(MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy, 9)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def summary_length(sentence_count: int) -> int:
    """Three sentences for a full article, fewer for a short one."""
    return max(1, min(3, sentence_count // 5))


def noun_phrases(tokens: Sequence[Token]) -> list[str]:
    """Maximal runs of nouns (and noun-forming suffixes): 推論モデル, 訓練コスト, 梁文峰.

    A single space between two Latin-script words continues the run, so
    "Open Source Week" and "Liang Wenfeng" stay whole.
    """
    return [phrase for phrase, _, _ in _noun_phrase_spans(tokens)]


def _noun_phrase_spans(tokens: Sequence[Token]) -> list[tuple[str, int, int]]:
    """(phrase, start, end) of each noun phrase in the text of ``tokens``."""
    runs: list[list[tuple[int, int, Token]]] = [[]]
    for index, (start, end, token) in enumerate(token_spans(tokens)):
        run = runs[-1]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        latin_space = (
            bool(run)
            and token.surface == " "
            and run[-1][2].surface.isascii()
            and following is not None
            and following.surface.isascii()
            and _joins_noun_phrase(following, True)
        )
        if latin_space or _joins_noun_phrase(token, bool(run)):
            run.append((start, end, token))
        elif run:
            runs.append([])
    return [("".join(t.surface for _, _, t in run), run[0][0], run[-1][1]) for run in runs if run]


def _joins_noun_phrase(token: Token, inside: bool) -> bool:
    if token.pos[0] == "名詞":
        return token.pos[1] in ("普通名詞", "固有名詞") or (inside and token.pos[1] == "数詞")
    return inside and token.pos[:2] == ("接尾辞", "名詞的") and token.surface not in _NAME_SUFFIXES


def keywords(
    sentences: Sequence[Sentence], title: str, limit: int = MAX_KEYWORDS
) -> list[tuple[str, float]]:
    """The article's most telling noun phrases, most telling first.

    ``sentences``: the title's, then those of every block, in order.

    A phrase tells what the article is about when the article uses it often
    and general Japanese rarely: its count times how much rarer it is than an
    everyday word in wordfreq's background frequencies (影響 and 米国 are
    everyday, 推論 and 梁文峰 are not), with a boost for phrases in the title.
    A compound the background list lacks (推論モデル) is as rare as its
    rarest short word. Scored within the article alone, so adding an article to the book
    never changes another article's keywords or its translation catalog.
    """
    counts: Counter[str] = Counter()
    rarity: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for sentence in sentences:
        spans_a: list[tuple[int, int, Token]] | None = None
        for phrase, start, end in _noun_phrase_spans(sentence.tokens_c):
            if len(phrase) < 2 or phrase in _GENERIC_NOUNS or _NAMES_NOTHING.fullmatch(phrase):
                continue
            counts[phrase] += 1
            first_seen.setdefault(phrase, len(first_seen))
            if phrase not in rarity:
                # Its short units: the sentence's mode-A tokens within the phrase.
                if spans_a is None:
                    spans_a = list(token_spans(sentence.tokens_a))
                parts = [t for s, e, t in spans_a if start <= s and e <= end]
                rarity[phrase] = _phrase_rarity(phrase, parts)
    scored = {
        phrase: round(
            count * (1.5 if phrase in title else 1.0) * max(0.0, rarity[phrase] - EVERYDAY_RARITY),
            6,
        )
        for phrase, count in counts.items()
        if count >= 2 or phrase in title
    }
    texts = [s.text for s in sentences]
    ranked = sorted(
        (p for p in scored if scored[p] > 0 and not _latin_fragment(p, texts)),
        key=lambda p: (-scored[p], first_seen[p]),
    )
    chosen: list[str] = []
    for phrase in ranked:
        # 中国AIスタートアップDeepSeek adds nothing once DeepSeek is a keyword.
        if len(chosen) < limit and not any(k in phrase for k in chosen):
            chosen.append(phrase)
    return [(phrase, scored[phrase]) for phrase in chosen]


def _latin_fragment(phrase: str, texts: Sequence[str]) -> bool:
    """A Latin word the article only writes inside a longer name: Flyer in
    High-Flyer, Liang in "Liang Wenfeng" (SudachiPy splits those at the hyphen
    or space), which alone names nothing a reader would look for."""
    if not phrase.isascii():
        return False
    before = r"(?<![A-Za-z0-9][\- ])(?<![A-Za-z0-9])"
    after = r"(?![A-Za-z0-9])(?![\- ][A-Za-z0-9])"
    alone = re.compile(before + re.escape(phrase) + after)
    return not any(alone.search(text) for text in texts)


# -log10 background frequency of an everyday word (1 in 30,000 words or more often):
# 影響 3.8, 米国 4.2 score nothing; 株価 4.9, 半導体 5.3, 推論 5.7, DeepSeek 8 do.
EVERYDAY_RARITY = 4.5


def _phrase_rarity(phrase: str, tokens: Sequence[Token]) -> float:
    """Background rarity of a phrase, else that of its rarest short-unit word
    (``tokens``: the phrase in split mode A).

    推論モデル is as telling as 推論, 可能性 as ordinary as 可能: a compound is
    no rarer than its rarest part suggests.
    """
    if background_known(phrase):
        return background_rarity(phrase)
    # Numerals tell nothing by being rare (2025年1月27日 is a date, not a topic).
    parts = [t.surface for t in tokens if t.surface.strip() and t.pos[1:2] != ("数詞",)]
    if not parts:
        return 0.0
    if len(tokens) < 2:
        return background_rarity(phrase)
    return max(background_rarity(p) for p in parts)


GENERATED_TITLE_CHARS = 60
UNTITLED = "無題の記事"


def generated_title(sentences: Sequence[Sentence], others: Sequence[Sentence]) -> str:
    """A title for an article that has none: its most telling sentence, cut at a clause.

    Chosen by the summary model from the body's sentences, else (an article
    that is only a list or a caption) from its other sentences but headings,
    so it is never a copy of the first heading and never empty.
    """
    pool = list(sentences) or [s for s in others if s.text.strip()]
    if not pool:
        return UNTITLED
    best = pool[summary_indices(pool, 1)[0]].text.strip().rstrip("。．")
    if len(best) <= GENERATED_TITLE_CHARS:
        return best
    cut = max(best.rfind(c, 0, GENERATED_TITLE_CHARS) for c in "、，,")
    return best[: cut if cut >= GENERATED_TITLE_CHARS // 3 else GENERATED_TITLE_CHARS] + "…"


# A section this short is read faster than its point.
MIN_SECTION_SENTENCES = 3


def section_points(
    sentences: Sequence[Sentence], blocks: Sequence[Block]
) -> tuple[tuple[int, Sentence], ...]:
    """One sentence per section, chosen by the summary model: (heading block index, sentence).

    A section runs from a heading to the next heading; sections with fewer
    than MIN_SECTION_SENTENCES body sentences get none.
    """
    sections: dict[int, list[Sentence]] = {}
    heading: int | None = None
    by_block: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block, []).append(sentence)
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            heading = index
            sections[index] = []
        elif heading is not None:
            sections[heading].extend(by_block.get(index, []))
    points = []
    for index, members in sections.items():
        if len(members) >= MIN_SECTION_SENTENCES:
            chosen = summary_indices(members, 1)
            points.append((index, members[chosen[0]]))
    return tuple(points)
