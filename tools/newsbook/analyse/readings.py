"""An article's dates and figures, read once when the article is analysed.

A sentence's dates depend on its article alone (a year the text leaves out
comes from the article's dateline, or from its source lines), and so do its
figures. They are read here, in the analysis that the cache keeps, so that the
whole-book stage does not scan every sentence of the book for them on every
build (:func:`newsbook.book.facts.collect_facts`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from newsbook.analyse.dates import (
    DateMention,
    is_source_line,
    read_article_dates,
    source_line_date,
)
from newsbook.analyse.features import states_nothing
from newsbook.analyse.figures import Figure, find_figures
from newsbook.analyse.names import event_words
from newsbook.core.model import Article, Sentence, SentenceKind

#: Contents entries repeat headings and references name documents: no dates, no figures.
_NOT_READ = (SentenceKind.CONTENTS, SentenceKind.REFERENCE)


@dataclass(frozen=True)
class ArticleReadings:
    """One entry per sentence of :func:`fact_sentences`, in order."""

    sources: tuple[bool, ...]  # a source line: it dates the report, not an event
    dates: tuple[tuple[DateMention, ...], ...]
    figures: tuple[tuple[Figure, ...], ...]
    # In how many of these sentences each event word occurs: the book sums
    # them to tell an event's distinctive words from common ones.
    event_words: Mapping[str, int]


def fact_sentences(article: Article) -> list[tuple[int, Sentence]]:
    """(index in the article, sentence) of the sentences that may state a fact."""
    return [(i, s) for i, s in enumerate(article.sentences) if s.kind not in _NOT_READ]


def read_article(article: Article) -> ArticleReadings:
    read = fact_sentences(article)
    texts = [sentence.text for _, sentence in read]
    sources = [is_source_line(text) for text in texts]
    published = (source_line_date(t) for t, source in zip(texts, sources, strict=True) if source)
    dateline = article.metadata.published or next((d for d in published if d), None)
    # Headlines run together (a site's box of links) and the site's own words
    # state no fact of this article.
    stated = [not states_nothing(text) for text in texts]
    dates = read_article_dates(
        [text if keep else "" for text, keep in zip(texts, stated, strict=True)], dateline
    )
    return ArticleReadings(
        tuple(sources),
        tuple(dates),
        tuple(find_figures(text) if keep else () for text, keep in zip(texts, stated, strict=True)),
        dict(Counter(word for _, sentence in read for word in sentence_event_words(sentence))),
    )


def sentence_event_words(sentence: Sentence) -> frozenset[str]:
    """The sentence's event words, as its analysis found them (or read now)."""
    words = sentence.event_words
    return event_words(sentence) if words is None else words
