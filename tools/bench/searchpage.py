"""The built book's search page, driven in headless Chromium.

Shared by the browser test and ``search_recall.py``. The book is served over
a loopback HTTP server (search loads its index and page snippets by script
and fetch, which a ``file://`` page may not do), and Playwright drives
Debian's ``chromium`` package: no browser is ever downloaded.
"""

from __future__ import annotations

import functools
import html
import re
import shutil
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Flags that work as root on a server without a display or network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass(frozen=True)
class Hit:
    docname: str  # articles/01-open-source-strategy
    score: int
    snippet: str  # the text Sphinx shows under the link ("" if none)


@dataclass(frozen=True)
class Results:
    query: str
    hits: list[Hit]
    status: str  # Sphinx's status line, e.g. the "no match" message

    @property
    def docnames(self) -> list[str]:
        """Pages listed, best first, each once."""
        return list(dict.fromkeys(hit.docname for hit in self.hits))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def served(root: Path) -> Iterator[str]:
    """``root`` on http://127.0.0.1:<free port>/ for the duration."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# Sphinx's search ends by writing its status line ("Search finished, ...", or the
# "no match" message); snippets are fetched after. (Its "..." pulse is no signal:
# a tick pending when the search stops starts it again.)
# Sphinx's search titles the page "Search Results" (translated) when it has finished;
# the status line cannot tell (its Japanese text is empty in Sphinx's own catalog).
_SEARCH_DONE = (
    "typeof Search !== 'undefined' && Search.title && "
    "Search.title.innerText === Documentation.gettext('Search Results')"
)
_SNIPPETS_DONE = (
    "[...document.querySelectorAll('ul.search > li.kind-text')]"
    ".every(li => li.querySelector('p.context'))"
)
_HITS = """els => els.map(a => [
  a.getAttribute('href'),
  Number(a.dataset.score),
  (a.parentElement.querySelector('p.context') || {}).textContent || ''
])"""


class SearchPage:
    """One browser page on the book's search.html."""

    def __init__(self, page: Any, base_url: str) -> None:
        self._page = page
        self._base_url = base_url

    def search(self, query: str) -> Results:
        """Type the query into the front page's search box and press Enter, as a reader does."""
        self._page.goto(f"{self._base_url}index.html")
        box = self._page.locator('form[role="search"] input[name="q"]')
        box.fill(query)
        with self._page.expect_navigation():
            box.press("Enter")
        self._page.wait_for_function(_SEARCH_DONE)
        self._page.wait_for_function(_SNIPPETS_DONE)
        rows = self._page.eval_on_selector_all("ul.search > li > a", _HITS)
        hits = [
            Hit(href.split("#")[0].removesuffix(".html"), score, snippet)
            for href, score, snippet in rows
        ]
        return Results(query, hits, self._page.inner_text("p.search-summary"))

    def open_first_hit(self) -> Any:
        """Click the first result, as a reader does; returns the page."""
        self._page.click("ul.search > li > a")
        self._page.wait_for_load_state()
        return self._page


@contextmanager
def search_page(root: Path) -> Iterator[SearchPage]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError("chromium is not installed (make browser-deps)")
    with served(root) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield SearchPage(browser.new_page(), base_url)
        finally:
            browser.close()


def normalize(text: str) -> str:
    """NFKC and lower case: ＮＶＩＤＩＡ contains nvidia."""
    return unicodedata.normalize("NFKC", text).lower()


def main_text(page_html: str) -> str:
    """What the page says in its main part (not the navigation every page repeats)."""
    extractor = _MainText()
    extractor.feed(page_html)
    return re.sub(r"\s+", " ", "".join(extractor.parts))


_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._depth = 0  # open elements inside role="main"
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        if self._depth:
            self._depth += 1
        elif ("role", "main") in attrs:
            self._depth = 1
        if self._depth and tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return  # <col ... /> ends nothing it opened (handle_startendtag calls both)
        if self._depth and tag in ("script", "style") and self._skip:
            self._skip -= 1
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth and not self._skip:
            self.parts.append(html.unescape(data))
