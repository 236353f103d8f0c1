"""Sphinx extension: regenerate the article pages from the seeds at build start.

Add ``"newsbook.sphinxext"`` to ``extensions``. Config values:

``newsbook_seeds_dir``
    Folder of seed ``.txt`` files, relative to the folder of conf.py
    (default ``"../seeds"``).
``newsbook_pages_dir``
    Folder, relative to the source folder, where the generated pages go
    (default ``"articles"``). Pages are written only when their content
    changes, so an unchanged seed causes no rebuild.

Conversion problems are logged as warnings of type ``newsbook.<code>`` at the
seed's ``file:line``; a seed that cannot be converted stops only itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from . import __version__
from .diagnostics import WARNING_PREFIX, Severity
from .pipeline import sync_pages

logger = logging.getLogger(__name__)


def generate_pages(app: Sphinx) -> None:
    confdir = Path(app.confdir)
    seeds_dir = (confdir / app.config.newsbook_seeds_dir).resolve()
    pages_dir = Path(app.srcdir) / app.config.newsbook_pages_dir
    # Paths in pages and messages are relative to the project (seeds/NAME.txt),
    # whatever folder the build runs from: pages must not depend on the cwd.
    report = sync_pages(seeds_dir, pages_dir, display_root=seeds_dir.parent)
    for conversion in report.conversions:
        for diagnostic in conversion.diagnostics:
            if diagnostic.severity is Severity.INFO:
                logger.info("%s: %s", diagnostic.location, diagnostic.message)
            else:
                # Sphinx reads a location without ":" as a docname; a
                # whole-file problem is reported at line 1.
                logger.warning(
                    diagnostic.message,
                    location=f"{diagnostic.path}:{diagnostic.line or 1}",
                    type=WARNING_PREFIX,
                    subtype=diagnostic.code,
                )
    logger.info(
        "newsbook: %d seeds, %d pages written, %d removed",
        len(report.conversions),
        len(report.written),
        len(report.removed),
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("newsbook_seeds_dir", "../seeds", "env", types=[str])
    app.add_config_value("newsbook_pages_dir", "articles", "env", types=[str])
    app.connect("builder-inited", generate_pages)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
