"""Whole-book stage: the front page's key points across all articles.

Candidates are the articles' own summary sentences. Two candidates from
different articles that say the same thing become one point that cites every
article telling it, shown in the words of the article that comes first.
"The same thing" is the same fact: the two sentences share a name and a number
or date, and the TF-IDF cosine similarity of their SudachiPy content words is
at or above ``SAME_POINT``, with document frequencies counted over every
sentence of the book, so that words every article uses (DeepSeek, AI) weigh
little and the words of the fact itself (低コスト, 高性能) weigh much. Shared
vocabulary alone (a launch, a test, a nuclear test) merges nothing. A
candidate joins the point whose first sentence it is most similar to.
Points told by more articles come first; then each article's first point
before any article's second, so that every article is heard on the front page.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsbook.analyse.dates import find_dates
from newsbook.analyse.features import paragraph_word_spread
from newsbook.analyse.figures import find_figures
from newsbook.analyse.summarize import content_words, proper_names
from newsbook.book.glossary import Quote
from newsbook.core.model import Article, Sentence

SAME_POINT = 0.3
MAX_POINTS = 8
#: A larger book tells more stories: one point per three articles, up to this many.
MOST_POINTS = 20
# A word that begins more points than this (DeepSeek, AI in a large book) is
# not followed to find a candidate's point: it weighs little, and following it
# would compare each candidate with nearly every point (the square of the book).
# Books with fewer points than this compare exactly as before.
MAX_POINTS_PER_WORD = 200


@dataclass(frozen=True)
class KeyPoint:
    quote: Quote  # the sentence shown
    cited_by: tuple[Quote, ...]  # every article sentence telling it, the shown one first

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.article_id for q in self.cited_by))


def key_points(
    articles: Sequence[Article], boilerplate: frozenset[str], limit: int | None = None
) -> tuple[KeyPoint, ...]:
    if limit is None:
        limit = min(MOST_POINTS, max(MAX_POINTS, len(articles) // 3))
    document_frequency: Counter[str] = Counter()
    sentence_count = 0
    for article in articles:
        spread = article.paragraph_words or paragraph_word_spread(article.sentences)
        sentence_count += spread.sentences
        document_frequency.update(spread.words)
    # A sentence several articles print word for word (``boilerplate``) is a
    # site's list of related reports, not a point of the book.
    summaries = [(a, rank, s) for a in articles for rank, s in enumerate(a.summary)]
    summaries = [(a, rank, s) for a, rank, s in summaries if s.text not in boilerplate]
    candidates = [Quote(a.id, s) for a, _, s in summaries]
    # 0 for an article's first summary sentence, 1 for its second, ...
    rank_in_article = [rank for _, rank, _ in summaries]
    vectors = [
        _tfidf(Counter(_words(q.sentence)), document_frequency, sentence_count) for q in candidates
    ]
    norms = [_norm(vector) for vector in vectors]
    anchors = [_anchors(q.sentence) for q in candidates]
    groups: list[list[int]] = []
    group_articles: list[set[str]] = []
    # word -> groups whose first sentence has it: a group sharing no word with
    # a candidate has similarity 0 and cannot take it, so it is not compared
    # (comparing every candidate with every group grew with the square of the book).
    groups_with: dict[str, list[int]] = {}
    for i, vector in enumerate(vectors):
        best, best_similarity = None, SAME_POINT
        sharing = sorted(
            {
                g
                for word in vector
                if len(groups_with.get(word, ())) <= MAX_POINTS_PER_WORD
                for g in groups_with.get(word, ())
            }
        )
        for g in sharing:
            if candidates[i].article_id in group_articles[g]:
                continue
            leader = groups[g][0]
            if not _same_fact(anchors[i], anchors[leader]):
                continue
            similarity = round(_cosine(vector, vectors[leader], norms[i] * norms[leader]), 9)
            if similarity >= best_similarity:
                best, best_similarity = g, similarity
        if best is None:
            for word in vector:
                groups_with.setdefault(word, []).append(len(groups))
            groups.append([i])
            group_articles.append({candidates[i].article_id})
        else:
            groups[best].append(i)
            group_articles[best].add(candidates[i].article_id)
    points = [
        KeyPoint(candidates[members[0]], tuple(candidates[m] for m in members))
        for members in groups
    ]
    order = sorted(
        range(len(points)),
        key=lambda p: (-len(points[p].article_ids), rank_in_article[groups[p][0]], p),
    )
    return tuple(points[p] for p in order[:limit])


@dataclass(frozen=True)
class _Anchors:
    names: frozenset[str]  # proper nouns and Latin words
    numbers: frozenset[str]  # its dates and its figures (value and unit)


def _anchors(sentence: Sentence) -> _Anchors:
    names = proper_names(sentence.tokens_c) - _TIME_ZONES  # (UTC + 9) names nothing
    text = sentence.text
    facts = {m.value.key for m in find_dates(text) if m.value is not None}
    facts |= {f"{f.value:g} {f.unit.code}" for f in find_figures(text)}
    return _Anchors(frozenset(names), frozenset(facts))


def _same_fact(a: _Anchors, b: _Anchors) -> bool:
    """Two sentences report the same fact when they share a name and a number or
    date (創業わずか2年 and 創業からまだ2年足らず), not merely vocabulary."""
    return bool(a.names & b.names) and bool(a.numbers & b.numbers)


_TIME_ZONES = frozenset({"UTC", "JST", "GMT"})


def _words(sentence: Sentence) -> list[str]:
    return content_words(sentence.tokens_a)


def _tfidf(bag: Counter[str], df: Counter[str], n: int) -> dict[str, float]:
    return {w: tf * math.log((n + 1) / (df[w] + 1)) for w, tf in bag.items()}


def _norm(a: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in a.values()))


def _cosine(a: dict[str, float], b: dict[str, float], norm: float) -> float:
    """``norm``: the product of both vectors' norms (computed once per vector)."""
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    return dot / norm if norm else 0.0
