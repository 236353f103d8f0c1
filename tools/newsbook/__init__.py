"""newsbook: turn plain-text Japanese news articles into a cross-referenced Sphinx book.

The core (``decode``, ``structure``, ``metadata``, ``japanese``, ``summarize``,
``render``, ``pipeline``) imports no Sphinx, prints nothing and never exits: it
returns results and :class:`~newsbook.diagnostics.Diagnostic` objects.
``sphinxext`` and ``cli`` are thin adapters over it.
"""

__version__ = "0.1.0"
