"""A translated edition lists its glossary and its names in its own alphabetical order.

The generated pages list terms and names in Japanese reading order (kana
order), and another edition is the same pages with every message translated
(:mod:`newsbook.i18n.translate`), so it would keep the kana order: "Silicon
Valley" before "Croatia". After the translation transform, this one sorts, in
a build whose language is not the source's, the entries of every glossary and
the names under each kind of the entities page by their translated text,
ignoring case. The Japanese edition is left as it is.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from newsbook.book.settings import SOURCE_LANGUAGE
from newsbook.render.markup import BOOK_DIR

ENTITIES_PAGE = f"{BOOK_DIR}/entities"


def sort_key(text: str) -> str:
    return text.casefold()


class AlphabeticalOrder(SphinxTransform):
    # After sphinx.transforms.i18n.Locale (20) has put the translations in, and
    # after docutils has moved each label's ids onto the section it names (260).
    default_priority = 300

    def apply(self, **kwargs: object) -> None:
        if (self.config.language or SOURCE_LANGUAGE) == SOURCE_LANGUAGE:
            return
        for glossary in self.document.findall(addnodes.glossary):
            for definitions in glossary.findall(nodes.definition_list):
                _sort_glossary(definitions)
        if self.env.docname == ENTITIES_PAGE:
            for page in self.document.children:
                if isinstance(page, nodes.section):
                    for kind in [c for c in page.children if isinstance(c, nodes.section)]:
                        _sort_sections(kind)


def _sort_glossary(definitions: nodes.definition_list) -> None:
    items = [c for c in definitions.children if isinstance(c, nodes.definition_list_item)]
    if len(items) != len(definitions.children):
        return
    items.sort(key=lambda item: sort_key(item.next_node(nodes.term).astext()))
    definitions.children = []
    definitions.extend(items)


def _sort_sections(parent: nodes.section) -> None:
    """Sort ``parent``'s subsections by title; a label before a section moves with it."""
    children = list(parent.children)
    first = next((i for i, c in enumerate(children) if isinstance(c, nodes.section)), None)
    if first is None:
        return
    while first > 0 and isinstance(children[first - 1], nodes.target):
        first -= 1
    head, groups, pending = children[:first], [], []
    for child in children[first:]:
        pending.append(child)
        if isinstance(child, nodes.section):
            groups.append(pending)
            pending = []
        elif not isinstance(child, nodes.target):
            return  # not a list of labelled sections: leave it
    if pending:
        return
    groups.sort(key=lambda group: sort_key(group[-1].next_node(nodes.title).astext()))
    parent.children = []
    parent.extend(head + [node for group in groups for node in group])
