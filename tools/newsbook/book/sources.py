"""Whole-book stage: every publisher and reference URL, with the articles that cite them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsbook.core.model import Article


@dataclass(frozen=True)
class Source:
    text: str  # a publisher's name or a URL
    article_ids: tuple[str, ...]


def is_web_link(url: str) -> bool:
    """Only http and https become links: a ``javascript:`` URL stays text."""
    return url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Sources:
    publishers: tuple[Source, ...]
    urls: tuple[Source, ...]


def collect_sources(articles: Sequence[Article]) -> Sources:
    publishers: dict[str, list[str]] = {}
    urls: dict[str, list[str]] = {}
    for article in articles:
        if article.metadata.source:
            publishers.setdefault(article.metadata.source, []).append(article.id)
        for url in article.metadata.urls:
            urls.setdefault(url, []).append(article.id)
    return Sources(
        publishers=tuple(
            Source(name, tuple(dict.fromkeys(ids))) for name, ids in sorted(publishers.items())
        ),
        urls=tuple(Source(url, tuple(dict.fromkeys(ids))) for url, ids in sorted(urls.items())),
    )
