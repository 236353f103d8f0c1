"""Whole-book stage: for each article, the others that share the most entities and terms.

An inverted index (item -> articles that mention it) gives each article's
neighbours without comparing all pairs. A shared item weighs its inverse
document frequency, log(N / df): a name every article mentions (DeepSeek in
this book) ties nobody to anybody in particular.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MAX_RELATED = 3
# An item more articles than this mention ties nobody to anybody in particular,
# and following it would compare each of them with all the others: the work
# would grow with the square of the book (hours at 10,000 articles).
MAX_HOLDERS = 100
MAX_SHARED_SHOWN = 6


@dataclass(frozen=True)
class Relation:
    article_id: str  # the related article
    score: float
    shared: tuple[str, ...]  # item keys, most telling first


def related_articles(
    article_ids: Sequence[str], items: Mapping[str, Sequence[str]]
) -> dict[str, tuple[Relation, ...]]:
    """``items`` maps an item key (entity id, term name) to the articles that mention it."""
    n = len(article_ids)
    postings: dict[str, list[str]] = defaultdict(list)  # article -> its items
    for key in sorted(items):
        for article_id in dict.fromkeys(items[key]):
            postings[article_id].append(key)
    idf = {key: math.log(n / len(set(ids))) for key, ids in items.items() if ids}
    holders = {key: list(dict.fromkeys(ids)) for key, ids in items.items()}
    result: dict[str, tuple[Relation, ...]] = {}
    for article_id in article_ids:
        scores: dict[str, float] = defaultdict(float)
        shared: dict[str, list[str]] = defaultdict(list)
        for key in postings.get(article_id, []):
            if idf[key] <= 0 or len(holders[key]) > MAX_HOLDERS:
                continue
            for other in holders[key]:
                if other != article_id:
                    scores[other] += idf[key]
                    shared[other].append(key)
        # Round so that float noise cannot reorder ties across machines.
        # nsmallest is sorted()[:n] without sorting every other article.
        ranked = heapq.nsmallest(MAX_RELATED, scores, key=lambda o: (-round(scores[o], 9), o))
        result[article_id] = tuple(
            Relation(
                other,
                round(scores[other], 6),
                tuple(
                    sorted(shared[other], key=lambda k: (-round(idf[k], 9), k))[:MAX_SHARED_SHOWN]
                ),
            )
            for other in ranked
        )
    return result
