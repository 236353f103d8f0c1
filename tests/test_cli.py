"""The ``newsbook`` command, as scripts outside the book use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS

REQUIRED_KEYS = {
    "id",
    "title",
    "title_generated",
    "source",
    "author",
    "urls",
    "dates",
    "summary",
    "keywords",
    "sections",
    "encoding",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbook", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def inspect_all() -> list[dict]:
    result = run(
        "inspect", *(str(p.relative_to(ROOT)) for p in sorted(SEEDS.glob("*.txt"))), "--json"
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_inspect_prints_one_object_per_article_with_the_documented_keys() -> None:
    records = inspect_all()
    assert [r["id"] for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        assert REQUIRED_KEYS <= record.keys()


def test_summary_sentences_are_exact_substrings_of_the_article() -> None:
    for record in inspect_all():
        text = (SEEDS / f"{record['id']}.txt").read_text(encoding="utf-8")
        assert record["summary"], record["id"]
        for sentence in record["summary"]:
            assert sentence in text


def test_inspect_reports_what_the_seeds_say() -> None:
    records = {r["id"]: r for r in inspect_all()}
    assert records["02-silicon-valley-reaction"]["title_generated"] is True
    assert records["02-silicon-valley-reaction"]["source"] == "Fox Business"
    assert (
        records["01-open-source-strategy"]["title"]
        == "中国AIスタートアップDeepSeek オープンソース戦略が世界を揺らす"
    )
    assert records["01-open-source-strategy"]["title_generated"] is False
    assert records["03-nvidia-market-shock"]["author"] == "ケルビン・アウ"
    assert "https://www.deepseek.com/" in records["03-nvidia-market-shock"]["urls"]
    assert "2025年1月27日" in records["03-nvidia-market-shock"]["dates"]
    assert "1. はじめに" in records["04-research-memo-dark-horse"]["sections"]
    assert records["05-open-source-week"]["source"] == "cgtn.com"
    assert records["03-nvidia-market-shock"]["dropped"] == ["Topics", "Report"]
    assert all(r["encoding"] == "utf-8" for r in records.values())


def test_bad_seed_gets_a_path_error_line_and_the_others_are_still_printed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = SEEDS / "05-open-source-week.txt"
    result = run("inspect", str(empty), str(good), "--json")
    assert result.returncode == 1
    assert f"{empty}: ERROR: empty file" in result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == ["05-open-source-week"]


def test_shift_jis_seed_reports_its_encoding(tmp_path: Path) -> None:
    seed = tmp_path / "sjis.txt"
    seed.write_bytes("見出しの行\n本文の一文目です。二文目です。\n".encode("cp932"))
    [record] = json.loads(run("inspect", str(seed), "--json").stdout)
    assert record["encoding"] == "cp932"
    assert record["title"] == "見出しの行"


# newsbook book SEEDS --json: the whole book's data --------------------------------------


def book_json() -> dict:
    result = run("book", "seeds", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_book_json_gives_every_part_of_the_whole_book_stage() -> None:
    data = book_json()
    assert list(data) == [
        "articles", "entities", "terms", "events", "figures", "disagreements",
        "related", "key_points", "sources",
    ]  # fmt: skip
    assert [a["id"] for a in data["articles"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_book_json_merges_the_spellings_of_one_person() -> None:
    [liang] = [e for e in book_json()["entities"] if e["name"] == "梁文峰"]
    assert liang["kind"] == "person"
    assert {"梁文峰", "Liang Wenfeng"} <= set(liang["forms"])
    for mention in liang["mentions"]:
        seed = (SEEDS / f"{mention['article']}.txt").read_text(encoding="utf-8").splitlines()
        assert mention["form"] in seed[mention["line"] - 1]


def test_book_json_shows_the_training_cost_disagreement_with_its_sources() -> None:
    [cost] = [d for d in book_json()["disagreements"] if d["subject"] == "DeepSeek"]
    figures = {c["figure"] for c in cost["claims"]}
    assert "6万ドル以上" in figures and any(f.startswith("600万ドル") for f in figures)
    assert {c["article"] for c in cost["claims"]} == {
        "03-nvidia-market-shock", "04-research-memo-dark-horse",
    }  # fmt: skip


def test_book_json_dates_events_and_quotes_their_sentences() -> None:
    events = book_json()["events"]
    dates = [e["date"] for e in events]
    assert "2025-01-20" in dates
    for event in events:
        for sentence in event["sentences"]:
            seed = (SEEDS / f"{sentence['article']}.txt").read_text(encoding="utf-8")
            assert sentence["text"] in seed.replace("\n", "")
