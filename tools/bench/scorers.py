"""ROUGE tokenizers for Japanese: characters, and SudachiPy words."""

from __future__ import annotations

from rouge_score import tokenizers

from newsbook.analyse.japanese import JapaneseAnalyzer


class CharTokenizer(tokenizers.Tokenizer):  # type: ignore[misc]
    """ROUGE over characters: Japanese has no spaces to split on."""

    def tokenize(self, text: str) -> list[str]:
        return [char for char in text if not char.isspace()]


class WordTokenizer(tokenizers.Tokenizer):  # type: ignore[misc]
    """ROUGE over SudachiPy mode-A words (normalized forms), punctuation left out."""

    def __init__(self, analyzer: JapaneseAnalyzer) -> None:
        self._analyzer = analyzer

    def tokenize(self, text: str) -> list[str]:
        return [
            t.normalized
            for t in self._analyzer.tokenize(text, mode="A")
            if t.surface.strip() and t.pos[0] not in ("補助記号", "空白")
        ]
