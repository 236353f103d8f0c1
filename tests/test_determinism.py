"""Determinism over every seed: the same seeds give the same bytes, whatever the
process, the hash seed or the number of Sphinx workers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import SEEDS, Build, make_book, sphinx_build


def pages_in_a_fresh_process(out: Path, hash_seed: str) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, "-m", "newsbook", "pages", str(SEEDS), str(out)],
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        check=True,
        capture_output=True,
    )
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.md"))}


def built_files(build: Build) -> dict[str, bytes]:
    """Every file of the HTML output, by path, except Sphinx's own caches."""
    return {
        str(p.relative_to(build.outdir)): p.read_bytes()
        for p in sorted(build.outdir.rglob("*"))
        if p.is_file() and ".doctrees" not in p.parts
    }


def test_two_conversions_of_every_seed_give_byte_identical_pages(tmp_path: Path) -> None:
    first = pages_in_a_fresh_process(tmp_path / "first", "1")
    second = pages_in_a_fresh_process(tmp_path / "second", "2024")
    articles = [name for name in first if name.startswith("articles/")]
    assert sorted(articles) == sorted(f"articles/{p.stem}.md" for p in SEEDS.glob("*.txt"))
    assert first == second


def test_parallel_build_output_equals_serial_build_output(tmp_path: Path) -> None:
    # Two fresh builds: a no-op rebuild rewrites searchindex.js without its
    # "indexentries" (Sphinx keeps them only for documents it re-reads).
    serial = sphinx_build(make_book(tmp_path / "serial", SEEDS), "html", "-nW", "--keep-going")
    assert serial.returncode == 0, serial.output
    docs = make_book(tmp_path / "parallel", SEEDS)
    parallel = sphinx_build(docs, "html", "-nW", "--keep-going", "-j", "auto")
    assert parallel.returncode == 0, parallel.output
    # It did run in parallel: workers read the pages in chunks "a .. b".
    assert re.search(r"reading sources\.\.\. \[ *\d+%\] \S+ \.\. \S+", parallel.output)
    serial_files, parallel_files = built_files(serial), built_files(parallel)
    assert sorted(parallel_files) == sorted(serial_files)
    differing = [name for name in serial_files if serial_files[name] != parallel_files[name]]
    assert differing == []
