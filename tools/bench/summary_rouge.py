"""Benchmark: does the summarizer pick the sentence that carries the news?

One sentence is chosen per article and scored against the article's headline
with ROUGE-1/2/L F1 (rouge-score), over characters and over SudachiPy words.
Side by side in one run: newsbook's summarizer, lead-1 (the first sentence),
random (fixed seed), the best-sentence oracle (an upper bound, which may pick
a source line), and sumy's LexRank and TextRank driven by the same SudachiPy
tokenizer. Also printed: the paired bootstrap 95% interval of newsbook minus
lead-1, and milliseconds per article spent choosing (dictionary loaded).

Data: the Japanese Wikinews headline set (tab-separated ``id article
headline``), passed by path and never copied into the project. Rows with
id < 1000 are for fitting, the rest for reporting::

    make bench-summaries EVAL=path/to/jawikinews-headlines.tsv.gz [SPLIT=dev]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
from headline_set import Row, read_rows
from rouge_score import rouge_scorer
from scorers import CharTokenizer, WordTokenizer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from newsbook.analyse.features import content_words, is_summary_material
from newsbook.analyse.japanese import JapaneseAnalyzer, analyzer
from newsbook.analyse.summarize import summary_indices
from newsbook.core.model import Sentence as NewsSentence

METRICS = ("rouge1", "rouge2", "rougeL")
BOOTSTRAP_SAMPLES = 1000
SEED = 20250127

Chooser = Callable[[Row], int]


class SumyTokenizer:
    """sumy's tokenizer interface over SudachiPy: content words, as newsbook counts them."""

    def __init__(self, tokens: JapaneseAnalyzer) -> None:
        self._tokens = tokens

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(content_words(self._tokens.tokenize(sentence, mode="A")))


def sumy_chooser(
    summarizer: LexRankSummarizer | TextRankSummarizer, tokens: JapaneseAnalyzer
) -> Chooser:
    tokenizer = SumyTokenizer(tokens)

    def choose(row: Row) -> int:
        sentences = [Sentence(s, tokenizer) for s in row.sentences]
        document = ObjectDocumentModel([Paragraph(sentences)])
        picked = summarizer(document, 1)
        return sentences.index(picked[0]) if picked else 0

    return choose


def summary_sentences(texts: Sequence[str], tokens: JapaneseAnalyzer) -> list[NewsSentence]:
    """The texts as sentences with the mode-A tokens the summary reads (timed with it)."""
    return [NewsSentence(t, 0, 0, tokens_a=tokens.tokenize(t, mode="A")) for t in texts]


def choosers(tokens: JapaneseAnalyzer, oracle: rouge_scorer.RougeScorer) -> dict[str, Chooser]:
    rng = random.Random(SEED)
    return {
        "newsbook": lambda row: summary_indices(summary_sentences(row.sentences, tokens), 1)[0],
        "lead-1": lambda row: 0,
        "random": lambda row: rng.randrange(len(row.sentences)),
        "oracle": lambda row: max(
            range(len(row.sentences)),
            key=lambda i: (oracle.score(row.headline, row.sentences[i])["rouge1"].fmeasure, -i),
        ),
        # The same bound over sentences a summary may hold (no source lines, no fragments).
        "oracle-eligible": lambda row: max(
            (i for i in range(len(row.sentences)) if is_summary_material(row.sentences[i])),
            key=lambda i: (oracle.score(row.headline, row.sentences[i])["rouge1"].fmeasure, -i),
            default=0,
        ),
        "sumy-lexrank": sumy_chooser(LexRankSummarizer(), tokens),
        "sumy-textrank": sumy_chooser(TextRankSummarizer(), tokens),
    }


def bootstrap_interval(differences: np.ndarray) -> tuple[float, float]:
    """Paired bootstrap 95% interval of the mean difference (resampling articles)."""
    rng = np.random.default_rng(SEED)
    picks = rng.integers(0, len(differences), size=(BOOTSTRAP_SAMPLES, len(differences)))
    means = differences[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def evaluate(rows: Sequence[Row], out: Callable[[str], None] = print) -> dict[str, np.ndarray]:
    """Print the side-by-side table; return each method's per-article character ROUGE."""
    tokens = analyzer()
    # Times per article exclude loading the dictionary and word frequencies (once per process).
    summary_indices(summary_sentences(["辞書を読み込む。"], tokens), 1)
    scorers = {
        "char": rouge_scorer.RougeScorer(list(METRICS), tokenizer=CharTokenizer()),
        "word": rouge_scorer.RougeScorer(list(METRICS), tokenizer=WordTokenizer(tokens)),
    }
    out(f"articles={len(rows)}; ROUGE F1 x100 of one chosen sentence against the headline")
    header = "char R1  R2  RL | word R1  R2  RL"
    out(f"{'method':<16} {header:>33} {'ms/article':>10}")
    per_article: dict[str, np.ndarray] = {}
    for name, choose in choosers(tokens, scorers["char"]).items():
        started = time.perf_counter()
        picks = [choose(row) for row in rows]
        elapsed_ms = (time.perf_counter() - started) * 1000 / max(1, len(rows))
        table = {
            kind: np.array(
                [
                    [r[m].fmeasure for m in METRICS]
                    for r in (
                        scorer.score(row.headline, row.sentences[i])
                        for row, i in zip(rows, picks, strict=True)
                    )
                ]
            )
            * 100
            for kind, scorer in scorers.items()
        }
        per_article[name] = table["char"]
        cells = " ".join(f"{v:4.1f}" for v in table["char"].mean(axis=0))
        cells += " | " + " ".join(f"{v:4.1f}" for v in table["word"].mean(axis=0))
        out(f"{name:<16} {cells:>33} {elapsed_ms:10.2f}")
    ours, lead = per_article["newsbook"], per_article["lead-1"]
    better, worse = int((ours[:, 0] > lead[:, 0]).sum()), int((ours[:, 0] < lead[:, 0]).sum())
    out(
        f"newsbook vs lead-1 (char R1): better on {better} articles, worse on {worse}, "
        f"same on {len(rows) - better - worse}"
    )
    for column, metric in enumerate(("R1", "R2", "RL")):
        diff = ours[:, column] - lead[:, column]
        low, high = bootstrap_interval(diff)
        out(
            f"newsbook - lead-1, char {metric}: {diff.mean():+.2f} "
            f"(paired bootstrap 95% interval {low:+.2f} .. {high:+.2f})"
        )
    return per_article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval_file")
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows (a quick look)")
    args = parser.parse_args()
    rows = list(read_rows(args.eval_file, args.split))
    if args.limit:
        rows = rows[: args.limit]
    print(f"split={args.split}", end="; ")
    evaluate(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
