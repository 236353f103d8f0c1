"""Sphinx extension: Japanese search that finds what readers type.

Add ``"newsbook.sphinx.search"`` to ``extensions`` and select the splitter::

    html_search_options = {"type": "newsbook.sphinx.search.SudachiSplitter"}

Index side: :class:`SudachiSplitter` indexes the terms of
:func:`newsbook.sphinx.search_terms.search_terms` (Sudachi compounds, their parts,
noun runs and normalized forms) instead of the fragments Sphinx's default
splitter makes (大規, 模言).

Query side: Sphinx's browser code looks a typed Japanese query up as one
token. With this splitter selected, the Japanese search language also ships
``search.js`` (inside ``language_data.js``, which only the search page loads):
it cuts the query at particles with the browser's ``Intl.Segmenter``, looks
each content run up whole and then as a sequence of indexed terms, ranks
pages holding the whole run above pages holding only its parts, and feeds the
parts to Sphinx's snippet and highlight code. Sphinx's search page, its
look and its scoring constants stay as they are.

Without the ``type`` option Sphinx's own splitter and browser code are used
unchanged (the benchmark builds the book both ways).

Every edition's search page also gets ``search-snippets.js`` (inline): Sphinx
9 throws on a result for an inline index entry, whose target is empty; the
snippet shows the paragraph holding the entry instead.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

from sphinx.application import Sphinx
from sphinx.search.ja import BaseSplitter, SearchJapanese

from newsbook import __version__
from newsbook.analyse.japanese import analyzer, split_sentences
from newsbook.core.model import Article
from newsbook.sphinx.search_terms import normalize, search_terms, terms_of_tokens

#: Article sentences as the analysis tokenized them: text -> (mode C, mode A).
#: Each was tokenized once when its article was analysed; the index reads
#: the terms of those tokens instead of running SudachiPy over the same
#: sentence again. Terms, not tokens, are kept: the index needs nothing else,
#: and the book's tokens would stay in memory for the whole build.
_ANALYSED: dict[str, tuple[str, ...]] = {}


def remember_analysis(articles: Iterable[Article]) -> None:
    """Let the splitter reuse these articles' tokens (before Sphinx writes the index)."""
    _ANALYSED.clear()
    for article in articles:
        for sentence in article.sentences:
            # Only text the index sees as it is: NFKC and lower case change nothing.
            if (
                sentence.tokens_c
                and sentence.text not in _ANALYSED
                and normalize(sentence.text) == sentence.text
            ):
                terms = terms_of_tokens(sentence.tokens_c, sentence.tokens_a)
                _ANALYSED[sentence.text] = tuple(sys.intern(t) for t in terms)


@functools.lru_cache(maxsize=50_000)
def sentence_terms(sentence: str) -> tuple[str, ...]:
    """One sentence's terms: from its analysis when an article has it, else from
    SudachiPy (generated text; quoted sentences repeat across pages, hence the cache)."""
    analysed = _ANALYSED.get(sentence)
    if analysed is not None:
        return analysed
    return tuple(search_terms(sentence, analyzer()))


class SudachiSplitter(BaseSplitter):
    """Index Japanese text with SudachiPy's analysis, sentence by sentence."""

    def split(self, input: str) -> list[str]:
        text = normalize(input)
        terms: dict[str, None] = {}
        for start, end in split_sentences(text):
            terms.update(dict.fromkeys(sentence_terms(text[start:end])))
        return list(terms)


class SearchJapaneseSudachi(SearchJapanese):
    """Sphinx's Japanese search language, plus browser code for our splitter."""

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        if isinstance(self.splitter, SudachiSplitter):
            self.js_splitter_code = browser_code()


def browser_code() -> str:
    return files(__package__).joinpath("search.js").read_text(encoding="utf-8")


def _search_page_scripts(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if pagename == "search":
        code = files(__package__).joinpath("search-snippets.js").read_text(encoding="utf-8")
        app.add_js_file(None, body=code)


def setup(app: Sphinx) -> dict[str, Any]:
    # Replaces Sphinx's "ja" entry; it behaves exactly like Sphinx's unless
    # html_search_options selects SudachiSplitter.
    app.add_search_language(SearchJapaneseSudachi)
    app.connect("html-page-context", _search_page_scripts)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
