"""Japanese search: the index terms, and the built book's search page in headless Chromium."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, Build
from newsbook.analyse.japanese import analyzer
from newsbook.sphinx.search_terms import search_terms

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from searchpage import SearchPage, chromium_path, main_text, normalize, search_page  # noqa: E402

A01 = "articles/01-open-source-strategy"
A02 = "articles/02-silicon-valley-reaction"
A03 = "articles/03-nvidia-market-shock"
A04 = "articles/04-research-memo-dark-horse"
A05 = "articles/05-open-source-week"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "推論モデルの訓練コスト",
            ["推論モデル", "推論", "モデル", "訓練コスト", "訓練", "コスト"],
            ["の"],
            id="compounds-and-their-parts",
        ),
        pytest.param(
            "大規模言語モデルを開発",
            ["大規模言語モデル", "規模", "言語", "モデル"],
            ["大規", "模言"],  # what Sphinx's default splitter indexes
            id="no-fragments",
        ),
        pytest.param(
            "創業者の梁文峰氏", ["梁文峰", "創業者"], ["梁文峰氏"], id="name-without-honorific"
        ),
        pytest.param("ＮＶＩＤＩＡのH800", ["nvidia", "h800"], ["ＮＶＩＤＩＡ"], id="latin-folded"),
        pytest.param("ｵｰﾌﾟﾝｿｰｽ化", ["オープンソース"], ["ｵｰﾌﾟﾝｿｰｽ"], id="half-width-katakana"),
        pytest.param("コストが安く", ["安く", "安い"], [], id="normalized-form"),
        pytest.param("ヴァイオリンのサーバ", ["バイオリン", "サーバー"], [], id="katakana-variant"),
        pytest.param(
            "Open Source Week", ["open", "source", "week"], ["open source week"], id="latin"
        ),
        pytest.param("、。「」 ", [], ["、", "。"], id="punctuation-only"),
    ],
)
def test_search_terms(text: str, present: list[str], absent: list[str]) -> None:
    terms = search_terms(text, analyzer())
    assert [t for t in present if t not in terms] == []
    assert [t for t in absent if t in terms] == []


def test_search_terms_are_deterministic() -> None:
    text = "DeepSeekの推論モデルR1は訓練コストが低い。"
    assert search_terms(text, analyzer()) == search_terms(text, analyzer())


def _index(build: Build) -> dict[str, object]:
    text = (build.outdir / "searchindex.js").read_text(encoding="utf-8")
    index: dict[str, object] = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return index


def test_book_index_holds_sudachi_terms(book: tuple[Path, Build]) -> None:
    _, build = book
    terms = _index(build)["terms"]
    assert isinstance(terms, dict)
    assert [
        t for t in ("推論モデル", "訓練コスト", "梁文峰", "時価総額", "h800") if t not in terms
    ] == []
    assert [t for t in ("大規", "模言") if t in terms] == []


def test_book_ships_the_query_splitter_to_the_search_page_only(book: tuple[Path, Build]) -> None:
    _, build = book
    assert "Intl.Segmenter" in (build.outdir / "_static" / "language_data.js").read_text("utf-8")
    assert "language_data.js" in (build.outdir / "search.html").read_text("utf-8")
    assert "language_data.js" not in (build.outdir / f"{A01}.html").read_text("utf-8")


@pytest.fixture(scope="module")
def search(book: tuple[Path, Build]) -> Iterator[SearchPage]:
    if chromium_path() is None:
        message = "chromium is not installed: make browser-deps"
        if os.environ.get("NEWSBOOK_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    _, build = book
    with search_page(build.outdir) as page:
        yield page


# Query, then the articles that contain it: all must be listed, and they
# must come before any page that holds only the query's parts.
@pytest.mark.parametrize(
    ("query", "articles"),
    [
        pytest.param("推論モデル", {A01}, id="compound"),
        pytest.param("訓練コスト", {A01}, id="compound-2"),
        pytest.param("梁文峰", {A02, A05}, id="name"),
        pytest.param("半導体", {A01, A02, A03, A04}, id="dictionary-word"),
        pytest.param("時価総額", {A03}, id="dictionary-compound"),
        pytest.param("大規模言語モデル", {A02, A03, A04}, id="long-compound"),
        pytest.param("言語モデル", {A02, A03, A04}, id="part-of-compound"),
        pytest.param("ディープシーク", {A01, A03}, id="katakana"),
        pytest.param("NVIDIA", {A01, A03, A04}, id="latin-name"),
        pytest.param("ＮＶＩＤＩＡ", {A01, A03, A04}, id="full-width-latin"),
        pytest.param("H800", {A04}, id="latin-and-digits"),
        pytest.param("ｵｰﾌﾟﾝｿｰｽ", {A01, A02, A03, A04, A05}, id="half-width-katakana"),
        pytest.param("訓練コストが低い", {A01}, id="phrase-with-particle"),
        pytest.param("DeepSeekの推論モデル", {A01}, id="latin-particle-compound"),
    ],
)
def test_search_lists_the_articles_that_contain_the_query(
    search: SearchPage, book: tuple[Path, Build], query: str, articles: set[str]
) -> None:
    # The table names the articles whose own text holds the query; the generated
    # parts of a page (entity and term links, related articles) may name it too.
    _, build = book
    if query.isascii() or len(search_terms_of(query)) == 1:
        articles = articles | {
            name
            for name in (A01, A02, A03, A04, A05)
            if normalize(query)
            in normalize(main_text((build.outdir / f"{name}.html").read_text("utf-8")))
        }
    listed = [name for name in search.search(query).docnames if name.startswith("articles/")]
    assert articles <= set(listed)


def search_terms_of(query: str) -> list[str]:
    """The query's words as the reader typed them, particles aside."""
    return [t.surface for t in analyzer().tokenize(query, mode="C") if t.pos[0] != "助詞"]


def test_pages_with_only_the_parts_are_listed_after_the_compound(search: SearchPage) -> None:
    # 04 and 05 say 推論 and モデル, but never 推論モデル.
    listed = [n for n in search.search("推論モデル").docnames if n.startswith("articles/")]
    assert listed[0] == A01
    assert {A04, A05} <= set(listed[1:])


def test_search_without_a_match_says_so(search: SearchPage) -> None:
    results = search.search("量子暗号")
    assert results.hits == []
    assert "見つかりませんでした" in results.status


def test_result_shows_a_snippet_around_the_match(search: SearchPage) -> None:
    results = search.search("訓練コスト")
    assert results.status.startswith("検索が完了しました。")
    hit = next(h for h in results.hits if h.docname == A01)
    assert "訓練コスト" in hit.snippet


def test_opened_page_highlights_the_query(search: SearchPage) -> None:
    search.search("時価総額")
    page = search.open_first_hit()
    page.wait_for_selector("span.highlighted")
    assert "時価総額" in page.eval_on_selector_all(
        "span.highlighted", "els => els.map(e => e.textContent)"
    )
