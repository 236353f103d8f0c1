"""recover_structure: title, byline, blocks and references of a plain-text article."""

from pathlib import Path

import pytest

from newsbook.analyse.decode import decode_bytes
from newsbook.analyse.structure import recover_structure
from newsbook.core.model import BlockKind

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
BODY = "本文です。\n"


def block_at(structure, number):
    """The block that holds seed line ``number``."""
    (block,) = [b for b in structure.blocks if number in {line.number for line in b.lines}]
    return block


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "日本のAI動向\n今日は晴れです。\n明日は雨です。\n", "日本のAI動向", id="short-line"
        ),
        pytest.param("今日は晴れです。\n明日は雨です。\n", None, id="starts-with-a-sentence"),
        pytest.param("Topics\nReport\n記事の題名\n" + BODY, "記事の題名", id="after-boilerplate"),
    ],
)
def test_title_is_the_first_short_line(text, title):
    structure = recover_structure(text)
    assert (structure.title.text if structure.title else None) == title


def test_leading_site_labels_are_dropped_and_reported():
    structure = recover_structure("Topics\nReport\n記事の題名\n" + BODY)
    assert [(line.number, line.text) for line in structure.dropped] == [
        (1, "Topics"),
        (2, "Report"),
    ]


def test_a_site_label_inside_the_article_is_kept():
    structure = recover_structure("記事の題名\n本文です。\nTopics\n本文の続きです。\n")
    assert structure.dropped == ()
    assert block_at(structure, 3).texts == ("Topics",)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param(
            "記事の題名\n\nケルビン・アウ\nAIL編集部により一部編集\n執筆者\n\n本文です。\n\n続きです。\n",
            "ケルビン・アウ",
            id="name-editor-note-role",
        ),
        pytest.param(
            "記事の題名\n記者:山田太郎\n本文です。\n続きです。\n", "山田太郎", id="kisha-colon-name"
        ),
        pytest.param(
            "記事の題名\n文:山田太郎\n本文です。\n続きです。\n", "山田太郎", id="bun-colon-name"
        ),
        pytest.param(
            "記事の題名\n\n文：山田太郎\n\n本文です。\n\n続きです。\n",
            "山田太郎",
            id="bun-full-width-colon-blank-separated",
        ),
    ],
)
def test_byline_under_the_title_names_the_author(text, author):
    assert recover_structure(text).author == author


@pytest.mark.parametrize(
    ("line", "text", "level"),
    [
        pytest.param("短い見出し", "短い見出し", 1, id="short-unpunctuated"),
        pytest.param("1. はじめに", "1. はじめに", 1, id="numbered"),
        pytest.param("1.1 背景", "1.1 背景", 2, id="numbered-second-level"),
        pytest.param("■ 見出し", "見出し", 1, id="square-marker"),
        pytest.param("【見出し】", "見出し", 1, id="lenticular-brackets"),
    ],
)
def test_heading_before_a_paragraph(line, text, level):
    block = block_at(recover_structure(f"記事の題名\n{BODY}{line}\n{BODY}"), 3)
    assert (block.kind, block.texts, block.level) == (BlockKind.HEADING, (text,), level)


def test_a_line_ending_in_a_full_stop_is_never_a_heading():
    block = block_at(recover_structure(f"記事の題名\n{BODY}これは文です。\n{BODY}"), 3)
    assert block.kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("items", "texts"),
    [
        pytest.param("- 項目一\n- 項目二\n", ("項目一", "項目二"), id="hyphen"),
        pytest.param("• 項目一\n• 項目二\n", ("項目一", "項目二"), id="bullet"),
        pytest.param("・項目一\n・項目二\n", ("項目一", "項目二"), id="nakaguro"),
        pytest.param(
            "①項目一\n②項目二\n③項目三\n", ("①項目一", "②項目二", "③項目三"), id="circled"
        ),
    ],
)
def test_bullet_list(items, texts):
    block = block_at(recover_structure(f"記事の題名\n{BODY}{items}{BODY}"), 3)
    assert (block.kind, block.texts) == (BlockKind.BULLET_LIST, texts)


def test_numbered_run_is_an_ordered_list():
    block = block_at(recover_structure(f"記事の題名\n{BODY}1. a\n2. b\n3. c\n{BODY}"), 3)
    assert (block.kind, block.start, block.texts) == (BlockKind.ORDERED_LIST, 1, ("a", "b", "c"))


def test_contents_block_ends_where_the_body_repeats_its_entries():
    entries = "1. はじめに\n2. 背景\n3. 結論\n"
    body = "1. はじめに\n序論です。\n2. 背景\n背景です。\n3. 結論\n結論です。\n"
    structure = recover_structure(f"研究メモ\n要旨です。\n目次\n{entries}{body}")
    contents = block_at(structure, 4)
    assert (contents.kind, contents.label.text) == (BlockKind.CONTENTS, "目次")
    assert contents.texts == ("1. はじめに", "2. 背景", "3. 結論")
    assert [block_at(structure, n).kind for n in (7, 9, 11)] == [BlockKind.HEADING] * 3


@pytest.mark.parametrize(
    ("group", "kind"),
    [
        pytest.param("写真の説明\n\u00a0\n", BlockKind.CAPTION, id="line-before-picture"),
        pytest.param("株価が暴落。\n史上最大の下落。\n", BlockKind.CAPTION, id="multi-line-block"),
        pytest.param(" 字下げの本文です。\n\u00a0\n", BlockKind.PARAGRAPH, id="indented-body"),
    ],
)
def test_captions_in_a_blank_separated_article(group, kind):
    text = f"記事の題名\n\n本文です。\n\n{group}\n続きです。\n\n最後の段落です。\n"
    assert block_at(recover_structure(text), 5).kind is kind


@pytest.mark.parametrize(
    ("tail", "heading", "items"),
    [
        pytest.param("Reference(s):\ncgtn.com\n", "Reference(s)", ("cgtn.com",), id="references"),
        pytest.param("参照:\nhttps://a.jp/\n", "参照", ("https://a.jp/",), id="sansho"),
        pytest.param(
            "参考文献:\n論文A\n論文B\n", "参考文献", ("論文A", "論文B"), id="sanko-bunken"
        ),
        pytest.param("Source:Fox Business\n", "Source", ("Fox Business",), id="inline-source"),
    ],
)
def test_references_at_the_end_are_not_body_blocks(tail, heading, items):
    structure = recover_structure(f"記事の題名\n{BODY}続きです。\n{tail}")
    refs = structure.references
    assert (refs.heading, tuple(item.text for item in refs.items)) == (heading, items)
    assert [line.number for b in structure.blocks for line in b.lines] == [2, 3]


@pytest.mark.parametrize(
    ("line", "option", "kind"),
    [
        pytest.param("これは見出しです。", "force_headings", BlockKind.HEADING, id="force-heading"),
        pytest.param("短い見出し", "force_paragraphs", BlockKind.PARAGRAPH, id="force-paragraph"),
    ],
)
def test_editor_overrides_win_over_the_guess(line, option, kind):
    structure = recover_structure(f"記事の題名\n{BODY}{line}\n{BODY}", **{option: {line}})
    assert block_at(structure, 3).kind is kind


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_no_seed_line_is_lost(seed):
    text = decode_bytes(seed.read_bytes()).text
    s = recover_structure(text)
    covered = [*([s.title] if s.title else []), *s.byline]
    covered += [line for b in s.blocks for line in (*([b.label] if b.label else []), *b.lines)]
    if s.references:
        covered += [s.references.label, *s.references.items]
    non_blank = {n for n, raw in enumerate(text.split("\n"), start=1) if raw.strip()}
    assert {line.number for line in covered} == non_blank - {line.number for line in s.dropped}
