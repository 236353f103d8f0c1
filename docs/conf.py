"""Sphinx configuration for the DeepSeek news book."""

project = "DeepSeekショック ニュースブック"
author = "newsbook contributors"
copyright = "2025, newsbook contributors; articles belong to their publishers"
language = "ja"

extensions = [
    "myst_parser",
    "sphinx.ext.graphviz",
    "newsbook.sphinxext",
    "newsbook.search",
    # Large books: the sidebar tree rendered once per folder, not once per page.
    "newsbook.navigation",
]

# Seeds, and the editors' alias and terms files, live here (relative to this folder).
newsbook_seeds_dir = "../seeds"

# docutils.conf beside this file turns off file insertion and raw markup.
source_suffix = {".md": "markdown"}
# book/overview.inc.md is included by the front page, not a page of its own.
exclude_patterns = ["_build", "locale", "book/*.inc.md"]
root_doc = "index"
# Metadata fields (":出典: …") are field lists: label and value are separate messages.
myst_enable_extensions = ["fieldlist"]

html_theme = "furo"
html_title = project
html_static_path = ["_static"]
html_css_files = ["newsbook.css"]
# Japanese search: SudachiPy terms in the index, segmented queries in the
# browser (newsbook/search.py). The default splitter indexes fragments (大規, 模言).
html_search_options = {"type": "newsbook.search.SudachiSplitter"}

# Pictures: SVG in HTML (text stays text), PDF in LaTeX. The CJK font must be
# visible to fontconfig (Debian fonts-noto-cjk, installed by make system-deps).
graphviz_output_format = "svg"

# Japanese PDF: uplatex with embedded HaranoAji fonts on A4 paper.
latex_engine = "uplatex"
latex_documents = [(root_doc, "newsbook.tex", project, author, "manual")]
latex_elements = {
    "papersize": "a4paper",
    "preamble": r"\usepackage[haranoaji]{pxchfon}",
}
