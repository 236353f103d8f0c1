"""japanese: sentence spans and SudachiPy tokens."""

import pytest

from newsbook.analyse.japanese import MAX_SENTENCE_CHARS, analyzer, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("一文目。二文目。", ["一文目。", "二文目。"], id="two-full-stops"),
        pytest.param(
            "彼は「無理だ。やめよう。」と言った。",
            ["彼は「無理だ。やめよう。」と言った。"],
            id="quote-keeps-its-stops",
        ),
        pytest.param(
            "(注:補足です。)本文。", ["(注:補足です。)本文。"], id="paren-keeps-its-stops"
        ),
        pytest.param("本当か?そうだ!", ["本当か?", "そうだ!"], id="ascii-question-exclamation"),
        pytest.param(
            "本当か？そうだ！", ["本当か？", "そうだ！"], id="full-width-question-exclamation"
        ),
        pytest.param("一文目。結びのない文", ["一文目。", "結びのない文"], id="unterminated-tail"),
        pytest.param("  一文目。 二文目。  ", ["一文目。", "二文目。"], id="surrounding-spaces"),
        pytest.param("", [], id="empty"),
        pytest.param(
            "「本当ですか！？」と彼は聞いた。はい。",
            ["「本当ですか！？」と彼は聞いた。", "はい。"],
            id="exclamation-question-run-inside-a-quote",
        ),
        pytest.param("本当！？すごい！！", ["本当！？", "すごい！！"], id="exclamation-runs"),
        pytest.param(
            "株価は下落した（前日比17%。過去最大）。その後回復した。",
            ["株価は下落した（前日比17%。過去最大）。", "その後回復した。"],
            id="full-width-paren-keeps-its-stops",
        ),
        pytest.param(
            "DeepSeek released R1. It was cheap! Was it? Yes.",
            ["DeepSeek released R1.", "It was cheap!", "Was it?", "Yes."],
            id="english-sentences",
        ),
        pytest.param(
            "Mr. Liang met U.S. officials. They talked.",
            ["Mr. Liang met U.S. officials.", "They talked."],
            id="english-abbreviations",
        ),
        pytest.param("M7.4の地震。震度6強。", ["M7.4の地震。", "震度6強。"], id="decimal-point"),
        pytest.param(
            "『32カ国が出そろう』。Yahoo !、2005年11月17日。",
            ["『32カ国が出そろう』。", "Yahoo !、2005年11月17日。"],
            id="a-names-exclamation-mark-before-a-comma",
        ),
        pytest.param(
            "See deepseek.com for details. 詳しくは公式サイトへ。",
            ["See deepseek.com for details.", "詳しくは公式サイトへ。"],
            id="english-then-japanese",
        ),
    ],
)
def test_split_sentences(text, sentences):
    assert [text[start:end] for start, end in split_sentences(text)] == sentences


@pytest.mark.parametrize("mode", ["A", "C"])
def test_token_surfaces_join_back_to_the_input(mode):
    text = "推論モデルの訓練コスト"
    tokens = analyzer().tokenize(text, mode=mode)
    assert "".join(t.surface for t in tokens) == text


@pytest.mark.parametrize(
    ("mode", "first"),
    [
        pytest.param("C", "大規模言語モデル", id="C-keeps-compound"),
        pytest.param("A", "大", id="A-splits"),
    ],
)
def test_split_mode(mode, first):
    assert analyzer().tokenize("大規模言語モデルを公開した", mode=mode)[0].surface == first


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("推論モデルの訓練コストは低い。" * 4000, id="sentences"),
        pytest.param("あ" * 60_000, id="no-sentence-end-or-newline"),
    ],
)
def test_text_longer_than_sudachis_input_limit_is_tokenized(text):
    assert len(text.encode()) > 49_149  # Sudachi rejects one input this long
    tokens = analyzer().tokenize(text)
    assert "".join(t.surface for t in tokens) == text


def test_a_quotation_never_closed_does_not_swallow_the_paragraph():
    text = "彼は「無理だ。" + "説明が続く。" * 60 + "最後の文。"
    spans = split_sentences(text)
    assert len(spans) > 1
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("表の値、" * 12_500, id="50000-chars-of-commas"),
        pytest.param("あ" * 50_000, id="50000-chars-with-nothing-to-cut-at"),
    ],
)
def test_a_50000_character_line_is_cut_into_bounded_sentences(text):
    spans = split_sentences(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[start:end] for start, end in spans) == text


def test_a_long_run_is_cut_after_a_comma():
    text = "値、" * 400
    first_start, first_end = split_sentences(text)[0]
    assert text[first_start:first_end].endswith("、")
