"""The sidebar of a large book: one tree per folder, the current page marked in the browser.

A five-article book keeps furo's own per-page rendering; the shared rendering
is switched on here with ``newsbook_shared_navigation_from=0``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, Build, make_book, sphinx_build

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from searchpage import CHROMIUM_ARGS, chromium_path  # noqa: E402

A01 = "articles/01-open-source-strategy"
A04 = "articles/04-research-memo-dark-horse"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Build:
    docs = make_book(tmp_path_factory.mktemp("nav"), SEEDS)
    return sphinx_build(
        docs, "html", "-nW", "--keep-going", "-D", "newsbook_shared_navigation_from=0"
    )


def sidebar(build: Build, docname: str) -> str:
    html = (build.outdir / f"{docname}.html").read_text(encoding="utf-8")
    found = re.search(r'<div class="sidebar-tree">(.*?)</div>', html, re.S)
    assert found, docname
    return found.group(1)


def test_the_five_article_book_keeps_the_theme_navigation(book: tuple[Path, Build]) -> None:
    _, build = book
    assert "current-page" in sidebar(build, A01)  # marked on the server, as furo does


def test_pages_of_one_folder_share_one_tree(shared: Build) -> None:
    assert shared.returncode == 0, shared.warnings
    assert sidebar(shared, A01) == sidebar(shared, A04)
    assert "current" not in sidebar(shared, A01)


def test_the_shared_tree_links_every_page_from_each_folder(shared: Build) -> None:
    in_articles, at_root = sidebar(shared, A01), sidebar(shared, "index")
    for seed in sorted(SEEDS.glob("*.txt")):
        assert f'href="{seed.stem}.html"' in in_articles
        assert f'href="articles/{seed.stem}.html"' in at_root
    assert 'href="../book/glossary.html"' in in_articles
    assert 'href="glossary.html"' in sidebar(shared, "book/glossary")


def test_the_browser_marks_the_current_page(shared: Build) -> None:
    if chromium_path() is None:
        if os.environ.get("NEWSBOOK_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is not installed: make browser-deps")
        pytest.skip("chromium is not installed: make browser-deps")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or chromium_path(), args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page()
            page.goto((shared.outdir / f"{A04}.html").as_uri())
            marked = page.eval_on_selector_all(
                ".sidebar-tree li.current-page > a", "links => links.map(a => a.textContent)"
            )
            current = page.eval_on_selector_all(
                ".sidebar-tree a.current", "links => links.map(a => a.getAttribute('href'))"
            )
        finally:
            browser.close()
    assert current == ["04-research-memo-dark-horse.html"]
    assert len(marked) == 1 and marked[0]
