"""Sphinx extension: regenerate the book's pages from the seeds at build start.

Add ``"newsbook.sphinxext"`` to ``extensions``. Config values:

``newsbook_seeds_dir``
    Folder of seed ``.txt`` files (and the editors' ``_aliases.toml`` and
    ``_terms.toml``), relative to the folder of conf.py (default ``"../seeds"``).

Pages go to ``articles/`` and ``book/`` in the source folder and are written
only when their content changes, so an unchanged seed causes no rebuild.
Seed analyses are cached under the doctree folder and new seeds are analysed
in worker processes (:mod:`newsbook.incremental`), with Sphinx's progress line.
Messages are warnings of type ``newsbook.<code>`` at the seed's ``file:line``.

Besides writing pages, the extension files the general index by Japanese
reading: in HTML it regroups the index under kana rows (あ, か, さ, …) sorted
by reading; for the PDF it writes the readings dictionary that mendex reads.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.display import status_iterator
from sphinx.util.docutils import SphinxDirective

from . import __version__
from .diagnostics import Severity
from .incremental import sync_book_cached
from .indexing import group_index, mendex_dictionary
from .pipeline import Analysis
from .render import OVERVIEW_PAGE

logger = logging.getLogger(__name__)


def generate_pages(app: Sphinx) -> None:
    confdir = Path(app.confdir)
    seeds_dir = (confdir / app.config.newsbook_seeds_dir).resolve()
    # Paths in pages and messages are relative to the project (seeds/NAME.txt),
    # whatever folder the build runs from: pages must not depend on the cwd.
    # Analyses are cached under the doctree folder (make clean drops them).
    result = sync_book_cached(
        seeds_dir,
        Path(app.srcdir),
        Path(app.doctreedir) / "newsbook",
        display_root=seeds_dir.parent,
        progress=_conversion_progress,
    )
    for diagnostic in result.diagnostics:
        if diagnostic.severity is Severity.INFO:
            logger.info("%s: %s", diagnostic.location, diagnostic.message)
        else:
            # Sphinx reads a location without ":" as a docname; a whole-file
            # problem is reported at line 1.
            logger.warning(
                diagnostic.message,
                location=f"{diagnostic.path}:{diagnostic.line or 1}",
                type="newsbook",
                subtype=diagnostic.code.value,
            )
    app.newsbook_readings = result.readings  # type: ignore[attr-defined]
    logger.info(
        "newsbook: %d seeds (%d analysed, %d from the cache%s), %d entities, %d terms; "
        "%d pages written, %d removed",
        result.seeds,
        result.analysed,
        result.reused,
        ", book unchanged" if result.unchanged_book else "",
        result.entities,
        result.terms,
        len(result.written),
        len(result.removed),
    )


def _conversion_progress(analyses: Iterable[Analysis], count: int) -> Iterable[Analysis]:
    return status_iterator(
        analyses,
        "newsbook: converting seeds... ",
        "darkgreen",
        count,
        stringify_func=lambda analysis: analysis.display,
    )


def check_graphviz(app: Sphinx) -> None:
    dot = app.config.graphviz_dot
    if shutil.which(dot) is None:
        raise ExtensionError(
            f"graphviz's {dot!r} command was not found: the book's pictures need it. "
            "Install it with 'make system-deps' (Debian packages graphviz and fonts-noto-cjk)."
        )


def regroup_index(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if pagename == "genindex" and "genindexentries" in context:
        readings = getattr(app, "newsbook_readings", {})
        context["genindexentries"] = group_index(context["genindexentries"], readings)
        context["genindexcounts"] = [
            sum(1 + len(entry[1][1]) for entry in entries)
            for _, entries in context["genindexentries"]
        ]


def write_mendex_dictionary(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.name != "latex":
        return
    readings = getattr(app, "newsbook_readings", {})
    for document in app.config.latex_documents:
        stem = Path(document[1]).stem
        # latexmk runs mendex with "-d <name>.dic" (Sphinx's latexmkjarc).
        (Path(app.outdir) / f"{stem}.dic").write_text(mendex_dictionary(readings), encoding="utf-8")


class BookOverview(SphinxDirective):
    """``{newsbook-overview}``: the generated key points, on the front page.

    The book disables docutils' file insertion (docutils.conf: no article text
    may ever pull in a file), so the one file the converter writes for the
    front page is inserted by this directive instead of ``{include}``.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        path = Path(self.env.srcdir) / OVERVIEW_PAGE
        self.env.note_dependency(str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=str(path)), 0, container)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.graphviz")
    app.add_config_value("newsbook_seeds_dir", "../seeds", "env", types=[str])
    app.add_directive("newsbook-overview", BookOverview)
    app.connect("builder-inited", check_graphviz)
    app.connect("builder-inited", generate_pages)
    app.connect("html-page-context", regroup_index)
    app.connect("build-finished", write_mendex_dictionary)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
