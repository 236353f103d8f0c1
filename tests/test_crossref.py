"""The whole-book stage on tiny literal books: entities, glossary, related articles,
sources, overview, labels and the reading-sorted index."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbook.analyse.decode import DecodedText
from newsbook.analyse.overrides import Overrides
from newsbook.book.build import build_book
from newsbook.book.entities import EntityKind
from newsbook.book.glossary import TermEntry, build_glossary
from newsbook.book.related import related_articles
from newsbook.core.diagnostics import Code
from newsbook.core.model import Article
from newsbook.pipeline import analyse
from newsbook.render import labels
from newsbook.render.indexing import group_index, kana_row, mendex_dictionary

ALIASES = """
[entity.liang-wenfeng]
name = "梁文峰"
kind = "person"
reading = "りょうぶんぽう"
aliases = ["Liang Wenfeng", "リャン・ウェンフォン"]

[entity.nvidia]
name = "NVIDIA"
kind = "organization"
aliases = ["エヌビディア"]

[entity.deepseek-r1]
name = "DeepSeek R1"
kind = "product"
aliases = ["R1"]

[entity.deepseek]
name = "DeepSeek"
kind = "organization"
aliases = ["ディープシーク"]
"""

TERMS = """
[[term]]
name = "推論モデル"

[[term]]
name = "蒸留"
aliases = ["ディスティレーション"]
"""


def article(article_id: str, text: str) -> Article:
    return analyse(article_id, f"seeds/{article_id}.txt", DecodedText(text, "utf-8"), Overrides())


def seeds(tmp_path: Path, aliases: str = ALIASES, terms: str = TERMS) -> Path:
    (tmp_path / "_aliases.toml").write_text(aliases, encoding="utf-8")
    (tmp_path / "_terms.toml").write_text(terms, encoding="utf-8")
    return tmp_path


A = article(
    "a",
    "記事A\n創業者の梁文峰は杭州で会社を興した。\nエヌビディアの株価が下がった。\n"
    "推論モデルとは、段階を踏んで考えるモデルである。\n",
)
B = article(
    "b",
    "記事B\nLiang Wenfeng氏はDeepSeek R1を公開した。\nNVIDIAは反論した。\n"
    "推論モデルが注目された。\n",
)
C = article("c", "記事C\nリャン・ウェンフォンはディープシークの創業者だ。\nR1は無料で使える。\n")


def test_spellings_across_scripts_are_one_entity(tmp_path: Path) -> None:
    book = build_book([A, B, C], seeds(tmp_path))
    liang = next(e for e in book.entities if e.id == "liang-wenfeng")
    assert liang.kind is EntityKind.PERSON
    assert liang.spellings == ("梁文峰", "Liang Wenfeng", "リャン・ウェンフォン")
    assert liang.article_ids == ("a", "b", "c")
    nvidia = next(e for e in book.entities if e.id == "nvidia")
    assert nvidia.article_ids == ("a", "b")


@pytest.mark.parametrize(
    ("entity_id", "mentions"),
    [
        ("deepseek-r1", [("b", "DeepSeek R1"), ("c", "R1")]),
        # DeepSeek inside "DeepSeek R1" belongs to the longer name.
        ("deepseek", [("c", "ディープシーク")]),
    ],
)
def test_the_longest_spelling_wins(tmp_path: Path, entity_id: str, mentions: list) -> None:
    book = build_book([A, B, C], seeds(tmp_path))
    entity = next(e for e in book.entities if e.id == entity_id)
    assert [(m.article_id, m.surface) for m in entity.mentions] == mentions


def test_each_mention_points_at_its_paragraph(tmp_path: Path) -> None:
    book = build_book([A, B, C], seeds(tmp_path))
    liang = next(e for e in book.entities if e.id == "liang-wenfeng")
    first = liang.mentions[0]
    block = A.structure.blocks[first.block]
    assert "梁文峰" in block.texts[0]
    assert first.line == 2


def test_names_sudachi_tags_as_places_are_found_without_the_alias_file(tmp_path: Path) -> None:
    book = build_book([A], seeds(tmp_path))
    assert ("杭州", EntityKind.PLACE) in [(e.name, e.kind) for e in book.entities]


def test_ignored_names_are_not_entities(tmp_path: Path) -> None:
    book = build_book([A], seeds(tmp_path, 'ignore = ["杭州"]\n' + ALIASES))
    assert "杭州" not in [e.name for e in book.entities]


def test_a_term_is_defined_by_the_sentence_that_says_what_it_is(tmp_path: Path) -> None:
    book = build_book([B, A], seeds(tmp_path))
    term = next(t for t in book.terms if t.name == "推論モデル")
    assert term.quote is not None
    assert term.quote.article_id == "a"
    assert term.quote.sentence.text == "推論モデルとは、段階を踏んで考えるモデルである。"
    assert term.article_ids == ("b", "a")


def test_a_term_in_no_article_is_reported(tmp_path: Path) -> None:
    book = build_book([A, B, C], seeds(tmp_path))
    problems = [d for d in book.diagnostics if d.code is Code.TERMS]
    assert [d.message for d in problems] == ["term '蒸留' occurs in no article"]


def test_a_proposed_term_found_only_inside_longer_terms_is_left_out_silently() -> None:
    entries = [
        TermEntry("郵便振替", (), None, None, proposed=True),
        TermEntry("振替", (), None, None, proposed=True),
    ]
    donations = article("p", "寄付の受付\n\n寄付は郵便振替で受け付ける。\n")
    terms, problems = build_glossary([donations], entries, "seeds/_terms.toml", frozenset())
    assert [t.name for t in terms] == ["郵便振替"]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "content", "line", "message"),
    [
        ("_aliases.toml", "[entity.x]\nname = \n", 2, "not valid UTF-8 TOML"),
        ("_aliases.toml", '[entity.Bad]\nname = "x"\nkind = "person"\n', 1, "must be lower-case"),
        ("_aliases.toml", '[entity.x]\nname = "x"\nkind = "animal"\n', 1, "'kind' must be one of"),
        ("_terms.toml", '[[term]]\nname = "x"\ncolour = 1\n', 2, "unknown key(s) colour"),
    ],
)
def test_a_broken_data_file_is_reported_at_its_line_and_ignored(
    tmp_path: Path, name: str, content: str, line: int, message: str
) -> None:
    seeds(tmp_path)
    (tmp_path / name).write_text(content, encoding="utf-8")
    book = build_book([A, B, C], tmp_path, display=lambda p: f"seeds/{p.name}")
    first = book.diagnostics[0]
    assert (first.path, first.line) == (f"seeds/{name}", line)
    assert message in first.message
    assert any("ignored" in d.message for d in book.diagnostics)
    assert book.articles == (A, B, C)  # the book is still built


def test_related_articles_come_from_shared_items_weighted_by_rarity() -> None:
    items = {
        "entity:everywhere": ["a", "b", "c", "d"],  # in every article: relates nobody
        "entity:rare": ["a", "c"],
        "term:x": ["a", "c", "d"],
        "term:y": ["b", "d"],
    }
    related = related_articles(["a", "b", "c", "d"], items)
    assert [(r.article_id, r.shared) for r in related["a"]] == [
        ("c", ("entity:rare", "term:x")),
        ("d", ("term:x",)),
    ]
    assert [r.article_id for r in related["b"]] == ["d"]


def test_sources_list_publishers_and_urls_with_their_articles(tmp_path: Path) -> None:
    x = article("x", "記事X\n本文です。\n出典: CGTN\n")
    y = article("y", "記事Y\n本文です。https://example.com/a を見よ。\n")
    z = article("z", "記事Z\n本文です。https://example.com/a と javascript:alert(1)\n")
    book = build_book([x, y, z], seeds(tmp_path))
    assert [(s.text, s.article_ids) for s in book.sources.publishers] == [("CGTN", ("x",))]
    assert [(s.text, s.article_ids) for s in book.sources.urls] == [
        ("https://example.com/a", ("y", "z"))
    ]


def test_the_same_point_told_by_two_articles_is_one_overview_point(tmp_path: Path) -> None:
    told = "NVIDIAの株価は1月27日に17%下落し、時価総額が約90兆円失われた。"
    x = article("x", f"記事X\n{told}\n猫が庭で眠っている。\n空は青く晴れていた。\n")
    y = article("y", "記事Y\nNVIDIAの株価が1月27日に17%下落し、時価総額が大きく失われた。\n")
    book = build_book([x, y], seeds(tmp_path))
    point = book.overview[0]
    assert point.quote.sentence.text == told
    assert point.article_ids == ("x", "y")
    assert all(len(p.article_ids) == 1 for p in book.overview[1:])


def test_shared_vocabulary_without_the_same_fact_is_two_points(tmp_path: Path) -> None:
    # Both report a launch by the same country, on different days: two stories.
    x = article("x", "記事X\n北朝鮮は7月5日、弾道ミサイル7発を日本海に向けて発射した。\n")
    y = article("y", "記事Y\n北朝鮮は4月5日、人工衛星を載せたロケットを日本海に向けて発射した。\n")
    book = build_book([x, y], seeds(tmp_path))
    assert [p.article_ids for p in book.overview] == [("x",), ("y",)]


def test_heading_labels_do_not_move_when_a_heading_is_inserted() -> None:
    before = article(
        "s", "題名\n本文の一文目です。\n最初の見出し\n本文です。\n次の見出し\n本文です。\n"
    )
    after = article(
        "s",
        "題名\n本文の一文目です。\n挿入した見出し\n本文です。\n最初の見出し\n本文です。\n"
        "次の見出し\n本文です。\n",
    )
    old = labels.for_article(before).first_heading
    new = labels.for_article(after).first_heading
    assert new["最初の見出し"] == old["最初の見出し"]
    assert new["次の見出し"] == old["次の見出し"]
    assert old["最初の見出し"].startswith("article-s-h-")


def test_blocks_with_the_same_text_get_distinct_labels() -> None:
    twice = article("t", "題名\n同じ段落です。\n同じ段落です。\n")
    first, second = labels.for_article(twice).blocks
    assert second == f"{first}-2"


@pytest.mark.parametrize(
    ("reading", "row"),
    [
        ("くんれん", "か"),
        ("ぐーぐる", "か"),
        ("りょうぶんぽう", "ら"),
        ("スイロン", "さ"),
        ("ぱり", "は"),
        ("わ", "わ"),
        ("DeepSeek", None),
    ],
)
def test_readings_are_filed_under_their_kana_row(reading: str, row: str | None) -> None:
    assert kana_row(reading) == row


def test_html_index_is_grouped_and_sorted_by_reading() -> None:
    sphinx_groups = [
        ("D", [("DeepSeek", "…")]),
        ("推", [("推論モデル", "…")]),
        ("梁", [("梁文峰", "…")]),
        ("訓", [("訓練", "…")]),
        ("記号", [("「引用」", "…")]),
    ]
    readings = {"推論モデル": "すいろんもでる", "梁文峰": "りょうぶんぽう", "訓練": "くんれん"}
    grouped = group_index(sphinx_groups, readings)
    assert [(heading, [name for name, _ in entries]) for heading, entries in grouped] == [
        ("記号", ["「引用」"]),
        ("D", ["DeepSeek"]),
        ("か", ["訓練"]),
        ("さ", ["推論モデル"]),
        ("ら", ["梁文峰"]),
    ]


def test_mendex_dictionary_gives_kanji_words_their_reading() -> None:
    readings = {
        "訓練": "くんれん",
        "梁文峰": "りょうぶんぽう",
        "DeepSeek": "DeepSeek",
        "パリ": "ぱり",
    }
    assert mendex_dictionary(readings) == "梁文峰\tりょうぶんぽう\n訓練\tくんれん\n"
