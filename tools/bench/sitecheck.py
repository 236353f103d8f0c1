"""The built book's pages, opened in headless Chromium: they load without errors.

Shared by ``tests/test_site.py`` and ``make check-site``. Each page is opened
over a loopback HTTP server (as a reader opens the hosted book) and everything
the browser complains about is recorded: console errors, uncaught script
errors, requests that failed and responses with an HTTP error status. A
screenshot of each page is written for review, and one of the front page in
dark mode. Playwright drives Debian's ``chromium`` package (one launch per
call); no browser is ever downloaded.

``python tools/bench/sitecheck.py docs/_build`` checks the editions that
``make html-all`` wrote into ``docs/_build/html/{ja,en}``: their links
(``newsbook.checks.links``) and these pages; screenshots go to
``docs/_build/screenshots/<language>-<page>.png``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from searchpage import _SEARCH_DONE, _SNIPPETS_DONE, CHROMIUM_ARGS, chromium_path, served

#: What each edition's search page is asked: words its articles hold.
SEARCH_QUERIES = {"ja": "推論モデル", "en": "reasoning model"}
#: The same desktop size for every screenshot, so reviews compare like with like.
VIEWPORT = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class PageSpec:
    name: str  # the screenshot's name: <name>.png
    path: str  # relative to the served folder, with a query if any
    ready: tuple[str, ...] = ()  # JavaScript conditions the page is waited for
    dark: bool = False  # also a screenshot with the reader's system in dark mode


def book_pages(language: str) -> tuple[PageSpec, ...]:
    """The pages an edition is checked on, in its language folder (``ja/``, ``en/``,
    as ``make html-all`` and Read the Docs lay the editions out): the front page, an
    article, the whole-book pages (glossary, timeline, figures, the relation picture)
    and a search with results."""
    query = quote(SEARCH_QUERIES[language])
    pages: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
        ("front", "index.html", (), True),
        ("article", "articles/01-open-source-strategy.html", (), False),
        ("glossary", "book/glossary.html", (), False),
        ("timeline", "book/timeline.html", (), False),
        ("figures", "book/figures.html", (), False),
        ("graph", "book/graph.html", (), True),
        ("search", f"search.html?q={query}", (_SEARCH_DONE, _SNIPPETS_DONE), False),
    )
    return tuple(
        PageSpec(f"{language}-{name}", f"{language}/{path}", ready, dark)
        for name, path, ready, dark in pages
    )


@dataclass(frozen=True)
class Visit:
    name: str
    url: str
    status: int | None  # HTTP status of the page itself
    title: str  # document.title
    errors: tuple[str, ...]  # console errors, uncaught errors, failed requests, HTTP errors
    screenshots: tuple[Path, ...]
    search_results: int  # entries listed on a search page (0 elsewhere)


def visit_pages(root: Path, pages: Sequence[PageSpec], screenshots: Path) -> list[Visit]:
    """Open each page of the folder ``root`` in one headless Chromium and record what
    went wrong; screenshots are written to ``screenshots/<name>.png``."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError("chromium is not installed (make browser-deps)")
    screenshots.mkdir(parents=True, exist_ok=True)
    visits = []
    with served(root) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for spec in pages:
                visits.append(_visit(browser, base_url, spec, screenshots))
        finally:
            browser.close()
    return visits


def _visit(browser: Any, base_url: str, spec: PageSpec, folder: Path) -> Visit:
    errors: list[str] = []
    # A fresh context per page: nothing cached or stored by the page before.
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.on("console", lambda message: _console(message, base_url, errors))
    page.on("pageerror", lambda error: errors.append(f"uncaught error: {error}"))
    page.on(
        "requestfailed",
        lambda request: errors.append(f"request failed: {request.url} ({request.failure})"),
    )
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and errors.append(f"HTTP {response.status}: {response.url}")
        ),
    )
    url = base_url + spec.path
    response = page.goto(url, wait_until="load")
    for condition in spec.ready:
        page.wait_for_function(condition)
    shots = [folder / f"{spec.name}.png"]
    page.screenshot(path=str(shots[0]))
    if spec.dark:
        page.emulate_media(color_scheme="dark")
        shots.append(folder / f"{spec.name}-dark.png")
        page.screenshot(path=str(shots[-1]))
    results = page.locator("ul.search > li").count()
    title = page.title()
    context.close()
    return Visit(
        spec.name,
        url,
        response.status if response else None,
        title,
        tuple(errors),
        tuple(shots),
        results,
    )


def _console(message: Any, base_url: str, errors: list[str]) -> None:
    if message.type != "error":
        return
    where = message.location.get("url", "")
    line = message.location.get("lineNumber", 0) + 1
    errors.append(f"console error: {message.text} ({where}:{line})")


def main(argv: Sequence[str] | None = None) -> int:
    from newsbook.checks.links import check_book

    args = list(sys.argv[1:] if argv is None else argv)
    build = Path(args[0] if args else "docs/_build")
    failed = False
    for language in SEARCH_QUERIES:
        root = build / "html" / language
        if not root.is_dir():
            print(f"{root}: no such edition (make html-all)", file=sys.stderr)
            return 2
        report = check_book(root)
        for problem in report.problems:
            print(f"{root}/{problem.format()}")
        print(f"{language}: {report.links} internal links, {len(report.problems)} broken")
        failed = failed or bool(report.problems)
        for visit in visit_pages(build / "html", book_pages(language), build / "screenshots"):
            for error in visit.errors:
                print(f"{visit.url}: {error}")
            print(f"{visit.name}: HTTP {visit.status}, {len(visit.errors)} errors")
            failed = failed or bool(visit.errors) or visit.status != 200
    print(f"screenshots in {build / 'screenshots'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
