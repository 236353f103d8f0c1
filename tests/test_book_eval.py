"""The book benchmark's scoring (tools/bench/book_eval.py), on literal examples:
what counts as a found entity, a merge, a false merge, a citation row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from book_eval import GoldEntity, _forms, main, score_entities, score_timeline  # noqa: E402

GOLD = [
    GoldEntity("日本放送協会", "organization", _forms("日本放送協会", ["NHK"]), False),
    GoldEntity("金正日", "person", _forms("金正日", ["金総書記", "金"]), False),
    GoldEntity("金大中", "person", _forms("金大中", ["金"]), False),
    GoldEntity("共同通信", "organization", _forms("共同通信", []), True),
]


# The articles write 日本放送協会 and NHK, 金正日 and 金総書記; 金大中 one way only.
TEXT = "日本放送協会(NHK)によると、金正日総書記は…金総書記は…金大中大統領は…共同通信、2005年。"


def entity(name: str, kind: str, *forms: str) -> dict[str, object]:
    return {"name": name, "kind": kind, "forms": [name, *forms]}


def test_a_gold_entity_is_found_by_any_form_of_the_same_kind() -> None:
    found = [entity("NHK", "organization"), entity("金正日", "place")]
    scores = score_entities(GOLD, found, TEXT)
    assert scores["recall"]["organization"] == (1, 1)  # the citation-only name does not count
    assert scores["recall"]["person"] == (0, 2)  # 金正日 found, but as a place
    assert scores["precision"] == (2, 2)


def test_one_entity_with_two_forms_of_a_name_merges_it() -> None:
    scores = score_entities(GOLD, [entity("日本放送協会", "organization", "NHK")], TEXT)
    assert scores["merged"] == (1, 2)
    assert scores["false_merges"] == []


def test_one_character_forms_never_match_and_two_people_in_one_entity_is_a_false_merge() -> None:
    assert score_entities(GOLD, [entity("金", "person")], TEXT)["precision"] == (0, 1)
    scores = score_entities(GOLD, [entity("金正日", "person", "金大中")], TEXT)
    assert len(scores["false_merges"]) == 1


def test_source_lines_are_citation_rows_and_do_not_date_the_main_event() -> None:
    line = {"article": "01-wn0", "line": 9, "text": "気象庁、2011年4月7日23時46分(UTC + 9)。"}
    event = {"article": "01-wn0", "line": 3, "text": "宮城県沖で地震があった。"}
    gold = [{"file": "01-wn0.txt", "date": "2011-04-07", "event": "地震"}]
    only_citation = score_timeline(gold, [{"date": "2011-04-07", "sentences": [line]}])
    assert only_citation["on_day"] == (0, 1) and only_citation["citation_rows"] == 1
    both = score_timeline(
        gold, [{"date": "2011-04-07", "sentences": [event]}, {"date": "2011", "sentences": [event]}]
    )
    assert both["on_day"] == (1, 1) and both["several_rows"] == 1


def test_a_folder_without_annotation_gets_the_measures_that_need_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "01.txt").write_text(
        "台風が上陸\n気象庁によると、台風5号は5日、沖縄本島に上陸した。\n共同通信、2005年7月5日。\n",
        encoding="utf-8",
    )
    assert main([str(tmp_path), "--no-build"]) == 0
    printed = capsys.readouterr().out
    assert "no gold.json" in printed
    assert "citation rows                0" in printed
    assert "sentences on several rows    0" in printed
    assert "entity recall" not in printed
