"""Stage 4: extractive summary and keywords over SudachiPy tokens.

The summary is LexRank (Erkan & Radev 2004): sentences are nodes, edges are
TF-IDF cosine similarities of their content words, and a sentence is central
when similar sentences are central. A mild lead prior in the random-walk
restart vector reflects that news puts the point first. Sentences come back
in document order, as every summarizer in sumy does.

Written here rather than taken from sumy: sumy's tokenizers need nltk data
and its LexRank has no restart prior; ours is fifty lines over the tokens the
rest of the pipeline already has.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .japanese import JapaneseAnalyzer, Token

SIMILARITY_THRESHOLD = 0.1
DAMPING = 0.85
LEAD_PRIOR_DECAY = 0.5  # restart weight of sentence i is 1 / (i + 1) ** decay
REDUNDANCY_LIMIT = 0.5  # skip a sentence this similar to one already chosen
MIN_SENTENCE_CHARS = 15
# LexRank compares every pair of sentences: a 10 MB article would take hours.
# The summary is chosen from the opening sentences, where news puts its point.
MAX_CANDIDATES = 200
MAX_KEYWORDS = 8
# Keywords are counted in the article's opening characters: a news article is
# far shorter, and a 10 MB one would spend most of its conversion here.
MAX_KEYWORD_CHARS = 200_000

# Nouns too general to tell one article from another.
_GENERIC_NOUNS = frozenset(
    "こと もの ため よう これ それ ところ 同社 今回 現在 一方 場合 以下 以上 ほか 自社 今後 "
    "時点 とき 年 月 日 点 中 間 前 後 方 数 等 的".split()
)
# Honorific and plural suffixes end a name rather than belong to it (梁文峰氏).
_NAME_SUFFIXES = frozenset("氏 さん 様 君 ら 達 たち 等".split())


def content_words(tokens: Sequence[Token]) -> list[str]:
    return [t.normalized for t in tokens if t.is_content_word and t.surface.strip()]


def summary_indices(sentences: Sequence[str], analyzer: JapaneseAnalyzer, count: int) -> list[int]:
    """Indices of the ``count`` most central sentences, in document order
    (among the first ``MAX_CANDIDATES``)."""
    sentences = sentences[:MAX_CANDIDATES]
    if not sentences:
        return []
    bags = [Counter(content_words(analyzer.tokenize(s, mode="A"))) for s in sentences]
    vectors = _tfidf(bags)
    n = len(sentences)
    similarity = [[_cosine(vectors[i], vectors[j]) for j in range(n)] for i in range(n)]
    scores = _lexrank(similarity)
    eligible = [i for i in range(n) if len(sentences[i]) >= MIN_SENTENCE_CHARS] or list(range(n))
    # Round before ranking so that float noise cannot reorder ties across machines.
    ranked = sorted(eligible, key=lambda i: (-round(scores[i], 9), i))
    chosen: list[int] = []
    for i in ranked:
        if len(chosen) == count:
            break
        if all(similarity[i][j] < REDUNDANCY_LIMIT for j in chosen):
            chosen.append(i)
    return sorted(chosen)


def summary_length(sentence_count: int) -> int:
    """Three sentences for a full article, fewer for a short one."""
    return max(1, min(3, sentence_count // 5))


def _tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    return [{w: tf * (math.log(n / df[w]) + 1.0) for w, tf in bag.items()} for bag in bags]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _lexrank(similarity: list[list[float]], iterations: int = 100) -> list[float]:
    n = len(similarity)
    prior = [1.0 / (i + 1) ** LEAD_PRIOR_DECAY for i in range(n)]
    total = sum(prior)
    prior = [p / total for p in prior]
    weights = [
        [s if s >= SIMILARITY_THRESHOLD and i != j else 0.0 for j, s in enumerate(row)]
        for i, row in enumerate(similarity)
    ]
    row_sums = [sum(row) for row in weights]
    scores = prior[:]
    for _ in range(iterations):
        updated = [(1 - DAMPING) * prior[j] for j in range(n)]
        for i in range(n):
            if row_sums[i]:
                share = DAMPING * scores[i] / row_sums[i]
                for j, w in enumerate(weights[i]):
                    if w:
                        updated[j] += share * w
            else:  # a sentence like no other hands its weight back to the prior
                for j in range(n):
                    updated[j] += DAMPING * scores[i] * prior[j]
        delta = sum(abs(a - b) for a, b in zip(updated, scores, strict=True))
        scores = updated
        if delta < 1e-10:
            break
    return scores


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
    budget = MAX_KEYWORD_CHARS
    for text in texts:
        if budget <= 0:
            break
        text = text[:budget]
        budget -= len(text)
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
