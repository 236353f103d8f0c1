"""facts: the whole-book timeline, figures by measure, disagreements and their corrections."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsbook.analyse.decode import DecodedText
from newsbook.analyse.overrides import Overrides
from newsbook.book.fact_corrections import FactCorrections, load_fact_corrections
from newsbook.book.facts import Event, Facts, collect_facts
from newsbook.core.diagnostics import Severity
from newsbook.core.model import Article
from newsbook.pipeline import analyse, analyse_seed, find_seeds

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Sentences about DeepSeek in general, so that "DeepSeek" and "AI" are common
# words of the little book, as they are of the real one.
FILLER = (
    "DeepSeekはAI業界で注目を集めている。"
    "DeepSeekのAIモデルは誰でも利用できる。"
    "DeepSeekの技術はAIの開発者に歓迎されている。"
)


# The seed book's measures (seeds/_facts.toml): what its figures measure.
SEED_MEASURES = load_fact_corrections(SEEDS / "_facts.toml", "seeds/_facts.toml")[0].measures


def with_seed_measures(corrections: FactCorrections | None = None) -> FactCorrections:
    corrections = corrections or FactCorrections()
    return replace(corrections, measures=corrections.measures or SEED_MEASURES)


def article(article_id: str, text: str) -> Article:
    decoded = DecodedText(text, "utf-8")
    return analyse(article_id, f"seeds/{article_id}.txt", decoded, Overrides())


def small_book(corrections: FactCorrections | None = None) -> Facts:
    a = article(
        "a",
        "記事A\n"
        f"{FILLER}\n"
        "2025年1月20日、DeepSeekは推論モデルR1を公開した。\n"
        "2025年1月27日、NVIDIAの株価が17%下落した。NVIDIAの時価総額は約92兆円減った。\n"
        "DeepSeekは、600万ドルのコストで開発した。\n",
    )
    b = article(
        "b",
        "記事B\n"
        f"{FILLER}\n"
        "1月20日に発表されたR1は、OpenAIのo1に並ぶとされる。\n"
        "2025年1月20日、米国では新しい大統領が就任した。\n"
        "2025年2月10〜11日にパリでAIサミットが開かれた。\n"
        "DeepSeekは、わずか6万ドル以上のコストで開発した。\n"
        "NVIDIAは一晩で90兆円を失った。\n",
    )
    return collect_facts([a, b], with_seed_measures(corrections))


def rows(facts: Facts) -> list[tuple[str, list[str]]]:
    return [(e.date.key, [c.article for c in e.citations]) for e in facts.events]


def test_one_event_reported_twice_is_one_row_citing_both():
    facts = small_book()
    assert ("2025-01-20", ["a", "b"]) in rows(facts)


def test_same_day_without_shared_words_is_another_event():
    facts = small_book()
    same_day = [e for e in facts.events if e.date.key == "2025-01-20"]
    assert sorted(len(e.citations) for e in same_day) == [1, 2]


def test_events_are_in_date_order():
    assert [key for key, _ in rows(small_book())] == [
        "2025-01-20",
        "2025-01-20",
        "2025-01-27",
        "2025-02-10/11",
    ]


def test_training_cost_disagreement_is_found_and_rounding_is_not():
    facts = small_book()
    assert [
        (d.measure.id, d.subject, [c.figure.surface for c in d.claims], d.factor)
        for d in facts.disagreements
    ] == [("development_cost", "DeepSeek", ["600万ドル", "6万ドル以上"], 100.0)]
    assert [d.measure.id for d in facts.disagreements_in("b")] == ["development_cost"]
    loss = next(g for g in facts.figures if g.measure.id == "market_loss")
    assert [c.figure.surface for c in loss.claims] == ["約92兆円", "90兆円"]


def claim(paragraph: str, surface: str) -> tuple[str, str | None]:
    """(measure id, subject) of one figure of a one-paragraph article."""
    facts = collect_facts([article("x", f"記事\n{FILLER}\n{paragraph}\n")], with_seed_measures())
    (found,) = [c for g in facts.figures for c in g.claims if c.figure.surface == surface]
    return found.measure.id, found.subject


@pytest.mark.parametrize(
    ("paragraph", "surface", "measure", "subject"),
    [
        pytest.param("「DeepSeek」では、わずか600万ドル(約9億円)のコストで開発した。",
                     "600万ドル(約9億円)", "development_cost", "DeepSeek", id="cost-after"),
        pytest.param("OpenAIは同様のモデルに数億ドルを費やしている。", "数億ドル",
                     "development_cost", "OpenAI", id="spent"),
        pytest.param("Metaは600億ドル以上のAI投資を発表した。", "600億ドル以上", "investment",
                     "Meta", id="investment"),
        pytest.param("米国とStargate Project(スターゲイト・プロジェクト)社による"
                     "5,000億ドル(約77兆円)にも及ぶ投資規模の計画。", "5,000億ドル(約77兆円)",
                     "investment", "Stargate Project", id="multiword-name-reading-skipped"),
        pytest.param("一夜でNVIDIA(エヌビディア)から90兆円を奪った!", "90兆円", "market_loss",
                     "NVIDIA", id="market-loss-title"),
        pytest.param("NVIDIAの株価が暴落した。これは同社株価史上最大の下落で、約92兆円の時価総額が"
                     "蒸発した。", "約92兆円", "market_loss", "NVIDIA", id="dousha-points-back"),
        pytest.param("DeepSeekは研究機関だ。その理由は、わずか2ヶ月で6万ドル以上のコストで"
                     "開発したことにある。", "6万ドル以上", "development_cost", "DeepSeek",
                     id="topic-carries-on"),
        pytest.param("DeepSeekの特徴はコスト効率だ。従来、開発には数億ドル規模の予算が必要だった。",
                     "数億ドル規模", "development_cost", None, id="no-topic-no-subject"),
        pytest.param("NVIDIAの株価は17%下落した。", "17%", "share_price_move", "NVIDIA",
                     id="share-move"),
        pytest.param("FlashMLAは、公開から6時間でGitHubのスターが5000件を超えた。", "5000件を超え",
                     "github_stars", "GitHub", id="stars"),
        pytest.param("5日間で5つのコードリポジトリを公開し、世界の開発者から反響を集めた。",
                     "5日間", "other-duration", None, id="developers-is-not-development"),
    ],
)  # fmt: skip
def test_measure_and_subject(paragraph: str, surface: str, measure: str, subject: str | None):
    assert claim(paragraph, surface) == (measure, subject)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "_facts.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_corrections_fix_a_date_drop_a_figure_and_resolve_a_disagreement(tmp_path: Path):
    path = write(
        tmp_path,
        """
[[date]]
article = "b"
text = "2025年2月10〜11日"
value = "2025-02-11"

[[figure]]
article = "a"
text = "17%"
ignore = true

[[resolved]]
measure = "development_cost"
figures = ["600万ドル", "6万ドル"]
note = "記事Bの誤記"
""",
    )
    corrections, problems = load_fact_corrections(path, "seeds/_facts.toml")
    assert problems == []
    facts = small_book(corrections)
    assert "2025-02-11" in [key for key, _ in rows(facts)]
    assert all(c.figure.surface != "17%" for g in facts.figures for c in g.claims)
    (resolved,) = facts.disagreements
    assert resolved.resolved == "記事Bの誤記"
    assert facts.diagnostics == ()


def test_a_figure_correction_can_settle_the_disagreement(tmp_path: Path):
    path = write(
        tmp_path,
        '[[figure]]\narticle = "b"\ntext = "6万ドル以上"\nvalue = 6000000\nqualifier = "exact"\n',
    )
    corrections, problems = load_fact_corrections(path, "seeds/_facts.toml")
    assert problems == []
    assert small_book(corrections).disagreements == ()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param('[[date]]\narticle = "b"\ntext = "1月20日"\nvalue = "2025-02-30"\n', 1,
                     "2025-02-30", id="no-such-day"),
        pytest.param('[[figure]]\narticle = "a"\ntext = "17%"\n\n[[figure]]\narticle = "a"\n'
                     'text = "600万ドル"\nunit = "yen"\n', 5, "'unit' must be one of", id="unit"),
        pytest.param('[[resolved]]\nmeasure = "x"\nfigures = ["600万ドル"]\nnote = "n"\n', 1,
                     "at least two", id="one-figure"),
        pytest.param('[[date]]\narticle = "b"\ntext = \n', 3, "not valid UTF-8 TOML", id="toml"),
        pytest.param('[[date]]\narticle = "b"\ntext = "1月20日"\nvalu = "2025-01-20"\n', 1,
                     "unknown key 'valu'", id="typo"),
    ],
)  # fmt: skip
def test_broken_corrections_are_reported_at_their_line_and_ignored(
    tmp_path: Path, text: str, line: int, message: str
):
    corrections, problems = load_fact_corrections(write(tmp_path, text), "seeds/_facts.toml")
    assert corrections == FactCorrections("seeds/_facts.toml")
    assert problems[0].line == line
    assert message in problems[0].message
    assert all(p.severity is Severity.WARNING and p.code == "facts" for p in problems)


def test_the_readme_example_is_a_valid_corrections_file(tmp_path: Path):
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Facts: dates and figures", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    corrections, problems = load_fact_corrections(write(tmp_path, example), "seeds/_facts.toml")
    assert problems == []
    assert (len(corrections.dates), len(corrections.figures), len(corrections.resolutions)) == (
        1,
        1,
        1,
    )


def test_an_unknown_measure_is_reported(tmp_path: Path):
    path = write(tmp_path, '[[figure]]\narticle = "a"\ntext = "17%"\nmeasure = "stock"\n')
    corrections, _ = load_fact_corrections(path, "seeds/_facts.toml")
    diagnostics = small_book(corrections).diagnostics
    (problem,) = [d for d in diagnostics if d.severity is Severity.WARNING]
    assert problem.line == 1
    assert "unknown measure 'stock'" in problem.message


def test_a_correction_that_matches_nothing_is_reported(tmp_path: Path):
    path = write(tmp_path, '[[date]]\narticle = "b"\ntext = "3月3日"\nvalue = "2025-03-03"\n')
    corrections, _ = load_fact_corrections(path, "seeds/_facts.toml")
    diagnostics = small_book(corrections).diagnostics
    (problem,) = [d for d in diagnostics if d.severity is Severity.WARNING]
    assert (problem.path, problem.line, problem.severity) == (
        "seeds/_facts.toml",
        1,
        Severity.WARNING,
    )
    assert "'3月3日'" in problem.message


@pytest.fixture(scope="module")
def seed_facts() -> Facts:
    articles = []
    for seed in find_seeds(SEEDS):
        analysis = analyse_seed(seed, f"seeds/{seed.name}")
        assert analysis.article is not None
        articles.append(analysis.article)
    return collect_facts(articles, with_seed_measures())


@pytest.mark.parametrize(
    ("key", "article", "words"),
    [
        pytest.param("2024-early", "01-open-source-strategy", "V2", id="v2"),
        pytest.param("2024-late", "01-open-source-strategy", "V3", id="v3"),
        pytest.param("2025-01-20", "02-silicon-valley-reaction", "R1", id="r1"),
        pytest.param("2025-01-27", "03-nvidia-market-shock", "NVIDIA", id="nvidia-fall"),
        pytest.param("2025-02-10/11", "01-open-source-strategy", "パリ", id="paris-summit"),
        pytest.param("2025-12-early", "05-open-source-week", "Open Source Week", id="osw"),
    ],
)
def test_seed_timeline_has_the_story(seed_facts: Facts, key: str, article: str, words: str):
    event = next(e for e in seed_facts.events if e.date.key == key and words in _text(e))
    assert article in event.articles


def _text(event: Event) -> str:
    return " ".join(c.sentence.text for c in event.citations)


def test_seed_timeline_order(seed_facts: Facts):
    keys = [e.date.key for e in seed_facts.events]
    story = [
        "2024-early",
        "2024-late",
        "2025-01-20",
        "2025-01-27",
        "2025-02-10/11",
        "2025-12-early",
    ]
    assert [k for k in keys if k in story] == story


def test_seed_r1_is_one_row_from_two_articles(seed_facts: Facts):
    (r1,) = [e for e in seed_facts.events if e.date.key == "2025-01-20"]
    assert r1.articles == ("01-open-source-strategy", "02-silicon-valley-reaction")
    assert r1.inferred  # article 02 gives no year; article 01 says "early 2025"


def test_seed_training_cost_disagreement(seed_facts: Facts):
    (d,) = [d for d in seed_facts.disagreements if d.measure.id == "development_cost"]
    assert [(c.citation.article, c.figure.surface) for c in d.claims] == [
        ("03-nvidia-market-shock", "600万ドル(約9億円)"),
        ("04-research-memo-dark-horse", "6万ドル以上"),
    ]
    assert d.factor == 100
    assert seed_facts.disagreements_in("03-nvidia-market-shock") == (d,)
    assert seed_facts.disagreements_in("04-research-memo-dark-horse") == (d,)


def test_seed_market_loss_is_grouped_without_a_false_alarm(seed_facts: Facts):
    (loss,) = [g for g in seed_facts.figures if g.measure.id == "market_loss"]
    assert [c.figure.surface for c in loss.claims] == ["90兆円", "100兆円近く", "約92兆円"]
    assert all(d.measure.id != "market_loss" for d in seed_facts.disagreements)


def test_seed_stargate_investment_agrees_across_articles(seed_facts: Facts):
    (investment,) = [g for g in seed_facts.figures if g.measure.id == "investment"]
    stargate = [c for c in investment.claims if c.subject and "Stargate" in c.subject]
    assert [c.citation.article for c in stargate] == [
        "02-silicon-valley-reaction",
        "03-nvidia-market-shock",
    ]
    assert all(d.measure.id != "investment" for d in seed_facts.disagreements)


def test_seed_facts_are_deterministic(seed_facts: Facts):
    articles = [
        analyse_seed(seed, f"seeds/{seed.name}").article  # type: ignore[misc]
        for seed in find_seeds(SEEDS)
    ]
    assert collect_facts(articles, with_seed_measures()) == seed_facts


# A row is an event --------------------------------------------------------------------


def test_a_source_line_is_no_event_but_dates_the_report():
    report = article(
        "wn",
        "北朝鮮がミサイル発射\n"
        "朝鮮民主主義人民共和国は5日、計7発のミサイルを発射した。\n"
        "共同通信、2006年7月5日。\n",
    )
    facts = collect_facts([report])
    assert rows(facts) == [("2006-07-05", ["wn"])]
    [event] = facts.events
    assert event.readings[0].citation.sentence.text.startswith("朝鮮民主主義人民共和国は5日")


def test_a_sentence_is_on_one_row_at_its_own_date_not_its_background():
    report = article(
        "bg",
        "記念式典\n2009年6月25日、朝鮮戦争(1950年から1953年)の開戦記念日に式典が開かれた。\n",
    )
    assert rows(collect_facts([report])) == [("2009-06-25", ["bg"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "台風が上陸\n"
            "気象庁によると、台風18号は5日、海南島に上陸した。\n"
            "台風18号、ベトナムで死者少なくとも4人 — 熱帯低気圧に台風18号、海南島で6人が死亡"
            "台風17号は日本の東海上へ — 18号は厳戒の海南島を直撃か台風17号、八丈島に接近 — "
            "18号は海南島へ台風17号、24日にも伊豆諸島へ — 18号は香港に接近台風17号は小笠原諸島へ"
            "『台風情報』。気象庁、2005年9月26日。\n",
            [("2005-09-05", ["box"])],
            id="run-into-a-cited-title",
        ),
        pytest.param(
            "ジャワ島で地震\n"
            "気象庁によると、ジャワ島中部で27日、強い地震があった。\n"
            "2006年ジャワ島中部地震最近の記事ジャワ島中部地震の犠牲者、5,000人を超える"
            "ジャワ島中部地震の募金受付を開始ジャワ島中部地震、死者3,000人超す"
            "ジャワ中部地震の犠牲者が6,000人を超えるインドネシアで31日に余震"
            "ウィキペディアにジャワ島中部地震に関する記事があります。\n"
            "共同通信、2006年5月27日。\n",
            [("2006-05-27", ["box"])],
            id="naming-itself",
        ),
    ],
)
def test_a_box_of_headlines_run_together_is_no_event(text, expected):
    assert rows(collect_facts([article("box", text)])) == expected


# What a figure measures when the editors define no measure --------------------------


@pytest.mark.parametrize(
    ("paragraph", "surface", "measure"),
    [
        pytest.param("地震による死者は55人に上った。その後、死者は60人を超えた。",
                     "55人", "死者", id="noun-before-its-figure"),
        pytest.param("負傷者約1,000人が病院に運ばれた。負傷者は計1,200人になった。",
                     "約1,000人", "負傷者", id="about-between"),
        pytest.param("韓国政府は100万ドル相当の支援を表明した。政府は50万ドルを拠出した。",
                     "100万ドル", "その他の金額(ドル)", id="an-actor-is-no-measure"),
    ],
)  # fmt: skip
def test_without_editors_measures_a_figure_measures_the_noun_it_counts(
    paragraph: str, surface: str, measure: str
):
    facts = collect_facts([article("x", f"記事\n{paragraph}\n")])
    (found,) = [c for g in facts.figures for c in g.claims if c.figure.surface == surface]
    assert found.measure.ja == measure
    # The text's nouns are listed, never compared: a rising toll is news.
    assert not found.measure.compared


def test_a_noun_that_counts_one_figure_only_is_no_group_of_its_own():
    facts = collect_facts([article("x", "記事\n避難者は300人だった。\n")])
    (group,) = facts.figures
    assert group.measure.ja == "その他の数(人)"


def test_a_broken_measure_is_reported_at_its_line(tmp_path: Path):
    text = '[[measure]]\nid = "toll"\nja = "死者数"\nen = "deaths"\nunits = ["people"]\n'
    text += 'keywords = ["死者"]\n'
    corrections, problems = load_fact_corrections(write(tmp_path, text), "seeds/_facts.toml")
    assert corrections.measures == ()
    assert problems[0].line == 1 and "unknown unit 'people'" in problems[0].message
