"""figures: numbers with units, normalised to a value, a unit and a qualifier."""

import pytest

from newsbook.analyse.figures import Qualifier, find_figures, format_value
from newsbook.book.facts import disagree


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        pytest.param(
            "わずか600万ドルのコスト", "600万ドル", 6_000_000, "USD", "exact", id="man-dollars"
        ),
        pytest.param("約9億円", "約9億円", 900_000_000, "JPY", "about", id="oku-yen-about"),
        pytest.param("90兆円を奪った", "90兆円", 90 * 10**12, "JPY", "exact", id="chou"),
        pytest.param(
            "100兆円近くの市場価値", "100兆円近く", 100 * 10**12, "JPY", "under", id="chikaku"
        ),
        pytest.param(
            "600億ドル以上のAI投資", "600億ドル以上", 6 * 10**10, "USD", "at_least", id="ijou"
        ),
        pytest.param(
            "5,000億ドル規模", "5,000億ドル規模", 5 * 10**11, "USD", "about", id="comma-kibo"
        ),
        pytest.param(
            "１，０００万円", "１，０００万円", 10**7, "JPY", "exact", id="full-width-comma"
        ),
        pytest.param("1兆2000億円", "1兆2000億円", 1.2 * 10**12, "JPY", "exact", id="compound"),
        pytest.param(
            "およそ3.5億ドル", "およそ3.5億ドル", 3.5 * 10**8, "USD", "about", id="decimal"
        ),
        pytest.param("5,000人超", "5,000人超", 5000, "count:人", "over", id="chou-suffix"),
        pytest.param("3%未満", "3%未満", 3, "percent", "under", id="percent-under"),
        pytest.param("株価が17%下落", "17%", 17, "percent", "exact", id="share-move"),
        pytest.param(
            "6710億パラメータ",
            "6710億パラメータ",
            6.71 * 10**11,
            "parameters",
            "exact",
            id="params",
        ),
        pytest.param("スターが5000件を超え", "5000件を超え", 5000, "count:件", "over", id="stars"),
        pytest.param("5日間で", "5日間", 5, "day", "exact", id="days"),
        pytest.param("2か月のトレーニング", "2か月", 2, "month", "exact", id="months"),
        pytest.param("2ヶ月で", "2ヶ月", 2, "month", "exact", id="months-ke"),
        pytest.param("過去3年間で", "3年間", 3, "year", "exact", id="years"),
        pytest.param("創業からまだ2年足らず", "2年足らず", 2, "year", "under", id="tarazu"),
        pytest.param("5つのコードリポジトリ", "5つ", 5, "count:つ", "exact", id="tsu"),
        pytest.param("100分の1以下のコスト", "100分の1以下", 0.01, "ratio", "under", id="fraction"),
    ],
)
def test_figures(text: str, surface: str, value: float, unit: str, qualifier: str):
    (figure,) = find_figures(text)
    assert figure.surface == surface
    assert text[figure.start : figure.end] == surface
    assert figure.value == pytest.approx(value)
    assert (figure.unit.code, figure.qualifier) == (unit, Qualifier(qualifier))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2025年1月27日", id="date"),
        pytest.param("GPT-4やClaude 3.5、Llama 3", id="versions"),
        pytest.param("トップ10に入る", id="no-unit"),
        pytest.param("2月10〜11日", id="day-range"),
    ],
)
def test_not_figures(text: str):
    assert find_figures(text) == ()


def test_several_is_a_range():
    (figure,) = find_figures("数億ドルを費やし")
    assert figure.qualifier is Qualifier.SEVERAL
    assert (figure.low, figure.high) == (2e8, 9e8)


def test_parenthesised_conversion_is_the_same_figure():
    (figure,) = find_figures("200億ドル(約3,000億円)以上を投資")
    assert figure.surface == "200億ドル(約3,000億円)以上"
    assert (figure.value, figure.unit.code, figure.qualifier) == (2e10, "USD", Qualifier.AT_LEAST)
    assert figure.conversion is not None
    assert figure.conversion.surface == "約3,000億円"
    assert (figure.conversion.value, figure.conversion.unit.code) == (3e11, "JPY")


@pytest.mark.parametrize(
    ("text", "english", "japanese"),
    [
        ("600万ドル", "$6 million", "600万ドル"),
        ("90兆円", "¥90 trillion", "90兆円"),
        ("約9億円", "about ¥900 million", "約9億円"),
        ("約92兆円", "about ¥92 trillion", "約92兆円"),
        ("100兆円近く", "nearly ¥100 trillion", "100兆円近く"),
        ("6万ドル以上", "more than $60,000", "6万ドル以上"),
        ("200億ドル(約3,000億円)以上", "more than $20 billion", "200億ドル以上"),
        ("5000億ドル規模", "about $500 billion", "約5000億ドル"),
        ("1兆2000億円", "¥1.2 trillion", "1兆2000億円"),
        ("およそ3.5億ドル", "about $350 million", "約3億5000万ドル"),
        ("10億人民元", "1 billion yuan", "10億元"),
        ("6710億パラメータ", "671 billion parameters", "6710億パラメータ"),
        ("5000件を超え", "over 5,000 items", "5000件超"),
        ("17%下落", "17%", "17%"),
        ("3%未満", "under 3%", "3%未満"),
        ("100分の1以下", "under 1%", "1%以下"),
        ("10分の1", "10%", "10%"),
        ("5日間", "five days", "5日間"),
        ("1か月", "one month", "1か月"),
        ("2ヶ月", "two months", "2か月"),
        ("10~20年", "10–20 years", "10〜20年"),
        ("5〜6億ドル", "$500–600 million", "5億〜6億ドル"),
        ("2年足らず", "less than two years", "2年足らず"),
        ("5社", "five companies", "5社"),
        ("12社", "12 companies", "12社"),
        ("1位", "first place", "1位"),
        ("12位", "12th place", "12位"),
        ("数億ドル", "several hundred million dollars", "数億ドル"),
        ("数億ドル規模", "several hundred million dollars", "数億ドル"),
        ("数千万ドル", "tens of millions of dollars", "数千万ドル"),
        ("数週間", "several weeks", "数週間"),
        ("数十人", "several dozen people", "数十人"),
    ],
)
def test_format_value(text: str, english: str, japanese: str):
    figure = find_figures(text)[0]
    assert (format_value(figure), format_value(figure, "ja")) == (english, japanese)


def test_printing_keeps_the_value_a_number():
    (figure,) = find_figures("90兆円を奪った")
    assert format_value(figure) == "¥90 trillion"
    assert (figure.value, figure.low, figure.high) == (9e13, 9e13, 9e13)


@pytest.mark.parametrize(
    ("a", "b", "factor"),
    [
        pytest.param("600万ドル", "6万ドル以上", 100, id="training-cost-factor-100"),
        pytest.param("600万ドル", "6万ドル", 100, id="exact-factor-100"),
        pytest.param("5億ドル", "数千万ドル", 500 / 20, id="several-tens-of-millions"),
        pytest.param("2か月", "5日間", 12.175, id="durations-in-days"),
        pytest.param("600万ドル(約9億円)", "90億円", 10, id="through-the-conversion"),
    ],
)
def test_disagree_flags(a: str, b: str, factor: float | None):
    result = disagree(find_figures(a)[0], find_figures(b)[0])
    assert result == (pytest.approx(factor) if factor is not None else None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("90兆円", "約92兆円", id="rounding"),
        pytest.param("90兆円", "100兆円近く", id="nearly"),
        pytest.param("約92兆円", "100兆円近く", id="about-and-nearly"),
        pytest.param("5000億ドル規模", "5,000億ドル(約77兆円)", id="same-with-conversion"),
        pytest.param("2か月", "2ヶ月", id="same-duration"),
        pytest.param("2年足らず", "2年", id="under-two-years"),
        pytest.param("数億ドル", "5億ドル以上", id="several-and-at-least"),
        pytest.param("1億ドル", "数千万ドル", id="several-tens-of-millions"),
        pytest.param("600万ドル", "77兆円", id="different-currencies-not-compared"),
    ],
)
def test_disagree_does_not_flag(a: str, b: str):
    assert disagree(find_figures(a)[0], find_figures(b)[0]) is None
