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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from .features import (
    FEATURE_NAMES,
    background_rarity,
    cosine,
    opens_by_pointing_elsewhere,
)
from .features import article_features as _article_features
from .features import content_words as content_words
from .japanese import JapaneseAnalyzer, Token

# Weight of relevance against novelty when a second or third sentence is chosen.
MMR_LAMBDA = 0.7
MAX_KEYWORDS = 8

# Nouns too general to tell one article from another, even when rare in general text.
_GENERIC_NOUNS = frozenset(
    "こと もの ため よう これ それ ところ 同社 今回 現在 一方 場合 以下 以上 ほか 自社 今後 "
    "時点 とき 年 月 日 点 中 間 前 後 方 数 等 的".split()
)
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
    text = resources.files("newsbook").joinpath("data/summary_weights.json").read_text("utf-8")
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


def sentence_scores(sentences: Sequence[str], analyzer: JapaneseAnalyzer) -> list[float]:
    """The model's score of every sentence (higher: more likely to carry the news)."""
    weights = summary_weights()
    return [weights.score(row) for row in _article_features(sentences, analyzer).rows]


def summary_indices(sentences: Sequence[str], analyzer: JapaneseAnalyzer, count: int) -> list[int]:
    """Indices of the ``count`` sentences that best summarize, in document order.

    Only sentences that can stand in a summary are chosen (no source lines or
    fragments), and the first summary sentence never opens by pointing
    elsewhere (また、… / ④についても…) unless no other sentence is left.
    """
    if not sentences or count < 1:
        return []
    article = _article_features(sentences, analyzer)
    weights = summary_weights()
    # Round so that float noise cannot reorder ties across machines.
    relevance = [round(_sigmoid(weights.score(row)), 9) for row in article.rows]
    candidates = [i for i, ok in enumerate(article.eligible) if ok] or list(range(len(sentences)))
    standalone = [i for i in candidates if not opens_by_pointing_elsewhere(sentences[i])]
    chosen: list[int] = []
    while len(chosen) < min(count, len(candidates)):
        # A sentence that points elsewhere may follow a chosen sentence, never lead the summary.
        pool = [
            i
            for i in candidates
            if i not in chosen and (i in standalone or not standalone or min(chosen, default=i) < i)
        ] or [i for i in candidates if i not in chosen]
        best = max(pool, key=lambda i: (_mmr(i, chosen, relevance, article.vectors), -i))
        chosen.append(best)
    return sorted(chosen)


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
    runs: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        run = runs[-1]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        latin_space = (
            bool(run)
            and token.surface == " "
            and run[-1].surface.isascii()
            and following is not None
            and following.surface.isascii()
            and _joins_noun_phrase(following, True)
        )
        if latin_space or _joins_noun_phrase(token, bool(run)):
            run.append(token)
        elif run:
            runs.append([])
    return ["".join(t.surface for t in run) for run in runs if run]


def _joins_noun_phrase(token: Token, inside: bool) -> bool:
    if token.pos[0] == "名詞":
        return token.pos[1] in ("普通名詞", "固有名詞") or (inside and token.pos[1] == "数詞")
    return inside and token.pos[:2] == ("接尾辞", "名詞的") and token.surface not in _NAME_SUFFIXES


def keywords(
    texts: Sequence[str], title: str, analyzer: JapaneseAnalyzer, limit: int = MAX_KEYWORDS
) -> list[tuple[str, float]]:
    """The article's most telling noun phrases, most telling first.

    Scored within the article alone (frequency, with a boost for phrases in
    the title), so adding an article to the book never changes another
    article's keywords or its translation catalog.
    """
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for text in texts:
        for phrase in noun_phrases(analyzer.tokenize(text, mode="C")):
            if len(phrase) < 2 or phrase in _GENERIC_NOUNS or phrase.isdigit():
                continue
            counts[phrase] += 1
            first_seen.setdefault(phrase, len(first_seen))
    scored = {
        phrase: round(count * (1.5 if phrase in title else 1.0) * min(len(phrase), 6) ** 0.5, 6)
        for phrase, count in counts.items()
        if count >= 2 or phrase in title
    }
    ranked = sorted(scored, key=lambda p: (-scored[p], first_seen[p]))
    return [(phrase, scored[phrase]) for phrase in ranked[:limit]]
