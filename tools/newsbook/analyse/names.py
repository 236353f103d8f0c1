"""Names in a sentence: people, organizations, products and places, from SudachiPy's tokens.

Rules over the tokens of one sentence (mode C), written for Japanese news, with
no list of names: the dictionary's tags and the words that end a name say what
it is.

- People: a family name and a given name (``名詞,固有名詞,人名,姓`` then
  ``…,人名,名``: 福田|康夫), a kanji name tagged 人名 (温家宝), katakana parts
  joined by ``・`` of which one is tagged 人名 (ジョージ・W・ブッシュ), and a
  family name or katakana name alone before a title (福田首相, ブッシュ大統領).
- Organizations and products: a run of nouns that ends in a word that makes a
  name of that kind: 庁, 省, 新聞, 通信社, 大学, 銀行, 協会 … (气象庁地震火山部,
  読売新聞, 日本放送協会); 港, 大橋, 新幹線, 発電所, 寺院 … (facilities,
  bridges, railway lines and systems count as products).
- Places: tokens tagged 地名 with the words that extend them (県, 市, 沖, 半島 …):
  宮城県沖, 能登半島; a unit after an unknown katakana word (ティリチキ村) or
  after kanji the text gives a reading (汶川県(ブンセン)); the place of an
  event's name (能登半島地震).
- Short forms the text defines right after a name, in brackets: 日本放送協会(NHK),
  国際連合安全保障理事会(略:国連安保理), 李明博(イ・ミョンバク), … (以下、Y);
  legal forms and Japan before a body (財団法人…協会, 日本国外務省).

Precision comes first: a run that no rule names is no name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsbook.analyse.features import background_rarity
from newsbook.analyse.summarize import EVERYDAY_RARITY
from newsbook.core.model import COUNTED_KINDS, LooseWords, Name, Sentence, Token, token_spans

PERSON, ORGANIZATION, PRODUCT, PLACE = "person", "organization", "product", "place"

#: Words after a name that make it a person's: titles, honorifics, roles in the news.
PERSON_TITLES = frozenset(
    "氏 さん 君 様 首相 外相 蔵相 防衛相 官房長官 長官 大臣 副大臣 政務官 大統領 副大統領 "
    "首席 主席 国家主席 総書記 委員長 議長 議員 知事 市長 町長 村長 区長 社長 会長 総裁 "
    "代表 理事長 事務総長 "
    "総長 学長 所長 部長 局長 課長 室長 教授 准教授 助教 博士 研究員 氏ら 被告 容疑者 選手 監督 "
    "事務次長 事務次官 次官 国務長官 外務大臣 首脳 副首相 上院議員 下院議員 党首 書記 委員 "
    "大使 国王 女王 王子 首長 司令官 報道官 広報官 特派員 記者 アナウンサー アナ CEO".split()
)
#: Japanese news names its own country's bodies without it: 外務省 is 日本国外務省.
HOME_COUNTRY = frozenset(("日本", "日本国"))
#: Words that end an organization's name.
ORGANIZATION_ENDS = (
    "庁", "省", "府", "局", "部", "課", "室", "隊", "軍", "署", "院", "協会", "学会", "連盟",
    "連合", "機構", "機関", "公社", "財団", "基金", "事業団", "委員会", "評議会", "理事会",
    "協議会", "審議会", "会議", "本部", "所",
    "センター", "研究所", "研究機構", "大学", "大学院", "高等学校", "高校", "中学校", "小学校",
    "学校", "新聞", "新聞社", "日報", "新報", "通信", "通信社", "放送", "放送局", "テレビ",
    "銀行", "金庫",
    "証券", "保険", "電力", "鉄道", "電鉄", "航空", "商事", "物産", "工業", "製作所", "会社",
    "社", "グループ", "党", "大使館", "領事館", "共同募金会", "赤十字社", "組合",
    "アソシエーション", "ファウンデーション", "インスティテュート", "コーポレーション",
)  # fmt: skip
#: Words that end a product's or facility's name.
PRODUCT_ENDS = (
    "港", "漁港", "岸壁", "橋", "大橋", "道路", "自動車道", "高速道路", "空港", "新幹線",
    "本線", "線", "発電所", "原発", "球場", "スタジアム", "寺院", "寺院群", "遺跡", "遺跡群",
    "速報", "ダム", "駅", "トンネル", "神社", "城", "タワー", "ホール",
)  # fmt: skip
#: Words that extend a place name: 宮城県, 宮城県沖, 能登半島, 千島列島近海.
PLACE_ENDS = (
    "県", "都", "道", "府", "市", "町", "村", "区", "郡", "州", "省", "島", "諸島", "列島",
    "半島", "沖", "近海", "沿岸", "地方", "湾", "海峡", "海", "国", "共和国", "連邦", "王国",
)  # fmt: skip
_BODY_AND_PRODUCT_WORDS = frozenset((*ORGANIZATION_ENDS, *PRODUCT_ENDS))
# The last characters of every word that ends a name or follows one: a run
# with none of them (and no proper noun, Latin or katakana word) names nothing.
_NAME_END_CHARACTERS = frozenset(
    word[-1] for word in (*ORGANIZATION_ENDS, *PRODUCT_ENDS, *PLACE_ENDS, *PERSON_TITLES, "紙")
)
#: A run that is only these (or starts with 同, 当, 各) points back or names nothing.
_GENERIC = frozenset(
    "政府 本部 会社 大学 高校 学校 新聞 通信 放送 テレビ 銀行 協会 委員会 会議 センター 研究所 "
    "警察 軍 部 局 課 室 隊 庁 省 党 社 線 港 橋 道路 駅 速報 本線 新幹線 地方 国 県 市 町 村 "
    "区 島 海 湾 沖 近海 沿岸 各地 全国 国内 海外 現地 地元 同社 当社 自社 他社 両社 各社 "
    "空港 高速道路 自動車道 発電所 原発 漁港 大橋 鉄道 電力 大使館 事務所 避難所 病院 "
    "省庁 関係省庁 関係機関 ラジオ放送 テレビ放送 衛星放送".split()
)
_POINTER = re.compile(r"^[同当各両全本他自]\S$|^同\S+$")  # 同社, 当局, 同研究所; not 自衛隊
_KANJI = re.compile(r"^[\u3400-\u9fff々]+$")
_KATAKANA = re.compile(r"^[\u30a0-\u30ff]+$")
_HIRAGANA = re.compile(r"^[\u3041-\u309f]+$")
_FOREIGN = re.compile(r"^(?:[\u30a0-\u30ff]+|[A-Za-z][A-Za-z0-9.]*)$")  # ジョージ, W
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+$")  # Drago Ciliga: capitalised words, a space apart
_JOINERS = ("・", " ")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9.&'-]*$")
_CAPS = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")  # AP, UFJ, NHK: a Latin short form
_NUMBER = re.compile(r"^[0-9０-９.,]+$")
#: What a bracket after a name may define: (NHK), (略:国連安保理), (以下、Y), (イ・ミョンバク).
_SHORT_FORM = re.compile(r"^(?:略称?\s*[:：]|以下[、,]?)?\s*(?P<form>[^\s、,:：()（）]{1,16})$")


def names_in(tokens: Sequence[Token]) -> list[Name]:
    """Every name the rules find in one sentence's tokens, in order."""
    spans = [(start, end) for start, end, _ in token_spans(tokens)]
    found: list[Name] = []
    i = 0
    while i < len(tokens):
        end = _run_end(tokens, i)
        if end == i:
            i += 1
            continue
        if any(_may_name(t) for t in tokens[i:end]):
            found += _names_in_run(tokens, spans, i, end)
        i = end
    found += _quoted_bodies(tokens, spans, found)
    found += _unlisted_places(tokens, spans, found)
    return _with_forms(tokens, sorted(found, key=lambda n: (n.start, -n.end)))


def _quoted_bodies(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], found: Sequence[Name]
) -> list[Name]:
    """国際医療 NGO 「AMDA」, NPO 法人「海外災害援助市民センター」: a name in
    quotation marks after the kind of body it is."""
    text = "".join(t.surface for t in tokens)
    bodies = []
    for match in _QUOTED_BODY.finditer(text):
        name = match.group("name").strip()
        start = match.start("name") + match.group("name").index(name)
        end = start + len(name)
        if 2 <= len(name) and not any(n.start < end and start < n.end for n in found):
            bodies.append(Name(name, ORGANIZATION, start, end))
    return bodies


def _unlisted_places(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], found: Sequence[Name]
) -> list[Name]:
    """ティリチキ村, 汶川県(ブンセン): a place the dictionary does not know, told
    by its unit after a katakana word, or after kanji the text gives a reading."""
    places = []
    for k in range(1, len(tokens) - 1):
        unit, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        if unit.surface not in _UNITS or before.pos[:2] != ("名詞", "普通名詞"):
            continue
        if after.pos[0] == "名詞" or any(
            n.start < spans[k][1] and spans[k - 1][0] < n.end for n in found
        ):
            continue  # サッカー|県|大会: the unit of another word; or named already
        read = (
            after.surface in "(（"
            and k + 2 < len(tokens)
            and _KATAKANA.match(tokens[k + 2].surface)
        )
        # A katakana word general Japanese never writes (not リゾート|村).
        unknown = _KATAKANA.match(before.surface) and background_rarity(before.surface) >= 7
        if unknown or (_KANJI.match(before.surface) and read):
            places.append(Name(before.surface + unit.surface, PLACE, spans[k - 1][0], spans[k][1]))
    # 能登半島地震, スマトラ島沖地震: one dictionary word for an event, whose place
    # is a place of the book too.
    for k, token in enumerate(tokens):
        if token.pos[1:3] != ("固有名詞", "一般") or not token.surface.endswith(_EVENT_ENDS):
            continue
        event = next(e for e in _EVENT_ENDS if token.surface.endswith(e))
        place = token.surface[: -len(event)]
        if len(place) >= 3 and place.endswith(_PLACE_WORDS):
            places.append(Name(place, PLACE, spans[k][0], spans[k][0] + len(place)))
    return places


_UNITS = frozenset("県 省 州 市 郡 町 村".split())
_PLACE_WORDS = ("半島", "島", "諸島", "列島", "沖", "近海", "地方", "県", "州", "湾")


def _may_name(token: Token) -> bool:
    """Could a run with this token hold a name? Most runs are common nouns alone
    (被害, 地震発生), and none of the rules below names them: skip them fast."""
    return (
        token.pos[1] == "固有名詞"
        or token.surface[-1:] in _NAME_END_CHARACTERS
        or token.surface in _JOINERS
        or _LATIN.match(token.surface) is not None
        or _KATAKANA.match(token.surface) is not None
    )


def _is_name_part(token: Token) -> bool:
    pos = token.pos
    if pos[0] == "名詞":
        return pos[1] != "数詞" or not _NUMBER.match(token.surface)
    return pos[0] in ("接頭辞", "接尾辞") and token.surface not in ("さん", "氏", "様", "君")


def _run_end(tokens: Sequence[Token], i: int) -> int:
    """End of the run of nouns from ``i`` (katakana and Latin parts may be joined by ・)."""
    j = i
    while j < len(tokens):
        token = tokens[j]
        if _is_name_part(token) and not token.surface.isspace() and token.surface != "対":
            j += 1  # (楽天対巨人: 対 sets two names against each other)
        elif (
            token.surface in _JOINERS
            and j > i
            and j + 1 < len(tokens)
            and _is_name_part(tokens[j + 1])
            and _FOREIGN.match(tokens[j - 1].surface) is not None
            and _FOREIGN.match(tokens[j + 1].surface) is not None
            and (token.surface == "・" or _LATIN_NAME.match(tokens[j + 1].surface) is not None)
        ):
            j += 1
        elif (
            token.surface == " "
            and j > i
            and j + 1 < len(tokens)
            and _is_name_part(tokens[j + 1])
            and not tokens[j + 1].surface.isspace()
            and (
                _CAPS.match(tokens[j + 1].surface)
                or _CAPS.match(tokens[j - 1].surface)
                and tokens[j + 1].surface in _BODY_AND_PRODUCT_WORDS
            )
        ):
            # AP 通信, 三菱東京 UFJ 銀行: scraped text spaces a Latin short form off.
            j += 1
        else:
            break
    return j


def _text(tokens: Sequence[Token], a: int, b: int) -> str:
    return "".join(t.surface for t in tokens[a:b])


def _names_in_run(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], a: int, b: int
) -> list[Name]:
    """People first; what lies between them is read as places, organizations and products."""
    if b - a >= 2 and tokens[b - 1].surface == "紙":
        # ニュー・ケララ紙: a newspaper, named without 紙.
        paper = _text(tokens, a, b - 1)
        if _KATAKANA.match(paper.replace("・", "")):
            return [Name(paper, ORGANIZATION, spans[a][0], spans[b - 2][1])]
    if (
        b - a == 2
        and tokens[a].pos[1:3] == ("固有名詞", "一般")
        and _KATAKANA.match(tokens[a].surface)
        and _is_place(tokens[a + 1])
    ):
        # ガンバ|大阪, as セレッソ大阪 and ジュビロ磐田 that the dictionary knows:
        # a katakana name and its home town name a club.
        return [Name(_text(tokens, a, b), ORGANIZATION, spans[a][0], spans[a + 1][1])]
    if b - a >= 2 and _katakana_source(tokens, a, b):
        # ウエスト|オーストラリアンによると, ジャカルタ|ポストは…伝えている: a
        # katakana name that reports is a body's, whatever words it is made of.
        return [Name(_text(tokens, a, b), ORGANIZATION, spans[a][0], spans[b - 1][1])]
    found: list[Name] = []
    at = a
    people = [
        (s, e)
        for s, e in _people(tokens, a, b)
        # 秋田魁|新報, 松下|電器: a name that a word of an organization follows is
        # the organization's (not 阿部勝征|東京大学教授: a place follows).
        if e == b
        or tokens[e].pos[1] == "固有名詞"
        or _kind_of(_text(tokens, s, e + 1), tokens[e]) != ORGANIZATION
    ]
    for s, e in [*people, (b, b)]:
        found += _things(tokens, spans, at, s)
        if s < e:
            # アサヒ・コム『強い台風…』, アサヒ・コム、2005年7月16日。: a katakana
            # name before a title in 『』 or a source's date is its publisher (a
            # kanji name before a title, 大澤文護『…』, is its author).
            text = _text(tokens, s, e)
            publisher = (
                e == b
                and _KATAKANA.match(text.replace("・", "")) is not None
                and _cites(_text(tokens, b, b + 4))
            )
            kind = ORGANIZATION if publisher else PERSON
            found.append(Name(text, kind, spans[s][0], spans[e - 1][1]))
        at = e
    return found


def _cites(after: str) -> bool:
    """Does a source's title (『…』) or date (、2005年…) follow?"""
    return after.startswith("『") or _CITATION_DATE.match(after) is not None


def _katakana_source(tokens: Sequence[Token], a: int, b: int) -> bool:
    text = _text(tokens, a, b)
    if not _KATAKANA.match(text.replace("・", "")) or tokens[b - 1].surface in _SOURCE_WORDS:
        return False
    if any(t.pos[2] == "人名" for t in tokens[a:b]):
        return False  # アメリカ・クリントン…は発表した: a person's
    after = "".join(t.surface for t in tokens[b : b + 4] if not t.surface.isspace())
    if after.startswith(_REPORTING):
        return True
    rest = "".join(t.surface for t in tokens[b + 1 :])
    return after.startswith(_SUBJECT) and any(verb in rest for verb in _REPORTING_VERBS)


_REPORTING_VERBS = ("発表", "報じ", "伝え")
#: Katakana words that say where news came from without naming it (米メディア).
_SOURCE_WORDS = frozenset(
    "メディア ニュース サイト ウェブサイト ホームページ ブログ データ".split()
)


def _is_place(token: Token) -> bool:
    return token.pos[1:3] == ("固有名詞", "地名")


def _things(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], a: int, b: int
) -> list[Name]:
    """Places, organizations and products in a run of nouns with no person in it.

    The run is read left to right: a place (地名 and the words that extend it,
    宮城県沖) is a name of its own unless an organization or a product follows
    it in the same run (宮城県警察本部); an organization or a product ends at a
    word of its kind, and begins at its first proper noun or place, else at a
    word that names an institution itself (気象庁地震火山部), never at a common
    word (記事アメリカ地質調査所 → アメリカ地質調査所).
    """
    found: list[Name] = []
    start = a  # where the current candidate began
    i = a
    while i < b:
        token = tokens[i]
        if _is_place(token):
            j = i + 1
            while j < b and (tokens[j].surface in PLACE_ENDS or _is_place(tokens[j])):
                j += 1
            # The last place may begin an organization or product (茨城県警察本部,
            # 十勝港); the places before it are names of their own.
            last = max(k for k in range(i, j) if _is_place(tokens[k]))
            if j == b or not _continues_name(tokens, last, b):
                found += _places(tokens, spans, i, j)
                start = i = j
                continue
            if _institution(tokens[j].surface) and not _foreign_country(tokens[last]):
                # 茨城県 | 気象庁, 日本国 | 外務省: a national body (but 中国外務省
                # is China's: a body after a foreign country is that country's).
                found += _places(tokens, spans, i, j)
                start = i = j
                continue
            if last > i:
                found += _places(tokens, spans, i, last)
            if start == i or _start_of(tokens, start, i) is None:
                start = last
            i = j
            continue
        kind = _kind_of(_text(tokens, start, i + 1), token)
        if kind is None and i == b - 1 and start == i and (_reports(tokens, i) or _club(token)):
            # CNN によると, ロイター通信の報道: a name that reports is an organization;
            # so is a name the dictionary knows in kanji and katakana (浦和レッズ).
            found.append(Name(token.surface, ORGANIZATION, spans[i][0], spans[i][1]))
            start = i = i + 1
            continue
        begin = _start_of(tokens, start, i, strong=_is_strong(token)) if kind else None
        if kind is not None and begin is None and i == b - 1 and _acronym_follows(tokens, b):
            begin = start  # 国際開発局(USAID): a body the text gives a Latin short form
        if (
            kind is not None
            and begin is None
            and any(_spaced_acronym(tokens, k) for k in range(start + 1, i))
        ):
            begin = start  # 国際協力 NGO センター: a Latin short form spaced inside the name
        if kind is not None and begin is not None:
            # An organization inside a longer one (東京大学 in 東京大学地震研究所)
            # is named too: the candidate goes on while a longer name may follow.
            if (
                begin > 0
                and tokens[begin - 1].surface.startswith("在")
                and _ABROAD.search(token.surface)
            ):
                begin -= 1  # 在イスラマバード・ドイツ大使館, 在中日本国大使館
            found.append(Name(_text(tokens, begin, i + 1), kind, spans[begin][0], spans[i][1]))
            longer = [
                k for k in range(i + 1, b) if _kind_of(_text(tokens, begin, k + 1), tokens[k])
            ]  # プランバナン寺院 goes on to プランバナン寺院群
            if longer and longer[0] == i + 1 and len(tokens[i + 1].surface) == 1:
                found.pop()  # 寺院|群: one character more only extends the name
            if not longer and not _continues_name(tokens, i + 1, b):
                start = i + 1
        i += 1
    return _outer_first(found)


def _spaced_acronym(tokens: Sequence[Token], k: int) -> bool:
    return (
        _ACRONYM.match(tokens[k].surface) is not None
        and tokens[k - 1].surface == tokens[k + 1].surface == " "
    )


def _acronym_follows(tokens: Sequence[Token], b: int) -> bool:
    """Is the run ending at ``b`` followed by a Latin short form in brackets: (USAID)?"""
    after = "".join(t.surface for t in tokens[b : b + 4] if not t.surface.isspace())
    return re.match(r"^[(（][A-Z]{2,8}[)）]", after) is not None


def _start_of(tokens: Sequence[Token], a: int, k: int, strong: bool = False) -> int | None:
    """Where a name ending at token ``k`` begins: at its first proper noun, place or
    Latin word (記事アメリカ地質調査所 → アメリカ地質調査所); with none, at a
    word that is an institution itself (気象庁地震火山部) or, for a word that
    makes a name on its own (新聞, 大学, 新幹線 …), at the run's start (毎日新聞)."""
    for index in range(a, k + 1):
        if tokens[index].pos[1] == "固有名詞":  # (AI, a common word, begins no name)
            return index
    # Counters and numbers do not begin a name (49分気象庁 → 気象庁).
    while a < k and (tokens[a].pos[1] == "数詞" or tokens[a].pos[2] == "助数詞可能"):
        a += 1
    if _institution(tokens[a].surface):
        return a
    if strong and k > a:
        # 発生|共同|通信 → 共同通信, 試合|結果|毎日|新聞 → 毎日新聞: an event or a
        # time word before the name is the sentence's, not the name's.
        events = [i for i in range(a, k - 1) if tokens[i].pos[2] in ("サ変可能", "副詞可能")]
        return events[-1] + 1 if events else a
    return None


def _institution(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_INSTITUTION_ENDS)


#: Words that make a name of common words alone: 毎日新聞, 防衛庁, 東名高速道路.
_STRONG_ENDS = frozenset(
    "庁 省 新聞 新聞社 通信 通信社 放送 放送局 大学 銀行 協会 研究所 鉄道 電鉄 電力 機構 学会 "
    "連盟 事業団 財団 高速道路 自動車道 新幹線 発電所 原発 空港 漁港 大橋 速報 本線".split()
)


def _is_strong(token: Token) -> bool:
    return token.surface in _STRONG_ENDS or any(
        token.surface.endswith(end) and len(token.surface) > len(end) for end in _STRONG_ENDS
    )


def _continues_name(tokens: Sequence[Token], j: int, b: int) -> bool:
    """Does an organization or product word follow from ``j`` in the run?"""
    return any(_kind_of(_text(tokens, j, k + 1), tokens[k]) is not None for k in range(j, b))


#: One dictionary word ending in these is an institution: 気象庁, 外務省, 自衛隊.
_INSTITUTION_ENDS = ("庁", "省", "自衛隊", "大学", "協会")


def _club(token: Token) -> bool:
    """A name the dictionary knows, written in kanji and katakana together:
    浦和レッズ, サンフレッチェ広島, テレビ朝日 (clubs and companies, mostly)."""
    surface = token.surface
    return (
        token.pos[1:3] == ("固有名詞", "一般")
        and len(surface) >= 4
        and _HAS_KANJI.search(surface) is not None
        and _HAS_KATAKANA.search(surface) is not None
        and not surface.endswith(_EVENT_ENDS)
    )


_HAS_KANJI = re.compile(r"[\u4e00-\u9fff]")
_HAS_KATAKANA = re.compile(r"[\u30a1-\u30fa]")
_EVENT_ENDS = ("地震", "事件", "事故", "戦争", "大会", "災害", "台風", "選挙")


def _reports(tokens: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a name (not a person's or a place's) followed by によると,
    によれば or の発表/報道?"""
    token = tokens[i]
    named = (
        token.pos[1:3] == ("固有名詞", "一般")
        or _ACRONYM.match(token.surface) is not None
        or _CAMEL_NAME.match(token.surface) is not None
    )
    after = "".join(t.surface for t in tokens[i + 1 : i + 5] if not t.surface.isspace())
    if not named or len(token.surface) < 2:
        return False
    if after.startswith(_REPORTING) or _CITATION_DATE.match(after):
        return True  # 共同通信によると; 東京急行、2005年7月: a source's publisher
    # ヤフーは…募金を受け付けている, テレビ朝日でも…呼びかけた: a name that
    # announces, reports or collects as the sentence's subject is a body's.
    if not after.startswith(_SUBJECT) or (
        _LATIN.match(token.surface) and len(re.findall("[A-Z]", token.surface)) < 2
    ):
        return False  # (Latin: BBCNews, not Google: a product as often as a body)
    rest = "".join(t.surface for t in tokens[i + 1 :])
    return any(verb in rest for verb in _BODY_VERBS)


_ACRONYM = re.compile(r"^[A-Z]{3,6}$")  # USGS; not AI
_REPORTING = ("によると", "によれば", "の発表", "の報道", "が報じ", "は報じ")
_SUBJECT = ("は", "が", "でも", "も")
_QUOTED_BODY = re.compile(
    r"(?:NGO|NPO|NPO\s*法人|財団法人|社団法人|団体)\s*「(?P<name>[^「」、。]{2,30})」"
)
_CAMEL_NAME = re.compile(r"^(?:[A-Z][a-z]+){2,}$|^[A-Z]{2,}[a-z]{2,}$")  # BBCNews, TheJakartaPost
_ABROAD = re.compile(r"(?:大使館|領事館|代表部)$")
_CITATION_DATE = re.compile(r"^、\s*\d{4}年")
#: What a body does in the news and a product does not.
_BODY_VERBS = (
    "発表", "報じ", "伝え", "公表", "表明", "決定", "中止", "受け付け", "受付", "募集",
    "呼びかけ", "呼び掛け", "派遣", "寄付", "開設", "設置", "要請", "声明", "取り止め",
    "取りやめ", "実施",
)  # fmt: skip


def _kind_of(text: str, last: Token) -> str | None:
    if text in _GENERIC or _POINTER.match(text) or len(text) < 2:
        return None
    if last.pos[2] == "サ変可能" and last.surface not in _BODY_AND_PRODUCT_WORDS:
        return None  # ヤマハ発動機|入社 (社 of an act): joining a company, not one
    if _AREA_PART.search(text) or text.endswith("政府"):
        return None  # 東部 is a part of a place; 日本政府 is the country's government
    if _ends_with(text, last.surface, _PRODUCT_ENDS):
        return PRODUCT
    if _ends_with(text, last.surface, _ORGANIZATION_ENDS):
        return ORGANIZATION
    return None


def _places(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], a: int, b: int
) -> list[Name]:
    """A place run, one name per place: each 地名 begins one, the words after it
    extend it (宮城県沖, 能登半島); an administrative unit written in one word is
    split (宮城県栗原市 → 宮城県, 栗原市), and a part of an area (太平洋沿岸,
    パキスタン北部) is named by its place (太平洋, パキスタン)."""
    names: list[Name] = []
    starts = [k for k in range(a, b) if _is_place(tokens[k])] + [b]
    for begin, end in zip(starts, starts[1:], strict=False):
        text = _text(tokens, begin, end)
        offset = spans[begin][0]
        base = _AREA_PART.sub("", text) or text
        if base.isascii() and base.isupper():
            continue  # JAPAN, HAWAII: a place line of an English source, in capitals
        units = [m for m in _PLACE_UNIT.finditer(base) if len(m.group()) >= 2]
        for number, match in enumerate(units):
            unit = match.group()
            if unit in _GENERIC:
                continue
            # 茨城県新治村 is 新治村, written with its prefecture; 宮城県沖 is off 宮城県.
            forms = (base[units[0].start() : match.end()],) if number else ()
            if unit.endswith("沖") and len(unit) > 2:
                unit, forms = unit[:-1], ()
            where = offset + match.start()
            names.append(Name(unit, PLACE, where, where + len(unit), forms))
    return names


#: An administrative unit ends at 都, 道, 府, 県 (one of a prefecture's), 市, 町, 村, 区, 郡.
_PLACE_UNIT = re.compile(r"北海道|(?:東京|京都|大阪)[都府]|.+?(?:県|市|町|村|区|郡)(?:沖)?|.+$")
#: Words that name a part of a place, not a place: 沿岸, 近海, 北部, 内陸 …
_AREA_PART = re.compile(
    r"(?:沿岸|近海|内陸|一帯|周辺|付近|全域|(?:北|南|東|西|中|北東|北西|南東|南西)部)+$"
)


def _outer_first(names: list[Name]) -> list[Name]:
    return sorted(names, key=lambda n: (n.start, -n.end))


def _people(tokens: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) token spans of the people named in a run: a name the dictionary
    tags 人名, or katakana parts (a foreign name it does not know) before a title
    the rest of the run ends in (ホームズ事務次長, カラ副大統領, 谷川外務副大臣)."""
    found = []
    i = a
    while i < b:
        # Parts joined by ・: ジョージ・W・ブッシュ, ユスフ・カラ, ヴィジャイ・バカヤ.
        j = i
        while j + 2 < b and tokens[j + 1].surface in _JOINERS:
            j += 2
        parts = tokens[i : j + 1 : 2]
        latin = all(_LATIN_NAME.match(t.surface) for t in parts)
        tagged = any(t.pos[1:3] == ("固有名詞", "人名") for t in parts)
        titled = _titled(tokens, j + 1, b)
        foreign = len(parts[0].surface) >= 2 and (
            all(_KATAKANA.match(t.surface) for t in parts) or latin
        )
        if foreign and not tagged and j == i:
            # チーム監督: an everyday word before a title is no one's name.
            foreign = background_rarity(parts[0].surface) >= EVERYDAY_RARITY
        if j > i:
            # Latin words are a name only before a title (Drago Ciliga氏): the
            # dictionary tags English words as names too loosely.
            if tagged and not latin or foreign and titled:
                found.append((i, j + 1))
            i = j + 1
            continue
        pos, surface = tokens[i].pos, tokens[i].surface
        if (
            pos[3:4] == ("姓",)
            and i + 1 < b
            and tokens[i + 1].pos[1:4] == ("固有名詞", "人名", "名")
        ):
            found.append((i, i + 2))  # 福田|康夫
            i += 2
            continue
        whole = tagged and pos[3:4] == ("一般",) and _KANJI.match(surface) is not None  # 温家宝
        named = tagged or foreign and not _is_place(tokens[i]) and pos[1] != "固有名詞"
        if len(surface) >= 2 and (whole or named and titled):
            found.append((i, i + 1))  # 福田首相, ブッシュ大統領, カラ副大統領
        i += 1
    return found


#: How a title ends: 事務次長, 副大臣, 事務官, 外相, 副大統領, 知事 …
_TITLE_END = re.compile(r"(?:長|大臣|官|相|大統領|知事|議員|教授|主席|書記|総裁|代表|首脳)$")


def _titled(tokens: Sequence[Token], k: int, b: int) -> bool:
    """Does a title follow at token ``k``: a word of :data:`PERSON_TITLES`, or the
    rest of the run ending like a title (国際連合事務総長 after アナン)?"""
    if k < len(tokens) and tokens[k].surface in PERSON_TITLES:
        return True
    return k < b and _TITLE_END.search(_text(tokens, k, b)) is not None and b - k <= 4


_PRODUCT_ENDS = frozenset(PRODUCT_ENDS)
_ORGANIZATION_ENDS = frozenset(ORGANIZATION_ENDS)
_LONGEST_END = max(map(len, (*PRODUCT_ENDS, *ORGANIZATION_ENDS)))


def _ends_with(text: str, last: str, ends: frozenset[str]) -> bool:
    return any(text[-n:] in ends for n in range(1, min(len(text), _LONGEST_END + 1))) and (
        last not in _GENERIC or len(text) > len(last)
    )


def _with_forms(tokens: Sequence[Token], names: list[Name]) -> list[Name]:
    """A name with the other forms the sentence writes it in: a bracket after it
    that defines its short form or reading, its legal form before it
    (財団法人日本インドネシア協会), Japan before a national body (日本国外務省)."""
    text = "".join(t.surface for t in tokens)
    home = {n.end: n.text for n in names if n.kind == PLACE and n.text in HOME_COUNTRY}
    result = []
    for name in names:
        forms = list(name.forms)  # kept: 茨城県 for 茨城 was found before
        after = text[name.end :]
        match = re.match(r"[(（]([^()（）]{1,20})[)）]", after)
        form = _SHORT_FORM.match(match.group(1)) if match else None
        short = form.group("form") if form else None
        if short and short != name.text and _defines(name, short):
            forms.append(short)
        elif match and name.kind in (PLACE, PERSON):
            # 汶川県(ブンセン、ウントン): readings, one after another.
            readings = match.group(1).split("、")
            if len(readings) > 1 and all(_KATAKANA.match(r.replace("・", "")) for r in readings):
                forms += readings
        if name.kind == ORGANIZATION:
            legal = _LEGAL_FORM.search(text, 0, name.start)
            if legal:
                forms.append(legal.group() + name.text)
            country = home.get(name.start)
            if country:
                forms.append(country + name.text)
        if len(forms) > len(name.forms):
            name = Name(name.text, name.kind, name.start, name.end, tuple(forms))
        result.append(name)
    return result


#: Legal forms written before a body's name: its full name holds them.
_LEGAL_FORM = re.compile(
    r"(?:(?:一般|公益)?(?:財団|社団)法人|(?:独立行政|学校|医療|社会福祉|宗教|特定非営利活動|"
    r"NPO\s*)法人|株式会社|有限会社)\s*$"
)


def _foreign_country(token: Token) -> bool:
    return token.pos[1:4] == ("固有名詞", "地名", "国") and token.surface not in HOME_COUNTRY


def _defines(name: Name, short: str) -> bool:
    """(NHK) after 日本放送協会, (イ・ミョンバク) after 李明博, (国連安保理): a short form
    or a reading; not a date, a number or an aside."""
    if _NUMBER.match(short) or re.search(r"\d", short) and not _LATIN.match(short):
        return False
    if _LATIN.match(short):
        return short.isupper() or name.kind != PERSON
    if _KATAKANA.match(short.replace("・", "")):
        return True  # a reading or a foreign spelling
    if _HIRAGANA.match(short) and len(short) >= 3 and _HAS_KANJI.search(name.text):
        return True  # 御前崎市(おまえざきし): a reading
    if name.kind == PERSON and _KANJI.match(short) and 2 <= len(short) <= 4:
        return True  # パク・トクフン(朴徳勲): the name in its own script
    # A kanji short form is made of the name's own characters: 国連安保理, 陸自.
    return sum(1 for c in short if c in name.text) * 2 >= len(short)


def with_names(sentence: Sentence) -> Sentence:
    """The sentence with the names found in its tokens, its event words and its
    figures' possible subjects: read once, at analysis, and cached with it."""
    return replace(
        sentence,
        names=tuple(names_in(sentence.tokens_c)),
        event_words=event_words(sentence),
        subjects=subject_names(sentence),
    )


# What the entity stage reads of each article ----------------------------------

_SHORT_KANJI = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def loose_words(sentences: Sequence[Sentence]) -> LooseWords:
    """Kanji nouns of two to four characters, and words SudachiPy tags as names,
    that no name found in their sentence holds (counted sentences only)."""
    kanji: set[str] = set()
    proper: set[str] = set()
    for sentence in sentences:
        if sentence.kind not in COUNTED_KINDS:
            continue
        names = sentence.names
        end = 0
        for token in sentence.tokens_c:
            start, end = end, end + len(token.surface)
            pos = token.pos
            if pos[0] != "名詞" or pos[2] != "一般" or end - start < 2:
                continue
            if names and any(n.start < end and start < n.end for n in names):
                continue
            if pos[1] == "固有名詞":
                proper.add(token.surface)
            if _SHORT_KANJI.match(token.surface):
                kanji.add(token.surface)
    return LooseWords(frozenset(kanji), frozenset(proper))


# What the facts stage reads of each sentence ----------------------------------

_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
# Names that can be the subject of a figure: DeepSeek, OpenAI, Meta, NVIDIA,
# "Stargate Project". Short all-capital words (AI, GPU, LLM) are not names.
_SUBJECT_NAME = re.compile(
    r"(?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z]{4,}[0-9]*)(?:[-.][A-Za-z0-9]+)*"
    r"(?: (?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z]{4,}))*"
)
#: Words that point back to the last name (同社 is the company named before).
ANAPHORS = ("同社", "同研究所", "同機関", "同氏", "同グループ")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def event_words(sentence: Sentence) -> frozenset[str]:
    """Content words of a sentence; names (ASCII words, proper nouns) marked with @."""
    ascii_words = list(_ASCII_WORD.finditer(sentence.text))
    found = {"@" + m.group().lower() for m in ascii_words if len(m.group()) > 1}
    for start, end, token in token_spans(sentence.tokens_c):
        if not token.is_content_word or token.surface.isspace():
            continue
        inside = token.surface.isascii() and any(
            m.start() <= start and end <= m.end() for m in ascii_words
        )
        if inside:
            continue  # an ASCII word's piece: the word is counted above, whole (High-Flyer)
        if token.pos[1] == "固有名詞":
            found.add("@" + token.normalized)
        else:
            found.add(token.normalized)
    return frozenset(found)


def subject_names(sentence: Sentence) -> tuple[tuple[int, str], ...]:
    """(end offset, name) of the names outside parentheses that may be what a
    figure is about (DeepSeek, 同社), in order: the facts stage's subjects."""
    parentheses = [m.span() for m in _BRACKETED.finditer(sentence.text)]
    masked = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence.text)
    found = [(m.end(), m.group()) for m in _SUBJECT_NAME.finditer(masked)]
    for start, end, token in token_spans(sentence.tokens_c):
        if parentheses and any(opened < end and start < closed for opened, closed in parentheses):
            continue
        is_proper = token.pos[1] == "固有名詞" and token.pos[2] != "地名"
        if (is_proper and not token.surface.isascii()) or token.surface in ANAPHORS:
            found.append((end, token.surface))
    return tuple(sorted(found))
