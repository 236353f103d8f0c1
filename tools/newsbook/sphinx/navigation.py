"""Sphinx extension: the sidebar navigation of a large book, rendered once per folder.

Add ``"newsbook.sphinx.navigation"`` to ``extensions``. Config value:

``newsbook_shared_navigation_from``
    From this many documents on (default 150), pages share one rendering of
    the navigation tree per folder depth; smaller books keep the theme's own
    per-page rendering exactly.

Why: furo asks Sphinx for the whole contents tree on every page
(``toctree(collapse=False, maxdepth=-1, includehidden=True)``); Sphinx
resolves and renders the tree anew for each page, and furo parses the result
with BeautifulSoup, so writing N pages costs N times a tree of N entries. A
profile of a 1,000-article build spends most of its writing time there.
The tree differs between pages only in which entry is "current" and in the
relative path of its links, so it is rendered once per folder depth with no
current entry (furo's parser caches by the HTML string, so it parses it once
too), and a few lines of script mark the current page and open its branch in
the reader's browser. Without script, every entry is still there and works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sphinx.application import Sphinx

from newsbook import __version__

DEFAULT_FROM = 150

# Marks the link to this page and its ancestors as furo would have on the server.
_MARK_CURRENT = """
document.addEventListener("DOMContentLoaded", () => {
  const tree = document.querySelector(".sidebar-tree");
  if (!tree || tree.querySelector(".current-page")) return;
  const here = location.pathname;
  const link = [...tree.querySelectorAll("a.reference.internal")].find(
    (a) => new URL(a.href, location.href).pathname === here);
  if (!link) return;
  link.classList.add("current");
  let item = link.closest("li");
  if (item) item.classList.add("current-page");
  for (; item && tree.contains(item); item = item.parentElement.closest("li")) {
    item.classList.add("current");
    item.parentElement.classList.add("current");
    const box = item.querySelector(":scope > input.toctree-checkbox");
    if (box) box.checked = true;
  }
});
"""


def share_navigation(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Replace the page's ``toctree()`` with one shared by pages at the same depth."""
    if len(app.env.found_docs) < app.config.newsbook_shared_navigation_from:
        return
    if "toctree" not in context:
        return
    folder = pagename.rpartition("/")[0]
    context["toctree"] = _shared_toctree(app, folder)


def _shared_toctree(app: Sphinx, folder: str) -> Callable[..., str]:
    renderings: dict[tuple[Any, ...], str] = app.builder.__dict__.setdefault(
        "_newsbook_navigation", {}
    )
    # Links are relative, so one rendering per folder. A name no document has,
    # in the page's folder: links come out relative
    # to that folder and no entry is current.
    nowhere = f"{folder}/_newsbook_navigation" if folder else "_newsbook_navigation"

    def toctree(collapse: bool = True, **kwargs: Any) -> str:
        key = (folder, collapse, *sorted(kwargs.items()))
        if key not in renderings:
            renderings[key] = app.builder._get_local_toctree(  # type: ignore[attr-defined]
                nowhere, collapse=collapse, **kwargs
            )
        return renderings[key]

    return toctree


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("newsbook_shared_navigation_from", DEFAULT_FROM, "html", types=[int])
    # Before the theme's handler (priority 500), which calls toctree().
    app.connect("html-page-context", share_navigation, priority=400)
    app.add_js_file(None, body=_MARK_CURRENT)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
