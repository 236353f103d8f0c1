"""The built book in a real browser: its pages load without an error, in both editions.

Headless Chromium (Playwright driving Debian's ``chromium``) opens the front
page, an article, the glossary, the timeline, the figures, the relation picture
and a search with results, and records console errors, uncaught script errors,
failed requests and HTTP errors. Screenshots of those pages are written to the
build folder (``<build>/screenshots/<language>-<page>.png``) for review.
Skipped without chromium, unless NEWSBOOK_REQUIRE_BROWSER=1 (as in CI).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT, Site

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from sitecheck import PageSpec, Visit, book_pages, chromium_path, visit_pages  # noqa: E402

PAGE_NAMES = [spec.name.split("-", 1)[1] for spec in book_pages("ja")]
PNG = b"\x89PNG\r\n\x1a\n"


def require_browser() -> None:
    if chromium_path() is None:
        message = "chromium is not installed: make browser-deps"
        if os.environ.get("NEWSBOOK_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module", params=["ja", "en"])
def visits(request: pytest.FixtureRequest, site: Site) -> dict[str, Visit]:
    """Every checked page of one edition, opened in one browser launch."""
    require_browser()
    language = request.param
    found = visit_pages(site.html, book_pages(language), site.build / "screenshots")
    return {visit.name.split("-", 1)[1]: visit for visit in found}


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_loads_without_errors(visits: dict[str, Visit], name: str) -> None:
    visit = visits[name]
    assert (visit.status, visit.errors) == (200, ()), visit.url
    assert visit.title


def test_search_page_lists_results_with_snippets(visits: dict[str, Visit]) -> None:
    # The query is typed in the edition's language; the page waited for every snippet.
    assert visits["search"].search_results >= 3


def test_screenshots_are_written_for_review(visits: dict[str, Visit]) -> None:
    for visit in visits.values():
        for shot in visit.screenshots:
            assert shot.read_bytes().startswith(PNG), shot
            assert shot.stat().st_size > 20_000, shot  # a rendered page, not a blank one
    assert [s.name for s in visits["front"].screenshots][1].endswith("-front-dark.png")


def test_a_broken_page_is_reported(tmp_path: Path) -> None:
    """The checks can fail: a missing script, a missing picture, a script error."""
    require_browser()
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "broken.html").write_text(
        "<!DOCTYPE html><html><head><title>Broken</title>"
        '<link rel="icon" href="data:,">'
        '<script src="_static/missing.js"></script></head>'
        '<body><img src="_images/missing.png" alt="">'
        "<script>undefinedFunction();</script>"
        '<script>console.error("logged by the page")</script></body></html>',
        encoding="utf-8",
    )
    [visit] = visit_pages(
        tmp_path / "site", [PageSpec("broken", "broken.html")], tmp_path / "screenshots"
    )
    errors = " | ".join(visit.errors)
    assert "HTTP 404" in errors and "_static/missing.js" in errors
    assert "_images/missing.png" in errors
    assert "uncaught error: undefinedFunction is not defined" in errors
    assert "console error: logged by the page" in errors
