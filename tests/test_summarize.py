"""summarize: LexRank summary sentences, noun phrases and keywords."""

import os
import subprocess
import sys

import pytest

from newsbook.japanese import analyzer
from newsbook.summarize import (
    MAX_CANDIDATES,
    MAX_KEYWORD_CHARS,
    keywords,
    noun_phrases,
    summary_indices,
)

# Small talk around three sentences about one topic (推論モデル, 訓練コスト, DeepSeek).
ARTICLE = [
    "おはようございます、今朝は少し肌寒くてコートを出しました。",
    "週末には家族と近所の公園へ桜を見に行きました。",
    "駅前の喫茶店では新しいケーキが発売されたそうです。",
    "DeepSeekの推論モデルは、訓練コストを大幅に抑えながら高い性能を示した。",
    "推論モデルの訓練コストが下がれば、DeepSeekのような新興企業も大手と競争できる。",
    "各国の研究者は、DeepSeekが公開した推論モデルの性能と訓練コストを検証している。",
    "帰り道に立ち寄った本屋で、料理の雑誌を一冊買いました。",
    "明日の天気は晴れの予報なので、洗濯物がよく乾きそうです。",
]
TOPICAL = {3, 4, 5}


@pytest.mark.parametrize("count", [1, 2, 3])
def test_summary_indices_are_sorted_and_as_many_as_asked(count):
    chosen = summary_indices(ARTICLE, analyzer(), count)
    assert chosen == sorted(chosen)
    assert len(chosen) == len(set(chosen)) == count


@pytest.mark.parametrize("count", [1, 2, 3])
def test_summary_prefers_central_sentences_over_the_lead(count):
    chosen = summary_indices(ARTICLE, analyzer(), count)
    assert 0 not in chosen
    assert set(chosen) <= TOPICAL


def test_summary_of_nothing_is_empty():
    assert summary_indices([], analyzer(), 3) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("推論モデルの訓練コストが下がった。", "推論モデル", id="noun-noun"),
        pytest.param("推論モデルの訓練コストが下がった。", "訓練コスト", id="second-compound"),
        pytest.param("DeepSeekの創業者である梁文峰氏は語った。", "梁文峰", id="name-without-shi"),
        pytest.param("Liang氏が語った。", "Liang", id="latin-name-without-shi"),
    ],
)
def test_noun_phrases(text, phrase):
    phrases = noun_phrases(analyzer().tokenize(text))
    assert phrase in phrases
    assert not any(p.endswith("氏") for p in phrases)


TEXTS = [
    "DeepSeekの推論モデルは訓練コストを抑えた。",
    "推論モデルの訓練コストが話題だ。",
    "各社は推論モデルの開発を急ぐ。",
    "公園の桜が咲いた。",
    "米国と中国が競う。",
    "中国と米国の企業。",
]


@pytest.mark.parametrize("limit", [1, 2, 8])
def test_keywords_respect_the_limit(limit):
    assert len(keywords(TEXTS, "中国AIの新潮流", analyzer(), limit=limit)) <= limit


def test_keywords_lead_with_the_term_repeated_across_the_text():
    assert keywords(TEXTS, "中国AIの新潮流", analyzer())[0][0] == "推論モデル"


def test_a_phrase_seen_once_is_a_keyword_only_when_in_the_title():
    without = [k for k, _ in keywords(TEXTS, "中国AIの新潮流", analyzer())]
    with_title = [k for k, _ in keywords(TEXTS, "公園", analyzer())]
    assert ("公園" in without, "公園" in with_title) == (False, True)


def test_keywords_tied_in_score_keep_document_order():
    ranked = [k for k, _ in keywords(TEXTS, "新潮流", analyzer())]
    assert ranked.index("米国") < ranked.index("中国")


def test_keywords_are_deterministic_across_processes():
    code = (
        "from newsbook.japanese import analyzer; from newsbook.summarize import keywords; "
        f"print(keywords({TEXTS!r}, '新潮流', analyzer()))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert runs == {f"{keywords(TEXTS, '新潮流', analyzer())}\n"}


def test_latin_words_separated_by_a_space_stay_one_phrase():
    from newsbook.japanese import analyzer
    from newsbook.summarize import noun_phrases

    phrases = noun_phrases(analyzer().tokenize("DeepSeekはOpen Source Weekを実施した", mode="C"))
    assert "Open Source Week" in phrases


def test_summary_is_chosen_among_the_opening_sentences():
    # LexRank is quadratic: a huge article is summarised from its opening,
    # even when later sentences would be more central.
    subjects = "政府 企業 研究者 投資家 市場 大学 銀行 学生 記者 技術者 医師 農家 作家 選手 市民"
    objects = "予算 規制 特許 株価 人材 論文 融資 教育 報道 設計 医療 農業 小説 試合 選挙"
    opening = [f"{s}が{o}を議論した。" for s in subjects.split() for o in objects.split()]
    central = ["推論モデルの訓練コストが下がった。"] * 60
    sentences = opening[:MAX_CANDIDATES] + central
    assert 0 < len(summary_indices(sentences, analyzer(), 3))
    assert all(i < MAX_CANDIDATES for i in summary_indices(sentences, analyzer(), 3))
    assert summary_indices(central, analyzer(), 3)  # on their own they are chosen


def test_keywords_are_counted_in_the_opening_characters():
    opening = "推論モデルの話。" * (MAX_KEYWORD_CHARS // 8)
    found = [k for k, _ in keywords([opening, "量子計算機と量子計算機"], "記事", analyzer())]
    assert "推論モデル" in found
    assert "量子計算機" not in found
