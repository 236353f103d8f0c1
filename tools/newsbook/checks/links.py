"""Every internal link of a built book resolves: files, anchors, pictures, styles, scripts.

Sphinx's ``linkcheck`` builder fetches external URLs but does not look inside the
book: a ``#fragment`` that names no element, a picture or a script that was not
copied, go unnoticed. This checker reads the built output instead. For every
HTML page (and every SVG picture, whose links graphviz writes, and every style
sheet) it resolves each ``href``, ``src``, ``srcset``, ``data``, ``action``,
``poster``, ``xlink:href`` and CSS ``url()`` against the file that holds it:
the target must be a file inside the book and, for a fragment, hold an element
with that ``id`` (or an ``<a name>``). External ``http(s)`` links are listed,
not fetched; ``mailto:`` links are listed as such; a ``javascript:`` link, a
root-relative path (``/x``, which breaks when the book is hosted under a folder,
as on Read the Docs) or a link leaving the book is a problem.

Why our own and not LinkChecker (the maintained crawler with an anchor plugin):
it crawls and reports as text for people, slower than reading a few dozen files,
and it does not read SVG links or CSS ``url()``; here the result is data the
tests assert on, and the standard library's HTML parser is all it needs.

``python -m newsbook.checks.links docs/_build/html`` prints the problems
(``page:line: message: link``) and exits 1 if there are any.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Literal
from urllib.parse import unquote, urlsplit

#: Files whose links and ids are read.
MARKUP_SUFFIXES = (".html", ".htm", ".svg")
STYLE_SUFFIXES = (".css",)
# Attributes holding one URL; ``srcset`` holds several.
_URL_ATTRIBUTES = frozenset({"href", "src", "data", "action", "poster", "xlink:href"})
# Schemes a browser leaves the book for; they are listed, not fetched (no network).
_EXTERNAL_SCHEMES = frozenset({"http", "https"})
# Inline data is part of the page itself.
_INLINE_SCHEMES = frozenset({"data", "about"})
_CSS_URL = re.compile(
    r"""url\(\s*(?P<q>['"]?)(?P<url>.*?)(?P=q)\s*\)|@import\s+(?P<q2>['"])(?P<imp>.*?)(?P=q2)"""
)


# What a URL is: a link inside the book (checked), an external or mailto: link
# (listed), inline data (nothing to check) or a link that must not be there.
_Kind = Literal["internal", "external", "mail", "inline", "problem"]


@dataclass(frozen=True)
class Link:
    """One URL as written in a file of the book."""

    page: str  # the file holding it, relative to the book's root ("book/glossary.html")
    line: int
    url: str


@dataclass(frozen=True)
class BrokenLink:
    page: str
    line: int
    url: str
    message: str

    def format(self) -> str:
        return f"{self.page}:{self.line}: {self.message}: {self.url}"


@dataclass(frozen=True)
class LinkReport:
    """What a check found: its ``problems`` make a book unfit to publish."""

    files: int  # files read (pages, pictures, style sheets)
    links: int  # internal links checked
    problems: tuple[BrokenLink, ...]
    external: tuple[str, ...] = ()  # distinct http(s) URLs, not fetched
    mail: tuple[Link, ...] = ()  # mailto: links


@dataclass
class _Parsed:
    links: list[Link] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


class _MarkupParser(HTMLParser):
    """URLs and element ids of one HTML page or SVG picture."""

    def __init__(self, page: str, parsed: _Parsed) -> None:
        super().__init__(convert_charrefs=True)
        self._page = page
        self._parsed = parsed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        rel = next((value or "" for name, value in attrs if name == "rel"), "")
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self._parsed.ids.add(value)
            elif name in _URL_ATTRIBUTES:
                # <link rel="preconnect"> and the like name a host, not a resource.
                if tag == "link" and {"preconnect", "dns-prefetch"} & set(rel.split()):
                    continue
                self._parsed.links.append(Link(self._page, line, value.strip()))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        url = candidate.split()[0]
                        self._parsed.links.append(Link(self._page, line, url))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def _parse_markup(root: Path, path: Path) -> _Parsed:
    parsed = _Parsed()
    parser = _MarkupParser(path.relative_to(root).as_posix(), parsed)
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parsed


def _parse_style(root: Path, path: Path) -> _Parsed:
    text = path.read_text(encoding="utf-8", errors="replace")
    page = path.relative_to(root).as_posix()
    links = [
        Link(page, text.count("\n", 0, match.start()) + 1, match.group("url") or match.group("imp"))
        for match in _CSS_URL.finditer(text)
    ]
    return _Parsed(links=links)


def _book_files(root: Path) -> Iterable[Path]:
    # _sources holds the pages' source text for search snippets: not pages.
    for path in sorted(root.rglob("*")):
        if path.is_file() and "_sources" not in path.relative_to(root).parts:
            yield path


def check_book(root: Path) -> LinkReport:
    """Check every internal link of the book built in ``root`` (an HTML output folder)."""
    root = root.resolve()
    parsed: dict[str, _Parsed] = {}
    for path in _book_files(root):
        suffix = path.suffix.lower()
        if suffix in MARKUP_SUFFIXES:
            parsed[path.relative_to(root).as_posix()] = _parse_markup(root, path)
        elif suffix in STYLE_SUFFIXES:
            parsed[path.relative_to(root).as_posix()] = _parse_style(root, path)

    problems: list[BrokenLink] = []
    external: set[str] = set()
    mail: list[Link] = []
    internal = 0
    for page in sorted(parsed):
        for link in parsed[page].links:
            kind, message = _check_link(root, link, parsed)
            if kind == "external":
                external.add(link.url)
            elif kind == "mail":
                mail.append(link)
            elif kind == "internal":
                internal += 1
                if message:
                    problems.append(BrokenLink(link.page, link.line, link.url, message))
            elif kind == "problem":
                problems.append(BrokenLink(link.page, link.line, link.url, message))
    return LinkReport(len(parsed), internal, tuple(problems), tuple(sorted(external)), tuple(mail))


def _check_link(root: Path, link: Link, parsed: dict[str, _Parsed]) -> tuple[_Kind, str]:
    """The link's kind, and what is wrong with it ("" when it resolves)."""
    url = link.url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _EXTERNAL_SCHEMES or (not scheme and parts.netloc):
        return "external", ""
    if scheme == "mailto":
        return "mail", ""
    if scheme in _INLINE_SCHEMES:
        return "inline", ""
    if scheme == "javascript":
        return "problem", "javascript: link"
    if scheme:
        return "problem", f"unsupported scheme {scheme}:"
    if url.startswith("/"):
        return "problem", "root-relative link (breaks when the book is hosted under a folder)"

    page = PurePosixPath(link.page)
    if parts.path:
        target = _normalise(page.parent / unquote(parts.path))
        if target is None:
            return "problem", "link leaves the book"
        file = root / target
        if file.is_dir():
            target = target / "index.html"
            file = root / target
        if not file.is_file():
            return "internal", "no such file"
        target_name = target.as_posix()
    else:
        target_name = link.page
    if parts.fragment:
        fragment = unquote(parts.fragment)
        held = parsed.get(target_name)
        # An anchor is checked where ids can be read: HTML pages and SVG pictures.
        if held is not None and fragment not in held.ids and target_name.endswith(MARKUP_SUFFIXES):
            return "internal", f"no element with id {fragment!r}"
    return "internal", ""


def _normalise(path: PurePosixPath) -> PurePosixPath | None:
    """``a/../b`` -> ``b``; None when the path climbs out of the book."""
    kept: list[str] = []
    for part in path.parts:
        if part == "..":
            if not kept:
                return None
            kept.pop()
        elif part not in (".", ""):
            kept.append(part)
    return PurePosixPath(*kept)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m newsbook.checks.links BUILT_HTML_FOLDER", file=sys.stderr)
        return 2
    report = check_book(Path(args[0]))
    for link in report.mail:
        print(f"{link.page}:{link.line}: mailto link (not checked): {link.url}")
    for problem in report.problems:
        print(problem.format())
    print(
        f"{report.links} internal links in {report.files} files: {len(report.problems)} broken; "
        f"{len(report.external)} external URLs not fetched"
    )
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
