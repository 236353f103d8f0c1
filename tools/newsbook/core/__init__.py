"""The types every step shares: the article model and located diagnostics.

Enters: nothing (imports no other part of newsbook).
Leaves: :mod:`~newsbook.core.model` (frozen dataclasses of an article, each
piece with its seed line) and :mod:`~newsbook.core.diagnostics` (``Code``,
``Diagnostic``: a warning with its file and line), :mod:`~newsbook.core.ids`
(ids derived from content).
"""
