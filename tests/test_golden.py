"""Golden pages: every page generated from the five seeds, reviewed as diffs.

After a deliberate change to the converter, regenerate with ``make golden``
and read the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from newsbook.pipeline import convert_book

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("NEWSBOOK_UPDATE_GOLDEN") == "1"
_, _, PAGES = convert_book(SEEDS, display_root=ROOT)


def test_golden_files_are_exactly_the_generated_pages() -> None:
    if UPDATE:
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for relative, text in PAGES.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_text(text, encoding="utf-8")
    assert sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*.md")) == sorted(PAGES)


@pytest.mark.parametrize("relative", sorted(PAGES))
def test_generated_page_matches_golden_file(relative: str) -> None:
    assert PAGES[relative] == (GOLDEN / relative).read_text(encoding="utf-8")


def test_conversion_is_deterministic() -> None:
    assert convert_book(SEEDS, display_root=ROOT)[2] == PAGES
