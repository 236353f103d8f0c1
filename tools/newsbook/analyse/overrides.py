"""Editor corrections in a TOML file beside the seed (``seeds/NAME.toml``).

Example::

    title = "正しいタイトル"
    source = "CGTN"
    author = "山田太郎"
    date = 2025-02-03           # publication date
    urls = ["https://example.com/original"]
    headings = ["見出しとして扱う行"]
    not_headings = ["見出しではない行"]

A broken file is reported with its line and ignored as a whole, so a typo
never half-applies; the article is still built from its seed.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from newsbook.core.diagnostics import Code, Diagnostic, Severity

_STRING_KEYS = ("title", "source", "author")
_LIST_KEYS = ("urls", "headings", "not_headings")
KNOWN_KEYS = (*_STRING_KEYS, "date", *_LIST_KEYS)
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class Overrides:
    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None
    urls: tuple[str, ...] | None = None
    headings: tuple[str, ...] = field(default=())
    not_headings: tuple[str, ...] = field(default=())


def override_path(seed: Path) -> Path:
    return seed.with_suffix(".toml")


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, links followed, is a file in ``folder``."""
    if path.parent == folder and not path.is_symlink():
        return True  # resolving both (once per seed and build) cost more than a tenth of an edit
    return path.resolve().is_relative_to(folder.resolve())


def load_overrides(
    path: Path, display: str, seeds_dir: Path | None = None
) -> tuple[Overrides, list[Diagnostic]]:
    """Read an override file; a missing file means no overrides. With
    ``seeds_dir``, a link to a file outside that folder is ignored."""
    if not path.exists():
        return Overrides(), []
    if seeds_dir is not None and not inside(path, seeds_dir):
        message = "override file ignored: a link to a file outside the seeds folder"
        return Overrides(), [Diagnostic(display, None, Severity.WARNING, Code.OVERRIDE, message)]
    source = path.read_bytes()
    try:
        data = tomllib.loads(source.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        line_match = _TOML_LINE.search(str(err))
        line = int(line_match.group(1)) if line_match else None
        message = f"override file ignored: not valid UTF-8 TOML: {err}"
        return Overrides(), [Diagnostic(display, line, Severity.WARNING, Code.OVERRIDE, message)]

    lines = source.decode("utf-8").splitlines()

    def line_of(key: str) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((n for n, text in enumerate(lines, 1) if pattern.match(text)), None)

    problems: list[Diagnostic] = []

    def problem(key: str, message: str) -> None:
        problems.append(Diagnostic(display, line_of(key), Severity.WARNING, Code.OVERRIDE, message))

    for key in data:
        if key not in KNOWN_KEYS:
            problem(key, f"unknown key {key!r} (known: {', '.join(KNOWN_KEYS)})")
    for key in _STRING_KEYS:
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            problem(key, f"{key!r} must be a non-empty string")
    for key in _LIST_KEYS:
        value = data.get(key, [])
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            problem(key, f"{key!r} must be a list of strings")
    date = data.get("date")
    if date is not None and not isinstance(date, (datetime.date, str)):
        problem("date", "'date' must be a date such as 2025-01-27")
    if problems:
        return Overrides(), [
            *problems,
            Diagnostic(display, None, Severity.WARNING, Code.OVERRIDE, "override file ignored"),
        ]
    return (
        Overrides(
            title=data.get("title"),
            source=data.get("source"),
            author=data.get("author"),
            date=str(date) if date is not None else None,
            urls=tuple(data["urls"]) if "urls" in data else None,
            headings=tuple(data.get("headings", ())),
            not_headings=tuple(data.get("not_headings", ())),
        ),
        [],
    )


def unmatched_line_overrides(text: str, overrides: Overrides, display: str) -> list[Diagnostic]:
    """Heading corrections that name no line of the seed: probably a typo."""
    lines = {line.strip() for line in text.split("\n")}
    return [
        Diagnostic(
            display, None, Severity.WARNING, Code.OVERRIDE, f"no line of the seed reads {wanted!r}"
        )
        for wanted in (*overrides.headings, *overrides.not_headings)
        if wanted not in lines
    ]
