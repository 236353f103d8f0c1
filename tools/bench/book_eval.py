"""Benchmark: what the whole-book stage finds in a cluster of articles, against a hand annotation.

    python tools/bench/book_eval.py CLUSTER [--no-build]

CLUSTER is a folder of seed files, optionally with ``gold.json`` (entities with
kind, forms and files; glossary terms; dated main events), as made for the
evaluation clusters. The seeds are copied into a scratch book (the project's
``docs/`` beside them, no editors' files), converted, and built with Sphinx
(``--no-build`` skips the build); the book's data comes from
``newsbook book --json`` (:func:`newsbook.book.export.book_data`).

Printed, with the targets of the issue on books from any articles:

- entities: recall per kind (a gold entity is found when an entity of the same
  kind has one of its forms of two or more characters), precision (an entity
  that has a form of any gold entity), multi-spelling names merged (of the gold
  entities written two ways in the articles, those one entity holds two forms
  of), false merges (one entity holds forms of
  two gold entities that share none). Gold entities named only in source lines
  (``citation_only``) count for precision, not for recall.
- glossary: share of the gold terms among the glossary's terms, share of the
  glossary's terms among the gold terms.
- timeline: gold main events on their day (an event on that date citing that
  article), rows made only of source-citation lines, sentences on several rows.
- key points: share of citations that support their point. Proxy: a citation
  supports its point when it is the point's own sentence, or shares at least
  half of the point's anchors: its numbers and the names the book found in it.
- front-page contents entries (counted in the built front page), build time.

The gold file is read, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from newsbook.book.export import book_data  # noqa: E402
from newsbook.pipeline import analyse_book  # noqa: E402

KINDS = ("person", "organization", "product", "place")
# Our entity kinds, as the annotation names them.
KIND_NAMES = {"organisation": "organization", "org": "organization"}
# A source line at an article's end: 「共同通信、2005年7月29日。」,
# 「気象庁、2011年4月7日23時46分(UTC + 9)。」
CITATION_LINE = re.compile(
    r"^[^。、]{1,60}、\s*\d{4}年\d{1,2}月\d{1,2}日[^。]{0,30}。?$|^[^。]{0,80}『[^』]*』。?$"
)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

TARGETS = {
    "entity recall (each kind)": ">= 0.80",
    "entity precision": ">= 0.85",
    "multi-spelling names merged": ">= 70%",
    "false merges": "<= 3",
    "glossary terms": ">= 15",
    "glossary covers gold terms": ">= 50%",
    "glossary terms among gold": ">= 60%",
    "main events on their day": ">= 12 of 15",
    "citation rows": "0",
    "sentences on several rows": "0",
    "key-point citations supporting": ">= 90%",
    "front-page contents entries": "<= articles + 20",
}


@dataclass(frozen=True)
class GoldEntity:
    name: str
    kind: str
    forms: frozenset[str]  # the name and every written form, two characters or more
    citation_only: bool


def _forms(name: str, forms: Iterable[str]) -> frozenset[str]:
    return frozenset(f for f in (name, *forms) if len(f) >= 2)


def score_entities(
    gold: Sequence[GoldEntity], found: Sequence[Mapping[str, object]], text: str
) -> dict:
    predicted = [
        (KIND_NAMES.get(str(e["kind"]), str(e["kind"])), _forms(str(e["name"]), _strs(e["forms"])))
        for e in found
    ]
    recall: dict[str, tuple[int, int]] = {}
    for kind in KINDS:
        wanted = [g for g in gold if g.kind == kind and not g.citation_only]
        hit = sum(1 for g in wanted if any(k == kind and f & g.forms for k, f in predicted))
        recall[kind] = (hit, len(wanted))
    correct = sum(1 for _, forms in predicted if any(forms & g.forms for g in gold))
    # A name written two ways: two of its forms occur in the articles.
    multi = [g for g in gold if sum(1 for f in g.forms if f in text) >= 2]
    merged = sum(1 for g in multi if any(len(forms & g.forms) >= 2 for _, forms in predicted))
    false_merges = []
    for _, forms in predicted:
        matched = [g for g in gold if forms & g.forms]
        distinct = [g for g in matched if not any(g.forms & h.forms for h in matched if h is not g)]
        if len(matched) >= 2 and distinct:
            false_merges.append(sorted(forms)[:4])
    return {
        "recall": recall,
        "precision": (correct, len(predicted)),
        "merged": (merged, len(multi)),
        "false_merges": false_merges,
    }


def _strs(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def score_glossary(gold_terms: Sequence[str], terms: Sequence[Mapping[str, object]]) -> dict:
    gold = set(gold_terms)
    ours = [{str(t["name"]), *_strs(t["forms"])} for t in terms]
    covered = sum(1 for g in gold if any(g in forms for forms in ours))
    among = sum(1 for forms in ours if forms & gold)
    return {"terms": len(ours), "covered": (covered, len(gold)), "among": (among, len(ours))}


def score_timeline(gold_events: Sequence[Mapping[str, str]], events: Sequence[Mapping]) -> dict:
    on_day = 0
    for g in gold_events:
        article = Path(g["file"]).stem
        # A source line carries the publication date, not the event: it does not count.
        if any(
            str(e["date"]).startswith(g["date"])
            and any(
                s["article"] == article and not CITATION_LINE.match(s["text"])
                for s in e["sentences"]
            )
            for e in events
        ):
            on_day += 1
    citation_rows = sum(
        1 for e in events if all(CITATION_LINE.match(s["text"]) for s in e["sentences"])
    )
    rows_of = Counter(
        (s["article"], s["line"], s["text"])
        for e in events
        for s in {_key(s): s for s in e["sentences"]}.values()
    )
    several = sum(1 for count in rows_of.values() if count > 1)
    return {
        "rows": len(events),
        "on_day": (on_day, len(gold_events)),
        "citation_rows": citation_rows,
        "several_rows": several,
    }


def _key(sentence: Mapping[str, object]) -> tuple[object, ...]:
    return (sentence["article"], sentence["line"], sentence["text"])


def _anchors(text: str, names: Sequence[str]) -> set[str]:
    found = {m.group() for m in NUMBER.finditer(text)}
    return found | {name for name in names if name in text}


def score_key_points(points: Sequence[Mapping], entities: Sequence[Mapping]) -> dict:
    names = sorted({f for e in entities for f in e["forms"] if len(f) >= 2}, key=len, reverse=True)
    supporting = total = 0
    for point in points:
        anchors = _anchors(point["text"], names)
        for citation in point["cited_by"]:
            total += 1
            if citation["text"] == point["text"]:
                supporting += 1
                continue
            if anchors and len(anchors & _anchors(citation["text"], names)) * 2 >= len(anchors):
                supporting += 1
    return {"points": len(points), "supporting": (supporting, total)}


class _ContentsCounter(HTMLParser):
    """Counts the list items of the toctrees in the front page's main content."""

    def __init__(self) -> None:
        super().__init__()
        self.entries = 0
        self._depth = 0  # > 0 inside a toctree-wrapper

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self._depth:
            self._depth += tag == "div"
            self.entries += tag == "li" and any(c.startswith("toctree-l") for c in classes)
        elif tag == "div" and "toctree-wrapper" in classes:
            self._depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "div":
            self._depth -= 1


def build(book_dir: Path) -> tuple[float, int | None, str]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-n", "--keep-going",
         "docs", "docs/_build/html"],
        cwd=book_dir, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    index = book_dir / "docs" / "_build" / "html" / "index.html"
    if result.returncode != 0 or not index.exists():
        return seconds, None, result.stderr[-2000:]
    counter = _ContentsCounter()
    counter.feed(index.read_text(encoding="utf-8"))
    return seconds, counter.entries, result.stderr


def _ratio(pair: tuple[int, int]) -> str:
    hit, total = pair
    return f"{hit}/{total} = {hit / total:.2f}" if total else "0/0"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cluster", type=Path)
    parser.add_argument("--no-build", action="store_true", help="skip the Sphinx build")
    parser.add_argument("--json", type=Path, help="also write the book's data here")
    args = parser.parse_args(argv)
    seeds = sorted(args.cluster.glob("*.txt"))
    if not seeds:
        print(f"{args.cluster}: no seed files (*.txt)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        book_dir = Path(scratch)
        (book_dir / "seeds").mkdir()
        for seed in seeds:
            shutil.copy(seed, book_dir / "seeds" / seed.name)
        shutil.copytree(
            ROOT / "docs", book_dir / "docs",
            ignore=lambda folder, _: ["_build", "articles", "book", "locale"]
            if Path(folder) == ROOT / "docs" else [],
        )  # fmt: skip
        start = time.perf_counter()
        _, book = analyse_book(book_dir / "seeds", book_dir)
        convert_seconds = time.perf_counter() - start
        data = book_data(book)
        build_seconds, contents, log = (None, None, "") if args.no_build else build(book_dir)
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.cluster}: {len(seeds)} articles, converted in {convert_seconds:.1f} s", end="")
    print(f", built in {build_seconds:.1f} s" if build_seconds is not None else "")
    print(
        f"found: {len(data['entities'])} entities, {len(data['terms'])} terms, "
        f"{len(data['events'])} timeline rows, {len(data['key_points'])} key points"
    )
    if args.no_build is False and contents is None:
        print(f"the build failed:\n{log}")
    gold_file = args.cluster / "gold.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8")) if gold_file.exists() else None
    t = TARGETS
    timeline = score_timeline(gold["events"] if gold else [], data["events"])
    # What needs no annotation: any folder of articles, a subject never seen.
    terms_row = ("glossary terms", str(len(data["terms"])), t["glossary terms"])
    timeline_rows = [
        ("timeline rows", str(timeline["rows"]), ""),
        ("citation rows", str(timeline["citation_rows"]), t["citation rows"]),
        ("sentences on several rows", str(timeline["several_rows"]),
         t["sentences on several rows"]),
    ]  # fmt: skip
    contents_row = (
        "front-page contents entries",
        "-" if contents is None else str(contents),
        f"<= {len(seeds) + 20}",
    )
    entities = None
    if gold is None:
        print("no gold.json: only the measures that need no annotation")
        rows = [terms_row, *timeline_rows, contents_row]
    else:
        entities = score_entities(
            [
                GoldEntity(g["name"], g["kind"], _forms(g["name"], g["forms"]), g["citation_only"])
                for g in gold["entities"]
            ],
            data["entities"],
            "".join(seed.read_text(encoding="utf-8") for seed in seeds),
        )
        glossary = score_glossary([t["term"] for t in gold["terms"]], data["terms"])
        points = score_key_points(data["key_points"], data["entities"])
        rows = [
            *((f"entity recall: {k}", _ratio(entities["recall"][k]),
               t["entity recall (each kind)"]) for k in KINDS),
            ("entity precision", _ratio(entities["precision"]), t["entity precision"]),
            ("multi-spelling names merged", _ratio(entities["merged"]),
             t["multi-spelling names merged"]),
            ("false merges", str(len(entities["false_merges"])), t["false merges"]),
            terms_row,
            ("glossary covers gold terms", _ratio(glossary["covered"]),
             t["glossary covers gold terms"]),
            ("glossary terms among gold", _ratio(glossary["among"]),
             t["glossary terms among gold"]),
            ("main events on their day", _ratio(timeline["on_day"]),
             t["main events on their day"]),
            *timeline_rows,
            ("key-point citations supporting", _ratio(points["supporting"]),
             t["key-point citations supporting"]),
            contents_row,
        ]  # fmt: skip
    width = max(len(name) for name, _, _ in rows)
    print(f"\n{'measure':<{width}}  {'value':<18}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<18}  {target}")
    if entities and entities["false_merges"]:
        print("\nfalse merges:", "; ".join("/".join(f) for f in entities["false_merges"][:10]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
