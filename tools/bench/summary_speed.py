"""Benchmark: time and memory to summarize one very long article.

Builds an article of about 50,000 characters from the seeds' paragraphs
(repeated until long enough), splits it into sentences and asks for a
three-sentence summary. The scorer is linear in the number of sentences (no
sentence-by-sentence similarity graph), so this should stay well under a
second. Times exclude loading the dictionary and word frequencies::

    python tools/bench/summary_speed.py [seeds]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from newsbook.analyse.japanese import analyzer, split_sentences
from newsbook.analyse.summarize import summary_indices
from newsbook.core.model import Sentence

TARGET_CHARS = 50_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=Path("seeds"))
    args = parser.parse_args()
    paragraphs = [
        line.strip()
        for seed in sorted(args.seeds.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 40
    ]
    text_lines: list[str] = []
    while sum(map(len, text_lines)) < TARGET_CHARS:
        text_lines.extend(paragraphs)
    japanese = analyzer()

    def sentence(text: str) -> Sentence:
        # The summary reads the mode-A tokens only: timed with it, as before.
        return Sentence(text, 0, 0, tokens_a=japanese.tokenize(text, mode="A"))

    summary_indices([sentence("辞書を読み込む。")], 1)
    before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    sentences = [sentence(line[a:b]) for line in text_lines for a, b in split_sentences(line)]
    chosen = summary_indices(sentences, 3)
    elapsed = time.perf_counter() - started
    after_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"{sum(map(len, text_lines)):,} characters, {len(sentences):,} sentences: "
        f"summary {chosen} in {elapsed * 1000:.0f} ms, "
        f"peak memory grew by {(after_kb - before_kb) / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
