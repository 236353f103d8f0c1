"""Numbers with units in Japanese text, normalised to a value, a unit and a qualifier.

``600万ドル`` is 6,000,000 USD; ``約9億円`` about 900,000,000 JPY;
``100兆円近く`` under 100 trillion JPY; ``200億ドル(約3,000億円)以上`` is one
figure, at least 20 billion USD, whose parenthesised yen amount is kept as its
:attr:`Figure.conversion` rather than counted as a second claim.

Each figure also carries the range of values it allows (:attr:`Figure.low`,
:attr:`Figure.high`), which is what comparisons use. A bound is read within one
order of magnitude: "over 60 thousand" is 60 thousand to 600 thousand, because
a writer who meant 6 million would have written 6 million.

No library is used: the Japanese number readers on PyPI (e.g. kanjize,
japanese-numbers-python) convert kanji numerals, which news text rarely uses,
and none reads units, 約/近く/以上 or parenthesised conversions. ja-timex's
number normaliser reads durations only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from newsbook.analyse.dates import half_width


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"  # 約, およそ, 程度, 規模
    UNDER = "under"  # 近く, 弱, 未満, 以下, 足らず
    OVER = "over"  # 超, を超え, 強, 余り
    AT_LEAST = "at_least"  # 以上
    SEVERAL = "several"  # 数億: a few hundred million


@dataclass(frozen=True)
class Unit:
    code: str  # USD, JPY, percent, month, count:社, parameters ...
    dimension: str  # what may be compared: JPY with JPY, durations with durations
    factor: float  # to the dimension's base unit (durations: days)
    en: str  # names for pages
    ja: str


_MONEY = {
    "米ドル": Unit("USD", "USD", 1, "USD", "USD"),
    "ドル": Unit("USD", "USD", 1, "USD", "USD"),
    "USD": Unit("USD", "USD", 1, "USD", "USD"),
    "円": Unit("JPY", "JPY", 1, "JPY", "JPY"),
    "人民元": Unit("CNY", "CNY", 1, "CNY", "CNY"),
    "元": Unit("CNY", "CNY", 1, "CNY", "CNY"),
    "ユーロ": Unit("EUR", "EUR", 1, "EUR", "EUR"),
}
_DURATIONS = {
    "か月間": Unit("month", "duration", 30.4375, "months", "か月"),
    "か月": Unit("month", "duration", 30.4375, "months", "か月"),
    "カ月": Unit("month", "duration", 30.4375, "months", "か月"),
    "ヵ月": Unit("month", "duration", 30.4375, "months", "か月"),
    "ヶ月": Unit("month", "duration", 30.4375, "months", "か月"),
    "ケ月": Unit("month", "duration", 30.4375, "months", "か月"),
    "年間": Unit("year", "duration", 365.25, "years", "年"),
    "年": Unit("year", "duration", 365.25, "years", "年"),
    "週間": Unit("week", "duration", 7, "weeks", "週間"),
    "日間": Unit("day", "duration", 1, "days", "日間"),
    "時間": Unit("hour", "duration", 1 / 24, "hours", "時間"),
    "分間": Unit("minute", "duration", 1 / 1440, "minutes", "分"),
}
_OTHER = {
    "%": Unit("percent", "percent", 1, "%", "%"),
    "％": Unit("percent", "percent", 1, "%", "%"),
    "パーセント": Unit("percent", "percent", 1, "%", "%"),
    "パラメーター": Unit("parameters", "parameters", 1, "parameters", "パラメータ"),
    "パラメータ": Unit("parameters", "parameters", 1, "parameters", "パラメータ"),
    "倍": Unit("times", "times", 1, "times", "倍"),
    "カ国": Unit("count:国", "count:国", 1, "countries", "か国"),
    "か国": Unit("count:国", "count:国", 1, "countries", "か国"),
    "ヶ国": Unit("count:国", "count:国", 1, "countries", "か国"),
}
# Counters: the counted thing stays in the unit, so 5社 is never compared with 5人.
_COUNTERS = {
    "社": "companies",
    "人": "people",
    "名": "people",
    "個": "items",
    "つ": "items",
    "件": "items",
    "回": "times",
    "点": "points",
    "本": "items",
    "台": "units",
    "位": "rank",
}
UNITS: dict[str, Unit] = {
    **_MONEY,
    **_DURATIONS,
    **_OTHER,
    **{c: Unit(f"count:{c}", f"count:{c}", 1, en, c) for c, en in _COUNTERS.items()},
}
RATIO = Unit("ratio", "ratio", 1, "ratio", "比")

_MULTIPLIERS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 1兆2000億, 3,000億, 600万, 17, 1.5兆, 数億, 数十万
_NUMBER = rf"(?:(?:{_DIGITS})[兆億万]?)+|数[十百千]?[兆億万]?"
_RANGE_SEP = "[〜~～–]"
_UNIT_ALTERNATION = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![\d.,A-Za-z\-])(?P<number>{_NUMBER})"
    rf"(?:{_RANGE_SEP}(?P<high>{_NUMBER}))?"
    rf"\s?(?P<unit>{_UNIT_ALTERNATION})"
)
_PARENTHESES = re.compile(r"[(（][^()（）]{1,30}[)）]")
_FRACTION = re.compile(r"(?<![\d.])(?P<den>\d+)分の(?P<num>\d+)")
_PREFIX = re.compile(r"(?:約|およそ|おおよそ|ほぼ|推定)\s?$")
_SUFFIXES: tuple[tuple[str, Qualifier], ...] = (
    ("近く", Qualifier.UNDER),
    ("弱", Qualifier.UNDER),
    ("未満", Qualifier.UNDER),
    ("以下", Qualifier.UNDER),
    ("足らず", Qualifier.UNDER),
    ("以内", Qualifier.UNDER),
    ("以上", Qualifier.AT_LEAST),
    ("を超え", Qualifier.OVER),
    ("を超す", Qualifier.OVER),
    ("を上回", Qualifier.OVER),
    ("超", Qualifier.OVER),
    ("強", Qualifier.OVER),
    ("余り", Qualifier.OVER),
    ("あまり", Qualifier.OVER),
    ("程度", Qualifier.ABOUT),
    ("ほど", Qualifier.ABOUT),
    ("前後", Qualifier.ABOUT),
    ("くらい", Qualifier.ABOUT),
    ("ぐらい", Qualifier.ABOUT),
    ("規模", Qualifier.ABOUT),
)
#: How far a bound reaches: "at least X" means X up to ten times X.
BOUND_REACH = 10.0


@dataclass(frozen=True)
class Figure:
    start: int  # span of ``surface`` (qualifiers and a conversion included)
    end: int
    surface: str
    value: float  # as written: 600万ドル -> 6000000
    unit: Unit
    qualifier: Qualifier
    low: float  # the range of values the expression allows
    high: float
    conversion: Figure | None = None  # 200億ドル(約3,000億円): the yen figure

    def base_range(self) -> tuple[float, float]:
        """:attr:`low`/:attr:`high` in the dimension's base unit (days for durations)."""
        return self.low * self.unit.factor, self.high * self.unit.factor


def parse_number(text: str) -> float:
    """3,000億 -> 3e11, 1兆2000億 -> 1.2e12, 600万 -> 6e6 (half-width digits)."""
    total = 0.0
    for digits, mult in re.findall(rf"({_DIGITS})([兆億万]?)", text):
        total += float(digits.replace(",", "")) * _MULTIPLIERS.get(mult, 1)
    return total


def _several(text: str) -> tuple[float, float]:
    """数億 -> (2e8, 9e8): "several" is two to nine of the unit."""
    scale = {"": 1, "十": 10, "百": 100, "千": 1000}[text[1:2] if text[1:2] in "十百千" else ""]
    scale *= _MULTIPLIERS.get(text[-1], 1)
    return 2.0 * scale, 9.0 * scale


def _range(value: float, qualifier: Qualifier) -> tuple[float, float]:
    if qualifier is Qualifier.UNDER:
        return value / BOUND_REACH, value
    if qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        return value, value * BOUND_REACH
    return value, value


def _suffix(norm: str, pos: int) -> tuple[Qualifier | None, int]:
    for word, qualifier in _SUFFIXES:
        if norm.startswith(word, pos):
            return qualifier, pos + len(word)
    return None, pos


def _is_date_or_year(norm: str, m: re.Match[str]) -> bool:
    """2025年 is a year, not a duration of 2025 years; 10日 (no 間) is a day of the month."""
    unit = m["unit"]
    if unit == "年":
        number = m["number"]
        after = norm[m.end() : m.end() + 1]
        return (
            len(number) == 4
            or after in ("度", "代")
            or norm[m.start() - 2 : m.start()]
            in (
                "令和",
                "平成",
            )
        )
    return False


def find_figures(text: str) -> tuple[Figure, ...]:
    """Figures in order of appearance; a parenthesised conversion is folded into its figure."""
    norm = half_width(text)
    found: list[Figure] = []
    pos = 0
    while True:
        m = _FIGURE.search(norm, pos)
        fraction = _FRACTION.search(norm, pos)
        if fraction and (m is None or fraction.start() < m.start()):
            found.append(_fraction(text, norm, fraction))
            pos = found[-1].end
            continue
        if m is None:
            return tuple(found)
        if _is_date_or_year(norm, m):
            pos = m.end()
            continue
        figure = _figure(text, norm, m)
        found.append(figure)
        pos = figure.end


def _figure(text: str, norm: str, m: re.Match[str]) -> Figure:
    unit = UNITS[m["unit"]]
    start, end = m.start(), m.end()
    qualifier = Qualifier.EXACT
    prefix = _PREFIX.search(norm, max(0, start - 6), start)
    if prefix:
        qualifier, start = Qualifier.ABOUT, prefix.start()
    number = m["number"]
    if number.startswith("数"):
        value = 0.0
        low, high = _several(number)
        qualifier = Qualifier.SEVERAL
    else:
        value = parse_number(number)
        low = high = value
    if m["high"] and not m["high"].startswith("数"):
        high = parse_number(m["high"])
    conversion = None
    if unit.dimension in ("USD", "JPY", "CNY", "EUR") and norm[end : end + 1] in "(（":
        inner = _PARENTHESES.match(norm, end)
        converted = _FIGURE.search(norm, end + 1, inner.end() - 1) if inner else None
        if inner and converted and UNITS[converted["unit"]].dimension != unit.dimension:
            conversion = _figure(text, norm, converted)
            end = inner.end()
    suffix, suffix_end = _suffix(norm, end)
    if suffix is not None:
        end = suffix_end
        # 約…以上 is "at least"; 数億ドル規模 stays "several".
        if qualifier is Qualifier.EXACT or (
            qualifier is Qualifier.ABOUT and suffix is not qualifier
        ):
            qualifier = suffix
    if qualifier is not Qualifier.SEVERAL and not m["high"]:
        low, high = _range(value, qualifier)
    return Figure(start, end, text[start:end], value, unit, qualifier, low, high, conversion)


def _fraction(text: str, norm: str, m: re.Match[str]) -> Figure:
    value = int(m["num"]) / int(m["den"])
    suffix, end = _suffix(norm, m.end())
    qualifier = suffix or Qualifier.EXACT
    low, high = _range(value, qualifier)
    return Figure(m.start(), end, text[m.start() : end], value, RATIO, qualifier, low, high)


_QUALIFIER_WORDS = {
    "en": {
        Qualifier.EXACT: ("", ""),
        Qualifier.ABOUT: ("about ", ""),
        Qualifier.UNDER: ("under ", ""),
        Qualifier.OVER: ("over ", ""),
        Qualifier.AT_LEAST: ("at least ", ""),
    },
    "ja": {
        Qualifier.EXACT: ("", ""),
        Qualifier.ABOUT: ("約", ""),
        Qualifier.UNDER: ("", "未満"),
        Qualifier.OVER: ("", "超"),
        Qualifier.AT_LEAST: ("", "以上"),
    },
}


def format_value(figure: Figure, language: str = "en") -> str:
    """The normalised value for a table: 6,000,000 USD; under 100,000,000,000,000 JPY
    (``ja``: 100,000,000,000,000 JPY未満); 200,000,000–900,000,000 USD for 数億ドル."""
    unit = figure.unit.en if language == "en" else figure.unit.ja
    # 17%, 5,000件, 2か月: no space, except before a Latin unit name.
    space = " " if unit[0].isascii() and unit.isalpha() else ""
    if figure.qualifier is Qualifier.SEVERAL:
        return f"{_number(figure.low)}–{_number(figure.high)}{space}{unit}"
    text = _number(figure.value)
    if figure.high != figure.low and figure.qualifier is Qualifier.EXACT:
        text = f"{text}–{_number(figure.high)}"
    before, after = _QUALIFIER_WORDS[language][figure.qualifier]
    return f"{before}{text}{space}{unit}{after}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.4g}"
