"""The English edition: complete, checked catalogs; an English book with no Japanese
sentence left; one translation per sentence; stable catalogs; a language switcher."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import babel.messages.catalog
import pytest

from conftest import DOCS, ROOT, SEEDS, Build, Site
from newsbook.book.glossary import load_terms
from newsbook.i18n.catalogs import article_entries, catalog_path, update_catalog
from newsbook.i18n.check import check_catalog, check_locale
from newsbook.i18n.pofiles import stable_po_bytes
from newsbook.i18n.stats import catalog_stats, locale_stats
from newsbook.pipeline import convert_book

LOCALE = DOCS / "locale"
TERMS = {e.name: e.english for e in load_terms(SEEDS, str)[0] if e.english}
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
# Kana or kanji: a Japanese sentence has runs of them with hiragana in between.
JAPANESE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{4,}")
HIRAGANA = re.compile(r"[\u3040-\u309f]")


# The shipped catalogs ---------------------------------------------------------------


def test_every_catalog_is_complete_with_nothing_fuzzy_or_obsolete() -> None:
    stats = locale_stats(LOCALE, "en")
    assert len(stats) == 2 * len(SEED_IDS) + 8  # article texts, pages, whole-book pages
    for catalog in stats:
        assert (catalog.untranslated, catalog.fuzzy, catalog.obsolete) == (0, 0, 0), catalog.path


def test_every_translation_keeps_markup_targets_terms_urls_and_years() -> None:
    assert [p.format() for p in check_locale(LOCALE, "en", TERMS)] == []


def test_msgfmt_accepts_every_catalog() -> None:
    for po in sorted(LOCALE.rglob("*.po")):
        result = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True
        )
        assert (result.returncode, result.stderr) == (0, ""), po


@pytest.mark.parametrize(
    ("msgid", "msgstr", "problem"),
    [
        (
            "{ref}`entity-nvidia`と{term}`推論モデル`",
            "{ref}`entity-nvidia` and reasoning models",
            "{term} references should be ['reasoning model']",
        ),
        (
            "{doc}`/articles/01-open-source-strategy`",
            "{doc}`/articles/02-silicon-valley-reaction`",
            "{doc} targets differ",
        ),
        ("詳細は https://example.com/a を参照。", "See the details.", "URL missing"),
        ("2025年1月27日に下落した。", "It fell on 27 January.", "year missing"),
        ("{ref}`¶3 <article-a-p-1>`", "{ref}`¶4 <article-a-p-1>`", "paragraph number missing"),
        ("株価が下落した。", "株価 fell.", "Japanese text left"),
    ],
)
def test_a_broken_translation_is_reported_at_its_file_and_line(
    tmp_path: Path, msgid: str, msgstr: str, problem: str
) -> None:
    po = tmp_path / "broken.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    [found] = check_catalog(po, "en", TERMS)
    assert found.format().startswith(f"{po}:5: {problem}")


def test_a_malformed_catalog_is_reported_with_its_line(tmp_path: Path) -> None:
    po = tmp_path / "malformed.po"
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "文"\nmsgstr "a\n', encoding="utf-8")
    [found] = check_catalog(po, "en", TERMS)
    # msgfmt reports the line where the unterminated string (line 5) ends.
    assert found.format() == f"{po}:6: end-of-line within string"


# Stability ----------------------------------------------------------------------------


def test_unchanged_seeds_give_identical_article_catalogs(tmp_path: Path) -> None:
    _, book, _ = convert_book(SEEDS, ROOT)
    for article in book.articles:
        shipped = catalog_path(LOCALE, "en", article.id)
        copy = tmp_path / shipped.name
        shutil.copy(shipped, copy)
        assert not update_catalog(copy, article_entries(article, book), article.path, "en")
        assert copy.read_bytes() == shipped.read_bytes()


def test_a_newer_babel_does_not_rewrite_an_unchanged_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(babel.messages.catalog, "VERSION", "99.0")
    _, book, _ = convert_book(SEEDS, ROOT)
    article = book.articles[0]
    shipped = catalog_path(LOCALE, "en", article.id)
    copy = tmp_path / shipped.name
    shutil.copy(shipped, copy)
    assert not update_catalog(copy, article_entries(article, book), article.path, "en")
    assert b"Generated-By" not in copy.read_bytes()


@pytest.mark.parametrize(
    ("header_line", "stable_line"),
    [
        ('"Generated-By: Babel 2.19.0\\n"\n', ""),
        (
            '"POT-Creation-Date: 2026-11-26 00:26+0000\\n"\n',
            '"POT-Creation-Date: 2025-01-01 00:00+0000\\n"\n',
        ),
        (
            '"PO-Revision-Date: 2026-12-01 09:15+0900\\n"\n',
            '"PO-Revision-Date: 2025-01-01 00:00+0000\\n"\n',
        ),
        ('"Language: en\\n"\n', '"Language: en\\n"\n'),
    ],
)
def test_catalog_headers_carry_no_tool_version_and_no_clock_time(
    header_line: str, stable_line: str
) -> None:
    head = 'msgid ""\nmsgstr ""\n'
    body = '\nmsgid "Generated-By: 本文の一文"\nmsgstr ""\n'  # a message is left alone
    data = (head + header_line + body).encode()
    assert stable_po_bytes(data) == (head + stable_line + body).encode()


_GENERATED = ["_build", "articles", "book"]  # docs/ folders the build writes


def test_the_translation_loop_leaves_unchanged_catalogs_byte_identical(tmp_path: Path) -> None:
    # make translations, as a translator runs it, in a copy of the project: gettext,
    # the article catalogs, sphinx-intl update, the generated pages' catalogs filled.
    copy = tmp_path / "project"
    shutil.copytree(SEEDS, copy / "seeds")
    shutil.copytree(
        DOCS, copy / "docs", ignore=lambda folder, _: _GENERATED if folder == str(DOCS) else []
    )
    shutil.copy(ROOT / "Makefile", copy)
    venv = Path(sys.executable).parent.parent  # this environment, not a new one
    result = subprocess.run(
        ["make", "-s", "translations", f"VENV={venv}", "-o", f"{venv}/.installed"],
        cwd=copy, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    for shipped in sorted(LOCALE.rglob("*.po")):
        made = copy / shipped.relative_to(ROOT)
        assert made.read_bytes() == shipped.read_bytes(), shipped.relative_to(ROOT)


def test_a_changed_sentence_becomes_fuzzy_with_its_previous_text(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copytree(LOCALE, tmp_path / "locale")
    seed = seeds / "05-open-source-week.txt"
    old = "同社によると、これらのツールは実運用環境で使われており、"
    new = "同社によれば、これらのツールは実運用環境で使われており、"
    seed.write_text(seed.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    _, book, _ = convert_book(seeds, tmp_path)
    changed = []
    for article in book.articles:
        path = catalog_path(tmp_path / "locale", "en", article.id)
        if update_catalog(path, article_entries(article, book), article.path, "en"):
            changed.append(article.id)
    assert changed == ["05-open-source-week"]  # the other articles' catalogs are untouched
    stats = catalog_stats(catalog_path(tmp_path / "locale", "en", "05-open-source-week"), "en")
    assert stats.fuzzy == 1 and stats.untranslated == 0
    [(previous, current)] = stats.fuzzy_entries
    assert previous.startswith(old) and current.startswith(new)


def test_translation_stats_report_fuzzy_entries_apart(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\n#| msgid "古い文。"\nmsgid "新しい文。"\nmsgstr "An old sentence."\n\n'
        'msgid "訳した文。"\nmsgstr "A translated sentence."\n\nmsgid "未訳の文。"\nmsgstr ""\n',
        encoding="utf-8",
    )
    stats = catalog_stats(po, "en")
    assert (stats.translated, stats.fuzzy, stats.untranslated) == (1, 1, 1)
    assert stats.fuzzy_entries == [("古い文。", "新しい文。")]


# The English book ------------------------------------------------------------------------


def test_english_book_builds_with_zero_warnings(english: Build) -> None:
    assert english.returncode == 0, english.output
    assert english.warnings == []


def _main_text(build: Build, docname: str) -> str:
    page = (build.outdir / f"{docname}.html").read_text(encoding="utf-8")
    main = page.split('<article role="main"', 1)[1].split("</article>", 1)[0]
    return (
        build.page_text_of(main)
        if hasattr(build, "page_text_of")
        else re.sub(r"<[^>]+>", " ", main)
    )


@pytest.mark.parametrize(
    "docname",
    [f"articles/{s}" for s in SEED_IDS]
    + ["index", "summaries-method"]
    + [f"book/{p}" for p in ("entities", "glossary", "timeline", "figures", "sources", "graph")],
)
def test_no_english_page_holds_a_japanese_sentence(english: Build, docname: str) -> None:
    text = _main_text(english, docname)
    # Names and readings in their own script stand in brackets after the English name.
    outside = re.sub(r"\([^()]*\)|（[^（）]*）|「[^「」]*」", " ", text)
    sentences = [run for run in JAPANESE_RUN.findall(outside) if HIRAGANA.search(run)]
    assert sentences == []


def test_english_title_and_navigation(english: Build) -> None:
    front = english.page_text("index")
    assert "The DeepSeek Shock: A News Book" in front
    assert "Key points of this book" in front
    page = english.page_text("articles/03-nvidia-market-shock")
    assert "It wiped ¥90 trillion off NVIDIA overnight" in page
    assert "Conflicting figures" in page and "$6 million" in page


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_a_summary_sentence_reads_the_same_as_in_the_article_body(
    english: Build, seed_id: str
) -> None:
    page = (english.outdir / f"articles/{seed_id}.html").read_text(encoding="utf-8")
    summary = page.split(f'id="article-{seed_id}-summary"', 1)[1].split("</ul>", 1)[0]
    body = page.split(f'id="article-{seed_id}-body"', 1)[1]
    sentences = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)).strip()
        for item in re.findall(r"<li><p>(.*?)</p>\s*</li>", summary, re.S)
    ]
    body_text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body))
    assert sentences
    for sentence in sentences:
        assert sentence in body_text


# The language switcher, in a real browser --------------------------------------------------


def test_the_switcher_opens_the_same_page_in_the_other_edition(site: Site) -> None:
    sys.path.insert(0, str(ROOT / "tools" / "bench"))
    from searchpage import CHROMIUM_ARGS, chromium_path, served

    executable = chromium_path()
    if executable is None:
        message = "chromium is not installed: make browser-deps"
        if os.environ.get("NEWSBOOK_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # The editions side by side, as make html-all and Read the Docs lay them out.
    page_path = "articles/05-open-source-week.html"
    with served(site.html) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{base}ja/{page_path}")
        page.click("nav.newsbook-language-switcher a[hreflang=en]")
        page.wait_for_load_state()
        assert page.url == f"{base}en/{page_path}"
        assert "a wave of open-source AI from China" in page.inner_text("h1")
        page.click("nav.newsbook-language-switcher a[hreflang=ja]")
        page.wait_for_load_state()
        assert page.url == f"{base}ja/{page_path}"
        assert "中国発AIオープンソースの波" in page.inner_text("h1")
        browser.close()
