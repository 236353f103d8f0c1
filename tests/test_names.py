"""Names found in the text (newsbook.analyse.names): a table of Japanese news
sentences and the people, organizations, products and places a reader sees in them."""

from __future__ import annotations

import pytest

from newsbook.analyse.japanese import analyzer
from newsbook.analyse.names import names_in


def names(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(n.kind, n.text, n.forms) for n in names_in(analyzer().tokenize(sentence, "C"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People: family and given name, a foreign name in katakana, a name before a title.
        ("福田康夫首相は会見した。", [("person", "福田康夫", ())]),
        ("ジョージ・W・ブッシュ大統領が訪れた。", [("person", "ジョージ・W・ブッシュ", ())]),
        ("同国のカラ副大統領が発表した。", [("person", "カラ", ())]),
        ("ホームズ事務次長は10月に述べた。", [("person", "ホームズ", ())]),
        ("チーム監督が会見した。", []),  # an everyday word before a title
        ("楽天イーグルス・米田純球団代表は述べた。",
         [("organization", "楽天イーグルス", ()), ("person", "米田純", ())]),
        # Organizations: the word that ends the name says so, nested ones too.
        (
            "気象庁地震火山部が発表した。",
            [("organization", "気象庁地震火山部", ()), ("organization", "気象庁", ())],
        ),
        ("毎日新聞によると被害は大きい。", [("organization", "毎日新聞", ())]),
        ("自衛隊に派遣を要請した。", [("organization", "自衛隊", ())]),
        ("記事アメリカ地質調査所の発表。", [("organization", "アメリカ地質調査所", ())]),
        ("災害対策本部を設置した。", []),  # common words alone name no body
        ("同社によると、日本政府は。", [("place", "日本", ())]),  # not 日本政府
        # Products and facilities.
        ("東北新幹線と東名高速道路が止まった。",
         [("product", "東北新幹線", ()), ("product", "東名高速道路", ())]),
        ("北海道広尾町十勝港で40cmの津波。",
         [("place", "北海道", ()), ("place", "広尾町", ()), ("product", "十勝港", ())]),
        ("プランバナン寺院群が被害を受けた。", [("product", "プランバナン寺院群", ())]),
        # Places: one name per unit; a part of an area is named by its place.
        ("宮城県栗原市で震度6強。",
         [("place", "宮城県", ()), ("place", "栗原市", ("宮城県栗原市",))]),
        ("北海道太平洋沿岸東部に津波注意報。", [("place", "北海道", ()), ("place", "太平洋", ())]),
        ("宮城県沖で地震があった。", [("place", "宮城県", ())]),
        # Short forms and readings defined in brackets.
        ("日本放送協会(NHK)によると", [("organization", "日本放送協会", ("NHK",))]),
        ("李明博(イ・ミョンバク)大統領と会談した。", [("person", "李明博", ("イ・ミョンバク",))]),
        (
            "国際連合安全保障理事会(略:国連安保理)は5日、声明を出した。",
            [
                ("organization", "国際連合安全保障理事会", ("国連安保理",)),
                ("organization", "国際連合", ()),
            ],
        ),
        ("東海旅客鉄道(2006年)によると", [("organization", "東海旅客鉄道", ())]),  # not a form
        (
            "中華人民共和国(略 : 中国)とパク・トクフン(朴徳勲)大使が会談した。",
            [("place", "中華人民共和国", ("中国",)), ("place", "中国", ()),
             ("person", "パク・トクフン", ("朴徳勲",)), ("person", "朴徳", ())],
        ),
        # A name that reports is an organization; a common word that does is not.
        ("また、 CNN によれば、被害は広い。", [("organization", "CNN", ())]),
        ("AIによると、被害は広い。", []),
        # A name that begins an organization, a publisher before its title, an author.
        ("秋田魁新報によれば、被害は広い。", [("organization", "秋田魁新報", ())]),
        ("アサヒ・コム『強い台風17号』。", [("organization", "アサヒ・コム", ())]),
        ("アサヒ・コム、2005年7月16日。", [("organization", "アサヒ・コム", ())]),
        ("大澤文護『台風18号で6人死亡』。", [("person", "大澤文護", ())]),
        # Scraped text spaces a Latin short form off; the name keeps it.
        ("AP 通信によると、被害は広い。", [("organization", "AP 通信", ())]),
        ("三菱東京 UFJ 銀行が口座を開いた。", [("organization", "三菱東京 UFJ 銀行", ())]),
        # A body the text gives a Latin short form, or names after its kind.
        ("国際開発局(USAID)が被災地入りした。", [("organization", "国際開発局", ("USAID",))]),
        ("国際医療 NGO 「 AMDA 」が募金を集める。", [("organization", "AMDA", ())]),
        # A name that announces or collects as the subject; a paper named without 紙;
        # a source's publisher before its date; an embassy abroad with its 在.
        ("さらに、ヤフーは、特設ページで募金を受け付ける。", [("organization", "ヤフー", ())]),
        ("8日のニュー・ケララ紙は、被害を伝えた。", [("organization", "ニュー・ケララ", ())]),
        ("東京急行、2005年7月23日。", [("organization", "東京急行", ())]),
        ("在イスラマバードドイツ大使館は、注意を呼びかけた。",
         [("organization", "在イスラマバードドイツ大使館", ()), ("place", "イスラマバード", ())]),
        # An event word before a name is the sentence's; a generic body is no name.
        ("地震発生共同通信、2005年。", [("organization", "共同通信", ())]),
        ("関係省庁が対応した。", []),
        ("中山選手はヤマハ発動機入社後、活躍した。", [("person", "中山", ())]),  # 入社: an act
        # A name the dictionary knows in kanji and katakana is a club or a company;
        # so is a katakana name with its home town.
        ("浦和レッズが優勝した。", [("organization", "浦和レッズ", ())]),
        ("ガンバ大阪が勝った。", [("organization", "ガンバ大阪", ())]),
        # 対 sets two names against each other.
        ("楽天対巨人軍の試合は中止された。", [("organization", "巨人軍", ())]),
        # A katakana name that reports is a body's, whatever words it is made of;
        # a katakana word for media in general is not.
        ("ウエストオーストラリアンによると、津波が観測された。",
         [("organization", "ウエストオーストラリアン", ())]),
        ("ジャカルタポストは、住民の話を伝えている。", [("organization", "ジャカルタポスト", ())]),
        ("アメリカメディアによると、被害は広い。", [("place", "アメリカ", ())]),
        ("これを受けて金子アナは原稿を読んだ。", [("person", "金子", ())]),  # アナ: announcer
        # A body's legal form and Japan before it are forms of its name; a body
        # after a foreign country is that country's.
        ("財団法人日本インドネシア協会が受け付ける。",
         [("organization", "日本インドネシア協会", ("財団法人日本インドネシア協会",)),
          ("place", "日本", ())]),
        ("日本国外務省、2006年5月27日。",
         [("place", "日本国", ()), ("organization", "外務省", ("日本国外務省",))]),
        ("中国外務省の報道官が述べた。", [("organization", "中国外務省", ())]),
        # A bracket inside a dictionary word still defines a short form.
        ("国際連合児童基金(ユニセフ)は物資を送った。",
         [("organization", "国際連合児童基金", ("ユニセフ",)), ("organization", "国際連合", ())]),
        # Places the dictionary does not know: a unit after an unknown katakana
        # word or after kanji given readings; the place of an event's name.
        ("海岸に近いティリチキ村で被害が出た。", [("place", "ティリチキ村", ())]),
        ("リゾート村に泊まった。", []),
        ("震源は汶川県(ブンセン、ウントン)付近。", [("place", "汶川県", ("ブンセン", "ウントン"))]),
        ("静岡県御前崎市(おまえざきし)にある。",
         [("place", "静岡県", ()), ("place", "御前崎市", ("静岡県御前崎市", "おまえざきし"))]),
        ("「平成19年能登半島地震」で被害が出た。", [("place", "能登半島", ())]),
        # A bracket adds a form to those found before it.
        ("宮城県栗原市(クリハラシ)で震度6強。",
         [("place", "宮城県", ()), ("place", "栗原市", ("宮城県栗原市", "クリハラシ"))]),
    ],
)  # fmt: skip
def test_names_in_a_sentence(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert names(sentence) == expected
