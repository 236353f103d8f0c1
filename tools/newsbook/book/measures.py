"""What a figure measures: the editors' measures, else the noun the text counts.

A figure (600万ドル, 55人) belongs to a measure, and the figures page lists
the figures measure by measure; figures of one measure and one subject are
compared. Which measures a book has depends on its subject, so none is
written into the converter:

- The editors' measures, ``[[measure]]`` tables of ``seeds/_facts.toml``:
  a name in each language, the units it takes, and the words near a figure
  that say a figure measures it (regular expressions). The nearest such word
  within :data:`KEYWORD_REACH` characters decides. Their figures are compared.
- Otherwise the noun the sentence counts with the figure: the common noun
  right before it (死者は55人, 負傷者約1,000人, 被害額は100億円). Such a measure
  becomes a group of its own when the book gives it two figures or more;
  its figures are listed, not compared (a death toll that rises from report
  to report is news, not a contradiction).
- Otherwise the figure goes to the group of its unit (other amounts in yen).

Example::

    [[measure]]
    id = "development_cost"
    ja = "開発・訓練コスト"
    en = "development and training cost"
    units = ["money"]                 # money, percent, duration, ratio, parameters, count:人 ...
    keywords = ["コスト", "費用", "開発費"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbook.analyse.figures import UNITS, Figure
from newsbook.analyse.names import ORGANIZATION_ENDS
from newsbook.core.ids import text_hash
from newsbook.core.model import Sentence, token_spans

KEYWORD_REACH = 30
MONEY = ("USD", "JPY", "CNY", "EUR")
# (ratio: 10分の1, a unit of its own that figures.py reads without a word)
DIMENSIONS = frozenset({*(unit.dimension for unit in UNITS.values()), "ratio"})


@dataclass(frozen=True)
class Measure:
    id: str
    ja: str
    en: str
    dimensions: tuple[str, ...]  # unit dimensions it takes (see figures.Unit)
    keywords: tuple[str, ...] = ()  # words near a figure that say it measures this (regexes)
    compared: bool = True  # groups by unit or by the text's noun are listed, never compared
    from_text: bool = False  # the noun the text counts, not an editor's measure


_FALLBACK = {
    "USD": ("その他の金額(ドル)", "other amounts (USD)"),
    "JPY": ("その他の金額(円)", "other amounts (JPY)"),
    "percent": ("その他の割合", "other percentages"),
    "duration": ("その他の期間", "other durations"),
    "ratio": ("その他の比", "other ratios"),
}


def editors_measure(text: str, figure: Figure, measures: Sequence[Measure]) -> Measure | None:
    """The editors' measure whose word is nearest the figure, if one is near."""
    best: tuple[int, int, Measure] | None = None
    for order, measure in enumerate(measures):
        if figure.unit.dimension not in measure.dimensions:
            continue
        for keyword in measure.keywords:
            for m in re.finditer(keyword, text):
                if m.start() >= figure.end:
                    distance = m.start() - figure.end
                elif m.end() <= figure.start:
                    distance = figure.start - m.end() + 1  # ties go to the word after
                else:
                    continue
                if distance <= KEYWORD_REACH and (best is None or (distance, order) < best[:2]):
                    best = (distance, order, measure)
    return best[2] if best else None


# What may stand between a counted noun and its figure: 死者は|約|55人, 被害額が|計|.
_PARTICLES = frozenset("は が も".split())
# (Not の: 地震の|数千人 names what the people are of, not what they are.)
# (Nor 、: 地震、数千人不明 is a headline's two clauses.)
_BETWEEN = frozenset("・ 約 およそ 計 最大 最低 推定 累計 合計 少なくとも".split()) | _PARTICLES
# After a figure, what makes it the object of the topic's act: 100万ドル相当の|支援.
_OBJECT = re.compile(r"^(?:[(（][^)）]*[)）])?(?:相当|程度|規模|分|以上|超)?[をの]")
# Nouns that count nothing of their own (その|うち|55人).
_NOT_COUNTED = frozenset("うち 中 ほか 他 以上 以下 前後 程度 全体 合計 累計 総数 数".split())


_ACTORS = (*ORGANIZATION_ENDS, "政府", "当局")


def _family(figure: Figure) -> str | None:
    """What a noun counts in: money, people and things, shares. A duration or a
    ratio says how long or how much more, not how many of what."""
    dimension = figure.unit.dimension
    if dimension in MONEY:
        return "money"
    if dimension.startswith("count:"):
        return "count"
    return "percent" if dimension == "percent" else None


def counted_noun(sentence: Sentence, figure: Figure) -> str | None:
    """The common noun the sentence counts with ``figure``: 死者 of 死者は55人."""
    if _family(figure) is None:
        return None
    before = [token for start, end, token in token_spans(sentence.tokens_c) if end <= figure.start]
    skipped = 0
    topic = False  # 政府は|100万ドルを拠出: the topic acts, the figure is its object
    for index in range(len(before) - 1, -1, -1):
        token = before[index]
        surface = token.surface.strip()
        if not surface or surface in _BETWEEN:
            skipped += len(token.surface)
            topic = topic or surface in _PARTICLES
            if skipped > 8:
                return None
            continue
        pos = token.pos
        if topic and _OBJECT.match(sentence.text[figure.end :]):
            return None
        if (
            pos[0] == "名詞"
            and pos[1] == "普通名詞"
            and pos[2] not in ("副詞可能", "助数詞可能", "形状詞可能")
            and len(surface) >= 2
            and surface not in _NOT_COUNTED
            and not surface.endswith(_ACTORS)  # 政府, 委員会: who acts, not what is counted
            and not re.search(r"[0-9０-９]", surface)
            and not (index and before[index - 1].pos[1] == "数詞")  # 2006|年度|2つめ
        ):
            return surface
        return None
    return None


def text_measure(noun: str, figure: Figure) -> Measure:
    return Measure(
        f"text-{text_hash(f'{noun}|{_family(figure)}')}",
        noun,
        noun,
        (figure.unit.dimension,),
        compared=False,
        from_text=True,
    )


def fallback_measure(figure: Figure) -> Measure:
    dimension = figure.unit.dimension
    ja, en = _FALLBACK.get(
        dimension,
        (f"その他の数({figure.unit.ja})", f"other counts ({figure.unit.en})"),
    )
    return Measure(f"other-{dimension.replace(':', '-')}", ja, en, (dimension,), compared=False)


def parse_measure(entry: dict[str, object]) -> Measure:
    """A ``[[measure]]`` table of the facts file; ValueError says what is wrong."""
    known = ("id", "ja", "en", "units", "keywords", "compare")
    unknown = [key for key in entry if key not in known]
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (known: {', '.join(known)})")
    texts = {key: entry.get(key) for key in ("id", "ja", "en")}
    for key, value in texts.items():
        if not (isinstance(value, str) and value.strip()):
            raise ValueError(f"{key!r} must be a non-empty string")
    units, keywords = entry.get("units"), entry.get("keywords")
    if not (isinstance(units, list) and units and all(isinstance(u, str) for u in units)):
        raise ValueError("'units' must list units: money, percent, duration, count:人 ...")
    dimensions: list[str] = []
    for unit in units:
        if unit == "money":
            dimensions += MONEY
        elif unit in DIMENSIONS:
            dimensions.append(unit)
        else:
            raise ValueError(
                f"unknown unit {unit!r} (known: money, {', '.join(sorted(DIMENSIONS))})"
            )
    if not (isinstance(keywords, list) and keywords and all(isinstance(k, str) for k in keywords)):
        raise ValueError("'keywords' must list the words that say a figure measures it")
    for keyword in keywords:
        try:
            re.compile(keyword)
        except re.error as err:
            raise ValueError(f"keyword {keyword!r} is no regular expression: {err}") from err
    compare = entry.get("compare", True)
    if not isinstance(compare, bool):
        raise ValueError("'compare' must be true or false")
    return Measure(
        str(texts["id"]),
        str(texts["ja"]),
        str(texts["en"]),
        tuple(dimensions),
        tuple(keywords),
        compare,
    )
