"""Date expressions in Japanese text, read as vague dates that stay vague.

``2024年末`` is "late 2024", never 2024-12-31: a :class:`FuzzyDate` keeps the
precision the text gives (day, day range, part of a month, month, part of a
year, year) and only turns it into a span of days to sort and compare.

Why not a library: ja-timex (the one Japanese temporal tagger on PyPI) was
tried. Its last release is 0.2.8 (November 2023) and it pins the pre-release
``pendulum==3.0.0b1`` exactly, which any other package needing pendulum would
conflict with. On our articles it also reads too little: ``2月10〜11日``
comes back as three tags (``2月``, ``10``, ``11日``), ``2025年12月上旬`` as
``2025-12-XX`` (上旬 lost), ``前年末`` as a one-year duration (末 lost), and it
resolves nothing against the article's own years. Repairing its output would
take more code than the small grammar below, which covers what news text uses:

- ``2025年1月20日``, ``1月27日``, ``2月10〜11日``, ``2月10日〜3月1日``,
  ``2025.01.25``, ``2025/1/25``, ``2025-01-25``, ``令和7年``;
- ``12月上旬`` / ``中旬`` / ``下旬`` / ``初め`` / ``半ば`` / ``末`` (part of a month);
- ``2024年初頭`` / ``初め`` / ``前半`` / ``後半`` / ``末`` (part of a year), ``2019年``;
- relative words: ``今年``, ``昨年``, ``前年``, ``来年``, ``同年``, ``先月``, ``同日`` ...;
- a day alone (``5日``), as datelines write it: a day of the report's month;
- full-width digits. Durations (``5日間``, ``2か月``) and festivals (``春節``)
  are not dates. Kanji numerals (``一月``) are not read.

A year the text leaves out is taken from the article. Its "now" is the year
of its publication date, else the latest year it names; ``今年``/``昨年``/``前年``
count from it. A month or day without a year gets the year of the last
month-precise date before it in the article (``1月29日`` after
``2025年1月27日``), else the "now". Such dates are marked ``inferred``.
Relative words inside quotation marks (「今年いちばんの…」) speak from the
quoted time and are left unresolved.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

# One character for one character, so spans in the normalised text are spans
# in the original.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．／－，", "0123456789./-,")


_FULL_WIDTH = re.compile("[０-９．／－，]")


def half_width(text: str) -> str:
    # Most text has no full-width digit: looking costs far less than translating.
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


class Precision(StrEnum):
    DAY = "day"
    DAY_RANGE = "day_range"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"


class Part(StrEnum):
    """Part of a month (上旬 中旬 下旬) or of a year (初頭 前半 後半 末)."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    FIRST_HALF = "h1"
    SECOND_HALF = "h2"


# Month parts: first, middle and last ten days (the Japanese 旬).
_MONTH_PARTS = {
    "上旬": Part.EARLY,
    "初旬": Part.EARLY,
    "初め": Part.EARLY,
    "初頭": Part.EARLY,
    "中旬": Part.MID,
    "半ば": Part.MID,
    "下旬": Part.LATE,
    "末": Part.LATE,
}
_YEAR_PARTS = {
    "初頭": Part.EARLY,
    "初め": Part.EARLY,
    "年初": Part.EARLY,
    "前半": Part.FIRST_HALF,
    "上半期": Part.FIRST_HALF,
    "後半": Part.SECOND_HALF,
    "下半期": Part.SECOND_HALF,
    "年末": Part.LATE,
    "末": Part.LATE,
}
# Months each year part covers: "early" is the first quarter, "late" the last.
_YEAR_PART_MONTHS = {
    Part.EARLY: (1, 3),
    Part.FIRST_HALF: (1, 6),
    Part.SECOND_HALF: (7, 12),
    Part.LATE: (10, 12),
}
_MONTH_PART_DAYS = {Part.EARLY: (1, 10), Part.MID: (11, 20), Part.LATE: (21, 31)}
_EN_MONTHS = tuple(calendar.month_name)
_EN_PARTS = {
    Part.EARLY: "early ",
    Part.MID: "mid-",
    Part.LATE: "late ",
    Part.FIRST_HALF: "first half of ",
    Part.SECOND_HALF: "second half of ",
}
_JA_YEAR_PARTS = {
    Part.EARLY: "初頭",
    Part.FIRST_HALF: "前半",
    Part.SECOND_HALF: "後半",
    Part.LATE: "末",
}
_JA_MONTH_PARTS = {Part.EARLY: "上旬", Part.MID: "中旬", Part.LATE: "下旬"}
# Any year, for month-day arithmetic when the year is unknown (a leap year,
# so 29 February fits).
_ANY_YEAR = 2000


@dataclass(frozen=True, order=False)
class FuzzyDate:
    """A date as precise as the text: 2025-01-20, 2025-02-10/11, late 2024 ...

    ``year`` is None when neither the text nor its article gives one.
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None  # day ranges: last day (month defaults to ``month``)
    end_day: int | None = None
    part: Part | None = None

    @property
    def precision(self) -> Precision:
        if self.end_day is not None:
            return Precision.DAY_RANGE
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.PART_OF_MONTH if self.part else Precision.MONTH
        return Precision.PART_OF_YEAR if self.part else Precision.YEAR

    def span(self, year: int | None = None) -> tuple[datetime.date, datetime.date]:
        """First and last day the date may mean (``year`` stands in for an unknown one)."""
        y = self.year if self.year is not None else (year or _ANY_YEAR)
        if self.month is None:
            first_month, last_month = _YEAR_PART_MONTHS.get(self.part, (1, 12))  # type: ignore[arg-type]
            return datetime.date(y, first_month, 1), _month_end(y, last_month)
        if self.day is None:
            if self.part is None:
                return datetime.date(y, self.month, 1), _month_end(y, self.month)
            first, last = _MONTH_PART_DAYS[self.part]
            end = _month_end(y, self.month)
            return datetime.date(y, self.month, first), end.replace(day=min(last, end.day))
        start = datetime.date(y, self.month, self.day)
        if self.end_day is None:
            return start, start
        end_month = self.end_month or self.month
        end_year = y + 1 if end_month < self.month else y
        return start, datetime.date(end_year, end_month, self.end_day)

    def sort_key(self) -> tuple[int, datetime.date, datetime.date]:
        """Earlier start first, then the narrower date; unknown years last."""
        start, end = self.span()
        return (1 if self.year is None else 0, start, end)

    def compatible(self, other: FuzzyDate) -> bool:
        """Could both describe the same day? (Their spans overlap.)"""
        if self.year is not None and other.year is not None and self.year != other.year:
            a, b = self.span(), other.span()
            return a[0] <= b[1] and b[0] <= a[1]
        year = self.year or other.year
        a, b = self.span(year), other.span(year)
        return a[0] <= b[1] and b[0] <= a[1]

    def width(self) -> int:
        start, end = self.span()
        return (end - start).days

    @property
    def key(self) -> str:
        """Canonical text, also accepted by :meth:`parse`: 2025-01-20, 2025-02-10/11,
        2025-12-early, 2025-01, 2024-late, 2024-h1, 2019; XXXX for an unknown year."""
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return f"{y}-{self.part.value}" if self.part else y
        ym = f"{y}-{self.month:02d}"
        if self.day is None:
            return f"{ym}-{self.part.value}" if self.part else ym
        ymd = f"{ym}-{self.day:02d}"
        if self.end_day is None:
            return ymd
        if self.end_month and self.end_month != self.month:
            return f"{ymd}/{self.end_month:02d}-{self.end_day:02d}"
        return f"{ymd}/{self.end_day:02d}"

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read :attr:`key` back; ValueError if it is not one."""
        m = _KEY.fullmatch(text.strip())
        if not m:
            raise ValueError(f"not a date: {text!r} (e.g. 2025-01-20, 2025-02-10/11, 2024-late)")
        year = None if m["year"] == "XXXX" else int(m["year"])
        part = Part(m["part"]) if m["part"] else None
        month = int(m["month"]) if m["month"] else None
        if month is None and part is Part.MID:
            raise ValueError(f"a year has no 'mid' part: {text!r}")
        if month is not None and part in (Part.FIRST_HALF, Part.SECOND_HALF):
            raise ValueError(f"a month has no half: {text!r}")
        date = cls(
            year,
            month,
            int(m["day"]) if m["day"] else None,
            int(m["end_month"]) if m["end_month"] else None,
            int(m["end_day"]) if m["end_day"] else None,
            part,
        )
        try:
            date.span()
        except ValueError as err:  # 2025-02-30 and the like
            raise ValueError(f"not a date: {text!r} ({err})") from None
        return date

    def english(self) -> str:
        """American style: January 20, 2025; February 10–11, 2025; early December
        2025; late 2024."""
        y = str(self.year) if self.year is not None else ""
        unknown = "" if self.year is not None else " (year unknown)"
        if self.month is None:
            return f"{_EN_PARTS[self.part]}{y}{unknown}" if self.part else f"{y}{unknown}"
        month = _EN_MONTHS[self.month]
        if self.day is None:
            text = f"{_EN_PARTS[self.part]}{month}" if self.part else month
            return f"{text} {y}".rstrip() + unknown
        year = f", {y}" if y else unknown
        if self.end_day is None:
            return f"{month} {self.day}{year}"
        if self.end_month and self.end_month != self.month:
            end = f"{_EN_MONTHS[self.end_month]} {self.end_day}"
            if self.year is not None and self.end_month < self.month:  # into the next year
                return f"{month} {self.day}, {y}–{end}, {self.year + 1}"
            return f"{month} {self.day}–{end}{year}"
        return f"{month} {self.day}–{self.end_day}{year}"

    def japanese(self) -> str:
        """2025年1月20日, 2025年2月10〜11日, 2025年12月上旬, 2024年末."""
        y = f"{self.year}年" if self.year is not None else "(年不明)"
        if self.month is None:
            return f"{y}{_JA_YEAR_PARTS[self.part]}" if self.part else y
        ym = f"{y}{self.month}月"
        if self.day is None:
            return f"{ym}{_JA_MONTH_PARTS[self.part]}" if self.part else ym
        if self.end_day is None:
            return f"{ym}{self.day}日"
        if self.end_month and self.end_month != self.month:
            return f"{ym}{self.day}日〜{self.end_month}月{self.end_day}日"
        return f"{ym}{self.day}〜{self.end_day}日"


_KEY = re.compile(
    r"(?P<year>\d{4}|XXXX)"
    r"(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:/(?:(?P<end_month>\d{2})-)?(?P<end_day>\d{2}))?)?)?"
    r"(?:-(?P<part>early|mid|late|h1|h2))?"
)


@functools.cache  # asked for again and again as the timeline compares dates
def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


class Relation(StrEnum):
    """What the text says about the date, beyond naming it."""

    AT = "at"  # 2025年1月27日、…
    AS_OF = "as_of"  # 2025年現在
    SINCE = "since"  # 2025年以降
    UNTIL = "until"  # 2025年まで


@dataclass(frozen=True)
class DateMention:
    start: int  # span of ``surface`` in the text it was found in
    end: int
    surface: str
    value: FuzzyDate | None  # None: a relative date with nothing to count from
    inferred: bool  # the year (or the whole date) came from context, not the text
    relation: Relation = Relation.AT


# A year: 4 digits, an era year, or a word relative to "now" or to the last date.
_YEAR = re.compile(
    r"(?<![\d.])(?P<digits>\d{4})年(?!間|度|代)"
    r"|(?P<era>令和|平成)(?P<era_year>元|\d{1,2})年(?!間)"
    r"|(?P<relative>一昨年|今年|本年|昨年|去年|前年|来年|翌年|同年)"
)
_MONTH = re.compile(
    r"(?<![\d.])(?P<month>\d{1,2})月"
    r"(?:(?P<day>\d{1,2})日?"
    r"(?:[〜~～\-–](?:(?P<end_month>\d{1,2})月)?(?P<end_day>\d{1,2}))?日(?!間)"
    r"|(?P<part>上旬|初旬|中旬|下旬|初め|半ば|末))?"
)
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d.])"
)
_RELATIVE_MONTH_DAY = re.compile(r"先月|今月|来月|同月|同日|前日|翌日")
# A day of the month alone, as news datelines write it (「北朝鮮は5日、…」): the
# day of the report's month, or of the month before when it is later than that day.
_BARE_DAY = re.compile(r"(?<![\d.月/\-〜~～])(?P<day>\d{1,2})日(?![間目本付以])")
_YEAR_PART = re.compile("|".join(sorted(_YEAR_PARTS, key=len, reverse=True)))
_RELATION = re.compile(r"\s*(?:(?P<as_of>現在|時点)|(?P<since>以降|以来)|(?P<until>まで))")
_YEAR_OFFSETS = {"今年": 0, "本年": 0, "昨年": -1, "去年": -1, "前年": -1, "一昨年": -2, "来年": 1}
_OPEN_QUOTES, _CLOSE_QUOTES = "「『“", "」』”"


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    date: FuzzyDate  # year may be None, to be resolved
    year_word: str | None  # 今年, 同年, ... when the year is relative
    day_word: str | None  # 先月, 同日, ... when the whole date is relative


def _scan(text: str) -> list[_Raw]:
    """Date expressions in order, the year left open where the text leaves it."""
    norm = half_width(text)
    found: list[_Raw] = []
    pos = 0
    while True:
        candidates = [
            m
            for m in (
                _NUMERIC.search(norm, pos),
                _YEAR.search(norm, pos),
                _MONTH.search(norm, pos),
                _RELATIVE_MONTH_DAY.search(norm, pos),
                _BARE_DAY.search(norm, pos),
            )
            if m
        ]
        if not candidates:
            return found
        m = min(candidates, key=lambda c: c.start())
        raw = _read(norm, m)
        if raw is None:
            pos = m.start() + 1
            continue
        found.append(raw)
        pos = raw.end


def _read(norm: str, m: re.Match[str]) -> _Raw | None:
    if m.re is _NUMERIC:
        date = FuzzyDate(int(m["year"]), int(m["month"]), int(m["day"]))
        return _Raw(m.start(), m.end(), date, None, None) if _valid(date) else None
    if m.re is _RELATIVE_MONTH_DAY or m.re is _BARE_DAY:
        return _Raw(m.start(), m.end(), FuzzyDate(None), None, m.group())
    year: int | None = None
    year_word = None
    end = m.start()
    if m.re is _YEAR:
        if m["digits"]:
            year = int(m["digits"])
        elif m["era"]:
            n = 1 if m["era_year"] == "元" else int(m["era_year"])
            year = n + (2018 if m["era"] == "令和" else 1988)
        else:
            year_word = m["relative"]
        end = m.end()
        part_match = _YEAR_PART.match(norm, end)
        if part_match:
            date = FuzzyDate(year, part=_YEAR_PARTS[part_match.group()])
            return _Raw(m.start(), part_match.end(), date, year_word, None)
        month_match = _MONTH.match(norm, end)
        if not month_match:
            return _Raw(m.start(), end, FuzzyDate(year), year_word, None)
        m_month = month_match
    else:
        m_month = m
    date = FuzzyDate(
        year,
        int(m_month["month"]),
        int(m_month["day"]) if m_month["day"] else None,
        int(m_month["end_month"]) if m_month["end_month"] else None,
        int(m_month["end_day"]) if m_month["end_day"] else None,
        _MONTH_PARTS[m_month["part"]] if m_month["part"] else None,
    )
    if not _valid(date):
        return None
    return _Raw(m.start(), m_month.end(), date, year_word, None)


def _valid(date: FuzzyDate) -> bool:
    try:
        date.span()
    except ValueError:
        return False
    return True


def _in_quote(text: str, pos: int) -> bool:
    before = text[:pos]
    return sum(before.count(c) for c in _OPEN_QUOTES) > sum(before.count(c) for c in _CLOSE_QUOTES)


def _relation(norm: str, end: int) -> Relation:
    m = _RELATION.match(norm, end)
    if not m:
        return Relation.AT
    return Relation(next(name for name, value in m.groupdict().items() if value))


def _published(published: str | None) -> datetime.date | None:
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None


def read_article_dates(
    texts: Sequence[str], published: str | None = None
) -> list[tuple[DateMention, ...]]:
    """The dates of each text of one article (its sentences, in order).

    Years the text leaves out are resolved as the module docstring says.
    """
    raws = [_scan(text) for text in texts]
    pub = _published(published)
    explicit_years = [r.date.year for found in raws for r in found if r.date.year is not None]
    now_year = pub.year if pub else (max(explicit_years) if explicit_years else None)
    # A month or day without a year takes the year of the last dated month
    # before it (a bare "2019年" is often background, not the story's time),
    # else the article's "now".
    context_year = now_year
    last: FuzzyDate | None = None
    results: list[tuple[DateMention, ...]] = []
    for text, found in zip(texts, raws, strict=True):
        mentions: list[DateMention] = []
        norm = half_width(text)
        for raw in found:
            value: FuzzyDate | None = raw.date
            inferred = False
            if raw.day_word:
                value, inferred = _relative_day(raw.day_word, pub, last), True
            elif raw.year_word:
                inferred = True
                if _in_quote(text, raw.start):
                    value = None
                elif raw.year_word in ("同年", "翌年"):
                    base = last.year if last else None
                    offset = 1 if raw.year_word == "翌年" else 0
                    value = replace(raw.date, year=base + offset) if base is not None else None
                else:
                    year = now_year + _YEAR_OFFSETS[raw.year_word] if now_year else None
                    value = replace(raw.date, year=year) if year is not None else None
            elif raw.date.year is None:
                inferred = True
                value = replace(raw.date, year=context_year)
            if value is not None:
                last = value
                if value.year is not None and value.month is not None:
                    context_year = value.year
            mentions.append(
                DateMention(
                    raw.start,
                    raw.end,
                    text[raw.start : raw.end],
                    value,
                    inferred,
                    _relation(norm, raw.end),
                )
            )
        results.append(tuple(mentions))
    return results


def _relative_day(word: str, pub: datetime.date | None, last: FuzzyDate | None) -> FuzzyDate | None:
    """先月/今月/来月 count from the publication date; 同日/同月/前日/翌日 from the
    last date; a bare day (5日) is in the last date's month, else in the report's."""
    if word[:-1].isdigit():
        number = int(word[:-1])
        if last is not None and last.year is not None and last.month is not None:
            date = FuzzyDate(last.year, last.month, number)  # 1月20日と27日: the same month
        elif pub is not None:
            month_index = pub.year * 12 + pub.month - 1 - (1 if number > pub.day else 0)
            date = FuzzyDate(month_index // 12, month_index % 12 + 1, number)
        else:
            return None
        return date if _valid(date) else None
    if word in ("先月", "今月", "来月"):
        if pub is None:
            return None
        month_index = pub.year * 12 + pub.month - 1 + {"先月": -1, "今月": 0, "来月": 1}[word]
        return FuzzyDate(month_index // 12, month_index % 12 + 1)
    if last is None or last.month is None:
        return None
    if word == "同月":
        return FuzzyDate(last.year, last.month)
    if last.day is None or last.end_day is not None:
        return None
    if word == "同日":
        return FuzzyDate(last.year, last.month, last.day)
    if last.year is None:
        return None
    day = datetime.date(last.year, last.month, last.day)
    day += datetime.timedelta(days=-1 if word == "前日" else 1)
    return FuzzyDate(day.year, day.month, day.day)


def find_dates(text: str, published: str | None = None) -> tuple[DateMention, ...]:
    """The dates of one text on its own (see :func:`read_article_dates`)."""
    return read_article_dates([text], published)[0]


# A source line at an article's end, as Wikinews and many sites write them:
# 「共同通信、2005年7月29日。」, 「気象庁、2011年4月7日23時46分(UTC + 9)。」, or a
# document cited by its title: 「気象庁『地震情報…平成20年05月08日…発表』。」, or
# a related report listed by its date: 「2006年7月5日 : 北朝鮮、ミサイル数発を発射」.
# A publisher without kana may be long (a Latin name letter-spaced by the scraper).
# The cited title may come first on the same line (『…』。人民日報、2005年10月2日。),
# and the scraper may have doubled digits of the date (22005年9月30日).
# Its date is the report's publication date, not an event's.
_SOURCE_LINE = re.compile(
    r"^(?:[^。「」『』]{0,60}『[^』]+』[。.]?\s*)?"
    r"(?:[^。、「」]{1,60}|[^。、「」\u3040-\u309f]{61,160})"
    # After the date, a time (23時46分(UTC + 9)) or a quoted title at most, never a
    # predicate in kana (政府は、2005年9月30日に…宣言した。 is an event).
    r"、\s*[\d年]*?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:[^。\u3040-\u309f\"“”]|[\"“][^\"“”]*[\"”]){0,40}。?$"
    r"|^[^。「」『』]{0,60}『[^』]+』[^。]{0,40}。?$"
    # A dated list of related reports, the weekday optional: 2016年8月16日(火): …
    r"|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（][月火水木金土日][)）])?\s*[:：]"
)


def is_source_line(text: str) -> bool:
    return _SOURCE_LINE.match(half_width(text).strip()) is not None


def source_line_date(text: str) -> str | None:
    """The publication date (YYYY-MM-DD) a source line gives, or None."""
    match = _SOURCE_LINE.match(half_width(text).strip())
    if match is None or match.group("date") is None:
        return None
    year, month, day = (int(n) for n in re.findall(r"\d+", match.group("date")))
    return f"{year:04d}-{month:02d}-{day:02d}"
