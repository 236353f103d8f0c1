"""Editor corrections to the facts stage, in ``seeds/_facts.toml``.

Example::

    [[date]]                      # a date read wrongly
    article = "02-silicon-valley-reaction"
    text = "1月20日"              # the date as written in the article
    value = "2025-01-20"          # 2025-02-10/11, 2025-12-early, 2024-late, 2019 ...
    # ignore = true               # or: not a date of the story

    [[figure]]                    # a figure read wrongly
    article = "04-research-memo-dark-horse"
    text = "6万ドル以上"          # the figure as written (its start is enough)
    value = 6000000               # optional, each of these
    unit = "USD"
    qualifier = "exact"           # exact, about, under, over, at_least
    measure = "development_cost"
    # ignore = true

    [[measure]]                   # what figures measure in this book (newsbook.book.measures)
    id = "development_cost"
    ja = "開発・訓練コスト"
    en = "development and training cost"
    units = ["money"]
    keywords = ["コスト", "費用"]

    [[resolved]]                  # a disagreement an editor has looked at
    measure = "development_cost"
    figures = ["600万ドル", "6万ドル以上"]
    note = "The research memo drops two zeros; the cost reported by CNBC is 6 million USD."

A broken file is reported with its line and ignored as a whole, like the
per-article override files.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from newsbook.analyse.dates import FuzzyDate
from newsbook.analyse.figures import UNITS, Qualifier
from newsbook.book.measures import Measure, parse_measure
from newsbook.core.diagnostics import Code, Diagnostic, Severity

FACTS_FILE = "_facts.toml"
_TOML_LINE = re.compile(r"at line (\d+)")
_TABLES = ("date", "figure", "resolved", "measure")
_KEYS = {
    "date": ("article", "text", "value", "ignore"),
    "figure": ("article", "text", "value", "unit", "qualifier", "measure", "ignore"),
    "resolved": ("measure", "figures", "note"),
}
_UNIT_CODES = sorted({unit.code for unit in UNITS.values()})


@dataclass(frozen=True)
class DateCorrection:
    article: str
    text: str
    value: FuzzyDate | None  # None with ignore
    ignore: bool
    line: int | None


@dataclass(frozen=True)
class FigureCorrection:
    article: str
    text: str
    value: float | None
    unit: str | None  # a unit code: USD, JPY, percent, month ...
    qualifier: Qualifier | None
    measure: str | None
    ignore: bool
    line: int | None


@dataclass(frozen=True)
class Resolution:
    measure: str
    figures: tuple[str, ...]  # the surfaces (or their starts) of the figures concerned
    note: str
    line: int | None


@dataclass(frozen=True)
class FactCorrections:
    path: str = FACTS_FILE  # as shown in messages
    dates: tuple[DateCorrection, ...] = field(default=())
    figures: tuple[FigureCorrection, ...] = field(default=())
    resolutions: tuple[Resolution, ...] = field(default=())
    measures: tuple[Measure, ...] = field(default=())


def load_fact_corrections(path: Path, display: str) -> tuple[FactCorrections, list[Diagnostic]]:
    """Read the corrections file; a missing file means no corrections."""
    if not path.exists():
        return FactCorrections(display), []
    source = path.read_bytes()
    try:
        text = source.decode("utf-8")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        match = _TOML_LINE.search(str(err))
        message = f"facts corrections ignored: not valid UTF-8 TOML: {err}"
        line = int(match.group(1)) if match else None
        return FactCorrections(display), [_warning(display, line, message)]

    headers: dict[str, list[int]] = {name: [] for name in _TABLES}
    for number, line_text in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\[\s*(\w+)\s*\]\]", line_text)
        if header and header.group(1) in headers:
            headers[header.group(1)].append(number)

    problems: list[Diagnostic] = []
    for key in data:
        if key not in _TABLES:
            problems.append(
                _warning(display, None, f"unknown table {key!r} (known: {', '.join(_TABLES)})")
            )
    parsed: dict[str, list[object]] = {name: [] for name in _TABLES}
    for name in _TABLES:
        entries = data.get(name, [])
        if not isinstance(entries, list):
            problems.append(_warning(display, None, f"{name!r} must be written [[{name}]]"))
            continue
        for index, entry in enumerate(entries):
            line = headers[name][index] if index < len(headers[name]) else None
            try:
                parsed[name].append(_entry(name, entry, line))
            except ValueError as err:
                problems.append(_warning(display, line, f"[[{name}]]: {err}"))
    if problems:
        return FactCorrections(display), [
            *problems,
            _warning(display, None, "facts corrections ignored"),
        ]
    return (
        FactCorrections(
            display,
            tuple(e for e in parsed["date"] if isinstance(e, DateCorrection)),
            tuple(e for e in parsed["figure"] if isinstance(e, FigureCorrection)),
            tuple(e for e in parsed["resolved"] if isinstance(e, Resolution)),
            tuple(e for e in parsed["measure"] if isinstance(e, Measure)),
        ),
        [],
    )


def _warning(display: str, line: int | None, message: str) -> Diagnostic:
    return Diagnostic(display, line, Severity.WARNING, Code.FACTS, message)


def _entry(name: str, entry: object, line: int | None) -> object:
    if not isinstance(entry, dict):
        raise ValueError("must be a table")
    if name == "measure":
        return parse_measure(entry)
    unknown = [key for key in entry if key not in _KEYS[name]]
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (known: {', '.join(_KEYS[name])})")
    if name == "resolved":
        figures = entry.get("figures")
        if not (
            isinstance(figures, list)
            and len(figures) >= 2
            and all(isinstance(f, str) and f for f in figures)
        ):
            raise ValueError("'figures' must list at least two figures as written")
        return Resolution(_string(entry, "measure"), tuple(figures), _string(entry, "note"), line)
    article, text = _string(entry, "article"), _string(entry, "text")
    ignore = entry.get("ignore", False)
    if not isinstance(ignore, bool):
        raise ValueError("'ignore' must be true or false")
    if name == "date":
        value = entry.get("value")
        if ignore:
            return DateCorrection(article, text, None, True, line)
        if not isinstance(value, str):
            raise ValueError('\'value\' must be a date such as "2025-01-20" or "2024-late"')
        return DateCorrection(article, text, FuzzyDate.parse(value), False, line)
    number = entry.get("value")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
        raise ValueError("'value' must be a number")
    unit = entry.get("unit")
    if unit is not None and unit not in _UNIT_CODES:
        raise ValueError(f"'unit' must be one of {', '.join(_UNIT_CODES)}")
    qualifier = entry.get("qualifier")
    if qualifier is not None and qualifier not in set(Qualifier):
        raise ValueError(f"'qualifier' must be one of {', '.join(q.value for q in Qualifier)}")
    measure = entry.get("measure")
    if measure is not None and not isinstance(measure, str):
        raise ValueError("'measure' must be a string")
    return FigureCorrection(
        article,
        text,
        float(number) if number is not None else None,
        unit,
        Qualifier(qualifier) if qualifier is not None else None,
        measure,
        ignore,
        line,
    )


def _string(entry: dict[str, object], key: str) -> str:
    value = entry.get(key)
    if not (isinstance(value, str) and value.strip()):
        raise ValueError(f"{key!r} must be a non-empty string")
    return value
