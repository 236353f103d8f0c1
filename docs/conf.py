"""Sphinx configuration of the book. Nothing here is about the book's subject:
its title, description, edition, author and repository are in seeds/_book.toml,
which the newsbook extension reads (README, "Make your own book")."""

import os

# Set from seeds/_book.toml by newsbook.sphinx.extension, in the edition's language.
project = "newsbook"
author = "newsbook contributors"
language = "ja"

extensions = [
    "myst_parser",
    "sphinx.ext.graphviz",
    "sphinxext.opengraph",
    "sphinx_sitemap",
    "newsbook.sphinx.extension",
    "newsbook.sphinx.search",
    # Large books: the sidebar tree rendered once per folder, not once per page.
    "newsbook.sphinx.navigation",
    # Large books: a page read for the first time does not scan every label.
    "newsbook.sphinx.first_reads",
]

# Where the book is published. Read the Docs tells the build (its environment);
# a local build uses the address of `make preview`.
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "http://127.0.0.1:8000/")
# The repository, for "view/edit the source" links (the seed, for an article page).
_clone_url = os.environ.get("READTHEDOCS_GIT_CLONE_URL", "")
newsbook_repository = _clone_url.removesuffix(".git") if _clone_url.startswith("https://") else ""
newsbook_repository_branch = os.environ.get("READTHEDOCS_GIT_IDENTIFIER", "main")

# Seeds, and the editors' alias and terms files, live here (relative to this folder).
newsbook_seeds_dir = "../seeds"

# The English edition: sphinx-intl catalogs, one per page, under locale/en/LC_MESSAGES/.
locale_dirs = ["locale/"]
gettext_compact = False
gettext_additional_targets = ["index"]

# docutils.conf beside this file turns off file insertion and raw markup.
source_suffix = {".md": "markdown"}
# book/overview.inc.md is included by the front page, not a page of its own.
exclude_patterns = ["_build", "locale", "book/*.inc.md"]
root_doc = "index"
# Metadata fields (":出典: …") are field lists: label and value are separate messages.
# Substitutions: the front page's {{ book_title }} and {{ book_description }}.
myst_enable_extensions = ["fieldlist", "substitution"]

# furo: light and dark modes, a per-page contents list, readable type and a
# small, fast page (see README, "The book's look").
html_theme = "furo"
html_theme_options = {
    # Japanese first: the book's text is Japanese, and its Latin runs read well in these too.
    "light_css_variables": {
        "font-stack": (
            '"Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", '
            '"Yu Gothic", Meiryo, system-ui, -apple-system, "Segoe UI", sans-serif'
        ),
    },
}
# OpenGraph cards for shared links (sphinxext-opengraph), and a sitemap (sphinx-sitemap).
ogp_site_url = html_baseurl
ogp_image = "_static/card.png"
ogp_enable_meta_description = True
# The card image is ours (above): no generated cards (those would need matplotlib).
ogp_social_cards = {"enable": False}
sitemap_url_scheme = "{link}"
# Each edition is its own site (/ja/, /en/ on Read the Docs): no cross-language alternates.
sitemap_locales = [None]
html_static_path = ["_static"]
html_favicon = "_static/favicon.png"
html_css_files = ["newsbook.css"]
# Opens the same page in the other edition (html/ja and html/en side by side, or
# Read the Docs' /ja/ and /en/ projects).
html_js_files = ["language-switcher.js"]
# Japanese search: SudachiPy terms in the index, segmented queries in the
# browser (newsbook/search.py). The default splitter indexes fragments (大規, 模言).
html_search_options = {"type": "newsbook.sphinx.search.SudachiSplitter"}

# Pictures: SVG in HTML (text stays text), PDF in LaTeX. The CJK font must be
# visible to fontconfig (Debian fonts-noto-cjk, installed by make system-deps).
graphviz_output_format = "svg"

# Japanese PDF: uplatex with embedded HaranoAji fonts on A4 paper.
latex_engine = "uplatex"
latex_documents = [(root_doc, "newsbook.tex", project, author, "manual")]
latex_elements = {
    "papersize": "a4paper",
    # Embedded HaranoAji fonts; chapters are articles, numbered without ujbook's 第…章.
    "preamble": r"""
\usepackage[haranoaji]{pxchfon}
\renewcommand{\prechaptername}{}
\renewcommand{\postchaptername}{}
""",
}
# The English PDF: lualatex, which Read the Docs runs for a project that is not
# Japanese (it runs uplatex's latexmkjarc only for Japanese), with luatexja for
# the Japanese names: Latin Modern (in every TeX installation), HaranoAji for Japanese.
newsbook_latex_by_language = {
    "en": {
        "latex_engine": "lualatex",
        "latex_use_xindy": False,  # makeindex: the index of the English edition is in English
        "latex_elements": {
            "papersize": "a4paper",
            "fontpkg": r"""
\setmainfont{Latin Modern Roman}
\setsansfont{Latin Modern Sans}
\setmonofont{Latin Modern Mono}
""",
            "preamble": r"\usepackage[haranoaji]{luatexja-preset}",
        },
    },
}

# EPUB: the same book for e-readers; the search page needs JavaScript e-readers lack.
# Its identifier (epub_uid, one id for the OPF and the NCX) comes from the settings.
epub_basename = "newsbook"
epub_exclude_files = ["search.html", "genindex.html"]
epub_show_urls = "no"
