"""Bad input: whatever a scraper produced, each seed is built or refused with a located message.

One table of cases, each with its expected outcome: ``built`` (the page shows
every sentence of the decoded file) or ``refused`` (no page, and a message
naming the file and, where it applies, the line). The cases are checked
through the converter, then all together in one real Sphinx build beside a
good article, which must still be built. Article text is data: no markup in
it is interpreted, everything is shown as text.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SEEDS, Build, convert_seed, make_book, reader_fragments, sphinx_build
from newsbook.analyse.decode import decode_bytes
from newsbook.core.diagnostics import Severity
from newsbook.pipeline import sync_book

ARTICLE = (
    "文字コードの試験記事\n"
    "中国のAIスタートアップDeepSeekは推論モデル「R1」を公開した。\n"
    "開発費は約600万ドルとされ、米国の半導体株が大きく下落した。\n"
)
GOOD = (SEEDS / "05-open-source-week.txt").read_bytes()
SECRET = "SECRET-FILE-CONTENT-MUST-NOT-APPEAR"

# Every MyST, CommonMark, HTML and Sphinx construct an article might carry.
# Each line must be shown as the text it is; none may act.
MARKUP_LINES = [
    "---",
    "title: 偽のタイトル",
    "substitutions: {secret: 漏洩}",
    "---",
    "```{include} ../secret.txt",
    "```",
    "```{literalinclude} ../secret.txt",
    "```",
    "```{raw} html",
    "<script>alert('raw')</script>",
    "```",
    "```{eval-rst}",
    ".. include:: ../secret.txt",
    ".. raw:: html",
    "   <script>alert('rst')</script>",
    "```",
    ":::{note}",
    "注記のつもりの行",
    ":::",
    "```{toctree}",
    "../*",
    "```",
    "{ref}`genindex` {doc}`/index` {download}`../secret.txt` {raw-html}`<b>太字</b>`",
    "{{ secret }} |project| |today| {sub-ref}`wordcount-words`",
    "数式 $x^2$ と $$E=mc^2$$ と \\(a+b\\) と {math}`\\alpha` です。",
    "(injected-label)=",
    ".. _rst-label:",
    "本文の脚注[^1]です。",
    "[^1]: 脚注の定義",
    "| 列1 | 列2 |",
    "|---|---|",
    "| a | b |",
    '<div onclick="alert(1)">HTMLの塊</div>',
    "<img src=x onerror=alert(1)>",
    "<!-- HTMLのコメント -->",
    "&amp; &lt;script&gt; &#x3C;",
    "[リンク](javascript:alert(1))",
    "<javascript:alert(2)>",
    "[参照]: javascript:alert(3)",
    "![画像](javascript:alert(4))",
    "**太字** _斜体_ `コード` ~~取り消し~~",
    "> 引用のつもり",
    "# 見出しのつもり",
    "下線で見出しのつもり",
    "===",
    "***",
    "    字下げしたコードのつもり",
    "% MySTのコメントのつもり",
    "+++",
    ".. rstのコメントのつもり",
    "`リンク`_ と :ref:`genindex` と |置換|",
    "<https://example.com/autolink> と https://example.com/path?q=<script>",
    "行末のバックスラッシュ\\",
]
MARKUP = ("本文に記法が混じった記事\n" + "\n".join(MARKUP_LINES) + "\n").encode()

# Nothing of these may reach a page: they would mean markup acted. (A target
# that acted would also lose its literal text, which the test checks; ids such
# as "injected-label" may appear, made by docutils from a heading's text.)
FORBIDDEN_HTML = [
    "<script>alert",
    "<img",
    "<div onclick",
    "<b>",
    'href="javascript:',
    SECRET,
    'class="footnote',
    'class="math',
    "<table",
    "<blockquote",
    'class="admonition',
]

# A paragraph folded at 40 columns: it must come out as one paragraph.
WRAPPED = """\
折り返された記事
中国のAIスタートアップDeepSeekは1月20日
、推論モデル「R1」を公開した。性能は米国
の主要モデルに並ぶとされ、開発費の低さが
注目を集めている。
"""


@dataclass(frozen=True)
class Case:
    name: str  # file name in seeds/
    data: bytes
    built: bool  # a page is expected
    message: str | None = None  # expected in the log: "seeds/NAME:LINE: WARNING: ..."
    override: bytes | None = None  # seeds/NAME.toml


CASES = [
    Case("empty.txt", b"", False, "seeds/empty.txt:1: WARNING: empty file"),
    Case(
        "blank.txt", " \n\t\r\n\u3000\n".encode(), False, "seeds/blank.txt:1: WARNING: empty file"
    ),
    Case(
        "binary.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        False,
        "seeds/binary.txt:3: WARNING: binary data (NUL bytes)",
    ),
    Case(
        "undecodable.txt",
        "一行目\n二行目\n".encode() + b"\x80\xff\xfe\n",
        False,
        "seeds/undecodable.txt:3: WARNING: not UTF-8, UTF-16 (with BOM), Shift_JIS/CP932 or EUC-JP",
    ),
    Case("utf-8.txt", ARTICLE.encode("utf-8"), True),
    Case("utf-8-bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), True),
    Case("utf-16-le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), True),
    Case("utf-16-be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), True),
    Case("cp932.txt", ARTICLE.encode("cp932"), True),
    Case("euc-jp.txt", ARTICLE.encode("euc_jp"), True),
    Case("crlf.txt", ARTICLE.replace("\n", "\r\n").encode(), True),
    Case("cr.txt", ARTICLE.replace("\n", "\r").encode(), True),
    Case(
        "long-line.txt",
        ("一行が長い記事\n" + "区切りのない長い行" * 6_667 + "\n").encode(),
        True,
    ),
    Case("duplicate-a.txt", ARTICLE.encode(), True),
    Case("duplicate-b.txt", ARTICLE.encode(), True),
    Case(
        "with space.txt",
        ARTICLE.encode(),
        False,
        "seeds/with space.txt:1: WARNING: seed file name must be ASCII letters, digits",
    ),
    Case(
        "日本語の名前.txt",
        ARTICLE.encode(),
        False,
        "seeds/日本語の名前.txt:1: WARNING: seed file name must be ASCII letters, digits",
    ),
    Case(
        "broken-override.txt",
        ARTICLE.encode(),
        True,
        "seeds/broken-override.toml:2: WARNING: override file ignored: not valid UTF-8 TOML",
        override=b'source = "CGTN"\ntitle = "unclosed\n',
    ),
    Case(
        "path-override.txt",
        ARTICLE.encode(),
        True,
        "seeds/path-override.toml:2: WARNING: unknown key 'include'",
        override=b'source = "CGTN"\ninclude = "../docs/secret.txt"\n',
    ),
    Case("markup.txt", MARKUP, True),
    Case("wrapped.txt", WRAPPED.encode(), True),
]
# Made by the test, not by bytes: a link to a file outside seeds/.
OUTSIDE_LINK = "seeds/outside-link.txt:1: WARNING: a link to a file outside the seeds folder"


def seeds_of(cases: list[Case]) -> dict[str, bytes]:
    files = {"good.txt": GOOD}
    for case in cases:
        files[case.name] = case.data
        if case.override is not None:
            files[case.name.removesuffix(".txt") + ".toml"] = case.override
    return files


def add_outside_link(project: Path) -> None:
    """seeds/outside-link.txt -> a file beside seeds/, which the book must not show."""
    (project / "outside.txt").write_text(f"外部のファイル\n{SECRET}。\n", encoding="utf-8")
    os.symlink(project / "outside.txt", project / "seeds" / "outside-link.txt")


@pytest.fixture(scope="module")
def bad_book(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The one Sphinx build of every case beside a good article."""
    project = tmp_path_factory.mktemp("bad")
    docs = make_book(project, seeds_of(CASES))
    add_outside_link(project)
    (docs / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    # A page written by hand (not by the converter) proves that docutils.conf
    # switches file insertion and raw markup off for the whole book.
    (docs / "probe.md").write_text(
        "---\norphan: true\n---\n# Probe\n\n"
        "```{include} secret.txt\n```\n\n```{raw} html\n<b>RAW-PASSED</b>\n```\n",
        encoding="utf-8",
    )
    return sphinx_build(docs, "html", "-nW", "--keep-going")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_converter_builds_or_refuses_each_case_with_a_located_message(
    case: Case, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / case.name).write_bytes(case.data)
    if case.override is not None:
        (seeds / case.name).with_suffix(".toml").write_bytes(case.override)
    conversion = convert_seed(seeds / case.name, f"seeds/{case.name}", seeds)
    assert (conversion.page is not None) == case.built
    messages = [
        f"{d.path}:{d.line or 1}: WARNING: {d.message}"
        for d in conversion.diagnostics
        if d.severity is not Severity.INFO
    ]
    if case.message:
        assert any(m.startswith(case.message) for m in messages), messages
    else:
        assert messages == []


def test_a_link_to_a_file_outside_the_seeds_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    add_outside_link(tmp_path)
    result = sync_book(tmp_path / "seeds", tmp_path / "pages", display_root=tmp_path)
    [analysis] = result.analyses
    assert analysis.article is None
    [diagnostic] = analysis.diagnostics
    assert f"{diagnostic.path}:1: WARNING: {diagnostic.message}".startswith(OUTSIDE_LINK)
    assert not (tmp_path / "pages" / "articles").exists()


def test_a_broken_link_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    os.symlink(tmp_path / "seeds" / "gone.txt", tmp_path / "seeds" / "dangling.txt")
    result = sync_book(tmp_path / "seeds", tmp_path / "pages", display_root=tmp_path)
    [analysis] = result.analyses
    assert analysis.article is None
    assert [d.format() for d in analysis.diagnostics] == [
        "seeds/dangling.txt: ERROR: cannot read: No such file or directory [newsbook.seed]"
    ]


def test_an_override_linked_from_outside_the_seeds_folder_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "elsewhere.toml").write_text('title = "外から来た題名"\n', encoding="utf-8")
    os.symlink(tmp_path / "elsewhere.toml", tmp_path / "seeds" / "a.toml")
    conversion = convert_seed(tmp_path / "seeds" / "a.txt", "seeds/a.txt", tmp_path / "seeds")
    assert conversion.page is not None
    assert "外から来た題名" not in conversion.page
    assert [d.message for d in conversion.diagnostics] == [
        "override file ignored: a link to a file outside the seeds folder"
    ]


def test_a_10_mb_article_converts_and_keeps_every_paragraph(tmp_path: Path) -> None:
    # Not a timed test (machines here are shared): speed is the scale benchmark's job.
    paragraphs = [
        line
        for seed in sorted(SEEDS.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if len(line) > 100
    ]
    lines = ["とても長い記事"]
    size = 0
    while size < 10_000_000:
        line = f"第{len(lines)}段落。{paragraphs[len(lines) % len(paragraphs)]}"
        lines.append(line)
        size += len(line.encode()) + 1
    seed = tmp_path / "big.txt"
    seed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conversion = convert_seed(seed)
    assert conversion.page is not None, conversion.diagnostics
    page = conversion.page
    position = 0
    for line in lines[1:]:  # in order, each once at least
        position = page.index(line[: line.index("。") + 1], position)


def test_every_refused_case_is_reported_with_its_file_and_line(bad_book: Build) -> None:
    expected = [c.message for c in CASES if c.message] + [OUTSIDE_LINK]
    for message in expected:
        assert message in bad_book.output
    assert bad_book.returncode != 0  # -W: the failures are not hidden


def test_no_other_warning_appears(bad_book: Build) -> None:
    """Nothing in any article's text made Sphinx or docutils warn."""
    expected = [c.message for c in CASES if c.message] + [OUTSIDE_LINK]
    unexpected = [
        w
        for w in bad_book.warnings
        if not any(m in w for m in expected)
        and "probe.md" not in w
        and "override file ignored" not in w
        # Many cases share one article text, so one title: reported, by design.
        and "[newsbook.duplicate]" not in w
    ]
    assert unexpected == []


def test_every_built_case_and_the_good_article_have_pages(bad_book: Build) -> None:
    built = {"good", *(c.name.removesuffix(".txt") for c in CASES if c.built)}
    pages = {p.stem for p in (bad_book.outdir / "articles").glob("*.html")}
    assert pages == built


@pytest.mark.parametrize("case", [c for c in CASES if c.built], ids=lambda c: c.name)
def test_a_built_page_shows_every_sentence_of_the_decoded_file(case: Case, bad_book: Build) -> None:
    docname = f"articles/{case.name.removesuffix('.txt')}"
    body = bad_book.page_text(docname, f"article-{docname.split('/')[1]}-body")
    title = bad_book.page_text(docname, f"article-{docname.split('/')[1]}")
    lines = decode_bytes(case.data).text.splitlines()
    missing = [f for f in reader_fragments(lines[0]) if f not in title]
    missing += [f for line in lines[1:] for f in reader_fragments(line) if f not in body]
    assert missing == []


@pytest.mark.parametrize(
    "name", ["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp932", "euc-jp", "crlf", "cr"]
)
def test_every_encoding_and_line_end_gives_the_same_article(name: str, bad_book: Build) -> None:
    body = bad_book.page_text(f"articles/{name}", f"article-{name}-body")
    assert body == bad_book.page_text("articles/utf-8", "article-utf-8-body")


def test_markup_in_an_article_is_shown_as_text_and_never_acts(bad_book: Build) -> None:
    source = (bad_book.outdir / "articles/markup.html").read_text(encoding="utf-8")
    body = bad_book.page_text("articles/markup", "article-markup-body")
    for line in MARKUP_LINES:
        assert " ".join(line.split()) in body, line
    assert [f for f in FORBIDDEN_HTML if f in source] == []


def test_nothing_from_outside_the_seeds_folder_reaches_the_book(bad_book: Build) -> None:
    for page in bad_book.outdir.rglob("*.html"):
        assert SECRET not in page.read_text(encoding="utf-8"), page
    assert "外部のファイル" not in (bad_book.outdir / "searchindex.js").read_text("utf-8")


def test_docutils_conf_turns_off_file_insertion_and_raw_markup(bad_book: Build) -> None:
    probe = (bad_book.outdir / "probe.html").read_text(encoding="utf-8")
    assert SECRET not in probe and "RAW-PASSED" not in probe
    assert 'probe.md:6: WARNING: Directive "include" disabled' in bad_book.output
    assert 'probe.md:9: WARNING: "raw" directive disabled' in bad_book.output


def test_duplicate_titles_are_two_pages_with_distinct_anchors(bad_book: Build) -> None:
    assert "seeds/duplicate-b.txt:1: WARNING: same title as" in bad_book.output
    front = (bad_book.outdir / "index.html").read_text(encoding="utf-8")
    for name in ("duplicate-a", "duplicate-b"):
        assert f'href="articles/{name}.html"' in front
        page = (bad_book.outdir / f"articles/{name}.html").read_text(encoding="utf-8")
        assert f'id="article-{name}"' in page


def test_a_hard_wrapped_article_is_shown_as_one_paragraph(bad_book: Build) -> None:
    body = bad_book.page_text("articles/wrapped", "article-wrapped-body")
    assert "DeepSeekは1月20日、推論モデル「R1」を公開した。性能は米国の主要モデル" in body
    assert "seeds/wrapped.txt:2: re-joined 4 hard-wrapped lines into 1" in bad_book.output
