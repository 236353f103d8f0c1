"""Where the book finds its names and terms: the longest spelling at each place
wins, and a Latin spelling counts only as a whole word."""

from __future__ import annotations

import pytest

from newsbook.book.mentions import spelling_pattern

SPELLINGS = ["DeepSeek", "DeepSeek R1", "R1", "梁文峰", "梁", "震度", "震度速報"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DeepSeek R1を公開した。", ["DeepSeek R1"]),  # the longer name, not DeepSeek
        ("DeepSeek R10を公開した。", ["DeepSeek"]),  # R10 is not R1
        ("HR1とR1は別物だ。", ["R1"]),  # R1 inside HR1 is no mention
        ("梁文峰氏と梁氏", ["梁文峰", "梁"]),
        ("震度速報では震度6強だった。", ["震度速報", "震度"]),
        ("DeepSeek", ["DeepSeek"]),
    ],
)
def test_the_longest_spelling_at_each_place_is_found(text: str, found: list[str]) -> None:
    pattern = spelling_pattern(SPELLINGS)
    assert pattern is not None
    assert [m.group() for m in pattern.finditer(text)] == found


def test_no_spelling_finds_nothing() -> None:
    assert spelling_pattern([]) is None
