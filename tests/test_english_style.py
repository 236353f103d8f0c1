"""The English edition keeps its house style (docs/locale/en/STYLE.md): one
spelling variant, no translationese from the banned list, each glossary term by
its English name, every figure of the Japanese carried over, no nine-digit
numbers; each failure located at its catalog file and line."""

from __future__ import annotations

import pytest

from conftest import DOCS, SEEDS
from newsbook.i18n.style import (
    check_style,
    english_values,
    glossary_terms,
    japanese_values,
    style_problems,
)

LOCALE = DOCS / "locale"
TERMS = glossary_terms(SEEDS)


def test_every_english_catalog_keeps_the_house_style() -> None:
    assert [p.format() for p in check_style(LOCALE, "en", TERMS)] == []


def test_the_house_style_is_written_down_for_translators() -> None:
    style = (LOCALE / "en" / "STYLE.md").read_text(encoding="utf-8")
    for topic in ("American spelling", "Open source", "Quotation marks", "Dates", "Headlines"):
        assert topic.lower() in style.lower(), topic


def problems(japanese: str, english: str, translator_written: bool = True) -> list[str]:
    return style_problems(japanese, english, TERMS, translator_written)


@pytest.mark.parametrize(
    ("japanese", "english", "expected"),
    [
        ("組織", "The organisations agreed.", "British spelling 'organisations'"),
        ("効率へ", "a shift towards efficiency", "British spelling 'towards'"),
        (
            "「DeepSeek」は創業2年。",
            'Remarkably, "DeepSeek" was founded two years ago.',
            "the name DeepSeek in quotation marks",
        ),
        ("5000億ドル規模の投資", "$500 billion-scale investment", "an amount with '-scale'"),
        ("OpenAIなど", "rivals such as.", "a dangling 'such as'"),
        ("推論モデル", "an inference model", "the term 推論モデル is 'reasoning model'"),
        ("600万ドル", "$600", "figure missing from the translation: 6,000,000"),
        ("90兆円", "90,000,000,000,000 JPY", "in digits"),
        ("2025年1月27日", "On 27 January 2025", "a date in British order"),
    ],
)
def test_a_style_failure_names_what_to_write(japanese: str, english: str, expected: str) -> None:
    assert any(expected in p for p in problems(japanese, english)), problems(japanese, english)


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("DeepSeekは600万ドルで訓練した。", "DeepSeek trained it for $6 million."),
        ("200億ドル(約3,000億円)", "$20 billion (about ¥300 billion)"),
        ("1兆2000億円", "¥1.2 trillion"),
        ("2025年1月27日、2年連続", "On January 27, 2025, for the second year in a row"),
        ("「要約」の節", 'the "Summary" section'),
        ("オープンソースのモデル", "an open-source model"),
        ("100分の1以下", "less than one-hundredth"),
        ("CNBC (2025.01.25).", "CNBC (2025.01.25)."),
    ],
)
def test_english_that_keeps_the_style_passes(japanese: str, english: str) -> None:
    assert problems(japanese, english) == []


def test_generated_catalogs_are_checked_for_spelling_and_long_numbers_only() -> None:
    # Their sentences are copies from the article catalogs, checked there.
    assert problems("「DeepSeek」", '"DeepSeek"', translator_written=False) == []
    assert problems("円", "1,000,000,000 JPY", translator_written=False) != []


def test_japanese_and_english_figures_are_read_as_values() -> None:
    assert japanese_values("600万ドル、1兆2000億円、3.5%") == [6e6, 1.2e12, 3.5]
    assert {6e6, 1.2e12, 3.5} <= english_values("$6 million, ¥1.2 trillion, 3.5%")
    assert {1, 27, 2025} <= english_values("January 27, 2025")
