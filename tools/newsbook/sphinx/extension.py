"""Sphinx extension: regenerate the book's pages from the seeds at build start.

Add ``"newsbook.sphinx.extension"`` to ``extensions``. Config values:

``newsbook_seeds_dir``
    Folder of seed ``.txt`` files (and the book's ``_book.toml``, the editors'
    ``_aliases.toml`` and ``_terms.toml``), relative to the folder of conf.py
    (default ``"../seeds"``). The title, description, edition, author and
    repository come from ``_book.toml`` (:mod:`newsbook.book.settings`), in the
    edition's language; the front page shows them as ``{{ book_title }}``,
    ``{{ book_subtitle }}`` and ``{{ book_description }}``.

Pages go to ``articles/`` and ``book/`` in the source folder and are written
only when their content changes, so an unchanged seed causes no rebuild.
Seed analyses are cached under the doctree folder and new seeds are analysed
in worker processes (:mod:`newsbook.incremental`), with Sphinx's progress line.
Messages are warnings of type ``newsbook.<code>`` at the seed's ``file:line``.

Besides writing pages, the extension files the general index by Japanese
reading: in HTML it regroups the index under kana rows (あ, か, さ, …) sorted
by reading; for the PDF it writes the readings dictionary that mendex reads.
Another edition keeps Sphinx's alphabetical index, and lists its glossary and
names alphabetically (:mod:`newsbook.sphinx.alphabetical`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.ext.graphviz import graphviz
from sphinx.util import logging
from sphinx.util.display import status_iterator
from sphinx.util.docutils import SphinxDirective
from sphinx.util.index_entries import split_index_msg
from sphinx.util.nodes import extract_messages, traverse_translatable_index

from newsbook import __version__
from newsbook.book.build import Book
from newsbook.book.settings import SOURCE_LANGUAGE, load_settings
from newsbook.core.diagnostics import Diagnostic, Severity
from newsbook.incremental import sync_book_cached
from newsbook.pipeline import Analysis
from newsbook.render.indexing import group_index, mendex_dictionary
from newsbook.render.markup import OVERVIEW_PAGE
from newsbook.render.pages import render_book
from newsbook.render.texts import TranslatedTexts
from newsbook.render.ui import STRINGS
from newsbook.sphinx.alphabetical import AlphabeticalOrder
from newsbook.sphinx.search import remember_analysis

logger = logging.getLogger(__name__)


def generate_pages(app: Sphinx) -> None:
    confdir = Path(app.confdir)
    seeds_dir = (confdir / app.config.newsbook_seeds_dir).resolve()
    # Paths in pages and messages are relative to the project (seeds/NAME.txt),
    # whatever folder the build runs from: pages must not depend on the cwd.
    render_language = app.config.newsbook_render_language
    locale_dir = Path(app.srcdir) / app.config.locale_dirs[0] if app.config.locale_dirs else None
    catalogs = sorted(locale_dir.rglob("*.po")) if locale_dir and locale_dir.exists() else []

    def render(book: Book) -> dict[str, str]:
        remember_analysis(book.articles)  # the search index reads the sentences' tokens
        if render_language == SOURCE_LANGUAGE:
            return render_book(book)
        assert locale_dir is not None
        texts = TranslatedTexts.load(locale_dir, render_language, [a.id for a in book.articles])
        return render_book(book, STRINGS[render_language], texts)

    def pictures(book: Book) -> dict[str, list[str]]:
        return translated_pictures(app, book, locale_dir)

    # Analyses are cached under the doctree folder (make clean drops them); the
    # catalogs are inputs too, since a translated rendering or picture reads them.
    result = sync_book_cached(
        seeds_dir,
        Path(app.srcdir),
        Path(app.doctreedir) / "newsbook",
        display_root=seeds_dir.parent,
        progress=_conversion_progress,
        render=render,
        inputs=catalogs,
        pictures=pictures,
    )
    log_diagnostics(result.diagnostics)
    app.newsbook_readings = result.readings  # type: ignore[attr-defined]
    app.newsbook_pictures = result.pictures  # type: ignore[attr-defined]
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


class _Discarded(dict):  # type: ignore[type-arg]
    """A cache that keeps nothing: each entry is read back from disk when needed."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


def keep_no_doctrees_in_memory(app: Sphinx) -> None:
    """A serial build keeps every page's doctree in memory from reading to
    writing, then every pickled doctree it reads back (Sphinx issue #11124): a
    book of 10,000 articles then needs gigabytes. Each page is read back from
    the doctree folder instead, which costs one file read per page."""
    env = app.env
    for cache in ("_write_doc_doctree_cache", "_pickled_doctree_cache"):
        if isinstance(getattr(env, cache, None), dict):
            setattr(env, cache, _Discarded())


def log_diagnostics(diagnostics: Iterable[Diagnostic]) -> None:
    """Info as info; everything else as a ``newsbook.<code>`` warning at its file:line."""
    for diagnostic in diagnostics:
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


def _conversion_progress(analyses: Iterable[Analysis], count: int) -> Iterable[Analysis]:
    return status_iterator(
        analyses,
        "newsbook: converting seeds... ",
        "darkgreen",
        count,
        stringify_func=lambda analysis: analysis.display,
    )


#: How the language switcher names each edition.
LANGUAGE_NAMES = {"ja": "日本語", "en": "English", "zh": "中文", "ko": "한국어", "fr": "Français"}


def language_switcher(app: Sphinx) -> None:
    """The switcher (docs/_static/language-switcher.js) offers the book's editions."""
    settings = app.newsbook_settings  # type: ignore[attr-defined]
    editions = [{"code": c, "label": LANGUAGE_NAMES.get(c, c)} for c in settings.languages]
    app.add_js_file(None, body=f"window.NEWSBOOK_EDITIONS = {json.dumps(editions)};")


def apply_settings(app: Sphinx, config: Config) -> None:
    """The book's settings (seeds/_book.toml) and per-language values, in the
    edition's language: ``-D language=en`` arrives after conf.py has run."""
    seeds_dir = (Path(app.confdir) / config.newsbook_seeds_dir).resolve()
    settings, problems = load_settings(
        seeds_dir, display=lambda p: os.path.relpath(p, seeds_dir.parent)
    )
    log_diagnostics(problems)
    app.newsbook_settings = settings  # type: ignore[attr-defined]
    for name, value in config.newsbook_latex_by_language.get(config.language, {}).items():
        config[name] = value  # e.g. latex_engine, latex_elements
    # The language the book's texts are shown in: the edition's, or the one the
    # generated pages are rendered in (the English rendering that fills catalogs).
    shown = config.language
    if config.newsbook_render_language != SOURCE_LANGUAGE:
        shown = config.newsbook_render_language
    title = settings.title(shown)
    config.project = config.html_title = config.epub_title = title
    config.latex_documents = [
        (start, target, title, settings.author, theme)
        for start, target, _, _, theme in config.latex_documents
    ]
    if settings.editions.get(shown):
        config.today = settings.editions[shown]  # title pages: the edition, not the build date
    if settings.version:
        config.version = config.release = settings.version
    # No copyright line in the settings: the footer credits the author rather
    # than printing an empty "Copyright ©".
    config.copyright = settings.copyright or settings.author
    config.author = config.epub_publisher = settings.author
    config.epub_uid = config.epub_identifier = f"newsbook-{settings.id}"  # an XML name
    if not config.newsbook_repository:
        config.newsbook_repository = settings.repository
    # The front page shows these with {{ book_title }} ... (MyST substitutions).
    config.myst_substitutions = {
        **config.myst_substitutions,
        "book_title": title,
        "book_subtitle": settings.text(settings.subtitles, shown),
        "book_description": settings.text(settings.descriptions, shown),
    }
    if config.language != SOURCE_LANGUAGE:
        # A translated glossary term is re-registered under its translation, so a
        # translated {term} reference must name the translated term, and Sphinx's
        # i18n.inconsistent_references check (which compares reference targets
        # literally) flags every one of them. The book's own translation checks
        # (tests/test_translations.py) verify instead that each translated message
        # keeps every {ref}/{doc} target and pairs each {term} with its term's
        # English name from seeds/_terms.toml.
        config.suppress_warnings = [*config.suppress_warnings, "i18n.inconsistent_references"]


_GRAPHVIZ_BLOCK = re.compile(
    r"^```\{graphviz\}\n(?::[^\n]*\n)*\n(.*?)^```$", re.MULTILINE | re.DOTALL
)


def translated_pictures(app: Sphinx, book: Book, locale_dir: Path | None) -> dict[str, list[str]]:
    """Docname -> the graphviz code of its pictures in the build's language.

    A picture's labels are graphviz code, not messages a catalog translates:
    a translated build takes them from the pages rendered in its language.
    """
    language = app.config.language
    if language == SOURCE_LANGUAGE or language not in STRINGS or locale_dir is None:
        return {}
    texts = TranslatedTexts.load(locale_dir, language, [a.id for a in book.articles])
    pages = render_book(book, STRINGS[language], texts)
    return {
        name.removesuffix(".md"): _GRAPHVIZ_BLOCK.findall(text)
        for name, text in pages.items()
        if "```{graphviz}" in text
    }


def translate_pictures(app: Sphinx, doctree: nodes.document) -> None:
    pictures = getattr(app, "newsbook_pictures", {}).get(app.env.docname)
    if pictures:
        for node, code in zip(doctree.findall(graphviz), pictures, strict=False):
            node["code"] = code


_DOT_URL = re.compile(r',\s*URL="[^"]*"(?:,\s*target="[^"]*")?')


def pictures_for_builder(app: Sphinx) -> None:
    """EPUB readers reject SVG with a DTD: draw pictures as PNG there."""
    if app.builder.name == "epub":
        app.config.graphviz_output_format = "png"
        # graphviz writes an image map (.png.map) beside each PNG; the EPUB has no
        # use for it, and the EPUB builder warns that it does not know its type.
        app.config.suppress_warnings = [*app.config.suppress_warnings, "epub.unknown_project_files"]


def unlink_pictures(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """A picture's nodes link to HTML pages: only in the HTML book, where those exist.
    (At doctree-resolved, so the change reaches this builder's output only.)"""
    if app.builder.name != "html" and app.builder.name != "dirhtml":
        for node in doctree.findall(graphviz):
            node["code"] = _DOT_URL.sub("", node["code"])


def check_graphviz(app: Sphinx) -> None:
    dot = app.config.graphviz_dot
    if shutil.which(dot) is None:
        raise ExtensionError(
            f"graphviz's {dot!r} command was not found: the book's pictures need it. "
            "Install it with 'make system-deps' (Debian packages graphviz and fonts-noto-cjk)."
        )


# Whole-book pages: the data file an editor edits to change them.
_BOOK_PAGE_SOURCES = {
    "book/entities": "seeds/_aliases.toml",
    "book/graph": "seeds/_aliases.toml",
    "book/glossary": "seeds/_terms.toml",
    "book/timeline": "seeds/_facts.toml",
    "book/figures": "seeds/_facts.toml",
}


def source_links(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """ "View/edit the source" links (furo) point at what an editor edits: an article
    page's seed, a whole-book page's data file, else the page's own source."""
    repository = app.config.newsbook_repository.rstrip("/")
    if not repository:
        return
    branch = app.config.newsbook_repository_branch
    seeds = app.config.newsbook_seeds_dir.removeprefix("../").rstrip("/")
    if pagename.startswith("articles/"):
        path = f"{seeds}/{pagename.removeprefix('articles/')}.txt"
    elif pagename in _BOOK_PAGE_SOURCES:
        path = _BOOK_PAGE_SOURCES[pagename]
    else:
        path = f"docs/{pagename}{context.get('page_source_suffix', '.md')}"
    context["theme_source_edit_link"] = f"{repository}/edit/{branch}/{path}"
    context["theme_source_view_link"] = f"{repository}/blob/{branch}/{path}"


def regroup_index(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    # Another edition's index is Sphinx's own: alphabetical, ignoring case.
    if (app.config.language or SOURCE_LANGUAGE) != SOURCE_LANGUAGE:
        return
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


def record_messages(app: Sphinx, doctree: nodes.document) -> None:
    """The page's translatable messages in document order, as the gettext builder
    extracts them (used to fill the page catalogs: :mod:`newsbook.i18n.translate`)."""
    if not app.config.newsbook_record_messages:
        return
    messages = [msg for _, msg in extract_messages(doctree)]
    if "index" in app.config.gettext_additional_targets:
        for _, entries in traverse_translatable_index(doctree):
            for entry_type, value, _target, _main, _key in entries:
                messages += split_index_msg(entry_type, value)
    recorded = getattr(app, "newsbook_messages", {})
    recorded[app.env.docname] = messages
    app.newsbook_messages = recorded  # type: ignore[attr-defined]


def write_messages(app: Sphinx, exception: Exception | None) -> None:
    target = app.config.newsbook_record_messages
    if exception is None and target:
        recorded = getattr(app, "newsbook_messages", {})
        Path(target).write_text(
            json.dumps(dict(sorted(recorded.items())), ensure_ascii=False, indent=0),
            encoding="utf-8",
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.graphviz")
    app.add_config_value("newsbook_seeds_dir", "../seeds", "env", types=[str])
    # The repository's web address (GitHub-style /edit/ and /blob/ links) and branch.
    app.add_config_value("newsbook_repository", "", "html", types=[str])
    app.add_config_value("newsbook_repository_branch", "main", "html", types=[str])
    # LaTeX settings that differ by language: {"en": {"latex_engine": "lualatex", ...}}.
    app.add_config_value("newsbook_latex_by_language", {}, "env", types=[dict])
    # Render the generated pages in this language (the page catalogs of the
    # English edition are filled from an English rendering); books build in "ja".
    app.add_config_value("newsbook_render_language", "ja", "env", types=[str])
    app.connect("config-inited", apply_settings)
    # A JSON file to write every page's messages to, in order (serial builds only).
    app.add_config_value("newsbook_record_messages", "", "", types=[str])
    app.connect("doctree-read", record_messages)
    app.connect("doctree-read", translate_pictures)
    app.connect("build-finished", write_messages)
    app.add_directive("newsbook-overview", BookOverview)
    app.add_transform(AlphabeticalOrder)
    app.connect("builder-inited", check_graphviz)
    app.connect("builder-inited", language_switcher)
    app.connect("builder-inited", pictures_for_builder)
    app.connect("doctree-resolved", unlink_pictures)
    app.connect("builder-inited", generate_pages)
    app.connect("builder-inited", keep_no_doctrees_in_memory)
    app.connect("html-page-context", regroup_index)
    app.connect("html-page-context", source_links)
    app.connect("build-finished", write_mendex_dictionary)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
