"""The Sphinx adapters: the only part of newsbook that imports Sphinx.

Enters: the Sphinx application and its config (``newsbook_*`` values).
Leaves: pages regenerated from the seeds at the start of a build
(``extension``), the Japanese search splitter and its browser half
(``search``, ``search_terms``, ``search.js``), and shared navigation for large
books (``navigation``). Each module is a Sphinx extension of its own.
"""
