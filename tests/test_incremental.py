"""Large books: analyses cached between builds, parallel analysis, no-op rebuilds.

Specification (issue 9): an unchanged seed is never analysed again; a change
to a seed, its override file or the converter is; parallel analysis gives the
results of a serial run; a rebuild with nothing changed writes no page and
Sphinx re-reads nothing; one changed article makes Sphinx re-read its page
and only the whole-book pages whose content changed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, make_book, sphinx_build
from newsbook import incremental
from newsbook.pipeline import Analysis, analyse_folder, find_seeds

ADDED = "この段落は再ビルドを確かめるために加えた。\n"


def seeds_copy(tmp: Path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp / "seeds"))


def sync(seeds: Path, docs: Path, cache: Path | None) -> incremental.SyncSummary:
    return incremental.sync_book_cached(seeds, docs, cache, display_root=seeds.parent)


def test_a_second_run_reuses_every_analysis_and_writes_nothing(tmp_path: Path) -> None:
    seeds = seeds_copy(tmp_path)
    first = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    (tmp_path / "cache" / "book.pickle").unlink()  # force the per-seed path
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert (first.analysed, first.reused) == (5, 0)
    assert (again.analysed, again.reused, again.written) == (0, 5, ())
    assert again.diagnostics == first.diagnostics


def test_analyses_made_by_workers_are_reused_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incremental, "PARALLEL_FROM", 2)  # the workers write the cache
    seeds = seeds_copy(tmp_path)
    first = incremental.sync_book_cached(seeds, tmp_path / "docs", tmp_path / "cache", workers=2)
    (tmp_path / "cache" / "book.pickle").unlink()
    again = incremental.sync_book_cached(seeds, tmp_path / "docs", tmp_path / "cache", workers=2)
    assert (first.analysed, again.analysed, again.reused, again.written) == (5, 0, 5, ())


def test_a_no_op_run_replays_the_last_messages_without_converting(tmp_path: Path) -> None:
    seeds = seeds_copy(tmp_path)
    first = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert again.unchanged_book and again.written == ()
    assert (again.diagnostics, again.readings) == (first.diagnostics, first.readings)


def test_a_deleted_page_is_written_again(tmp_path: Path) -> None:
    seeds = seeds_copy(tmp_path)
    sync(seeds, tmp_path / "docs", tmp_path / "cache")
    page = tmp_path / "docs" / "articles" / "03-nvidia-market-shock.md"
    page.unlink()
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert not again.unchanged_book
    assert again.written == ("articles/03-nvidia-market-shock.md",)


@pytest.mark.parametrize(
    ("change", "analysed"),
    [
        ("seed text", 1),
        ("override file", 1),
        ("alias file", 0),  # a whole-book input: no seed to analyse again
    ],
)
def test_what_a_change_analyses_again(tmp_path: Path, change: str, analysed: int) -> None:
    seeds = seeds_copy(tmp_path)
    first = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    if change == "seed text":
        with (seeds / "02-silicon-valley-reaction.txt").open("a", encoding="utf-8") as f:
            f.write(ADDED)
    elif change == "override file":
        (seeds / "02-silicon-valley-reaction.toml").write_text(
            'source = "テスト通信"\n', encoding="utf-8"
        )
    else:
        with (seeds / "_aliases.toml").open("a", encoding="utf-8") as f:
            f.write("\n# an editor's comment\n")
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert not again.unchanged_book
    assert (again.analysed, again.reused) == (analysed, 5 - analysed)
    if change == "override file":
        assert (
            "テスト通信" in (tmp_path / "docs/articles/02-silicon-valley-reaction.md").read_text()
        )
    assert first.seeds == again.seeds == 5


def test_a_new_converter_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = seeds_copy(tmp_path)
    sync(seeds, tmp_path / "docs", tmp_path / "cache")
    monkeypatch.setattr(incremental, "converter_key", lambda: "another converter")
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert (again.analysed, again.reused) == (5, 0)


def test_cached_pages_equal_pages_converted_from_scratch(tmp_path: Path) -> None:
    from newsbook.pipeline import sync_book

    seeds = seeds_copy(tmp_path)
    sync_book(seeds, tmp_path / "plain", display_root=seeds.parent)
    sync(seeds, tmp_path / "cached", tmp_path / "cache")
    (tmp_path / "cache" / "book.pickle").unlink()
    shutil.rmtree(tmp_path / "cached")
    sync(seeds, tmp_path / "cached", tmp_path / "cache")  # every analysis from the cache
    plain = sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.md"))
    cached = sorted(p.relative_to(tmp_path / "cached") for p in (tmp_path / "cached").rglob("*.md"))
    assert plain == cached
    for page in plain:
        assert (tmp_path / "plain" / page).read_bytes() == (tmp_path / "cached" / page).read_bytes()


def test_parallel_analysis_equals_serial_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incremental, "PARALLEL_FROM", 2)
    jobs = [incremental.seed_job(s, str(s), SEEDS) for s in find_seeds(SEEDS)]
    serial = [item for item, _ in incremental.analyse_all(jobs, workers=1)]
    parallel = [item for item, _ in incremental.analyse_all(jobs, workers=2)]
    assert parallel == serial
    assert _tokens(parallel) == _tokens(serial)  # sentences compare without their tokens
    assert serial == analyse_folder(SEEDS)


def test_after_an_edit_the_cached_pages_equal_pages_converted_from_scratch(
    tmp_path: Path,
) -> None:
    from newsbook.pipeline import sync_book

    seeds = seeds_copy(tmp_path)
    cached = tmp_path / "cached"
    incremental.sync_book_cached(seeds, cached, tmp_path / "cache", seeds.parent, workers=2)
    with (seeds / "02-silicon-valley-reaction.txt").open("a", encoding="utf-8") as seed:
        seed.write(ADDED)
    edit = incremental.sync_book_cached(seeds, cached, tmp_path / "cache", seeds.parent, workers=2)
    assert (edit.analysed, edit.reused) == (1, 4)
    sync_book(seeds, tmp_path / "serial", display_root=seeds.parent)
    pages = sorted(p.relative_to(cached) for p in cached.rglob("*.md"))
    assert pages == sorted(
        p.relative_to(tmp_path / "serial") for p in (tmp_path / "serial").rglob("*.md")
    )
    for page in pages:
        assert (cached / page).read_bytes() == (tmp_path / "serial" / page).read_bytes()


def test_a_torn_cache_entry_is_analysed_again(tmp_path: Path) -> None:
    seeds = seeds_copy(tmp_path)
    sync(seeds, tmp_path / "docs", tmp_path / "cache")
    (tmp_path / "cache" / "book.pickle").unlink()
    entry = sorted((tmp_path / "cache" / "analyses").glob("*.pickle"))[0]
    entry.write_bytes(entry.read_bytes()[:200])  # its key line intact, its analysis cut
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    assert (again.analysed, again.reused, again.written) == (1, 4, ())


def _tokens(analyses: list[Analysis]) -> list[object]:
    return [(s.tokens_c, s.tokens_a) for a in analyses if a.article for s in a.article.sentences]


def test_articles_from_the_cache_are_not_tokenized_again(
    tmp_path: Path, sudachi_reads: list[tuple[str, str]]
) -> None:
    seeds = seeds_copy(tmp_path)
    sync(seeds, tmp_path / "docs", tmp_path / "cache")
    (tmp_path / "cache" / "book.pickle").unlink()  # the whole-book stage runs again
    sudachi_reads.clear()
    again = sync(seeds, tmp_path / "docs", tmp_path / "cache")
    read = [text for _, text in sudachi_reads]
    assert again.reused == 5
    articles = [a.article for a in analyse_folder(seeds) if a.article]
    sentences = {s.text for article in articles for s in article.sentences}
    # Only names whose index reading SudachiPy gives (see test_analysis.py).
    assert read and not [text for text in read if text in sentences]


def test_the_command_shows_progress_for_many_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(24):
        source = sorted(SEEDS.glob("*.txt"))[n % 5]
        shutil.copy(source, seeds / f"copy{n:02d}.txt")
    run = subprocess.run(
        [sys.executable, "-m", "newsbook", "pages", str(seeds), str(tmp_path / "docs")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "converting seeds... 24/24" in run.stderr
    assert "converting seeds... 12/24" in run.stderr
    assert len(list((tmp_path / "docs" / "articles").glob("*.md"))) == 24


def _read_documents(output: str) -> list[str]:
    return re.findall(r"^reading sources\.\.\. \[\s*\d+%\] (\S+)", output, re.M)


def test_sphinx_rebuilds_read_only_what_changed(tmp_path: Path) -> None:
    docs = make_book(tmp_path, SEEDS)
    first = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert first.returncode == 0, first.warnings
    assert "newsbook: converting seeds..." in first.output
    noop = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert noop.returncode == 0
    assert "5 from the cache, book unchanged" in noop.output
    assert _read_documents(noop.output) == []
    with (tmp_path / "seeds" / "05-open-source-week.txt").open("a", encoding="utf-8") as f:
        f.write(ADDED)
    changed = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert changed.returncode == 0, changed.warnings
    read = _read_documents(changed.output)
    assert "articles/05-open-source-week" in read
    assert not [d for d in read if d.startswith("articles/") and "05-open-source-week" not in d]
    assert "(1 analysed, 4 from the cache)" in changed.output


def test_a_changed_extra_input_converts_again(tmp_path: Path) -> None:
    seeds = seeds_copy(tmp_path)
    catalog = tmp_path / "book.po"
    catalog.write_text('msgid "要約"\nmsgstr "Summary"\n', encoding="utf-8")

    def run() -> incremental.SyncSummary:
        return incremental.sync_book_cached(
            seeds, tmp_path / "docs", tmp_path / "cache", inputs=[catalog]
        )

    run()
    assert run().unchanged_book
    catalog.write_text('msgid "要約"\nmsgstr "Abstract"\n', encoding="utf-8")
    again = run()
    assert not again.unchanged_book and again.analysed == 0
