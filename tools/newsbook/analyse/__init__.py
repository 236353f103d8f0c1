"""Step 1: each article on its own, from the seed's bytes to an analysed article.

Enters: a seed file's bytes and its override file (``<seed>.override.toml``).
Leaves: :class:`newsbook.core.model.Article` (structure, located sentences,
metadata, keywords, summary) and diagnostics.

Order (run by :func:`newsbook.pipeline.analyse_seed`): ``decode`` (bytes to
text, at this one boundary) → ``structure`` (title, byline, blocks,
references) → ``sentences`` → ``metadata`` → ``summarize`` (over
``features``). ``japanese`` is the only module that imports SudachiPy;
``dates`` and ``figures`` read dates and amounts out of a sentence.
"""
