"""Hard-wrapped articles: lines of one paragraph broken at a fixed width are re-joined.

Scrapers and mail archives fold text at a fixed column (here 40 or 44). The
joined paragraph reads as one line, while every sentence can still be found,
character for character, in the decoded article, at its first line.
"""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

import pytest

from conftest import convert_seed
from newsbook.analyse.decode import decode_bytes
from newsbook.analyse.sentences import article_sentences
from newsbook.analyse.structure import recover_structure, wrap_width
from newsbook.core.model import ArticleStructure, BlockKind, Line, LinePart, SentenceKind

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

P1 = (
    "中国のAIスタートアップDeepSeekは1月20日、推論モデル「R1」を公開した。"
    "性能は米国の主要モデルに並ぶとされ、開発費の低さが注目を集めている。"
)
P2 = (
    "米国の株式市場では翌週、半導体株が大きく値を下げた。"
    "投資家は高価なGPUへの需要が減るのではないかと懸念している。"
)

# Folded at 40 columns (20 kanji), one paragraph after another, no blank lines.
FOLDED = """\
DeepSeekの新モデル
中国のAIスタートアップDeepSeekは1月20日
、推論モデル「R1」を公開した。性能は米国
の主要モデルに並ぶとされ、開発費の低さが
注目を集めている。
■ 市場の反応
米国の株式市場では翌週、半導体株が大きく
値を下げた。投資家は高価なGPUへの需要が
減るのではないかと懸念している。
"""

# Blank lines between paragraphs; a full stop falls on the wrap inside one.
BLANK_SEPARATED = """\
DeepSeekの新モデル

中国のAIスタートアップDeepSeekは1月20日
、推論モデル「R1」を公開した。性能は米国
の主要モデルに並ぶとされ、開発費の低さが
注目を集めている。

米国の株式市場では翌週、半導体株が大きく
値を下げた。投資家は高価なGPUへの需要が
減るのではないかと懸念している。一方で、
長期的には需要が増えるとの見方もある。
"""

# Latin text wraps at spaces, which the wrap removes; a hyphen at the wrap stays.
LATIN = """\
DeepSeek R1 in the news
DeepSeek released R1, an open reasoning
model that rivals the best American systems
at a fraction of the training cost. Analysts
called it a state-of-the-art result from a
small, little-known laboratory in Hang-
zhou, China.
"""

# Every line of the list fills the width, but list items are never joined;
# nor is a line indented by an ideographic space (a new paragraph).
LIST_AND_INDENT = """\
DeepSeekの新モデル
　中国のAIスタートアップDeepSeekは1月20
日、推論モデル「R1」を公開した。性能は米
国の主要モデルに並ぶとされ、開発費の低さ
が注目を集めている
　米国の株式市場では翌週、半導体株が大き
く値を下げた。投資家は高価なGPUへの需要
が減るのではないかと懸念している。
・推論モデル「R1」が米国の主要モデルと並ぶ
・開発費はわずか600万ドルとされている記事
・オープンソースで公開され誰でも使えるもの
"""


def blocks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(b.kind.value, b.texts) for b in recover_structure(text).blocks]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        pytest.param(
            FOLDED,
            "DeepSeekの新モデル",
            [("paragraph", (P1,)), ("heading", ("市場の反応",)), ("paragraph", (P2,))],
            id="folded-one-paragraph-per-run",
        ),
        pytest.param(
            BLANK_SEPARATED,
            "DeepSeekの新モデル",
            [
                ("paragraph", (P1,)),
                ("paragraph", (P2 + "一方で、長期的には需要が増えるとの見方もある。",)),
            ],
            id="blank-separated-full-stop-at-the-wrap",
        ),
        pytest.param(
            LATIN,
            "DeepSeek R1 in the news",
            [
                (
                    "paragraph",
                    (
                        "DeepSeek released R1, an open reasoning model that rivals the best "
                        "American systems at a fraction of the training cost. Analysts called "
                        "it a state-of-the-art result from a small, little-known laboratory "
                        "in Hang-zhou, China.",
                    ),
                )
            ],
            id="latin-words-join-with-a-space",
        ),
        pytest.param(
            LIST_AND_INDENT,
            "DeepSeekの新モデル",
            [
                ("paragraph", (P1.removesuffix("。"),)),
                ("paragraph", (P2,)),
                (
                    "bullet_list",
                    (
                        "推論モデル「R1」が米国の主要モデルと並ぶ",
                        "開発費はわずか600万ドルとされている記事",
                        "オープンソースで公開され誰でも使えるもの",
                    ),
                ),
            ],
            id="list-items-and-indented-paragraphs-stay-apart",
        ),
    ],
)
def test_wrapped_lines_of_a_paragraph_are_joined(text, title, expected):
    structure = recover_structure(text)
    assert structure.title is not None and structure.title.text == title
    assert blocks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "記事の題名\n" + "見出しのような短い行です\n" * 6 + "本文です。\n",
            id="short-equal-lines",
        ),
        pytest.param(P1 + "\n" + P2 + "\n" + P1 + "\n" + P2 + "\n", id="one-paragraph-per-line"),
        pytest.param(
            "記事の題名\n"
            "【第一章 開発の経緯と背景について詳しく】\n"
            "【第二章 市場への影響と投資家の反応まとめ】\n"
            "【第三章 今後の展望と各国政府の対応を解説】\n"
            "本文です。\n",
            id="headings-of-equal-width",
        ),
    ],
)
def test_text_that_was_not_wrapped_is_left_alone(text):
    structure = recover_structure(text)
    joined = [line for b in structure.blocks for line in b.lines if line.parts]
    assert joined == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_seed_is_taken_for_wrapped_text(seed):
    structure = recover_structure(decode_bytes(seed.read_bytes()).text)
    assert [line for b in structure.blocks for line in b.lines if line.parts] == []


def test_wrap_width_needs_many_lines_of_nearly_equal_width():
    assert wrap_width([40, 40, 39, 12, 40, 30]) == 40
    assert wrap_width([40, 40, 12]) is None  # too few
    assert wrap_width([40, 40, 40, 120, 300, 250, 90]) is None  # most lines are longer
    assert wrap_width([20, 20, 20, 20]) is None  # too narrow: a list, not a wrap


def test_joined_line_maps_back_to_the_decoded_article():
    text = "題名\n" + FOLDED.split("\n", 1)[1]
    paragraph = recover_structure(text).blocks[0].lines[0]
    assert paragraph.number == 2
    assert [(p.number, p.start) for p in paragraph.parts] == [(2, 0), (3, 26), (4, 47), (5, 67)]
    for part in paragraph.parts:
        assert text[part.offset : part.offset + 5] == paragraph.text[part.start : part.start + 5]
    assert paragraph.source in text
    start = paragraph.text.index("性能は")
    end = paragraph.text.index("。", start) + 1
    assert paragraph.line_at(start) == 3
    assert paragraph.source_slice(start, end) == (
        "性能は米国\nの主要モデルに並ぶとされ、開発費の低さが\n注目を集めている。"
    )


def test_line_without_parts_is_its_own_source():
    line = Line(7, "一行の文です。")
    assert line.line_at(3) == 7
    assert line.source_slice(0, 3) == "一行の"
    assert LinePart(7, 0, 0) == LinePart(7, 0, 0)


def test_sentences_across_a_wrap_quote_the_article_exactly_at_their_first_line():
    all_sentences = article_sentences(recover_structure(FOLDED))
    sentences = [s for s in all_sentences if s.kind is SentenceKind.PARAGRAPH]
    assert [(s.text, s.line) for s in sentences] == [
        ("中国のAIスタートアップDeepSeekは1月20日、推論モデル「R1」を公開した。", 2),
        ("性能は米国の主要モデルに並ぶとされ、開発費の低さが注目を集めている。", 3),
        ("米国の株式市場では翌週、半導体株が大きく値を下げた。", 7),
        ("投資家は高価なGPUへの需要が減るのではないかと懸念している。", 8),
    ]
    for sentence in sentences:
        assert sentence.quote in FOLDED
        assert sentence.quote.replace("\n", "") == sentence.text


def test_summary_of_a_wrapped_seed_quotes_the_seed(tmp_path):
    seed = tmp_path / "wrapped.txt"
    seed.write_text(BLANK_SEPARATED * 3, encoding="utf-8")
    conversion = convert_seed(seed)
    assert conversion.article is not None
    assert conversion.article.summary
    for sentence in conversion.article.summary:
        assert sentence.quote in BLANK_SEPARATED
    # The page shows each paragraph as one line.
    assert conversion.page is not None
    assert P1 in conversion.page


def test_rejoined_lines_are_reported_to_the_editor(tmp_path):
    seed = tmp_path / "wrapped.txt"
    seed.write_text(FOLDED, encoding="utf-8")
    assert [d.format() for d in convert_seed(seed, "seeds/wrapped.txt").diagnostics] == [
        "seeds/wrapped.txt:2: INFO: re-joined 7 hard-wrapped lines into 2 "
        "(text wrapped at 40 columns) [newsbook.wrap]"
    ]
    assert recover_structure(FOLDED).wrap_width == 40


# Seeds folded as scrapers and mail archives fold them -------------------------------------


def fold(text: str, width: int, unit: str) -> str:
    """Japanese lines cut every ``width`` characters or display columns; Latin
    lines wrapped at spaces (textwrap), as fixed-width wrappers do."""
    out: list[str] = []
    for line in text.splitlines():
        if not any(unicodedata.east_asian_width(c) in "WF" for c in line):
            out += textwrap.wrap(line, width) or [""]
            continue
        current, used = "", 0
        for char in line:
            size = 2 if unit == "columns" and unicodedata.east_asian_width(char) in "WF" else 1
            if used + size > width:
                out.append(current)
                current, used = "", 0
            current, used = current + char, used + size
        out.append(current)
    return "\n".join(out) + "\n"


FOLDS = [("characters", w) for w in (25, 30, 35, 40)] + [("columns", w) for w in (50, 60, 72, 80)]


def headings(structure: ArticleStructure) -> set[str]:
    return {t for b in structure.blocks if b.kind is BlockKind.HEADING for t in b.texts}


def test_the_first_line_of_a_wrapped_paragraph_is_no_heading() -> None:
    # 30 characters a line: the line holds a Latin word, so it is shorter in
    # columns than its neighbours; the wrapper counted characters.
    seed = (SEEDS[4]).read_text(encoding="utf-8")
    folded = recover_structure(fold(seed, 30, "characters"))
    assert (folded.wrap_width, folded.wrap_unit) == (30, "characters")
    assert headings(folded) == headings(recover_structure(seed))
    sentence = next(s.text for s in article_sentences(folded) if s.text.startswith("浙江大学"))
    assert sentence.endswith("と見ています。")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_folded_seed_keeps_its_headings_and_its_sentences_whole(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    original = recover_structure(text)
    sentences = [s.text for s in article_sentences(original)]
    whole = total = 0
    for unit, width in FOLDS:
        folded = recover_structure(fold(text, width, unit))
        assert headings(folded) <= headings(original), (unit, width)
        found = {s.text for s in article_sentences(folded)}
        whole += sum(1 for s in sentences if s in found)
        total += len(sentences)
    # A line that happens to fill the width (a heading, a list item, a URL
    # list) cannot be told from a wrapped one: a few such sentences run on.
    assert whole / total >= 0.93
