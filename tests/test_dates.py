"""dates: Japanese date expressions read as vague dates that keep their precision."""

import pytest

from newsbook.analyse.dates import (
    FuzzyDate,
    Part,
    Precision,
    Relation,
    find_dates,
    is_source_line,
    read_article_dates,
    source_line_date,
)


@pytest.mark.parametrize(
    ("text", "surface", "key", "precision"),
    [
        pytest.param("2025年1月20日に公開", "2025年1月20日", "2025-01-20", "day", id="day"),
        pytest.param(
            "２０２５年１月２７日、", "２０２５年１月２７日", "2025-01-27", "day", id="full-width"
        ),
        pytest.param("(2025.01.25). YouTube", "2025.01.25", "2025-01-25", "day", id="dotted"),
        pytest.param("2025/1/25に", "2025/1/25", "2025-01-25", "day", id="slashes"),
        pytest.param("2025-01-25に", "2025-01-25", "2025-01-25", "day", id="iso"),
        pytest.param(
            "2025年2月10〜11日", "2025年2月10〜11日", "2025-02-10/11", "day_range", id="range"
        ),
        pytest.param(
            "2025年2月10日~11日", "2025年2月10日~11日", "2025-02-10/11", "day_range", id="range-2"
        ),
        pytest.param(
            "2025年2月28日〜3月2日",
            "2025年2月28日〜3月2日",
            "2025-02-28/03-02",
            "day_range",
            id="range-across-months",
        ),
        pytest.param(
            "2025年12月上旬、", "2025年12月上旬", "2025-12-early", "part_of_month", id="joujun"
        ),
        pytest.param(
            "2025年3月中旬", "2025年3月中旬", "2025-03-mid", "part_of_month", id="chuujun"
        ),
        pytest.param("2025年1月末", "2025年1月末", "2025-01-late", "part_of_month", id="month-end"),
        pytest.param("2025年1月に", "2025年1月", "2025-01", "month", id="month"),
        pytest.param("2024年初頭:V2", "2024年初頭", "2024-early", "part_of_year", id="shotou"),
        pytest.param("2025年初め:R1", "2025年初め", "2025-early", "part_of_year", id="hajime"),
        pytest.param("2024年末:V3", "2024年末", "2024-late", "part_of_year", id="year-end"),
        pytest.param("2024年前半", "2024年前半", "2024-h1", "part_of_year", id="first-half"),
        pytest.param("2024年後半", "2024年後半", "2024-h2", "part_of_year", id="second-half"),
        pytest.param("2019年に遡ります", "2019年", "2019", "year", id="year"),
        pytest.param("令和7年5月下旬", "令和7年5月下旬", "2025-05-late", "part_of_month", id="era"),
    ],
)
def test_explicit_dates(text: str, surface: str, key: str, precision: str):
    (mention,) = find_dates(text)
    assert (mention.surface, mention.value and mention.value.key) == (surface, key)
    assert mention.value.precision is Precision(precision)
    assert text[mention.start : mention.end] == surface
    assert not mention.inferred


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        pytest.param("5日間で5つのリポジトリ", [], id="days-duration"),
        pytest.param("わずか2か月のトレーニング", [], id="months-duration"),
        pytest.param("2ヶ月で開発", [], id="months-duration-ke"),
        pytest.param("2025年の春節には", ["2025年"], id="festival-is-not-a-date"),
        pytest.param("10~20年後に向けた", [], id="years-later"),
        pytest.param("創業わずか2年", [], id="short-year"),
        pytest.param("2025年度の予算", [], id="fiscal-year"),
        pytest.param("2025年2月30日", [], id="no-such-day"),
    ],
)
def test_not_dates(text: str, surfaces: list[str]):
    assert [m.surface for m in find_dates(text)] == surfaces


def test_festival_is_not_read_at_all():
    assert find_dates("春節(旧正月)期間でした") == ()


@pytest.mark.parametrize(
    ("texts", "published", "expected"),
    [
        pytest.param(
            ["2025年1月27日に暴落。", "1月29日に連携。"], None, "2025-01-29", id="last-dated-month"
        ),
        pytest.param(
            ["2019年に遡る。", "1月29日に連携。"],
            "2025-03-01",
            "2025-01-29",
            id="bare-year-is-background",
        ),
        pytest.param(["1月20日に発表。"], "2025-02-03", "2025-01-20", id="publication-year"),
        pytest.param(
            ["2025年の波紋。", "今年2月10〜11日にパリで"], None, "2025-02-10/11", id="kotoshi"
        ),
        pytest.param(
            ["2025年の春節。", "前年末に発表されたV3"], None, "2024-late", id="zennen-matsu"
        ),
        pytest.param(["2025年の春節。", "昨年のメディア取材"], None, "2024", id="sakunen"),
        pytest.param(["1月のこと。", "先月の発表"], "2025-03-10", "2025-02", id="sengetsu"),
        pytest.param(
            ["2025年1月29日、連携。", "また同日、発表。"], None, "2025-01-29", id="doujitsu"
        ),
        pytest.param(["2025年1月31日、連携。", "翌日、発表。"], None, "2025-02-01", id="yokujitsu"),
        pytest.param(["北朝鮮は5日、発射した。"], "2006-07-05", "2006-07-05", id="dateline-day"),
        pytest.param(["北朝鮮は28日、発表した。"], "2006-08-03", "2006-07-28", id="day-last-month"),
        pytest.param(["1月20日と27日に発表。"], "2025-03-01", "2025-01-27", id="day-after-month"),
    ],
)
def test_years_from_the_article(texts: list[str], published: str | None, expected: str):
    last = read_article_dates(texts, published)[-1][-1]
    assert last.value is not None and last.value.key == expected
    assert last.inferred


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param("1月20日に発表", None, id="no-year-anywhere"),
        pytest.param("先月の発表", None, id="sengetsu-unpublished"),
        pytest.param("「今年いちばんの技術トピック」", "2025-01-01", id="quoted-kotoshi"),
    ],
)
def test_unresolvable_stays_open(text: str, published: str | None):
    (mention,) = find_dates(text, published)
    assert mention.value is None or mention.value.year is None
    assert mention.inferred


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        pytest.param("2025年1月27日、NVIDIAの株価が", Relation.AT, id="at"),
        pytest.param("2025年現在、中国の", Relation.AS_OF, id="genzai"),
        pytest.param("2025年以降の技術革新", Relation.SINCE, id="ikou"),
        pytest.param("2025年3月まで", Relation.UNTIL, id="made"),
    ],
)
def test_relation(text: str, relation: Relation):
    assert find_dates(text)[0].relation is relation


@pytest.mark.parametrize(
    ("date", "english", "japanese"),
    [
        (FuzzyDate(2025, 1, 20), "January 20, 2025", "2025年1月20日"),
        (FuzzyDate(2025, 2, 10, end_day=11), "February 10–11, 2025", "2025年2月10〜11日"),
        (
            FuzzyDate(2025, 2, 24, end_month=3, end_day=1),
            "February 24–March 1, 2025",
            "2025年2月24日〜3月1日",
        ),
        (
            FuzzyDate(2024, 12, 30, end_month=1, end_day=2),
            "December 30, 2024–January 2, 2025",
            "2024年12月30日〜1月2日",
        ),
        (FuzzyDate(2025, 1), "January 2025", "2025年1月"),
        (FuzzyDate(2025, 1, part=Part.MID), "mid-January 2025", "2025年1月中旬"),
        (FuzzyDate(2025, 12, part=Part.EARLY), "early December 2025", "2025年12月上旬"),
        (FuzzyDate(2024, part=Part.LATE), "late 2024", "2024年末"),
        (FuzzyDate(2024, part=Part.EARLY), "early 2024", "2024年初頭"),
        (FuzzyDate(2019), "2019", "2019年"),
        (FuzzyDate(None, 1, 20), "January 20 (year unknown)", "(年不明)1月20日"),
        (FuzzyDate(None, 1), "January (year unknown)", "(年不明)1月"),
    ],
)
def test_vague_stays_vague(date: FuzzyDate, english: str, japanese: str):
    assert (date.english(), date.japanese()) == (english, japanese)
    assert FuzzyDate.parse(date.key) == date


def test_late_2024_sorts_after_early_2024_and_before_2025():
    dates = [
        FuzzyDate(2025, 1, 20),
        FuzzyDate(2024, part=Part.LATE),
        FuzzyDate(2024, part=Part.EARLY),
    ]
    assert [d.key for d in sorted(dates, key=FuzzyDate.sort_key)] == [
        "2024-early",
        "2024-late",
        "2025-01-20",
    ]


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("XXXX-01-20", "2025-early", True),
        ("2025-01-20", "2025-early", True),
        ("2025-02-10/11", "2025-02-11", True),
        ("2025-01-27", "2025-01-29", False),
        ("2024-late", "2025-early", False),
        ("2025-12-early", "2025-12-15", False),
    ],
)
def test_compatible(a: str, b: str, compatible: bool):
    assert FuzzyDate.parse(a).compatible(FuzzyDate.parse(b)) is compatible


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "2025-mid", "late 2024", "2025-01-h1"])
def test_parse_rejects(text: str):
    with pytest.raises(ValueError):
        FuzzyDate.parse(text)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("共同通信、2005年7月29日。", "2005-07-29"),
        ("気象庁、2011年4月7日23時46分(UTC + 9)。", "2011-04-07"),
        ("ABC 、2006年11月15日。", "2006-11-15"),
        # A long publisher letter-spaced by the scraper.
        (
            "en : N a t i o n a l O c e a n i c a n d AtmosphericAdministration 、2005年7月15日。",
            "2005-07-15",
        ),
        ("2006年7月5日 : 北朝鮮、ミサイル数発を発射", None),
        ("2016年8月16日(火): 台風7号が北海道に上陸", None),
        ("気象庁『地震情報(各地の震度に関する情報)平成20年05月08日発表』。", None),
        # The cited title on the same line, its quotation marks unbalanced by the scraper.
        ('『强台风 “ 龙王 " 在台湾花莲县登陆』。中国新聞、2005年10月2日。', "2005-10-02"),
        ('ウィキニュース、2007年3月27日 " 能登有料道路、能登半島地震で通行止め "。', "2007-03-27"),
        # Digits the scraper doubled.
        ("気象庁、22005年9月30日。", "2005-09-30"),
        ("気象庁、2005年2005年9月30日。", "2005-09-30"),
    ],
)
def test_source_lines_give_the_publication_date(line: str, date: str | None):
    assert is_source_line(line)
    assert source_line_date(line) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "気象庁は2011年4月7日、地震があったと発表した。",
        "共同通信によると、5日に発射した。",
        "2016年8月16日(火)、台風7号が北海道に上陸した。",
        "政府は、2005年9月30日に非常事態を宣言した。",
        "日本の気象庁によると、2008年5月8日午前1時45分ごろ、茨城県沖で地震が発生した。",
    ],
)
def test_a_sentence_that_reports_is_no_source_line(sentence: str):
    assert not is_source_line(sentence)
