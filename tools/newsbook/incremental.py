"""The converter for large and growing books: cached between builds, parallel when there is work.

- Each seed's analysis (step 1) is kept in a cache folder, keyed by the
  seed's bytes, its override file, its name and path as shown, and the
  converter's own version and source files; an unchanged seed is never
  analysed again.
- The analysis holds the SudachiPy tokens of every sentence of the article,
  which the whole-book stage reads: an article from the cache is never
  tokenized again.
- Seeds not in the cache are analysed in worker processes when there are
  enough of them to pay for starting the workers (SudachiPy's analyzer is
  per process); results come back in seed order and equal a serial run's.
- When no seed, no data file (``_aliases.toml`` ...) and not the converter
  changed since the last build, and the pages written then are still in
  place, nothing is converted at all: the messages and index readings of
  that build are replayed.

Plain Python like the rest of the core: no Sphinx, no printing. The cache
folder is the caller's choice; the Sphinx extension puts it under the
build's doctree folder, so ``make clean`` drops it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from newsbook import __version__
from newsbook.analyse.overrides import inside, override_path
from newsbook.book.build import Book
from newsbook.core.diagnostics import Diagnostic
from newsbook.pipeline import Analysis, analyse_seed, book_of, find_seeds
from newsbook.render.indexing import readings_of
from newsbook.render.output import GENERATED_DIRS, sync_generated
from newsbook.render.pages import render_book

#: Below this many seeds to analyse, starting worker processes costs more than
#: it saves. (Analysing a one-article edit in a worker while this process loads
#: the rest of the book from the cache was measured slower, not faster: 1.3
#: against 0.6 s to have every analysis at 1,000 articles, and the whole-book
#: stage after it slower too.)
PARALLEL_FROM = 50
_CACHE_FORMAT = 3

#: ``progress(items, count)`` wraps an iterable to show progress; the identity by default.
Progress = Callable[[Iterable[Analysis], int], Iterable[Analysis]]


@cache
def converter_key() -> str:
    """The converter's version and a hash of its own code and data files."""
    package = Path(__file__).parent
    digest = hashlib.sha256(f"{__version__}:{_CACHE_FORMAT}".encode())
    code = [p for p in package.rglob("*") if p.suffix in {".py", ".json", ".js"}]
    for path in sorted(code):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class SeedJob:
    seed: Path
    display: str
    seeds_dir: Path | None
    key: str  # everything the analysis depends on, hashed


def seed_job(seed: Path, display: str, seeds_dir: Path | None) -> SeedJob:
    digest = hashlib.sha256(converter_key().encode())
    for path in (seed, override_path(seed)):
        digest.update(b"\0" + display.encode() + b"\0" + path.name.encode())
        digest.update(b"in" if seeds_dir is None or inside(path, seeds_dir) else b"out")
        try:
            digest.update(b"\0" + path.read_bytes())
        except OSError as err:
            digest.update(f"\0unreadable:{err.errno}".encode())
    return SeedJob(seed, display, seeds_dir, digest.hexdigest())


def analyse_job(job: SeedJob) -> Analysis:
    """Step 1 for one seed (a top-level function: worker processes call it)."""
    return analyse_seed(job.seed, job.display, job.seeds_dir)


class AnalysisCache:
    """One file per seed in ``folder``: the seed's key on the first line, then
    its analysis pickled. The key alone tells a hit from a miss, so the misses
    go to the workers before any analysis is loaded."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, job: SeedJob) -> Path:
        return self.folder / f"{job.seed.stem}.pickle"

    def has(self, job: SeedJob) -> bool:
        """Whether the entry for ``job`` holds its key (its analysis is read by :meth:`get`)."""
        try:
            with self._path(job).open("rb") as entry:
                return entry.readline().rstrip(b"\n") == job.key.encode()
        except OSError:
            return False

    def get(self, job: SeedJob) -> Analysis | None:
        try:
            key, _, data = self._path(job).read_bytes().partition(b"\n")
            found = pickle.loads(data) if key == job.key.encode() else None
        except Exception:  # missing, torn or foreign: a miss, never a failure
            return None
        return found if isinstance(found, Analysis) else None

    def put(self, job: SeedJob, analysis: Analysis) -> None:
        self.put_pickled(job, pickle.dumps(analysis, pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, job: SeedJob, data: bytes) -> None:
        _write_atomic(self._path(job), job.key.encode() + b"\n" + data)


def _pickled_analysis(job: SeedJob, cache: AnalysisCache | None) -> bytes:
    """A worker's part: the seed's analysis, pickled once, in the worker, both
    for the cache and for the trip back (the main process pickling every
    analysis again for the cache took 2.3 s of a 1,000-article clean build)."""
    data = pickle.dumps(analyse_job(job), pickle.HIGHEST_PROTOCOL)
    if cache is not None:
        cache.put_pickled(job, data)
    return data


def analyse_all(
    jobs: Sequence[SeedJob],
    cache: AnalysisCache | None = None,
    workers: int | None = None,
) -> Iterator[tuple[Analysis, bool]]:
    """(analysis, whether it came from the cache) per job, in job order.

    ``workers``: processes for the seeds not cached (default: the CPUs this
    process may use); 1 analyses in this process.
    """
    cached = [cache is not None and cache.has(job) for job in jobs]
    todo = [job for job, hit in zip(jobs, cached, strict=True) if not hit]
    workers = workers or _usable_cpus()

    def analysed_here(job: SeedJob) -> Analysis:
        analysis = analyse_job(job)
        if cache is not None:
            cache.put(job, analysis)
        return analysis

    fresh: Iterator[Analysis] = map(analysed_here, todo)
    pool = None
    if workers > 1 and len(todo) >= PARALLEL_FROM:
        try:
            pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)))
        except (OSError, NotImplementedError):  # no process support here: analyse serially
            pool = None
        else:
            chunks = max(1, len(todo) // (workers * 16))
            pickled = pool.map(partial(_pickled_analysis, cache=cache), todo, chunksize=chunks)
            fresh = map(pickle.loads, pickled)
    try:
        for job, hit in zip(jobs, cached, strict=True):
            found = cache.get(job) if cache is not None and hit else None
            if found is not None:
                yield found, True
                continue
            # A miss, or an entry torn since its key was read: analysed here.
            yield (analysed_here(job) if hit else next(fresh)), False
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # the CPUs this process may run on (Linux)
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class SyncSummary:
    """What a cached conversion did, for the build log."""

    diagnostics: tuple[Diagnostic, ...]
    readings: dict[str, str]  # index entry -> hiragana reading
    seeds: int
    entities: int
    terms: int
    written: tuple[str, ...]  # pages, relative to the docs folder
    removed: tuple[str, ...]
    analysed: int  # seeds analysed in this run
    reused: int  # seeds whose analysis came from the cache
    unchanged_book: bool  # nothing changed: nothing converted
    # docname -> graphviz code of its pictures in the build's language (translated builds)
    pictures: dict[str, list[str]] = field(default_factory=dict)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while the book is converted.

    A book's analyses are millions of small objects, made in one go (read
    from the cache or sent back by the workers) and kept to the end: the
    collector scanned them again and again as the book grew, a third of the
    time spent loading them and a quarter of the whole-book stage's at 1,000
    articles (make bench-edit). They hold no reference cycles and are freed
    by reference counting as before; cycles made meanwhile are collected
    once the collector is back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_no_cycle_collection()
def sync_book_cached(
    seeds_dir: Path,
    docs_dir: Path,
    cache_dir: Path | None,
    display_root: Path | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    render: Callable[[Book], Mapping[str, str]] = render_book,
    inputs: Iterable[Path] = (),
    pictures: Callable[[Book], dict[str, list[str]]] | None = None,
) -> SyncSummary:
    """Like :func:`newsbook.pipeline.sync_book`, with the cache and processes above.

    ``render`` makes the pages of the book (e.g. in another language); every
    file it reads besides the seeds folder (e.g. translation catalogs) must be
    among ``inputs``, which key the no-op check with the seeds.
    """
    shown = (lambda p: os.path.relpath(p, display_root)) if display_root else str
    jobs = [seed_job(seed, shown(seed), seeds_dir) for seed in find_seeds(seeds_dir)]
    book_key = _book_key(jobs, [*sorted(seeds_dir.glob("_*")), *inputs])
    book_file = cache_dir / "book.pickle" if cache_dir else None
    previous = _load_book(book_file, book_key, docs_dir) if book_file else None
    if previous is not None:
        return previous
    cache = AnalysisCache(cache_dir / "analyses") if cache_dir else None
    results = analyse_all(jobs, cache, workers)
    analysed: list[tuple[Analysis, bool]] = []
    shown_results = (pair[0] for pair in _counting(results, analysed))
    for _ in progress(shown_results, len(jobs)) if progress else shown_results:
        pass
    reused = sum(1 for _, hit in analysed if hit)
    analyses = [analysis for analysis, _ in analysed]
    book = book_of(analyses, seeds_dir, shown)
    sync = sync_generated(docs_dir, render(book))
    summary = SyncSummary(
        diagnostics=tuple(d for a in analyses for d in a.diagnostics) + book.diagnostics,
        readings=readings_of(book),
        seeds=len(jobs),
        entities=len(book.entities),
        terms=len(book.terms),
        written=tuple(_relative(p, docs_dir) for p in sync.written),
        removed=tuple(_relative(p, docs_dir) for p in sync.removed),
        analysed=len(jobs) - reused,
        reused=reused,
        unchanged_book=False,
        pictures=pictures(book) if pictures else {},
    )
    if book_file is not None:
        pages = _page_sizes(docs_dir, [_relative(p, docs_dir) for p in _generated(docs_dir)])
        state = (book_key, pages, summary)
        _write_atomic(book_file, pickle.dumps(state, pickle.HIGHEST_PROTOCOL))
    return summary


def _counting(
    results: Iterator[tuple[Analysis, bool]], into: list[tuple[Analysis, bool]]
) -> Iterator[tuple[Analysis, bool]]:
    for pair in results:
        into.append(pair)
        yield pair


def _book_key(jobs: Sequence[SeedJob], inputs: Iterable[Path]) -> str:
    """The seeds' keys and the bytes of the whole-book inputs: the editors' data
    files (_aliases.toml, _terms.toml, _facts.toml) and the caller's."""
    digest = hashlib.sha256(converter_key().encode())
    for job in jobs:
        digest.update(job.key.encode())
    for data in inputs:
        digest.update(b"\0" + str(data).encode() + b"\0")
        if data.is_file():
            digest.update(data.read_bytes())
    return digest.hexdigest()


def _generated(docs_dir: Path) -> list[Path]:
    return sorted(p for folder in GENERATED_DIRS for p in (docs_dir / folder).glob("*"))


def _relative(path: Path, docs_dir: Path) -> str:
    return path.relative_to(docs_dir).as_posix()


def _page_sizes(docs_dir: Path, pages: Iterable[str]) -> dict[str, tuple[int, int]]:
    sizes = {}
    for page in pages:
        stat = (docs_dir / page).stat()
        sizes[page] = (stat.st_size, stat.st_mtime_ns)
    return sizes


def _load_book(book_file: Path, book_key: str, docs_dir: Path) -> SyncSummary | None:
    """The last build's summary, if its inputs are unchanged and its pages untouched."""
    try:
        key, pages, summary = pickle.loads(book_file.read_bytes())
    except Exception:  # missing, torn or from another version: convert
        return None
    if key != book_key or not isinstance(summary, SyncSummary):
        return None
    current = [_relative(p, docs_dir) for p in _generated(docs_dir)]
    if sorted(pages) != current:
        return None
    try:
        if _page_sizes(docs_dir, current) != pages:
            return None
    except OSError:
        return None
    return SyncSummary(
        diagnostics=summary.diagnostics,
        readings=summary.readings,
        seeds=summary.seeds,
        entities=summary.entities,
        terms=summary.terms,
        written=(),
        removed=(),
        analysed=0,
        reused=summary.seeds,
        unchanged_book=True,
        pictures=summary.pictures,
    )


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(data)
    partial.replace(path)
