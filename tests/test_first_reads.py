"""A page read for the first time is not cleared by a scan of every label
(newsbook/sphinx/first_reads.py).

Specification: in a clean build Sphinx's standard domain scans its tables for
no page (at 10,000 articles those scans took 335 s); in a rebuild, the page that
changed is cleared by Sphinx's own code, so the labels it no longer has are gone.
"""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main
from sphinx.domains.std import StandardDomain

from conftest import SEEDS, make_book

PAGE = "articles/02-silicon-valley-reaction"


def build(docs: Path) -> None:
    assert build_main(["-b", "html", "-q", str(docs), str(docs / "_build" / "html")]) == 0


def labels_of(docs: Path, docname: str) -> set[str]:
    with (docs / "_build" / "html" / ".doctrees" / "environment.pickle").open("rb") as f:
        env = pickle.load(f)
    # Every target, paragraph labels included (a label with a title is also in "labels").
    labels = env.domaindata["std"]["anonlabels"]
    return {name for name, (doc, _) in labels.items() if doc == docname}


def test_only_a_page_read_before_is_cleared_by_sphinxs_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned: list[str] = []
    scan = StandardDomain.clear_doc

    def counted(self: StandardDomain, docname: str) -> None:
        scanned.append(docname)
        scan(self, docname)

    monkeypatch.setattr(StandardDomain, "clear_doc", counted)
    docs = make_book(tmp_path, SEEDS)
    build(docs)
    assert scanned == []
    before = labels_of(docs, PAGE)

    seed = docs.parent / "seeds" / "02-silicon-valley-reaction.txt"
    text = seed.read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len)  # its label is made from its text
    seed.write_text(text.replace(paragraph, paragraph + "(追記)"), encoding="utf-8")
    build(docs)
    assert PAGE in scanned
    after = labels_of(docs, PAGE)
    assert before - after and after - before  # the old paragraph's label went, the new came
    page = (docs / f"{PAGE}.md").read_text(encoding="utf-8")
    assert all(f"({label})=" in page for label in after if label.startswith("article-"))
    shutil.rmtree(docs / "_build")
