"""metadata: dates, URLs, reading time and source of an article."""

import pytest

from newsbook.analyse.metadata import find_dates, find_source, find_urls, reading_minutes
from newsbook.analyse.structure import recover_structure


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("2025年1月27日、株価が暴落した。", ["2025年1月27日"], id="full-date"),
        pytest.param("2月10〜11日にパリで", ["2月10〜11日"], id="day-range-without-year"),
        pytest.param("2024年初頭:V2を公開", ["2024年初頭"], id="early-in-year"),
        pytest.param("2025年12月上旬、公開された。", ["2025年12月上旬"], id="first-third-of-month"),
        pytest.param("Dominance (2025.01.25). YouTube.", ["2025.01.25"], id="dotted"),
        pytest.param("1月27日と1月27日と2月1日", ["1月27日", "2月1日"], id="duplicates-once"),
        pytest.param("2025年の市場は大きく動いた。", [], id="bare-year-is-not-a-date"),
        pytest.param(
            "今年2月10〜11日にパリで",
            ["2月10〜11日"],
            id="after-kotoshi",
        ),
    ],
)
def test_find_dates(text, dates):
    assert find_dates(text) == dates


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        pytest.param(
            "詳細はhttps://www.deepseek.com/。", ["https://www.deepseek.com/"], id="full-stop"
        ),
        pytest.param("(https://example.com/a)で", ["https://example.com/a"], id="ascii-paren"),
        pytest.param(
            "（https://example.com/a）で", ["https://example.com/a"], id="full-width-paren"
        ),
        pytest.param(
            "GitHub(https://github.com/deepseek-ai)で公開",
            ["https://github.com/deepseek-ai"],
            id="paren-then-kana",
        ),
        pytest.param(
            "https://en.wikipedia.org/wiki/Foo_(bar) を参照",
            ["https://en.wikipedia.org/wiki/Foo_(bar)"],
            id="balanced-paren-kept",
        ),
        pytest.param(
            "https://a.jp/x と http://b.org/y.", ["https://a.jp/x", "http://b.org/y"], id="two"
        ),
        pytest.param("URLはありません。", [], id="none"),
    ],
)
def test_find_urls(text, urls):
    assert find_urls(text) == urls


@pytest.mark.parametrize(
    ("chars", "minutes"),
    [(0, 1), (1, 1), (500, 1), (501, 2), (1000, 2), (1001, 3)],
    ids=lambda value: str(value),
)
def test_reading_minutes_at_500_characters_a_minute(chars, minutes):
    assert reading_minutes(chars) == minutes


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        pytest.param("Source:Fox Business\n", "Fox Business", id="source-line"),
        pytest.param("Reference(s):\nSome title\ncgtn.com\n", "cgtn.com", id="bare-domain"),
        pytest.param("参照:\nhttps://www.deepseek.com/\n", None, id="url-is-not-a-publisher"),
        pytest.param("", None, id="no-references"),
    ],
)
def test_find_source(tail, source):
    structure = recover_structure(f"記事の題名\n本文です。\n続きです。\n{tail}")
    assert find_source(structure) == source
