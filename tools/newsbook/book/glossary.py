"""Whole-book stage: the glossary of technical terms, each defined by a quoted sentence.

The book's text proposes its terms (:mod:`newsbook.book.termhood`); the
editors' file ``seeds/_terms.toml`` corrects them: it adds terms, gives them
other spellings, readings, definitions and English names, leaves proposals
out (``ignore``) and sets how many the text may propose (``propose``, 0 for
none). Each term is defined by the editor's text if the file gives one, else
by the sentence of the book that best explains it, quoted and linked: a
sentence that says what the term is (「Xとは」, 「X(…)」, 「Xは…のこと」)
before one that only uses it, a paragraph before a caption, a short sentence
before a long one.

Example file::

    propose = 30                         # terms the text may propose (default 30; 0: none)
    ignore = ["緊急援助"]                 # proposals that are not terms of this book

    [[term]]
    name = "蒸留"
    aliases = ["ディスティレーション"]   # other spellings, linked to the same entry
    reading = "じょうりゅう"              # optional; else SudachiPy's reading
    definition = "大きなモデルの出力で小さなモデルを訓練する手法。"   # optional
    en = "distillation"                  # the term in the English edition
    en_definition = "Training a small model on a large model's outputs."  # with definition
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from newsbook.analyse.japanese import reading
from newsbook.book.datafiles import line_of, load_toml, string_list
from newsbook.book.mentions import (
    Mention,
    articles_mentioning,
    find_mentions,
    first_blocks,
)
from newsbook.book.termhood import DEFAULT_LIMIT, propose_terms, tells_no_term
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.model import Article, Sentence, SentenceKind

TERMS_FILE = "_terms.toml"
_KNOWN_KEYS = frozenset({"name", "aliases", "reading", "definition", "en", "en_definition"})
_FILE_KEYS = ("term", "propose", "ignore")
# What follows a term in a sentence that says what it is, strongest first:
# 「Xとは…」, a gloss in brackets 「X(…)」, 「Xは…のこと／を指す」.
_DEFINING = (
    re.compile(r"^\s*とは"),
    re.compile(r"^[(（][^)）]{2,}[)）]"),
    re.compile(r"^は[^。]*(?:のこと|を指す)"),
)
# Sphinx splits a glossary line on " : " (classifiers): a term must not contain it.
_UNSAFE_TERM = re.compile(r" : |[`<>]")


@dataclass(frozen=True)
class TermEntry:
    name: str
    aliases: tuple[str, ...]
    reading: str | None
    definition: str | None
    english: str | None = None
    english_definition: str | None = None
    proposed: bool = False  # found in the text, not listed by an editor


@dataclass(frozen=True)
class TermsFile:
    entries: tuple[TermEntry, ...] = ()
    propose: int = DEFAULT_LIMIT
    ignore: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Quote:
    article_id: str
    sentence: Sentence


@dataclass(frozen=True)
class Term:
    name: str
    reading: str  # hiragana, for the index
    spellings: tuple[str, ...]  # name first
    definition: str | None  # the editor's text
    quote: Quote | None  # else the sentence that explains it
    mentions: tuple[Mention, ...]
    english: str | None = None  # the English edition's term
    english_definition: str | None = None

    # Cached: every article page asks every entity and term (frozen, so safe).
    @cached_property
    def article_ids(self) -> tuple[str, ...]:
        return articles_mentioning(self.mentions)

    @cached_property
    def first_blocks(self) -> dict[str, int]:
        return first_blocks(self.mentions)


def load_terms(
    seeds_dir: Path, display: Callable[[Path], str]
) -> tuple[tuple[TermEntry, ...], list[Diagnostic]]:
    """The editors' terms of ``seeds/_terms.toml``."""
    terms_file, problems = load_terms_file(seeds_dir, display)
    return terms_file.entries, problems


def load_terms_file(
    seeds_dir: Path, display: Callable[[Path], str]
) -> tuple[TermsFile, list[Diagnostic]]:
    path = seeds_dir / TERMS_FILE
    shown = display(path)
    data, problems = load_toml(path, shown, Code.TERMS)
    if data is None:
        return TermsFile(), problems

    def problem(needle: str, message: str) -> None:
        problems.append(
            Diagnostic(shown, line_of(path, needle), Severity.WARNING, Code.TERMS, message)
        )

    tables = data.get("term", [])
    for key in data:
        if key not in _FILE_KEYS:
            problem(key, f"unknown key {key!r} (known: {', '.join(_FILE_KEYS)})")
    propose = data.get("propose", DEFAULT_LIMIT)
    if not isinstance(propose, int) or isinstance(propose, bool) or propose < 0:
        problem("propose", "'propose' must be a whole number, 0 or more")
    ignore = string_list(data.get("ignore", []))
    if ignore is None:
        problem("ignore", "'ignore' must be a list of strings")
    if not isinstance(tables, list):
        problem("term", "terms must be written as [[term]] tables")
        tables = []
    entries: list[TermEntry] = []
    for number, table in enumerate(tables, start=1):
        where = f"term #{number}"
        name = table.get("name") if isinstance(table, dict) else None
        if not isinstance(table, dict) or not isinstance(name, str) or not name.strip():
            problem("[[term]]", f"{where}: 'name' must be a non-empty string")
            continue
        needle = f'"{name}"'
        aliases = string_list(table.get("aliases", []))
        term_reading, definition = table.get("reading"), table.get("definition")
        english, english_definition = table.get("en"), table.get("en_definition")
        if set(table) - _KNOWN_KEYS:
            unknown = ", ".join(sorted(set(table) - _KNOWN_KEYS))
            problem(needle, f"term {name!r}: unknown key(s) {unknown}")
        elif aliases is None:
            problem(needle, f"term {name!r}: 'aliases' must be a list of strings")
        elif any(_UNSAFE_TERM.search(s) for s in (name, *aliases)):
            problem(needle, f"term {name!r}: a spelling may not contain ' : ', '`', '<' or '>'")
        elif not all(
            isinstance(v, str | None)
            for v in (term_reading, definition, english, english_definition)
        ):
            problem(
                needle,
                f"term {name!r}: 'reading', 'definition', 'en' and 'en_definition' must be strings",
            )
        else:
            entries.append(
                TermEntry(
                    name.strip(), aliases, term_reading, definition, english, english_definition
                )
            )
    if problems:
        problems.append(Diagnostic(shown, None, Severity.WARNING, Code.TERMS, "terms file ignored"))
        return TermsFile(), problems
    return TermsFile(tuple(entries), propose, frozenset(ignore or ())), problems


def with_proposals(
    terms_file: TermsFile,
    articles: Sequence[Article],
    names: Iterable[str],
    boilerplate: frozenset[str],
) -> tuple[TermEntry, ...]:
    """The editors' terms, then the text's proposals that none of them covers."""
    taken = [s for e in terms_file.entries for s in (e.name, *e.aliases)]
    proposals = propose_terms(
        articles, names, boilerplate, terms_file.propose + len(terms_file.ignore)
    )
    added = [
        TermEntry(p.text, (), None, None, proposed=True)
        for p in proposals
        if p.text not in terms_file.ignore
        and not any(p.text in spelling or spelling in p.text for spelling in taken)
    ]
    return (*terms_file.entries, *added[: terms_file.propose])


def build_glossary(
    articles: Sequence[Article],
    entries: Sequence[TermEntry],
    terms_display: str,
    boilerplate: frozenset[str],
) -> tuple[tuple[Term, ...], list[Diagnostic]]:
    """The terms that occur in the book, each with its definition and mentions
    (quoted from no sentence of ``boilerplate``)."""
    owner_of: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for entry in entries:
        for spelling in (entry.name, *entry.aliases):
            if spelling in owner_of:
                problems.append(
                    Diagnostic(
                        terms_display,
                        None,
                        Severity.WARNING,
                        Code.DUPLICATE,
                        f"spelling {spelling!r} is listed for two terms; kept for "
                        f"{owner_of[spelling]!r}",
                    )
                )
                continue
            owner_of[spelling] = entry.name
    mentions = find_mentions(articles, owner_of)
    by_id = {article.id: article for article in articles}
    terms = []
    for entry in entries:
        found = mentions.get(entry.name, [])
        if not found and entry.proposed:
            # Every occurrence is part of a longer term (振替 in 郵便振替 and
            # 振替手数料): the longer terms are the entries.
            continue
        if not found:
            problems.append(
                Diagnostic(
                    terms_display,
                    None,
                    Severity.WARNING,
                    Code.TERMS,
                    f"term {entry.name!r} occurs in no article",
                )
            )
            continue
        quote = None
        if not entry.definition:
            quote = _best_definition(by_id, found, entry, boilerplate)
        spellings = (
            entry.name,
            *dict.fromkeys(m.surface for m in found if m.surface != entry.name),
        )
        terms.append(
            Term(
                name=entry.name,
                reading=entry.reading or reading(entry.name),
                spellings=spellings,
                definition=entry.definition,
                quote=quote,
                mentions=tuple(found),
                english=entry.english,
                english_definition=entry.english_definition,
            )
        )
    terms.sort(key=lambda t: (t.reading.lower(), t.name))
    return tuple(terms), problems


def _whole_sentence(text: str) -> bool:
    return (
        text.endswith("。")
        and not text.startswith("『")
        and text.count("「") == text.count("」")
        and text.count("『") == text.count("』")
    )


def _best_definition(
    articles: Mapping[str, Article],
    mentions: Sequence[Mention],
    entry: TermEntry,
    boilerplate: frozenset[str],
) -> Quote | None:
    """The sentence mentioning the term (``mentions``, in book order) that best
    says what the term is."""
    spellings = (entry.name, *entry.aliases)
    best: tuple[tuple[int, int, int, int, int], Quote] | None = None
    order = 0
    for article_id, index in dict.fromkeys((m.article_id, m.sentence) for m in mentions):
        sentence = articles[article_id].sentences[index]
        if sentence.kind not in (SentenceKind.PARAGRAPH, SentenceKind.LIST_ITEM):
            continue
        positions = [(sentence.text.find(s), s) for s in spellings if s in sentence.text]
        if not positions or tells_no_term(sentence, boilerplate):
            continue
        order += 1
        at, spelling = min(positions)
        after = sentence.text[at + len(spelling) :]
        rank = (
            next((n for n, rule in enumerate(_DEFINING) if rule.match(after)), len(_DEFINING)),
            0 if sentence.kind is SentenceKind.PARAGRAPH else 1,
            # A sentence before a fragment, a cited title (『…』。) or a piece
            # of a quotation (…ほしい」と期待を寄せている。).
            0 if _whole_sentence(sentence.text) else 1,
            len(sentence.text) // 40,  # short before long, in steps of a line
            order,
        )
        if best is None or rank < best[0]:
            best = (rank, Quote(article_id, sentence))
    return best[1] if best else None
