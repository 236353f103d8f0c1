"""Entities found in the text of a book with no editors' files: names merge where
the text defines their spellings, and only there."""

from __future__ import annotations

from pathlib import Path

from conftest import book_of, make_book, sphinx_build
from newsbook.book.entities import Entity


def entities_of(tmp_path: Path, *articles: str) -> dict[str, Entity]:
    return {e.name: e for e in book_of(tmp_path, *articles).entities}


def test_a_short_form_defined_in_brackets_is_a_spelling_of_its_name(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "地震の報道\n日本放送協会(NHK)によると、被害は広い。\nNHKは特別番組を放送した。\n",
    )
    nhk = found["日本放送協会"]
    assert nhk.kind == "organization" and nhk.spellings == ("日本放送協会", "NHK")
    assert {m.line for m in nhk.mentions} == {2, 3}
    assert "NHK" not in found


def test_a_family_name_alone_is_the_one_person_of_the_book_with_it(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "首相の会見\n福田康夫首相は5日、会見した。\n福田首相は支援を約束した。\n",
        "首相の視察\n福田首相は6日、被災地を訪れた。\n",
    )
    assert found["福田康夫"].spellings == ("福田康夫", "福田")
    assert {m.article_id for m in found["福田康夫"].mentions} == {"01", "02"}


def test_a_bare_place_name_is_the_prefecture_of_that_name(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "地震\n福島県で震度5弱を観測した。\n福島では停電が続いた。\n")
    assert found["福島県"].spellings == ("福島県", "福島")


def test_a_short_form_two_names_share_merges_with_neither(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "会合\n国連安全保障理事会(安保理)は5日、声明を出した。\n",
        "会合\nアフリカ連合平和安全保障理事会(安保理)は6日、会合を開いた。\n",
    )
    assert found["国連安全保障理事会"].spellings == ("国連安全保障理事会",)
    assert found["アフリカ連合平和安全保障理事会"].spellings == ("アフリカ連合平和安全保障理事会",)


def test_an_article_that_names_no_one_still_makes_a_book(tmp_path: Path) -> None:
    docs = make_book(
        tmp_path, {"01-weather.txt": "天気\n今日は晴れです。明日も晴れるでしょう。\n".encode()}
    )
    build = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert build.returncode == 0, build.output


PREFECTURES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 "
    "神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 "
    "大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 "
    "福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県"
).split()


def test_a_seed_with_three_hundred_names_gets_every_one(tmp_path: Path) -> None:
    # A table of intensities: 47 prefectures, each named six or seven times.
    lines = [f"{PREFECTURES[n % 47]}で震度{n % 7}を観測した。" for n in range(300)]
    found = entities_of(tmp_path, "各地の震度\n" + "\n".join(lines) + "\n")
    assert set(PREFECTURES) <= {name for name, e in found.items() if e.kind == "place"}


def test_an_acronym_two_spellings_define_names_one_body(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "地震\nアメリカ地質調査所(USGS)によると、規模は7.1。\n",
        "地震\n米国地質調査所(USGS)は、規模を7.4に修正した。\n",
    )
    [usgs] = [e for e in found.values() if "USGS" in e.spellings]
    assert set(usgs.spellings) == {"アメリカ地質調査所", "米国地質調査所", "USGS"}


def test_a_newspaper_and_its_company_are_one_entity(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path, "報道\n朝日新聞によると、被害は広い。\n朝日新聞社は号外を出した。\n"
    )
    assert found["朝日新聞"].spellings == ("朝日新聞", "朝日新聞社")


def test_a_bare_name_is_the_largest_unit_of_that_name(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "地震\n栃木県で震度5強を観測した。\n栃木市では停電が起きた。\n栃木の被害は軽い。\n",
    )
    assert found["栃木県"].spellings == ("栃木県", "栃木")
    assert found["栃木市"].spellings == ("栃木市",)


def test_a_place_is_its_name_without_its_feature_word(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "地震\n関東地方で強い揺れがあった。\n関東では交通が乱れた。\n",
        "津波\nカムチャツカ半島の沖で地震があった。\nカムチャツカでは被害はない。\n",
    )
    assert found["関東地方"].spellings == ("関東地方", "関東")
    assert found["カムチャツカ半島"].spellings == ("カムチャツカ半島", "カムチャツカ")


def test_a_short_form_of_a_bodys_characters_is_that_body(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "報道\n日本経済新聞によると、被害は広い。\n日経によると、支援は続く。\n",
    )
    assert found["日本経済新聞"].spellings == ("日本経済新聞", "日経")


def test_a_part_of_a_bodys_name_is_not_its_short_form(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "渡航\n外務省は注意を呼びかけた。\n外務省海外安全相談センターが情報を出した。\n",
    )
    assert "外務省海外安全相談センター" not in found["外務省"].spellings


def test_a_name_in_another_script_or_spelling_is_the_same_name(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "報道\n読売新聞によると、被害は広い。\n讀賣新聞社によれば、支援は続く。\n",
    )
    assert set(found["読売新聞"].spellings) == {"読売新聞", "讀賣新聞社"}


def test_a_latin_name_is_the_body_whose_initials_it_has(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "報道\nAP 通信によると、被害は広い。\nAssociatedPress によると、死者は増えた。\n",
    )
    assert set(found["AP 通信"].spellings) == {"AP 通信", "AssociatedPress"}


def test_a_word_of_the_first_characters_of_a_bodys_words_is_that_body(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "派遣\n陸上自衛隊は10日、部隊を派遣した。\n陸自の隊員は20人だった。\n",
    )
    assert set(found["陸上自衛隊"].spellings) == {"陸上自衛隊", "陸自"}


def test_a_latin_name_is_the_katakana_name_that_sounds_like_it(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "報道\n8日のニュー・ケララ紙は、被害を伝えた。\nNewKerala 、2005年10月8日。\n",
        "津波\nジャカルタポストは、住民の話を伝えている。\nTheJakartaPost 、2006年7月18日。\n",
    )
    assert set(found["ニュー・ケララ"].spellings) == {"ニュー・ケララ", "NewKerala"}
    assert set(found["ジャカルタポスト"].spellings) == {"ジャカルタポスト", "TheJakartaPost"}


def test_a_countrys_kanji_short_name_is_that_country(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "支援\n大韓民国の大統領は、電報を送った。\n韓国からも支援団が出発した。\n",
    )
    assert set(found["大韓民国"].spellings) == {"大韓民国", "韓国"}


def test_a_clubs_name_with_words_left_out_is_that_club(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "野球\n東北楽天ゴールデンイーグルスは試合を中止した。\n"
        "楽天イーグルスの代表は「安全が一番」と話した。\n",
    )
    club = found["東北楽天ゴールデンイーグルス"]
    assert set(club.spellings) == {"東北楽天ゴールデンイーグルス", "楽天イーグルス"}


def test_a_body_after_a_foreign_country_is_not_japans(tmp_path: Path) -> None:
    found = entities_of(
        tmp_path,
        "外交\n外務省は注意を呼びかけた。\n日本国外務省、2006年5月27日。\n"
        "中国外務省の報道官は、支援を受け入れると述べた。\n",
    )
    assert set(found["外務省"].spellings) == {"外務省", "日本国外務省"}
    assert "中国外務省" in found
