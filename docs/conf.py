"""Sphinx configuration for the DeepSeek news book."""

project = "DeepSeekショック ニュースブック"
author = "newsbook contributors"
copyright = "2025, newsbook contributors; articles belong to their publishers"
language = "ja"

extensions = ["myst_parser", "newsbook.sphinxext"]

newsbook_seeds_dir = "../seeds"
newsbook_pages_dir = "articles"

# docutils.conf beside this file turns off file insertion and raw markup.
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "locale"]
root_doc = "index"

html_theme = "furo"
html_title = project
html_static_path = ["_static"]
html_css_files = ["newsbook.css"]

# Japanese PDF: uplatex with embedded HaranoAji fonts on A4 paper.
latex_engine = "uplatex"
latex_documents = [(root_doc, "newsbook.tex", project, author, "manual")]
latex_elements = {
    "papersize": "a4paper",
    "preamble": r"\usepackage[haranoaji]{pxchfon}",
}
