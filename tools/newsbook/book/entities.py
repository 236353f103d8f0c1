"""Whole-book stage: people, organisations, products and places, with every mention.

Two sources, merged:

* the editors' alias file ``seeds/_aliases.toml``: one table per entity, with
  a stable ASCII id, its kind, its display name, optional reading and every
  other spelling (梁文峰 = Liang Wenfeng = リャン・ウェンフォン). Merging
  spellings across scripts is data, never code;
* SudachiPy's proper-noun tags (人名, 地名) for names the file does not know:
  katakana names joined by ``・`` (ヤン・ルカン) count as one person.
  SudachiPy tags Latin words and organisations too loosely (AI, Week) to be
  trusted alone, so organisations and products come from the file.

Example file::

    ignore = ["見方"]          # words SudachiPy wrongly tags as names

    [entity.liang-wenfeng]
    name = "梁文峰"
    kind = "person"            # person | organization | product | place
    reading = "りゃんうぇんふぉん"   # optional; else SudachiPy's reading
    aliases = ["Liang Wenfeng", "リャン・ウェンフォン"]
    en = "Liang Wenfeng"       # the name in the English edition (else the name itself)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from newsbook.analyse.japanese import reading
from newsbook.book.datafiles import line_of, load_toml, string_list
from newsbook.book.mentions import (
    COUNTED_KINDS,
    Mention,
    articles_mentioning,
    find_mentions,
    first_blocks,
)
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.ids import text_hash
from newsbook.core.model import Article, Token

ALIASES_FILE = "_aliases.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KATAKANA_NAME = re.compile(r"^[\u30a0-\u30ff]+$")


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PRODUCT = "product"
    PLACE = "place"


@dataclass(frozen=True)
class AliasEntry:
    id: str
    name: str
    kind: EntityKind
    reading: str | None
    aliases: tuple[str, ...]
    english: str | None = None


@dataclass(frozen=True)
class AliasFile:
    entries: tuple[AliasEntry, ...] = ()
    ignore: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Entity:
    id: str  # ASCII, stable: the alias file's key, or a hash of an auto-detected name
    name: str
    kind: EntityKind
    reading: str  # hiragana (or the Latin name itself), for the index
    spellings: tuple[str, ...]  # every spelling found in the book, name first
    mentions: tuple[Mention, ...]  # in book order
    curated: bool  # from the alias file
    english: str | None = None  # the English edition's name, when it differs

    # Cached: every article page asks every entity and term (frozen, so safe).
    @cached_property
    def article_ids(self) -> tuple[str, ...]:
        return articles_mentioning(self.mentions)

    @cached_property
    def first_blocks(self) -> dict[str, int]:
        return first_blocks(self.mentions)


def load_aliases(
    seeds_dir: Path, display: Callable[[Path], str]
) -> tuple[AliasFile, list[Diagnostic]]:
    path = seeds_dir / ALIASES_FILE
    shown = display(path)
    data, problems = load_toml(path, shown, Code.ALIASES)
    if data is None:
        return AliasFile(), problems

    def problem(needle: str, message: str) -> None:
        problems.append(
            Diagnostic(shown, line_of(path, needle), Severity.WARNING, Code.ALIASES, message)
        )

    ignore = string_list(data.get("ignore", []))
    if ignore is None:
        problem("ignore", "'ignore' must be a list of strings")
    tables = data.get("entity", {})
    entries: list[AliasEntry] = []
    if not isinstance(tables, dict):
        problem("entity", "'entity' must be tables: [entity.some-id]")
        tables = {}
    for key in data:
        if key not in ("ignore", "entity"):
            problem(key, f"unknown key {key!r} (known: ignore, entity)")
    for entity_id, table in tables.items():
        where = f"[entity.{entity_id}]"
        if not _ID.match(entity_id):
            problem(where, f"entity id {entity_id!r} must be lower-case ASCII, digits and '-'")
            continue
        if not isinstance(table, dict):
            problem(where, f"{where} must be a table")
            continue
        name, kind, aliases = table.get("name"), table.get("kind"), table.get("aliases", [])
        entry_reading, english = table.get("reading"), table.get("en")
        unknown = set(table) - {"name", "kind", "reading", "aliases", "en"}
        if unknown:
            problem(where, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        elif not (isinstance(name, str) and name.strip()):
            problem(where, f"{where}: 'name' must be a non-empty string")
        elif kind not in tuple(EntityKind):
            known = ", ".join(k.value for k in EntityKind)
            problem(where, f"{where}: 'kind' must be one of {known}")
        elif string_list(aliases) is None:
            problem(where, f"{where}: 'aliases' must be a list of strings")
        elif not all(isinstance(v, str | None) for v in (entry_reading, english)):
            problem(where, f"{where}: 'reading' and 'en' must be strings")
        else:
            entries.append(
                AliasEntry(
                    entity_id,
                    name.strip(),
                    EntityKind(kind),
                    entry_reading,
                    string_list(aliases) or (),
                    english,
                )
            )
    if problems:
        problems.append(
            Diagnostic(shown, None, Severity.WARNING, Code.ALIASES, "alias file ignored")
        )
        return AliasFile(), problems
    owners: dict[str, str] = {}
    for entry in entries:
        for spelling in (entry.name, *entry.aliases):
            if spelling in owners and owners[spelling] != entry.id:
                problems.append(
                    Diagnostic(
                        shown,
                        line_of(path, f'"{spelling}"'),
                        Severity.WARNING,
                        Code.DUPLICATE,
                        f"spelling {spelling!r} belongs to both {owners[spelling]!r} and "
                        f"{entry.id!r}; kept for {owners[spelling]!r}",
                    )
                )
            owners.setdefault(spelling, entry.id)
    return AliasFile(tuple(entries), frozenset(ignore or ())), problems


def find_entities(
    articles: Sequence[Article], aliases: AliasFile, alias_display: str
) -> tuple[tuple[Entity, ...], list[Diagnostic]]:
    """Entities of the book, each with its mentions; sorted by reading within kind."""
    entries = {e.id: e for e in aliases.entries}
    owner_of: dict[str, str] = {}
    for entry in aliases.entries:
        for spelling in (entry.name, *entry.aliases):
            owner_of.setdefault(spelling, entry.id)
    detected = _detect_names(articles, set(owner_of) | aliases.ignore)
    for name, kind in detected.items():
        entity_id = f"{kind.value}-{text_hash(name)}"
        entries[entity_id] = AliasEntry(entity_id, name, kind, None, ())
        owner_of[name] = entity_id
    mentions = find_mentions(articles, owner_of)
    curated = {e.id for e in aliases.entries}
    entities = []
    problems = []
    for entity_id, entry in entries.items():
        found = mentions.get(entity_id, [])
        if not found:
            if entity_id in curated:
                problems.append(
                    Diagnostic(
                        alias_display,
                        None,
                        Severity.INFO,
                        Code.ALIASES,
                        f"entity {entity_id!r} is mentioned in no article",
                    )
                )
            continue
        spellings = (
            entry.name,
            *dict.fromkeys(m.surface for m in found if m.surface != entry.name),
        )
        entities.append(
            Entity(
                id=entity_id,
                name=entry.name,
                kind=entry.kind,
                reading=entry.reading or reading(entry.name),
                spellings=spellings,
                mentions=tuple(found),
                curated=entity_id in curated,
                english=entry.english,
            )
        )
    entities.sort(key=lambda e: (list(EntityKind).index(e.kind), e.reading.lower(), e.id))
    return tuple(entities), problems


def _detect_names(articles: Sequence[Article], known: set[str]) -> dict[str, EntityKind]:
    """Person and place names that SudachiPy tags and the alias file does not know."""
    found: dict[str, EntityKind] = {}
    for article in articles:
        for sentence in article.sentences:
            if sentence.kind not in COUNTED_KINDS:
                continue
            for name, kind in _names_in(sentence.tokens_c):
                if name not in known and not any(name in k for k in known if len(k) > len(name)):
                    found.setdefault(name, kind)
    return found


def _names_in(tokens: Sequence[Token]) -> list[tuple[str, EntityKind]]:
    """Katakana runs joined by ``・`` with a 人名 part are people; 地名 tokens are places."""
    names: list[tuple[str, EntityKind]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if _KATAKANA_NAME.match(token.surface) and token.pos[0] == "名詞":
            run = [token]
            j = i + 1
            while (
                j + 1 < len(tokens)
                and tokens[j].surface == "・"
                and _KATAKANA_NAME.match(tokens[j + 1].surface)
            ):
                run += [tokens[j], tokens[j + 1]]
                j += 2
            if len(run) > 1 and any(t.pos[1:3] == ("固有名詞", "人名") for t in run):
                names.append(("".join(t.surface for t in run), EntityKind.PERSON))
                i = j
                continue
        if token.pos[1:3] == ("固有名詞", "地名") and len(token.surface) >= 2:
            if not token.surface.isascii():
                names.append((token.surface, EntityKind.PLACE))
        i += 1
    return names
