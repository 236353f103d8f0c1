"""The stages in order: decode, structure, metadata, summarize, render.

``convert_seed`` runs them for one seed and returns a :class:`Conversion`
(the page text, or why there is none); ``sync_pages`` writes the pages of a
whole seeds folder, touching only files whose content changed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import metadata as meta
from .decode import DecodedText, DecodeError, decode_bytes
from .diagnostics import Diagnostic, Severity
from .japanese import analyzer, split_sentences
from .model import Article, ArticleStructure, Block, BlockKind, Keyword, Line, Metadata, Sentence
from .overrides import Overrides, inside, load_overrides, override_path
from .render import GENERATED_MARKER, render_page
from .structure import recover_structure
from .summarize import keywords, summary_indices, summary_length

SEED_SUFFIX = ".txt"
# A seed's file name is its id: page name, labels and catalogs hang on it.
SEED_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
GENERATED_TITLE_CHARS = 40


@dataclass(frozen=True)
class Conversion:
    seed: Path
    display: str  # the seed's path as shown in messages
    article: Article | None
    page: str | None
    diagnostics: tuple[Diagnostic, ...]


def find_seeds(seeds_dir: Path) -> list[Path]:
    # Broken links too: they are reported, not silently skipped.
    return sorted(p for p in seeds_dir.glob(f"*{SEED_SUFFIX}") if p.is_file() or p.is_symlink())


def convert_seed(
    seed: Path, display: str | None = None, seeds_dir: Path | None = None
) -> Conversion:
    """Convert one seed file; never raises for bad input.

    With ``seeds_dir``, a seed or override that is a link to a file outside
    that folder is refused: the book publishes only what the folder holds.
    """
    shown = display or str(seed)
    diagnostics: list[Diagnostic] = []

    def failed(message: str, line: int | None = None) -> Conversion:
        diagnostics.append(Diagnostic(shown, line, Severity.ERROR, "seed", message))
        return Conversion(seed, shown, None, None, tuple(diagnostics))

    if not SEED_ID.match(seed.stem):
        return failed(
            "seed file name must be ASCII letters, digits, '-' or '_' (it is the page id)"
        )
    if seeds_dir is not None and not inside(seed, seeds_dir):
        return failed("a link to a file outside the seeds folder: refused (copy the file in)")
    try:
        decoded = decode_bytes(seed.read_bytes())
    except DecodeError as err:
        return failed(err.message, err.line)
    except OSError as err:
        return failed(f"cannot read: {err.strerror}")

    override_display = str(Path(shown).with_suffix(".toml"))
    overrides, problems = load_overrides(override_path(seed), override_display, seeds_dir)
    diagnostics.extend(problems)
    article = analyse(seed.stem, shown, decoded, overrides)
    diagnostics.extend(_unmatched_line_overrides(decoded.text, overrides, override_display))
    diagnostics.extend(
        Diagnostic(
            shown,
            line.number,
            Severity.INFO,
            "boilerplate",
            f"dropped site boilerplate {line.text!r}",
        )
        for line in article.structure.dropped
    )
    diagnostics.extend(_rejoined(article.structure, shown))
    return Conversion(seed, shown, article, render_page(article), tuple(diagnostics))


def analyse(article_id: str, path: str, decoded: DecodedText, overrides: Overrides) -> Article:
    """Structure, metadata, summary and keywords of one decoded article."""
    structure = recover_structure(
        decoded.text, force_headings=overrides.headings, force_paragraphs=overrides.not_headings
    )
    sentences = paragraph_sentences(structure)
    tokens = analyzer()
    chosen = summary_indices([s.text for s in sentences], tokens, summary_length(len(sentences)))
    headings = [b.texts[0] for b in structure.blocks if b.kind is BlockKind.HEADING]
    metadata = _metadata(structure, overrides, headings, sentences)
    keyword_texts = [metadata.title, *(t for block in structure.blocks for t in block.texts)]
    return Article(
        id=article_id,
        path=path,
        encoding=decoded.encoding,
        structure=structure,
        metadata=metadata,
        sentences=tuple(sentences),
        summary=tuple(sentences[i] for i in chosen),
        keywords=tuple(Keyword(k, s) for k, s in keywords(keyword_texts, metadata.title, tokens)),
        section_titles=tuple(headings),
    )


def paragraph_sentences(structure: ArticleStructure) -> list[Sentence]:
    """The sentences a summary may choose from: those of body paragraphs."""
    return [
        Sentence(
            line.text[start:end],
            line.line_at(start),
            index,
            # A sentence across a hard wrap: keep the article's own text too.
            line.source_slice(start, end) if line.parts else None,
        )
        for index, block in enumerate(structure.blocks)
        if block.kind is BlockKind.PARAGRAPH
        for line in block.lines
        for start, end in split_sentences(line.text)
    ]


def _metadata(
    structure: ArticleStructure,
    overrides: Overrides,
    headings: list[str],
    sentences: list[Sentence],
) -> Metadata:
    if overrides.title:
        title, origin = overrides.title, "override"
    elif structure.title:
        title, origin = structure.title.text, "text"
    else:
        title, origin = _generated_title(headings, sentences), "generated"
    refs = structure.references
    lines: list[Line] = [
        *([structure.title] if structure.title else []),
        *structure.byline,
        *(line for block in structure.blocks for line in _block_lines(block)),
        *((refs.label, *refs.items) if refs else ()),
    ]
    content = "\n".join(line.text for line in lines)
    char_count = meta.count_chars(lines)
    found_urls = tuple(dict.fromkeys(meta.find_urls(content)))
    return Metadata(
        title=title,
        title_origin=origin,
        source=overrides.source or meta.find_source(structure),
        author=overrides.author or structure.author,
        published=overrides.date,
        urls=overrides.urls if overrides.urls is not None else found_urls,
        dates=tuple(meta.find_dates(content)),
        char_count=char_count,
        reading_minutes=meta.reading_minutes(char_count),
    )


def _unmatched_line_overrides(
    text: str, overrides: Overrides, override_display: str
) -> list[Diagnostic]:
    """Heading corrections that name no line of the seed: probably a typo."""
    lines = {line.strip() for line in text.split("\n")}
    return [
        Diagnostic(
            override_display,
            None,
            Severity.WARNING,
            "override",
            f"no line of the seed reads {wanted!r}",
        )
        for wanted in (*overrides.headings, *overrides.not_headings)
        if wanted not in lines
    ]


def _rejoined(structure: ArticleStructure, shown: str) -> list[Diagnostic]:
    """Where hard-wrapped lines were joined: an editor may want to check."""
    joined = [line for block in structure.blocks for line in block.lines if line.parts]
    if not joined:
        return []
    message = (
        f"re-joined {sum(len(line.parts) for line in joined)} hard-wrapped lines into "
        f"{len(joined)} (text wrapped at {structure.wrap_width} columns)"
    )
    return [Diagnostic(shown, joined[0].number, Severity.INFO, "wrap", message)]


def _block_lines(block: Block) -> tuple[Line, ...]:
    return (block.label, *block.lines) if block.label else block.lines


def _generated_title(headings: list[str], sentences: list[Sentence]) -> str:
    """The first heading, else the start of the first sentence."""
    if headings:
        return headings[0]
    first = sentences[0].text if sentences else ""
    return first if len(first) <= GENERATED_TITLE_CHARS else first[:GENERATED_TITLE_CHARS] + "…"


def write_if_changed(path: Path, content: str) -> bool:
    """Write only when the content differs, so Sphinx sees unchanged pages as unchanged."""
    data = content.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


@dataclass(frozen=True)
class SyncReport:
    conversions: tuple[Conversion, ...]
    written: tuple[Path, ...]
    removed: tuple[Path, ...]


def sync_pages(seeds_dir: Path, pages_dir: Path, display_root: Path | None = None) -> SyncReport:
    """Convert every seed and bring ``pages_dir`` in line: write changed pages,
    remove pages whose seed is gone. Pages of seeds that fail are removed too,
    so the book never shows stale text for a seed that no longer converts."""
    conversions = []
    for seed in find_seeds(seeds_dir):
        shown = os.path.relpath(seed, display_root) if display_root else str(seed)
        conversions.append(convert_seed(seed, shown, seeds_dir))
    written = []
    keep = set()
    for conversion in conversions:
        if conversion.page is None:
            continue
        target = pages_dir / f"{conversion.seed.stem}.md"
        keep.add(target)
        if write_if_changed(target, conversion.page):
            written.append(target)
    removed = []
    for page in sorted(pages_dir.glob("*.md")) if pages_dir.exists() else []:
        if page not in keep and page.read_text(encoding="utf-8").startswith(GENERATED_MARKER):
            page.unlink()
            removed.append(page)
    return SyncReport(tuple(conversions), tuple(written), tuple(removed))
