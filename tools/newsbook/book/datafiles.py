"""Editors' TOML data files beside the seeds (``_aliases.toml``, ``_terms.toml``).

A broken file is reported at its line and ignored as a whole, so a typo never
half-applies; the book is still built without it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from newsbook.core.diagnostics import Code, Diagnostic, Severity

_TOML_LINE = re.compile(r"at line (\d+)")


def load_toml(
    path: Path, display: str, code: Code
) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    """The parsed file, ``None`` when it is missing or broken (with the reason)."""
    if not path.exists():
        return None, []
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8")), []
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        match = _TOML_LINE.search(str(err))
        line = int(match.group(1)) if match else None
        message = f"file ignored: not valid UTF-8 TOML: {err}"
        return None, [Diagnostic(display, line, Severity.WARNING, code, message)]


def line_of(path: Path, needle: str) -> int | None:
    """The first line of ``path`` that contains ``needle`` (to locate a message)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((n for n, text in enumerate(lines, 1) if needle in text), None)


def string_list(value: object) -> tuple[str, ...] | None:
    """``value`` as a tuple of non-empty strings, or ``None`` if it is not one."""
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    return None
