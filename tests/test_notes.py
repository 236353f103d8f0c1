"""Notes beside sentences, in both editions: an editor's (seeds/_notes.toml) and
the slips the book's own data proves (a currency conversion off by ten); and the
translation editor's side-by-side review pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import DOCS, ROOT, SEEDS, Build
from newsbook.book.build import build_book
from newsbook.book.facts import collect_facts
from newsbook.book.notes import load_notes
from newsbook.core.diagnostics import Code
from newsbook.pipeline import analyse_book, analyse_folder
from newsbook.render.pages import render_book


def _articles(seeds: Path = SEEDS) -> list:
    return [a.article for a in analyse_folder(seeds) if a.article is not None]


# The slip the facts stage proves ---------------------------------------------


def test_a_conversion_off_by_ten_is_flagged_against_the_books_other_conversions() -> None:
    slips = collect_facts(_articles()).slips
    assert [s.claim.figure.surface for s in slips] == ["200億ドル(約3,000億円)以上"]
    slip = slips[0]
    assert slip.rate == 15  # 3,000億円 for 200億ドル: ¥15 to the dollar
    assert 145 < slip.book_rate < 160  # 600万ドル(約9億円), 5,000億ドル(約77兆円)
    assert round(slip.factor) == 10


def test_two_conversions_are_not_enough_to_call_either_a_slip(tmp_path: Path) -> None:
    (tmp_path / "01-a.txt").write_text(
        "投資の記事\n\nA社は200億ドル(約3,000億円)を投資した。\nB社は600万ドル(約9億円)を使った。\n",
        encoding="utf-8",
    )
    assert collect_facts(_articles(tmp_path)).slips == ()


def test_the_slip_shows_on_the_articles_page_and_the_figures_page_in_both_editions(
    book: tuple[Path, Build], english: Build
) -> None:
    ja = book[1]
    page = ja.page_text("articles/03-nvidia-market-shock")
    assert "出典の誤りの可能性" in page and "1ドル＝15円" in page and "10倍" in page
    assert "1ドル＝15円" in ja.page_text("book/figures")
    page = english.page_text("articles/03-nvidia-market-shock")
    assert "A likely slip in the source" in page and "15 yen to the dollar" in page
    assert "15 yen to the dollar" in english.page_text("book/figures")


# Editors' notes ----------------------------------------------------------------


def test_the_shipped_notes_show_beside_their_sentences_in_both_editions(
    book: tuple[Path, Build], english: Build
) -> None:
    ja = book[1]
    memo = ja.page_text("articles/04-research-memo-dark-horse")
    assert "編集注" in memo and "推論モデル(reasoning model)です" in memo
    week = ja.page_text("articles/05-open-source-week")
    assert "2025年2月24日から28日" in week
    assert "R1 is a reasoning model" in english.page_text("articles/04-research-memo-dark-horse")
    # Sphinx typesets the apostrophe (Editor’s).
    week = english.page_text("articles/05-open-source-week").replace("’", "'")
    assert "Editor's note" in week and "February 24 to 28, 2025" in week


def test_a_note_follows_the_paragraph_of_its_sentence() -> None:
    _, book = analyse_book(SEEDS)
    note = next(n for n in book.notes if n.article_id == "04-research-memo-dark-horse")
    text = render_book(book)["articles/04-research-memo-dark-horse.md"]
    sentence_at = text.index("新たな理論モデル")
    note_at = text.index("```{admonition} 編集注")
    assert sentence_at < note_at
    # Nothing of the article's text between the sentence's paragraph and its note.
    assert text[sentence_at:note_at].count("\n\n") <= 1
    assert note.sentence.line == 18


def test_a_broken_note_is_reported_with_its_line_and_the_others_kept(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "01-a.txt").write_text(
        "記事の題\n\nDeepSeekは新しいモデルを公開した。\nモデルは無料で使える。\n", encoding="utf-8"
    )
    (seeds / "_notes.toml").write_text(
        '[[note]]\narticle = "01-a"\nsentence = "新しいモデル"\nja = "注記。"\n\n'
        '[[note]]\narticle = "01-a"\nsentence = "どこにもない句"\nja = "注記。"\n\n'
        '[[note]]\narticle = "02-none"\nsentence = "モデル"\nja = "注記。"\n',
        encoding="utf-8",
    )
    notes, problems = load_notes(seeds, _articles(seeds))
    assert [n.sentence.text for n in notes] == ["DeepSeekは新しいモデルを公開した。"]
    assert [(p.code, p.line) for p in problems] == [(Code.NOTES, 8), (Code.NOTES, 13)]
    assert "in 0 sentences" in problems[0].message and "no article '02-none'" in problems[1].message


def test_a_notes_file_that_is_not_toml_is_ignored_with_its_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "01-a.txt").write_text("記事の題\n\n本文の文。\n", encoding="utf-8")
    (seeds / "_notes.toml").write_text("[[note]]\narticle = \n", encoding="utf-8")
    book = build_book(_articles(seeds), seeds)
    assert book.notes == ()
    [problem] = [d for d in book.diagnostics if d.code is Code.NOTES]
    assert problem.line == 2 and "not valid UTF-8 TOML" in problem.message


# The translation editor's review pages ---------------------------------------------


def test_translation_review_writes_a_side_by_side_page_per_article(tmp_path: Path) -> None:
    out = tmp_path / "review"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsbook.cli",
            "translation-review",
            str(SEEDS),
            str(DOCS / "locale"),
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in out.glob("*.html"))
    assert pages == sorted([*(f"{p.stem}.html" for p in SEEDS.glob("*.txt")), "index.html"])
    memo = (out / "04-research-memo-dark-horse.html").read_text(encoding="utf-8")
    # The Japanese sentence, its English and the editor's note on one row.
    row = memo[memo.index("新たな理論モデル") :]
    row = row[: row.index("</tr>")]
    assert "a new reasoning model, R1" in row and "Note:" in row
    market = (out / "03-nvidia-market-shock.html").read_text(encoding="utf-8")
    assert "Slip: 200億ドル(約3,000億円)以上" in market
    assert "04-research-memo-dark-horse.html" in (out / "index.html").read_text(encoding="utf-8")


# One event, two dates ----------------------------------------------------------


def _two_reports(tmp_path: Path, second_date: str) -> Path:
    (tmp_path / "01-a.txt").write_text(
        "オープンソース週間の報告\n\n2025年2月24日、DeepSeekはOpen Source Weekを始め、"
        "FlashMLAを公開した。\n開発者の反応は大きかった。\n",
        encoding="utf-8",
    )
    (tmp_path / "02-b.txt").write_text(
        f"DeepSeekの新しい取り組み\n\n{second_date}、DeepSeekはOpen Source Weekを始め、"
        "FlashMLAを公開しました。\n世界の開発者が注目している。\n",
        encoding="utf-8",
    )
    return tmp_path


def test_one_event_dated_differently_by_two_articles_is_flagged(tmp_path: Path) -> None:
    facts = collect_facts(_articles(_two_reports(tmp_path, "2025年12月上旬")))
    [disagreement] = facts.date_disagreements
    assert (disagreement.first.mention.surface, disagreement.second.mention.surface) == (
        "2025年2月24日",
        "2025年12月上旬",
    )
    pages = render_book(build_book(_articles(tmp_path), tmp_path))
    assert "日付の食い違い" in pages["book/timeline.md"]
    assert all("日付の食い違い" in pages[f"articles/{a}.md"] for a in ("01-a", "02-b"))


def test_the_same_date_written_twice_is_no_disagreement(tmp_path: Path) -> None:
    facts = collect_facts(_articles(_two_reports(tmp_path, "2025年2月24日")))
    assert facts.date_disagreements == ()


def test_the_five_seeds_date_no_event_differently() -> None:
    # R1 "early 2025" and "January 20": one event, compatible dates.
    assert collect_facts(_articles()).date_disagreements == ()
