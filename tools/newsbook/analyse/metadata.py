"""Stage 3: facts about an article that a reader sees in its metadata block."""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from newsbook.analyse.overrides import Overrides
from newsbook.core.model import ArticleStructure, Block, Line, Metadata

#: Characters per minute for Japanese prose; common estimates range 400-600.
READING_CHARS_PER_MINUTE = 500

URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%()]+")
_URL_TRAILING = ".,;:!?'"

_RANGE = r"(?:[〜~～\-–]\d{1,2})?"
DATE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}" + _RANGE + r"日"
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{4}年\d{1,2}月(?:上旬|中旬|下旬|初め|末)?"
    r"|(?<!\d)\d{1,2}月\d{1,2}" + _RANGE + r"日"
    r"|\d{4}年(?:初頭|初め|前半|後半|末)"
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_SOURCE_LABELS = ("source", "sources", "出典", "出所")


def find_urls(text: str) -> list[str]:
    """URLs in order of appearance, without trailing punctuation or an unmatched ')'."""
    found: list[str] = []
    for match in URL.finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        while url.endswith(")") and url.count("(") < url.count(")"):
            url = url[:-1].rstrip(_URL_TRAILING)
        found.append(url)
    return found


def find_dates(text: str) -> list[str]:
    """Dates as written (2025年1月27日, 2月10〜11日, 2024年初頭 ...), unique, in order."""
    return list(dict.fromkeys(m.group() for m in DATE.finditer(text)))


def find_source(structure: ArticleStructure) -> str | None:
    """The publisher named by a "Source:" line, or a bare domain in the references."""
    refs = structure.references
    if refs is None or not refs.items:
        return None
    if refs.heading.lower() in _SOURCE_LABELS:
        first = refs.items[0].text
        return (urlsplit(first).hostname or first) if URL.match(first) else first
    domains = [item.text for item in refs.items if _DOMAIN.match(item.text)]
    return domains[0] if domains else None


def count_chars(lines: list[Line]) -> int:
    """Characters a reader reads: everything but whitespace."""
    return sum(len("".join(line.text.split())) for line in lines)


def reading_minutes(char_count: int) -> int:
    return max(1, math.ceil(char_count / READING_CHARS_PER_MINUTE))


def all_lines(structure: ArticleStructure) -> list[Line]:
    """Every line of the article that survived structure recovery, in order."""
    refs = structure.references
    return [
        *([structure.title] if structure.title else []),
        *structure.byline,
        *(line for block in structure.blocks for line in _block_lines(block)),
        *((refs.label, *refs.items) if refs else ()),
    ]


def article_metadata(
    structure: ArticleStructure,
    overrides: Overrides,
    generated_title: str | None,
    found_urls: tuple[str, ...],
) -> Metadata:
    """The metadata box: the editor's overrides first, then what the text says;
    ``generated_title`` (made by the summarizer) when the article has no title."""
    if overrides.title:
        title, origin = overrides.title, "override"
    elif structure.title:
        title, origin = structure.title.text, "text"
    else:
        title, origin = generated_title or "", "generated"
    lines = all_lines(structure)
    char_count = count_chars(lines)
    return Metadata(
        title=title,
        title_origin=origin,
        source=overrides.source or find_source(structure),
        author=overrides.author or structure.author,
        published=overrides.date,
        urls=overrides.urls if overrides.urls is not None else found_urls,
        dates=tuple(find_dates("\n".join(line.text for line in lines))),
        char_count=char_count,
        reading_minutes=reading_minutes(char_count),
    )


def _block_lines(block: Block) -> tuple[Line, ...]:
    return (block.label, *block.lines) if block.label else block.lines
