"""Checks of a built book, run by the tests and ``make check-site``.

Enters: a folder of built HTML. Leaves: its broken links, anchors and pictures
(``links``, ``python -m newsbook.checks.links SITE``).
"""
