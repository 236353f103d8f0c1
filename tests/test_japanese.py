"""japanese: sentence spans and SudachiPy tokens."""

import pytest

from newsbook.japanese import analyzer, split_sentences


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
