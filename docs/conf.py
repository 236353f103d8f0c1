"""Sphinx configuration for the DeepSeek news book."""

project = "DeepSeekショック ニュースブック"
author = "newsbook contributors"
copyright = "2025, newsbook contributors; articles belong to their publishers"
language = "ja"

extensions = ["myst_parser", "newsbook.sphinxext", "newsbook.search"]

newsbook_seeds_dir = "../seeds"
newsbook_pages_dir = "articles"

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "locale"]
root_doc = "index"

html_theme = "furo"
html_title = project
html_static_path = ["_static"]
html_css_files = ["newsbook.css"]
# Japanese search: SudachiPy terms in the index, segmented queries in the
# browser (newsbook/search.py). The default splitter indexes fragments (大規, 模言).
html_search_options = {"type": "newsbook.search.SudachiSplitter"}

# Japanese PDF: uplatex with embedded HaranoAji fonts on A4 paper.
latex_engine = "uplatex"
latex_documents = [(root_doc, "newsbook.tex", project, author, "manual")]
latex_elements = {
    "papersize": "a4paper",
    "preamble": r"\usepackage[haranoaji]{pxchfon}",
}
