"""Golden pages: the five seeds' generated MyST, reviewed as diffs.

After a deliberate change to the converter, regenerate with ``make golden``
and read the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from newsbook.pipeline import convert_seed

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("NEWSBOOK_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_generated_page_matches_golden_file(seed: Path) -> None:
    conversion = convert_seed(seed, str(seed.relative_to(ROOT)))
    assert conversion.page is not None, conversion.diagnostics
    golden = GOLDEN / f"{seed.stem}.md"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(conversion.page, encoding="utf-8")
    assert conversion.page == golden.read_text(encoding="utf-8")


def test_conversion_is_deterministic() -> None:
    seed = SEEDS / "01-open-source-strategy.txt"
    assert convert_seed(seed).page == convert_seed(seed).page
