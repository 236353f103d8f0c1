"""The Japanese Wikinews headline set, read the same way by the benchmark and the training.

Tab-separated ``id article headline``; words separated by spaces, sentences by
double spaces. Rows with id < 1000 are for development (fitting, tuning), the
rest for reporting only. The file is passed by path and never copied into the
project.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass

DEV_LIMIT = 1000
# A space is kept only between two ASCII letters or digits ("Magnitude 7", "Liang Wenfeng").
_SEGMENTATION_SPACE = re.compile(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])")


@dataclass(frozen=True)
class Row:
    id: int
    sentences: tuple[str, ...]
    headline: str


def plain(text: str) -> str:
    """Undo the data set's word segmentation: 2 月 14 日 -> 2月14日, 7 . 4 -> 7.4."""
    return _SEGMENTATION_SPACE.sub("", text.strip())


def read_rows(path: str, split: str) -> Iterator[Row]:
    """Rows of one split ("dev" or "test") that have at least one sentence."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            row_id = int(row["id"])
            if (row_id >= DEV_LIMIT) != (split == "test"):
                continue
            sentences = tuple(s for s in (plain(p) for p in row["article"].split("  ")) if s)
            if sentences:
                yield Row(row_id, sentences, plain(row["headline"]))
