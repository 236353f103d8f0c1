"""Step 2: the whole-book stage, over every analysed article at once.

Enters: the analysed articles (:class:`newsbook.core.model.Article`) and the
editors' data files beside the seeds (``_aliases.toml``, ``_terms.toml``,
``_facts.toml``, read by ``datafiles`` and ``fact_corrections``).
Leaves: :class:`newsbook.book.build.Book`: entities, glossary terms, related
articles, sources, the front page's key points, dated events, figures and
disagreements, with located diagnostics.

:func:`newsbook.book.build.build_book` runs the stages; each stage module
(``entities``, ``glossary``, ``related``, ``sources``, ``overview``,
``facts``) takes the articles and returns data.
"""
