"""One analysis of each article's text.

Specification: when an article is analysed, SudachiPy reads each of its
sentences once, in split mode C; the mode A units are SudachiPy's split of
those words (the units a second reading in mode A gives). The tokens stay on the
sentences (so they are pickled with the article, into the analysis cache
too). The summary, keywords, generated title and section points, and the
whole-book stage (entities, facts, front-page key points) read those tokens:
after the analysis, SudachiPy reads no sentence again, only the names of
entities and terms whose index reading no editor gave.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

import pytest

from conftest import ROOT, SEEDS
from newsbook import pipeline
from newsbook.analyse.japanese import analyzer, tokenized_texts
from newsbook.book.build import Book
from newsbook.book.entities import load_aliases
from newsbook.book.glossary import load_terms
from newsbook.core.model import Article, Token, shared_token, token_spans

Reads = list[tuple[str, str]]  # (split mode, text) given to SudachiPy, in order


@dataclass
class Conversion:
    book: Book
    analysing: Reads  # step 1: each article's analysis
    afterwards: Reads  # steps 2 and 3: the whole-book stage and the pages


@pytest.fixture
def conversion(sudachi_reads: Reads, monkeypatch: pytest.MonkeyPatch) -> Conversion:
    """The five seeds through ``convert_book``, with what SudachiPy read in each step."""
    analysing: Reads = []
    build_book = pipeline.build_book

    def step_2(*args: object, **kwargs: object) -> Book:
        analysing.extend(sudachi_reads)
        sudachi_reads.clear()
        return build_book(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_book", step_2)
    _, book, _ = pipeline.convert_book(SEEDS, ROOT)
    return Conversion(book, analysing, sudachi_reads)


def test_the_analysis_reads_each_sentence_once(conversion) -> None:
    expected: Counter[tuple[str, str]] = Counter()
    for article in conversion.book.articles:
        texts = [s.text for s in article.sentences]
        if article.metadata.title not in texts:
            # A title that is no sentence (an editor's, a generated one): read for its keywords.
            texts.append(article.metadata.title)
        expected.update(("C", text) for text in texts)
    # Exactly: a text two articles share (a reference line) is read once for each.
    assert Counter(conversion.analysing) == expected


def test_the_book_and_its_pages_read_only_names_for_their_index_reading(conversion) -> None:
    aliases, _ = load_aliases(SEEDS, str)
    terms, _ = load_terms(SEEDS, str)
    given = {e.name for e in aliases.entries if e.reading} | {t.name for t in terms if t.reading}
    book = conversion.book
    names = [e.name for e in book.entities] + [t.name for t in book.terms]
    expected = [("C", name) for name in names if name not in given]
    assert expected and sorted(conversion.afterwards) == sorted(expected)


def _articles() -> list[Article]:
    return [a.article for a in pipeline.analyse_folder(SEEDS) if a.article is not None]


def test_every_sentence_keeps_its_tokens_in_both_modes() -> None:
    for article in _articles():
        for sentence in article.sentences:
            for tokens in (sentence.tokens_c, sentence.tokens_a):
                assert "".join(t.surface for t in tokens) == sentence.text
            # Mode A only cuts mode C's words further: a phrase of C words is
            # made of whole A words (keywords weigh a compound by its parts).
            c_ends = {end for _, end, _ in token_spans(sentence.tokens_c)}
            a_ends = {end for _, end, _ in token_spans(sentence.tokens_a)}
            assert c_ends <= a_ends


def test_the_mode_a_units_are_those_of_a_reading_in_mode_a() -> None:
    japanese = analyzer()
    for article in _articles():
        for sentence in article.sentences:
            assert sentence.tokens_a == japanese.tokenize(sentence.text, mode="A")


def test_the_tokens_travel_with_the_pickled_article() -> None:
    article = _articles()[0]
    again = pickle.loads(pickle.dumps(article, pickle.HIGHEST_PROTOCOL))
    assert [s.tokens_c for s in again.sentences] == [s.tokens_c for s in article.sentences]
    assert [s.tokens_a for s in again.sentences] == [s.tokens_a for s in article.sentences]


def test_a_pickled_token_loads_as_the_shared_token_with_its_fields() -> None:
    fields = ("1;2,3\0x", ("名詞", "数詞", "*", "*", "*", "*"), "1;2", "")
    token = shared_token(fields)
    data = pickle.dumps(token, pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) is token
    # In a process that has never seen the word (as when the cache is loaded).
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pickle, sys; t = pickle.load(sys.stdin.buffer); "
            "print(ascii((t.surface, t.pos, t.normalized, t.reading)))",
        ],
        input=data,
        capture_output=True,
        check=True,
        cwd=ROOT / "tools",
    )
    assert loaded.stdout.decode().strip() == ascii(fields)
    assert isinstance(token, Token)


def test_token_offsets_come_from_the_surfaces() -> None:
    (sentence,) = tokenized_texts(["大規模言語モデルを公開した"])
    c_spans = [(start, end, t.surface) for start, end, t in token_spans(sentence.tokens_c)]
    a_spans = [(start, end, t.surface) for start, end, t in token_spans(sentence.tokens_a)]
    assert c_spans[:2] == [(0, 8, "大規模言語モデル"), (8, 9, "を")]
    assert a_spans[:3] == [(0, 1, "大"), (1, 3, "規模"), (3, 5, "言語")]
