"""Synthetic books for the scale benchmark: N articles recombined from the seeds' paragraphs.

Each article gets a distinct id (``a00001``), a distinct title and 6 to 14
paragraphs drawn, with a fixed random seed, from the paragraphs of the real
seeds, so the text is real Japanese news prose in realistic amounts.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

# Lines shorter than this are titles, headings, bylines or list items: not used as paragraphs.
_MIN_PARAGRAPH_CHARS = 60


def seed_paragraphs(seeds_dir: Path) -> list[str]:
    return [
        line.strip()
        for seed in sorted(seeds_dir.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) >= _MIN_PARAGRAPH_CHARS and "http" not in line
    ]


def article_text(number: int, paragraphs: list[str]) -> str:
    chosen = random.Random(number).sample(paragraphs, k=min(len(paragraphs), 6 + number % 9))
    title = f"合成記事{number:05d} {chosen[0][:24].rstrip('、。')}"
    return "\n".join([title, *chosen]) + "\n"


def write_seeds(out: Path, count: int, seeds_dir: Path, *, data_files: bool = True) -> Path:
    """Write ``count`` synthetic seeds (and the real alias and terms files) into ``out``."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paragraphs = seed_paragraphs(seeds_dir)
    for number in range(1, count + 1):
        (out / f"a{number:05d}.txt").write_text(article_text(number, paragraphs), encoding="utf-8")
    if data_files:
        for data in sorted(seeds_dir.glob("_*.toml")):
            shutil.copy(data, out / data.name)
    return out
