"""newsbook: turn plain-text Japanese news articles into a cross-referenced Sphinx book.

The package is laid out as the pipeline; each subpackage's docstring says what
enters it and what leaves it, and imports go one way, down this list (checked
by ``make lint``, contracts in ``pyproject.toml``):

- ``cli``, ``sphinx``, ``checks``: thin adapters (the command line, the Sphinx
  extension with search and navigation, checks of a built site).
- ``incremental``, then ``pipeline``: the three steps in order, with a cache.
- ``render``: every page kind as MyST Markdown, labels, the UI string table.
- ``i18n``: the translation catalogs.
- ``book``: the whole-book stage over all analysed articles.
- ``analyse``: each article on its own, from bytes to an analysed article.
- ``core``: the types every step shares (the article model, diagnostics).

Everything below the adapters imports no Sphinx, prints nothing and never
exits: it returns results and :class:`~newsbook.core.diagnostics.Diagnostic`
objects. ARCHITECTURE.md is the contributors' guide.
"""

__version__ = "0.1.0"
