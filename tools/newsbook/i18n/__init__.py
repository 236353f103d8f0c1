"""The translation catalogs of the other editions (gettext, sphinx-intl).

Enters: the analysed articles and the book (for the article catalogs), the
page catalogs sphinx-intl writes, and the messages of both renderings of the
generated pages.
Leaves: ``catalogs`` (one catalog per article, the text translators
translate), ``translate`` (page catalogs filled from the English rendering),
``pofiles`` (catalog bytes with no tool version or clock time), ``check`` and
``stats`` (what ``make check-translations`` and ``make translation-stats``
report).
"""
