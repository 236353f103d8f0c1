"""Catalog files whose bytes change only when their messages do.

Babel stamps every catalog it writes with its own version (``Generated-By``),
and Sphinx and sphinx-intl stamp the build time (``POT-Creation-Date``); a new
Babel release or a later day would then rewrite every catalog of the English
edition although no message changed. Every catalog the project writes goes
through :func:`stable_po_bytes`, and ``make translations`` passes the catalogs
sphinx-intl wrote through :func:`stabilise_catalogs`.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

#: The date every catalog header carries, whatever day it was written.
FIXED_DATE = "2025-01-01 00:00+0000"
_VERSION_LINE = re.compile(rb'^"Generated-By: [^"\n]*"\n', re.MULTILINE)
_DATE_LINE = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): [^"\n]*"\n', re.MULTILINE)


def stable_po_bytes(data: bytes) -> bytes:
    """``data`` (a .po or .pot file) with no tool version and fixed header dates."""
    end = data.find(b"\n\n")
    header, body = (data, b"") if end < 0 else (data[: end + 1], data[end + 1 :])
    header = _VERSION_LINE.sub(b"", header)
    header = _DATE_LINE.sub(
        lambda m: b'"' + m.group(1) + b": " + FIXED_DATE.encode() + b'\\n"\n', header
    )
    return header + body


def catalog_bytes(catalog: Catalog, *, width: int) -> bytes:
    """The .po file of ``catalog`` as the project writes it: stable header,
    messages in their own order, fuzzy entries with their previous text."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=width, sort_output=False, include_previous=True)
    return stable_po_bytes(buffer.getvalue())


def stabilise_catalogs(folder: Path) -> list[Path]:
    """Rewrite the headers of every catalog under ``folder``; returns the files changed."""
    changed = []
    for path in sorted(folder.rglob("*.po")):
        data = path.read_bytes()
        stable = stable_po_bytes(data)
        if stable != data:
            path.write_bytes(stable)
            changed.append(path)
    return changed
