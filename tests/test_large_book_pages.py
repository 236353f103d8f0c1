"""Pages that do not grow with the book (issue 9), on a synthetic book of 70 articles
recombined from the seeds' paragraphs (tools/bench/synthetic.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from newsbook.incremental import sync_book_cached
from newsbook.render.entities import MOST_ARTICLES_LISTED
from newsbook.render.figures import MAX_OTHER_CLAIMS
from newsbook.render.picture import GRAPH_MAX_ARTICLES

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from synthetic import write_seeds  # noqa: E402

ARTICLES = 70


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("large")
    seeds = write_seeds(tmp / "seeds", ARTICLES, SEEDS)
    sync_book_cached(seeds, tmp / "docs", None, display_root=tmp)
    return tmp / "docs"


def admonitions(page: str) -> list[str]:
    return re.findall(r"```\{admonition\} 数字の食い違い\n(.*?)\n```", page, re.S)


def cited_articles(admonition: str) -> list[str]:
    return re.findall(r"\{doc\}`/articles/(a\d+)`", admonition)


def test_a_figure_repeated_by_many_articles_is_one_side_of_one_disagreement(pages: Path) -> None:
    figures = (pages / "book" / "figures.md").read_text(encoding="utf-8")
    section = figures.split("## 記事どうしの食い違い", 1)[1].split("\n## ", 1)[0]
    found = admonitions(section)
    assert found
    sides = [tuple(sorted(set(re.findall(r"^- (.+)$", a, re.M)))) for a in found]
    assert len(sides) == len(set(sides))  # each pair of stated figures once
    assert max(len(cited_articles(a)) for a in found) > 2  # many articles on one side


def test_an_article_page_shows_its_own_claims_and_a_few_others(pages: Path) -> None:
    shown, most = 0, 0
    for page in sorted((pages / "articles").glob("*.md")):
        for admonition in admonitions(page.read_text(encoding="utf-8")):
            cited = cited_articles(admonition)
            assert page.stem in cited
            others = len([a for a in cited if a != page.stem])
            assert others <= MAX_OTHER_CLAIMS
            most = max(most, others)
            assert "{ref}`" in admonition.strip().rsplit("\n", 1)[-1]  # links the figures page
            shown += 1
    assert shown and most == MAX_OTHER_CLAIMS  # the bound is reached, and holds


def test_the_picture_shows_at_most_so_many_articles(pages: Path) -> None:
    graph = (pages / "book" / "graph.md").read_text(encoding="utf-8")
    nodes = re.findall(r'^  "a-(a\d+)" \[', graph, re.M)
    assert len(nodes) == GRAPH_MAX_ARTICLES < ARTICLES
    edges = set(re.findall(r'^  "a-(a\d+)" -- ', graph, re.M))
    assert edges <= set(nodes)


def test_a_name_many_articles_mention_lists_the_articles_that_mention_it_most(
    pages: Path,
) -> None:
    entities = (pages / "book" / "entities.md").read_text(encoding="utf-8")
    sections = entities.split("\n### ")[1:]
    listed = [len(re.findall(r"^- \{doc\}`/articles/", s, re.M)) for s in sections]
    assert max(listed) == MOST_ARTICLES_LISTED  # the bound is reached, and holds
    capped = next(s for s, n in zip(sections, listed, strict=True) if n == MOST_ARTICLES_LISTED)
    more = re.search(r"^ほか(\d+)件の記事にも出てきます", capped, re.M)
    assert more and int(more.group(1)) > 0
    articles = re.findall(r"^- \{doc\}`/articles/(a\d+)`", capped, re.M)
    assert articles == sorted(articles)  # in book order
