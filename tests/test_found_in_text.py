"""What the book finds in the text, not in an editor's file: a book with no terms
file proposes its own technical terms (the editors' terms file only adds to them,
leaves some out, or turns them off), and its key points leave out what several
articles print word for word."""

from __future__ import annotations

from pathlib import Path

from conftest import book_of
from newsbook.book.build import Book

# Four short reports on one subject (volcanoes), written for this test.
VOLCANO_ARTICLES = (
    "桜島で爆発的噴火、噴煙3000メートル\n"
    "鹿児島地方気象台によると、桜島の南岳山頂火口で5日午後、爆発的噴火が発生した。\n"
    "噴煙は火口から3000メートルの高さまで上がり、火山灰が鹿児島市内に降った。\n"
    "気象庁は噴火警戒レベルを3の入山規制に据え置いた。\n"
    "火砕流は確認されていないが、大きな噴石が火口から1キロ先まで飛んだ。\n",
    "阿蘇山の噴火警戒レベル引き上げ\n"
    "気象庁は10日、阿蘇山の噴火警戒レベルを2から3に引き上げた。\n"
    "火山性微動の振幅が大きくなり、火口周辺で噴石が飛ぶおそれがあるためだ。\n"
    "熊本県は登山道を閉鎖し、入山規制を始めた。\n"
    "火山灰は東の方角に流れ、農作物への影響が心配されている。\n",
    "火砕流とは何か\n"
    "火砕流とは、高温の火山ガスと火山灰や岩石が一体となって斜面を流れ下る現象である。\n"
    "1991年の雲仙普賢岳の火砕流では43人が犠牲になった。\n"
    "気象庁は噴火警報で火砕流の到達範囲を示し、住民に避難を呼びかける。\n"
    "溶岩ドームの崩落が火砕流を引き起こすこともある。\n",
    "新燃岳で噴火、溶岩ドームが成長\n"
    "霧島連山の新燃岳で噴火が続き、火口内の溶岩ドームが成長している。\n"
    "気象庁は噴火警報を発表し、噴石と火砕流への警戒を呼びかけた。\n"
    "降り積もった火山灰は農作物に被害を与え、宮崎県は除去作業を急いでいる。\n"
    "火山性地震は1日に200回を超えた。\n",
)


def volcano_book(tmp_path: Path, terms_file: str | None = None) -> Book:
    if terms_file is not None:
        (tmp_path / "_terms.toml").write_text(terms_file, encoding="utf-8")
    return book_of(tmp_path, *VOLCANO_ARTICLES)


def test_a_book_without_a_terms_file_proposes_the_subjects_terms(tmp_path: Path) -> None:
    terms = {t.name for t in volcano_book(tmp_path).terms}
    assert {"火山灰", "火砕流", "噴石", "噴火警報", "噴火警戒レベル", "溶岩ドーム"} <= terms


def test_names_and_everyday_words_are_not_terms(tmp_path: Path) -> None:
    terms = {t.name for t in volcano_book(tmp_path).terms}
    assert not terms & {"気象庁", "桜島", "阿蘇山", "熊本県", "鹿児島市"}
    # Everyday words and events, however often the book uses them.
    assert not terms & {"噴火", "影響", "発生", "警戒", "住民", "高さ"}


# Two more reports that give positions and cite a source.
POSITION_ARTICLES = (
    "口永良部島で噴火\n"
    "気象庁によると、口永良部島の新岳で噴火が発生した。火口は北緯30.4度、東経130.2度にある。\n"
    "同国の気象当局は噴火警報を出した。\n"
    "南日本新聞、2015年5月29日。『火山監視体制の強化』。\n",
    "西之島で噴火続く\n"
    "海上保安庁によると、西之島は北緯27.2度、東経140.9度にあり、噴火が続いている。\n"
    "溶岩流が海に達した。\n",
)


def test_positions_and_cited_titles_are_not_terms(tmp_path: Path) -> None:
    terms = {t.name for t in book_of(tmp_path, *VOLCANO_ARTICLES, *POSITION_ARTICLES).terms}
    assert not terms & {"北緯", "東経", "同国"}  # a position, a pointer
    assert "火山監視体制" not in terms  # only in a source line's cited title
    assert {"火砕流", "火山性微動", "溶岩ドーム"} <= terms  # once is enough for a compound


def test_a_campaign_named_after_a_place_and_headlines_run_together_give_no_terms(
    tmp_path: Path,
) -> None:
    appeals = (
        "噴火の被災者へ募金\n"
        "各団体は「インドネシア大噴火募金」を受け付けている。\n"
        "通信欄に「インドネシア大噴火募金」と明記する。\n"
        # A site's box of related headlines, run into its first cited title.
        "桜島で噴火、噴煙3000メートル — 阿蘇山の噴火警戒レベル引き上げ新燃岳で噴火、"
        "溶岩ドームが成長 — 霧島連山で降灰続く口永良部島で噴火、全島避難 — "
        "西之島で噴火続く火山性微動の観測強化霧島連山で噴火警報"
        "『火山の記事一覧』。南日本新聞、2015年5月29日。\n"
    )
    terms = {t.name for t in book_of(tmp_path, *VOLCANO_ARTICLES, appeals).terms}
    assert not terms & {"噴火募金", "全島避難", "成長霧島連山"}
    assert {"火砕流", "溶岩ドーム"} <= terms


def test_a_word_heading_a_numbered_designation_makes_no_compound_before_it(
    tmp_path: Path,
) -> None:
    typhoons = (
        "台風5号が接近\n気象庁によると、台風5号の暴風域は石垣島に接近台風5号として警戒が続く。\n",
        "台風6号が上陸\n台風6号は暴風域を伴って上陸した。暴風域の半径は150キロ。\n",
        "台風7号が発生\n台風7号が発生した。暴風域はない。\n",
        "台風8号が通過\n台風8号は1時間半暴風域に留まった。\n",
    )
    terms = {t.name for t in book_of(tmp_path, *typhoons).terms}
    assert "暴風域" in terms
    assert "接近台風" not in terms  # 接近 ends one phrase, 台風5号 begins the next
    assert "半暴風域" not in terms  # 1時間半: the half is the number's


def test_a_glossary_with_room_takes_a_compound_beside_the_term_it_holds(tmp_path: Path) -> None:
    terms = {t.name for t in volcano_book(tmp_path).terms}
    assert {"火口", "火口周辺"} <= terms  # 12 terms: room for both
    full = {t.name for t in volcano_book(tmp_path, "propose = 11\n").terms}
    assert "火口" in full and "火口周辺" not in full


def test_a_compound_the_text_quotes_is_a_term_beside_its_part(tmp_path: Path) -> None:
    quoting = (
        "警戒区域\n"
        "気象庁は、桜島の周りに「火砕流警戒区域」を設けた。\n"
        "火砕流警戒区域には入れない。\n"
    )
    terms = {t.name for t in book_of(tmp_path, *VOLCANO_ARTICLES, quoting).terms}
    assert {"火砕流", "火砕流警戒区域"} <= terms


def test_a_term_the_text_defines_is_defined_by_that_sentence(tmp_path: Path) -> None:
    term = next(t for t in volcano_book(tmp_path).terms if t.name == "火砕流")
    assert term.quote is not None
    assert term.quote.sentence.text.startswith("火砕流とは、高温の火山ガスと")
    assert term.article_ids == ("01", "03", "04")


def test_the_terms_file_adds_leaves_out_and_turns_off_proposals(tmp_path: Path) -> None:
    book = volcano_book(
        tmp_path,
        'ignore = ["農作物", "火口"]\n\n[[term]]\nname = "火山性微動"\nen = "volcanic tremor"\n',
    )
    terms = {t.name: t for t in book.terms}
    assert "農作物" not in terms and "火口" not in terms
    assert terms["火山性微動"].english == "volcanic tremor"
    assert "火山灰" in terms
    assert not volcano_book(tmp_path, "propose = 0\n").terms


def test_a_proposal_inside_an_editors_term_is_not_a_second_entry(tmp_path: Path) -> None:
    book = volcano_book(tmp_path, '[[term]]\nname = "噴火警戒レベル"\naliases = ["警戒レベル"]\n')
    names = [t.name for t in book.terms]
    assert names.count("噴火警戒レベル") == 1
    assert not [n for n in names if n != "噴火警戒レベル" and "警戒レベル" in n]


def test_a_broken_propose_value_is_reported_with_its_line(tmp_path: Path) -> None:
    book = volcano_book(tmp_path, 'propose = "many"\n')
    messages = [d.format() for d in book.diagnostics]
    assert any("_terms.toml:1" in m and "'propose' must be a whole number" in m for m in messages)


def test_a_sentence_several_articles_print_word_for_word_is_no_key_point(tmp_path: Path) -> None:
    # A site's line on related reports, printed at the top of two articles.
    shared = (
        "サッカーW杯の関連記事として、2010年6月に日本代表が2大会ぶりに"
        "決勝トーナメントへ進出したことを伝えている。"
    )
    book = book_of(
        tmp_path,
        f"日本代表が16強\n{shared}\n日本代表は29日、決勝トーナメントでパラグアイに敗れた。\n",
        f"スペインが優勝\n{shared}\nスペインは11日、オランダを1-0で破って初優勝した。\n",
    )
    points = [p.quote.sentence.text for p in book.overview]
    assert points and shared not in points
