"""Numbers with units in Japanese text, normalised to a value, a unit and a qualifier.

``600万ドル`` is 6,000,000 USD; ``約9億円`` about 900,000,000 JPY;
``100兆円近く`` under 100 trillion JPY; ``200億ドル(約3,000億円)以上`` is one
figure, at least 20 billion USD, whose parenthesised yen amount is kept as its
:attr:`Figure.conversion` rather than counted as a second claim.

:func:`format_value` prints a figure as a reader says it, in either edition
($6 million, nearly ¥100 trillion, several hundred million dollars; 600万ドル,
100兆円近く, 数億ドル); the value itself stays a number.

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

import math
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
        scale = re.search(r"[万億兆]$", m["high"])
        scaled = parse_number(number + scale.group()) if scale else 0.0
        if scale and not re.search(r"[万億兆]", number) and scaled <= high:
            # 5〜6億ドル: the low end takes the high end's 億 (500–600 million, not 5).
            value = low = scaled
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


# Printing: a figure as a reader says it (¥90 trillion, 90兆円, several weeks,
# 数週間), never as a run of digits. Only the text changes: the value, the unit
# and the range stay as they are for comparisons and the data export.

# The word the source uses -> how each edition says it ({} is the amount).
_WORDS: dict[str, tuple[str, str]] = {
    "約": ("about {}", "約{}"),
    "およそ": ("about {}", "約{}"),
    "おおよそ": ("about {}", "約{}"),
    "推定": ("an estimated {}", "推定{}"),
    "ほぼ": ("nearly {}", "ほぼ{}"),
    "近く": ("nearly {}", "{}近く"),
    "弱": ("just under {}", "{}弱"),
    "未満": ("under {}", "{}未満"),
    "以下": ("under {}", "{}以下"),
    "足らず": ("less than {}", "{}足らず"),
    "以内": ("within {}", "{}以内"),
    "以上": ("more than {}", "{}以上"),
    "を超え": ("over {}", "{}超"),
    "を超す": ("over {}", "{}超"),
    "を上回": ("over {}", "{}超"),
    "超": ("over {}", "{}超"),
    "強": ("just over {}", "{}強"),
    "余り": ("over {}", "{}余り"),
    "あまり": ("over {}", "{}余り"),
    "程度": ("about {}", "約{}"),
    "ほど": ("about {}", "約{}"),
    "前後": ("about {}", "約{}"),
    "くらい": ("about {}", "約{}"),
    "ぐらい": ("about {}", "約{}"),
    "規模": ("about {}", "約{}"),
}
# A qualifier whose word is not in the surface (an editor's correction set it).
_DEFAULT_WORDS = {
    Qualifier.ABOUT: "約",
    Qualifier.UNDER: "未満",
    Qualifier.OVER: "超",
    Qualifier.AT_LEAST: "以上",
}
_PREFIX_WORD = re.compile(r"^(約|およそ|おおよそ|ほぼ|推定)")

# Money: English symbol before or name after the amount, the currency's plural
# for vague amounts, and the Japanese name.
_MONEY_NAMES = {
    "USD": ("$", "", "dollars", "ドル"),
    "JPY": ("¥", "", "yen", "円"),
    "EUR": ("€", "", "euros", "ユーロ"),
    "CNY": ("", " yuan", "yuan", "元"),
}
_SINGULAR = {
    "months": "month",
    "years": "year",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "countries": "country",
    "companies": "company",
    "people": "person",
    "items": "item",
    "points": "point",
    "units": "unit",
    "parameters": "parameter",
}
_EN_WORDS = dict(enumerate("one two three four five six seven eight nine".split(), start=1))


def english_count(n: int) -> str:
    """A count in English running text: one to nine in words, 10 and above in figures."""
    return _EN_WORDS.get(n, f"{n:,}")


_EN_ORDINALS = dict(
    enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), start=1)
)
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_JA_SCALES = ((10**12, "兆"), (10**8, "億"), (10**4, "万"))
# 数… read as "several" at a power of ten: 数億 is "several hundred million".
_EN_SEVERAL = {
    0: "several",
    1: "several dozen",
    2: "several hundred",
    3: "several thousand",
    4: "tens of thousands of",
    5: "several hundred thousand",
    6: "several million",
    7: "tens of millions of",
    8: "several hundred million",
    9: "several billion",
    10: "tens of billions of",
    11: "several hundred billion",
    12: "several trillion",
    13: "tens of trillions of",
    14: "several hundred trillion",
}


def format_value(figure: Figure, language: str = "en") -> str:
    """The figure's normalised value as a reader of ``language`` says it.

    English: $6 million, nearly ¥100 trillion, more than $60 billion, under 1%,
    several hundred million dollars (数億ドル), several weeks, five companies, 12 companies.
    Japanese: 600万ドル, 100兆円近く, 600億ドル以上, 1%以下, 数億ドル, 数週間, 5社.
    """
    if figure.qualifier is Qualifier.SEVERAL:
        return _several_en(figure) if language == "en" else _several_ja(figure)
    # Only an exact figure is a range as written (10〜20年); a bound's range is its reading.
    high = figure.high if figure.qualifier is Qualifier.EXACT else figure.value
    if language == "en":
        text = _quantity_en(figure.value, high, figure.unit)
    else:
        text = _quantity_ja(figure.value, high, figure.unit)
    word = _qualifier_word(figure)
    if word is None:
        return text
    en, ja = _WORDS[word]
    return (en if language == "en" else ja).format(text)


def _qualifier_word(figure: Figure) -> str | None:
    """The source's own word for the figure's qualifier (近く, 以上 ...), if any."""
    if figure.qualifier is Qualifier.EXACT:
        return None
    surface = half_width(figure.surface)
    for word, qualifier in _SUFFIXES:
        if qualifier is figure.qualifier and surface.endswith(word):
            return word
    prefix = _PREFIX_WORD.match(surface)
    if prefix and figure.qualifier is Qualifier.ABOUT:
        return prefix.group()
    return _DEFAULT_WORDS.get(figure.qualifier)


def _decimal(value: float) -> str:
    """17, 5.6, 60,000: commas in thousands, no trailing zeros."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def _en_number(value: float, high: float | None = None) -> str:
    """6 million, 1.2 trillion, 60,000; a range shares its scale: 5–6 million."""
    for scale, word in _EN_SCALES:
        if value >= scale:
            if high is not None and high >= scale and high < scale * 1000:
                return f"{_decimal(value / scale)}–{_decimal(high / scale)} {word}"
            text = f"{_decimal(value / scale)} {word}"
            return f"{text}–{_en_number(high)}" if high is not None else text
    if high is not None:
        return f"{_decimal(value)}–{_en_number(high)}"
    return _decimal(value)


def _quantity_en(value: float, high: float, unit: Unit) -> str:
    upper = high if high != value else None
    if unit.dimension in _MONEY_NAMES:
        symbol, name, _, _ = _MONEY_NAMES[unit.dimension]
        return f"{symbol}{_en_number(value, upper)}{name}"
    if unit == RATIO or unit.code == "percent":
        factor = 100 if unit == RATIO else 1
        return f"{_en_number(value * factor, None if upper is None else upper * factor)}%"
    # Counts and durations: one to nine in words (the house style), 10 and above in figures.
    small = upper is None and value in _EN_ORDINALS and unit.code != "parameters"
    if unit.code == "count:位":
        return f"{_EN_ORDINALS[int(value)] if small else _ordinal(value)} place"
    if unit.en == "times" and value == 1 and upper is None:
        return "once"
    name = _SINGULAR.get(unit.en, unit.en) if value == 1 and upper is None else unit.en
    number = _EN_WORDS[int(value)] if small else _en_number(value, upper)
    return f"{number} {name}"


def _ordinal(value: float) -> str:
    """10th, 21st, 112th (figures; one to nine are words)."""
    n = int(value)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{_decimal(value)}{suffix}" if n == value else _decimal(value)


def _ja_number(value: float) -> str:
    """600万, 90兆, 1兆2000億, 5000, 3.5: 万・億・兆 as Japanese writes them."""
    if value < 10**4 or value != round(value):
        if value >= 10**4:
            for scale, word in _JA_SCALES:
                if value >= scale:
                    return f"{f'{value / scale:.3f}'.rstrip('0').rstrip('.')}{word}"
        return str(int(value)) if value == int(value) else f"{value:.3f}".rstrip("0").rstrip(".")
    rest, parts = int(value), []
    for scale, word in _JA_SCALES:
        count, rest = divmod(rest, scale)
        if count:
            parts.append(f"{count}{word}")
    if rest:
        parts.append(str(rest))
    return "".join(parts)


def _quantity_ja(value: float, high: float, unit: Unit) -> str:
    factor = 100 if unit == RATIO else 1
    number = _ja_number(value * factor)
    if high != value:
        number = f"{number}〜{_ja_number(high * factor)}"
    if unit.dimension in _MONEY_NAMES:
        return f"{number}{_MONEY_NAMES[unit.dimension][3]}"
    return f"{number}{'%' if unit == RATIO else unit.ja}"


def _several_power(figure: Figure) -> int:
    """数億 (low 2×10⁸) -> 8."""
    return max(0, round(math.log10(figure.low / 2))) if figure.low > 0 else 0


def _several_en(figure: Figure) -> str:
    phrase = _EN_SEVERAL.get(_several_power(figure), "several")
    unit = figure.unit
    if unit.dimension in _MONEY_NAMES:
        noun = _MONEY_NAMES[unit.dimension][2]
    elif unit.code == "percent":
        return "a few percent"
    elif unit.en == "times" and unit.code == "times":
        return f"{phrase} times"
    else:
        noun = unit.en
    return f"{phrase} {noun}"


def _several_ja(figure: Figure) -> str:
    power = _several_power(figure)
    big = next(((s, w) for s, w in _JA_SCALES if 10**power >= s), (1, ""))
    small = {10: "十", 100: "百", 1000: "千"}.get(10**power // big[0], "")
    unit = figure.unit
    name = _MONEY_NAMES[unit.dimension][3] if unit.dimension in _MONEY_NAMES else unit.ja
    return f"数{small}{big[1]}{name}"
