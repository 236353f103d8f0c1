"""Benchmark: does the summarizer pick the sentence that carries the news?

Scores one chosen sentence per article against the article's headline with
character-level ROUGE-1/2/L F1 (rouge-score with a character tokenizer), for
newsbook's summarizer and the lead-1 baseline, and prints mean figures.

Data: the Japanese Wikinews headline set (tab-separated ``id article
headline``, words separated by spaces, sentences by double spaces), passed by
path and never copied into the project. Rows with id < 1000 are for tuning,
the rest for reporting::

    make bench-summaries EVAL=path/to/jawikinews-headlines.tsv.gz [SPLIT=dev]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import statistics
import sys
import time
from collections.abc import Callable

from rouge_score import rouge_scorer, tokenizers

from newsbook.japanese import analyzer
from newsbook.summarize import summary_indices

_BETWEEN_JAPANESE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


class CharTokenizer(tokenizers.Tokenizer):  # type: ignore[misc]
    """ROUGE over characters: Japanese has no spaces to split on."""

    def tokenize(self, text: str) -> list[str]:
        return [char for char in text if not char.isspace()]


def plain(text: str) -> str:
    """Undo the data set's word segmentation between Japanese characters."""
    return _BETWEEN_JAPANESE.sub("", text).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval_file")
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    args = parser.parse_args()

    with gzip.open(args.eval_file, "rt", encoding="utf-8") as handle:
        rows = [
            row
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if (int(row["id"]) >= 1000) == (args.split == "test")
        ]
    tokens = analyzer()
    methods: dict[str, Callable[[list[str]], str]] = {
        "lead-1": lambda sentences: sentences[0],
        "newsbook": lambda sentences: sentences[summary_indices(sentences, tokens, 1)[0]],
    }
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=CharTokenizer())
    print(f"split={args.split} articles={len(rows)} (character-level ROUGE F1, x100)")
    print(f"{'method':<10} {'R1':>5} {'R2':>5} {'RL':>5} {'ms/article':>11}")
    for name, choose in methods.items():
        scores: list[tuple[float, float, float]] = []
        started = time.perf_counter()
        for row in rows:
            sentences = [plain(s) for s in row["article"].split("  ") if plain(s)]
            if not sentences:
                continue
            result = scorer.score(plain(row["headline"]), choose(sentences))
            scores.append(tuple(result[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")))
        elapsed_ms = (time.perf_counter() - started) * 1000 / max(1, len(scores))
        means = [100 * statistics.mean(s[i] for s in scores) for i in range(3)]
        print(f"{name:<10} {means[0]:5.1f} {means[1]:5.1f} {means[2]:5.1f} {elapsed_ms:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
