"""Writing the generated pages: only those whose bytes changed, so Sphinx
re-reads only what changed; stale generated pages are removed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsbook.render.markup import ARTICLES_DIR, BOOK_DIR, GENERATED_MARKER

GENERATED_DIRS = (ARTICLES_DIR, BOOK_DIR)


@dataclass(frozen=True)
class SyncReport:
    written: tuple[Path, ...]
    removed: tuple[Path, ...]
    unchanged: int


def write_if_changed(path: Path, content: str) -> bool:
    """Write only when the content differs, so Sphinx sees unchanged pages as unchanged."""
    data = content.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def sync_generated(docs_dir: Path, pages: Mapping[str, str]) -> SyncReport:
    """Bring the generated folders of ``docs_dir`` in line with ``pages``."""
    written = []
    keep = set()
    for relative, content in sorted(pages.items()):
        target = docs_dir / relative
        keep.add(target)
        if write_if_changed(target, content):
            written.append(target)
    removed = []
    for folder in GENERATED_DIRS:
        for page in sorted((docs_dir / folder).glob("*.md")):
            if page not in keep and page.read_text(encoding="utf-8").startswith(GENERATED_MARKER):
                page.unlink()
                removed.append(page)
    return SyncReport(tuple(written), tuple(removed), len(pages) - len(written))
