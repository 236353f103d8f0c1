"""The link checker: every internal link of the built book resolves, in both editions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Build
from newsbook.checks.links import check_book

# A tiny hand-made site: every kind of link the checker knows, right and wrong.
SITE = {
    "index.html": """<!DOCTYPE html>
<html><head>
<link rel="stylesheet" href="_static/style.css?v=1">
<link rel="preconnect" href="https://fonts.example.com">
<script src="_static/missing.js"></script>
</head><body>
<h1 id="top">Top</h1>
<a href="#top">up</a>
<a href="#nowhere">dangling</a>
<a href="sub/page.html#part-2">part 2</a>
<a href="sub/page.html#part-9">part 9</a>
<a href="sub/gone.html">gone</a>
<a href="sub/">folder</a>
<a href="https://example.com/article">external</a>
<a href="mailto:editor@example.com">mail</a>
<a href="javascript:void(0)">script</a>
<a href="/index.html">root</a>
<a href="../outside.html">outside</a>
<img src="_images/pic.svg" srcset="_images/pic.svg 1x, _images/big.png 2x">
<object data="_images/pic.svg#node1" type="image/svg+xml"></object>
<img src="data:image/png;base64,AAAA">
</body></html>
""",
    "sub/index.html": '<p><a name="legacy"></a><a href="../index.html#top">home</a></p>',
    "sub/page.html": (
        '<section id="part-2"><a href="../index.html">home</a>'
        '<a href="index.html#legacy">old anchor</a><a href="%E6%96%87.html">文</a></section>'
    ),
    "sub/文.html": "<p>Japanese file name, linked percent-encoded.</p>",
    "_static/style.css": (
        'body { background: url("../_images/pic.svg"); }\n'
        ".icon { mask: url(data:image/svg+xml;utf8,<svg/>); }\n"
        "h1 { background: url('missing.png'); }\n"
    ),
    "_images/pic.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<g id="node1"><a xlink:href="../sub/page.html"><text>p</text></a></g>'
        '<a href="../sub/nothing.html"><text>q</text></a></svg>'
    ),
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for name, text in SITE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_each_broken_link_is_reported_with_its_file_line_and_link(site: Path) -> None:
    report = check_book(site)
    assert [p.format() for p in report.problems] == [
        "_images/pic.svg:1: no such file: ../sub/nothing.html",
        "_static/style.css:3: no such file: missing.png",
        "index.html:5: no such file: _static/missing.js",
        "index.html:9: no element with id 'nowhere': #nowhere",
        "index.html:11: no element with id 'part-9': sub/page.html#part-9",
        "index.html:12: no such file: sub/gone.html",
        "index.html:16: javascript: link: javascript:void(0)",
        "index.html:17: root-relative link (breaks when the book is hosted under a folder)"
        ": /index.html",
        "index.html:18: link leaves the book: ../outside.html",
        "index.html:19: no such file: _images/big.png",
    ]


def test_external_and_mail_links_are_listed_not_fetched(site: Path) -> None:
    report = check_book(site)
    assert report.external == ("https://example.com/article",)
    assert [(link.page, link.line, link.url) for link in report.mail] == [
        ("index.html", 15, "mailto:editor@example.com")
    ]


def test_every_good_link_counts(site: Path) -> None:
    report = check_book(site)
    # 4 pages, 1 picture, 1 style sheet; 20 links inside the site (index.html 12, the
    # sub/ pages 4, the style sheet 2, the picture 2); inline data is not counted.
    assert (report.files, report.links) == (6, 20)


@pytest.mark.parametrize("edition", ["ja", "en"])
def test_the_built_book_has_no_broken_link(edition: str, request: pytest.FixtureRequest) -> None:
    build: Build = (
        request.getfixturevalue("book")[1]
        if edition == "ja"
        else request.getfixturevalue("english")
    )
    assert build.returncode == 0, build.output
    report = check_book(build.outdir)
    assert [p.format() for p in report.problems] == []
    assert report.mail == ()
    # Every page, picture and style sheet was read, and their links were checked.
    pages = len(list(build.outdir.rglob("*.html")))
    assert pages >= 13 and report.files > pages and report.links > 1000


def test_the_command_prints_each_problem_and_fails(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsbook.checks.links", str(site)], capture_output=True, text=True
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert "index.html:9: no element with id 'nowhere': #nowhere" in lines
    assert "index.html:15: mailto link (not checked): mailto:editor@example.com" in lines
    assert lines[-1] == "20 internal links in 6 files: 10 broken; 1 external URLs not fetched"


def test_the_command_passes_a_sound_site(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<a href="#x" id="x">here</a>', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newsbook.checks.links", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout) == (
        0,
        "1 internal links in 1 files: 0 broken; 0 external URLs not fetched\n",
    )
