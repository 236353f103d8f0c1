"""Whole-book stage: people, organizations, products and places, with every mention.

Two sources, merged:

* the editors' alias file ``seeds/_aliases.toml``: one table per entity, with
  a stable ASCII id, its kind, its display name, optional reading and every
  other spelling (梁文峰 = Liang Wenfeng = リャン・ウェンフォン). Merging
  spellings across scripts is data, never code;
* the names found in the text (:mod:`newsbook.analyse.names`: people,
  organizations, products and places, from SudachiPy's tags and the words
  that end a name), with the spellings the text itself defines: short forms
  in brackets, a town with its prefecture, a person's family name alone.
  The file corrects them: it names what the text does not, merges spellings
  across scripts, sets kinds and ignores words.

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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from newsbook.analyse.japanese import reading
from newsbook.analyse.names import HOME_COUNTRY, ORGANIZATION_ENDS, loose_words
from newsbook.book.datafiles import line_of, load_toml, string_list
from newsbook.book.mentions import (
    Mention,
    articles_mentioning,
    find_mentions,
    first_blocks,
)
from newsbook.book.sounds import LEAST_CONSONANTS, katakana_consonants, latin_consonants
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.ids import text_hash
from newsbook.core.model import COUNTED_KINDS, Article, Name, Sentence, token_spans

ALIASES_FILE = "_aliases.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


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
    for name, found_name in detected.items():
        entity_id = f"{found_name.kind.value}-{text_hash(name)}"
        forms = tuple(f for f in found_name.forms if f not in owner_of)
        entries[entity_id] = AliasEntry(entity_id, name, found_name.kind, None, forms)
        for spelling in (name, *forms):
            owner_of.setdefault(spelling, entity_id)
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


_COMPANY = "社"
#: What makes a place's bare name a unit's: 福島 → 福島県, 八戸 → 八戸市.
_ADMIN_UNITS = frozenset("県 府 都 道 市 町 村 区 郡 州 省".split())
#: What a place's full name adds to the name it is called by: 関東地方, ジャワ島,
#: 小笠原諸島, カムチャツカ半島, ロシア連邦, アメリカ合衆国, 日本国.
_PLACE_WORDS = ("地方", "列島", "諸島", "半島", "島", "合衆国", "連邦", "共和国", "王国", "国")


_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{2,}$")  # NHK, USGS: not 金
_CAPITALS = re.compile(r"^[A-Z]{2,6}$")
_LATIN_WORDS = re.compile(r"^[A-Za-z]+$")
_KANJI = re.compile(r"^[\u4e00-\u9fff]+$")
_KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc・]+$")
_CAMEL = re.compile(r"^(?:[A-Z][a-z]+){2,}$")  # AssociatedPress
#: What follows a body's name in another spelling of it: 朝日新聞社, ロイター通信.
_BODY_WORDS = ("社", "通信")


def _word_starts(sentence: Sentence, name: Name) -> frozenset[int]:
    """Offsets in the name where one of SudachiPy's short units begins."""
    return frozenset(
        start - name.start
        for start, _, _ in token_spans(sentence.tokens_a)
        if name.start <= start < name.end
    )


def _in_order(short: str, full: str) -> bool:
    """Are the characters of ``short`` in ``full``, in order?"""
    rest = iter(full)
    return all(c in rest for c in short)


def _words(name: str, starts: frozenset[int]) -> list[str]:
    cuts = sorted({0, *starts, len(name)})
    return [name[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _leaves_out_words(short: str, words: Sequence[str]) -> bool:
    """Is ``short`` some of ``words`` (two at least, the last among them), in order?"""
    at, used = 0, 0
    for word in words:
        if short.startswith(word, at):
            at += len(word)
            used += 1
    return at == len(short) and 2 <= used < len(words) and short.endswith(words[-1])


#: What a body's full name adds to the name it goes by: 朝日|新聞, 東武|鉄道.
_KIND_OF_BODY = frozenset(
    "新聞 新聞社 通信 通信社 放送 鉄道 電鉄 電力 銀行 証券 航空 グループ 社".split()
)


def _normal_form(sentence: Sentence, name: Name) -> str:
    """The name as SudachiPy's normalized forms of its tokens, without ・ and spaces."""
    inside = [
        token
        for start, end, token in token_spans(sentence.tokens_c)
        if name.start <= start and end <= name.end
    ]
    if "".join(t.surface for t in inside) != name.text:
        return re.sub(r"[・\s]", "", name.text)  # not on token bounds: as written
    # (Numbers stay as written: SudachiPy's 6000000 for 600万 is no spelling.)
    return re.sub(
        r"[・\s]",
        "",
        "".join(t.surface if t.pos[1] == "数詞" else t.normalized for t in inside),
    )


def _abbreviates(short: str, full: str, word_starts: frozenset[int]) -> bool:
    """``short`` is the first characters of ``full``'s words, in order, from its
    first (日経: 日本|経済|新聞; 陸自: 陸上|自衛隊; 日赤: 日本|赤十字|社)."""
    if short[0] != full[0] or full.startswith(short):
        return False  # 外務省 of 外務省海外安全相談センター is a part, not a short form
    at, starts = 0, sorted(word_starts)
    for c in short[1:]:
        at = next((i for i in starts if i > at and full[i] == c), -1)
        if at < 0:
            return False
    return True


#: Units a bare name most likely means first: a prefecture, state or province.
_UNIT_LEVELS = ("県都府道州省", "市", "町村区郡")


def _unit_level(place: str) -> int:
    return next(
        (level for level, ends in enumerate(_UNIT_LEVELS) if place[-1] in ends),
        len(_UNIT_LEVELS),
    )


def _bare_place(name: str) -> set[str]:
    """The name a place is called by without its unit or feature word (関東 of 関東地方)."""
    bare = {name[:-1]} if name[-1] in _ADMIN_UNITS else set()
    word = next((w for w in _PLACE_WORDS if name.endswith(w)), None)
    if word and len(name) - len(word) >= 2:
        bare.add(name.removesuffix(word))
    return bare


class _Spellings:
    """Spellings joined into entities (union-find): the root is the name shown."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def root(self, spelling: str) -> str:
        while spelling in self._parent:
            spelling = self._parent[spelling]
        return spelling

    def join(self, spelling: str, name: str) -> None:
        """``spelling`` is another spelling of ``name`` (unless it is one already)."""
        a, b = self.root(spelling), self.root(name)
        if a != b and spelling not in self._parent:
            self._parent[a] = b

    def spellings(self) -> list[str]:
        return list(self._parent)


def _index(names: Sequence[str], keys: Callable[[str], set[str]]) -> dict[str, list[str]]:
    """key -> the names it is a key of (a part -> the longer names holding it)."""
    found: dict[str, list[str]] = {}
    for name in names:
        for key in keys(name):
            if key != name:
                found.setdefault(key, []).append(name)
    return found


def _listed(name: str, known: set[str]) -> bool:
    """The alias file's already: one of its spellings, a part of one, or one with 社
    (NVIDIA社 is NVIDIA)."""
    if name in known or any(name in k for k in known if len(k) > len(name)):
        return True
    return name.endswith(_COMPANY) and name.removesuffix(_COMPANY) in known


@dataclass(frozen=True)
class _Detected:
    kind: EntityKind
    forms: tuple[str, ...]  # other spellings of the same entity, in first-seen order


def _detect_names(articles: Sequence[Article], known: set[str]) -> dict[str, _Detected]:
    """Names found in the text (:mod:`newsbook.analyse.names`) that the alias file
    does not know, each with the spellings the text gives it.

    A name's kind is the one it is found as most often. Spellings merge where the
    text says so and only where it is unambiguous: a short form or reading defined
    in brackets (日本放送協会(NHK)), a town written with its prefecture
    (茨城県新治村), a person's family or given name alone (福田, めぐみ) when one
    person of the book has it, a place's bare name (福島) when one place of the
    book is that name and a unit (福島県), a body's name with 社 or 通信 (朝日新聞社,
    ロイター通信), a body's name without its country (ユニセフ協会 for the one
    日本ユニセフ協会), a Latin name and the katakana name that sounds like it
    (NewKerala, ニュー・ケララ), a country's kanji short name (韓国 for 大韓民国),
    a club's name with words left out (楽天イーグルス). A short form two names
    share (安保理 for two councils, 金 for 金正日 and 金大中) stays apart from
    both, except an acronym (USGS after アメリカ地質調査所 and after
    米国地質調査所), which names one body.
    """
    kinds: dict[str, Counter[EntityKind]] = {}
    defined: dict[str, dict[str, None]] = {}  # short form -> the names defining it
    listed: dict[str, bool] = {}  # a name found -> the alias file has it (asked once per name)
    normal_of: dict[str, str] = {}  # a name found -> its dictionary form (讀賣 and 読売: 読み売り)
    word_starts: dict[str, frozenset[int]] = {}  # a name found -> where its words begin
    loose: set[str] = set()  # kanji nouns of 2 to 4 characters outside every name
    loose_names: set[str] = set()  # words SudachiPy knows as names, outside every name
    for article in articles:
        outside = article.loose_words or loose_words(article.sentences)
        loose.update(outside.kanji)
        loose_names.update(outside.proper)
        for sentence in article.sentences:
            if sentence.kind not in COUNTED_KINDS:
                continue
            for name in sentence.names:
                if name.text not in listed:
                    listed[name.text] = _listed(name.text, known)
                if listed[name.text]:
                    continue
                kinds.setdefault(name.text, Counter())[EntityKind(name.kind)] += 1
                if name.text not in normal_of:
                    normal_of[name.text] = _normal_form(sentence, name)
                    word_starts[name.text] = _word_starts(sentence, name)
                for form in name.forms:
                    if form not in known:
                        defined.setdefault(form, {})[name.text] = None
    kind_of = {text: counts.most_common(1)[0][0] for text, counts in sorted(kinds.items())}
    merged = _Spellings()
    for form, names in defined.items():
        if len(form) < 2:
            continue
        if len(names) == 1:
            merged.join(form, next(iter(names)))
        elif _ACRONYM.match(form):
            # USGS after アメリカ地質調査所 and after 米国地質調査所: one body, two spellings.
            first, *others = names
            for other in (form, *others):
                merged.join(other, first)
    # 讀賣新聞社 and 読売新聞社, ウェスト・オーストラリアン and ウエストオーストラリアン:
    # one name in two scripts or spellings that SudachiPy reads as one word.
    by_normal: dict[tuple[str, EntityKind], str] = {}
    for text, kind in kind_of.items():
        first = by_normal.setdefault((normal_of[text], kind), text)
        if first != text:
            merged.join(text, first)
    # NewKerala and ニュー・ケララ, TheJakartaPost and ジャカルタポスト: a Latin
    # name and the one katakana name of its kind that sounds like it.
    by_sound: dict[tuple[str, EntityKind], list[str]] = {}
    for text, kind in kind_of.items():
        if _KATAKANA_NAME.match(text):
            by_sound.setdefault((katakana_consonants(text), kind), []).append(text)
    for text, kind in kind_of.items():
        if _LATIN_WORDS.match(text) and not text.isupper():
            sound = latin_consonants(text)
            holders = by_sound.get((sound, kind), [])
            if len(sound) >= LEAST_CONSONANTS and len(holders) == 1:
                merged.join(text, holders[0])
    people = [t for t, k in kind_of.items() if k is EntityKind.PERSON]
    # A family or given name alone: one person of the book whose name starts or ends with it.
    holders_of = _index(
        people,
        lambda name: (
            {name[:k] for k in range(2, len(name))} | {name[-k:] for k in range(2, len(name))}
        ),
    )
    for part in people:
        holders = holders_of.get(part, [])
        if len(holders) == 1:
            merged.join(part, holders[0])
    places = [t for t, k in kind_of.items() if k is EntityKind.PLACE]
    # 福島 for 福島県, 四川 for 四川省: the bare name of one place of the book.
    units_of = _index(places, _bare_place)
    for bare in places:
        holders = units_of.get(bare, [])
        # 栃木 with 栃木県 and 栃木市 is the prefecture; ハワイ with ハワイ州 and
        # ハワイ島 the state: a bare name stands for the largest unit of that name.
        best = min((_unit_level(h) for h in holders), default=None)
        holders = [h for h in holders if _unit_level(h) == best]
        if len(holders) == 1:
            merged.join(bare, holders[0])
    # 韓国 for 大韓民国, 中国 for 中華人民共和国: a country's kanji short name
    # made of its full name's characters in order, when one country has them.
    full_countries = [p for p in places if len(p) >= 4 and p.endswith("国") and _KANJI.match(p)]
    for short in places:
        if len(short) == 2 and short.endswith("国") and _KANJI.match(short):
            holders = [p for p in full_countries if _in_order(short, p)]
            if len(holders) == 1:
                merged.join(short, holders[0])
    bodies = [t for t, k in kind_of.items() if k is EntityKind.ORGANIZATION]
    body_set = set(bodies)
    # 楽天イーグルス is 東北楽天ゴールデンイーグルス: a club's name with some of
    # its words left out, ending in the same katakana word, when one body has it.
    words_of = {body: _words(body, word_starts[body]) for body in bodies}
    nicknamed: dict[str, list[str]] = {}  # last katakana word -> the bodies ending in it
    for body, words in words_of.items():
        last = words[-1]
        if len(last) >= 3 and _KATAKANA_NAME.match(last) and last not in ORGANIZATION_ENDS:
            nicknamed.setdefault(last, []).append(body)  # イーグルス, not グループ
    for body, words in words_of.items():
        holders = [
            h
            for h in nicknamed.get(words[-1], [])
            if len(h) > len(body) and _leaves_out_words(body, words_of[h])
        ]
        if len(holders) == 1:
            merged.join(body, holders[0])
    # 朝日新聞社 is 朝日新聞, ロイター通信 ロイター; ユニセフ協会 is the one 日本ユニセフ協会.
    longer_of = _index(bodies, lambda name: {name[k:] for k in range(1, len(name) - 3)})
    body_of_normal = {normal_of[b]: b for b in reversed(bodies)}
    for body in bodies:
        base = next((body.removesuffix(w) for w in _BODY_WORDS if body.endswith(w)), None)
        normal = normal_of[body]
        normal_base = next(
            (normal.removesuffix(w) for w in _BODY_WORDS if normal.endswith(w)), None
        )
        if base and base in body_set:
            merged.join(body, base)
        elif normal_base and normal_base in body_of_normal:
            merged.join(body, body_of_normal[normal_base])  # 讀賣新聞社 is 読売新聞
        elif len(longer_of.get(body, [])) == 1:
            merged.join(body, longer_of[body][0])
    # AssociatedPress is AP 通信, TBSNewsi is TBS: a Latin name and the one body
    # of the book whose short form is its initials or begins it.
    short_of: dict[str, list[str]] = {}
    for body in bodies:
        short = next((body.removesuffix(w) for w in _BODY_WORDS if body.endswith(w)), body).strip()
        if _CAPITALS.match(short):
            short_of.setdefault(short, []).append(body)
    for body in bodies:
        if not _LATIN_WORDS.match(body):
            continue
        initials = "".join(c for c in body if c.isupper())
        holders = short_of.get(initials, []) if _CAMEL.match(body) else []
        if not holders:
            prefix = re.match(r"[A-Z]{2,6}(?=[A-Z][a-z])", body)
            holders = short_of.get(prefix.group(), []) if prefix else []
        if len(holders) == 1 and holders[0] != body:
            merged.join(body, holders[0])
    # 日経 is 日本経済新聞, 東急 東京急行: a short form made of the full name's
    # characters in order, from its first, skipping some, when one body of the
    # book has it.
    place_set = set(places)
    for body in bodies:
        # 日本国外務省 is 外務省: Japanese news names Japan's bodies without
        # the country (中国外務省 is another body).
        country = next(
            (
                k
                for k in range(len(body) - 1, 0, -1)
                if body[:k] in HOME_COUNTRY and body[:k] in place_set and body[k:] in body_set
            ),
            None,
        )
        if country:
            merged.join(body, body[country:])
    # 朝日 is 朝日新聞, 東武 東武鉄道: a name (or a word SudachiPy knows as a
    # name) that one body of the book is, with the word for its kind of body.
    # (Indexed by that name: comparing every word with every body grew with
    # the square of the book.)
    with_kind_word: dict[str, list[str]] = {}  # 朝日 -> [朝日新聞]
    for body in bodies:
        for word in _KIND_OF_BODY:
            if len(body) > len(word) and body.endswith(word):
                with_kind_word.setdefault(body[: -len(word)], []).append(body)
    for short in sorted(loose_names | {b for b in bodies if len(b) >= 2}):
        holders = with_kind_word.get(short, [])
        if len(holders) == 1 and holders[0] != short:
            kind_of.setdefault(short, EntityKind.ORGANIZATION)
            merged.join(short, holders[0])
    # The text's own words that are such short forms (陸自, 日赤, 国連: SudachiPy
    # knows them as words, not as names) join their body too.
    bodies_from: dict[str, list[str]] = {}  # first character -> the bodies it begins
    for body in bodies:
        bodies_from.setdefault(body[0], []).append(body)
    shorts = [*(b for b in bodies if 2 <= len(b) <= 4), *sorted(loose - set(kind_of))]
    for short in shorts:
        if short in with_kind_word:
            continue  # 朝日 is 朝日新聞's: not 朝鮮日報's 朝|日
        holders = [
            b
            for b in bodies_from.get(short[0], [])
            if len(b) > len(short) and _abbreviates(short, b, word_starts[b])
        ]
        # 国連 of 国際連合 and of 国際連合世界食糧計画: the body the others belong to.
        holders = [h for h in holders if not any(o != h and h.startswith(o) for o in holders)]
        if len(holders) == 1:
            if short not in kind_of:
                kind_of[short] = EntityKind.ORGANIZATION
            merged.join(short, holders[0])
    detected: dict[str, dict[str, None]] = {}
    for text in kind_of:
        detected.setdefault(merged.root(text), {})
    for spelling in [*kind_of, *merged.spellings()]:
        root = merged.root(spelling)
        if root != spelling and root in detected:
            detected[root][spelling] = None
    return {
        text: _Detected(kind_of.get(text, EntityKind.PLACE), tuple(forms))
        for text, forms in detected.items()
        if text in kind_of
    }
