"""Step 3: every page of the book as MyST Markdown, in one language.

Enters: the :class:`newsbook.book.build.Book` and how its texts read in the
edition's language (``texts``: the data itself, or the article catalogs).
Leaves: page path → Markdown (:func:`newsbook.render.pages.render_book`; one
module per page kind, over ``markup`` and ``context``), the pages written when
their bytes change (``output``), index readings (``indexing``). ``labels``
derives every target from content; ``ui`` holds the generated pages' strings,
one table per language.
"""
