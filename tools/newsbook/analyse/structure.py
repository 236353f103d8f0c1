"""Stage 2: decoded text to the article's structure.

Scraped articles come in two shapes, and the seeds show both: one paragraph
per line with no blank lines, or blocks separated by blank lines (with
whitespace-only lines where pictures stood). The rules below recognise title,
byline, headings, lists, an article's own table of contents, captions and the
reference block in either shape. They never drop text, except site navigation
labels at the very top (``BOILERPLATE``), which are returned in ``dropped`` so
the caller can report them.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from newsbook.core.model import ArticleStructure, Block, BlockKind, Line, LinePart, References

# Characters stripped from both ends of a line: scraped pages indent with ASCII,
# no-break and ideographic spaces.
WHITESPACE = " \t\u00a0\u3000\ufeff"

#: Site navigation labels that scraped pages put above the title. Dropped only
#: when they stand alone on the first lines, before anything else.
BOILERPLATE = frozenset({"Topics", "Report", "TOPICS", "REPORT", "トピックス"})

REFERENCE_LABEL = re.compile(
    r"^(?P<label>References?\s*\(s\)|References?|Sources?|出典|出所|参照|参考文献|参考資料|参考)"
    r"\s*[:：]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
CONTENTS_LABEL = re.compile(r"^(?:目次|もくじ|Contents|Table of Contents)\s*[:：]?$", re.IGNORECASE)
BULLET = re.compile(r"^(?:[-*+]\s+|[•・●◦▪▸►]\s*)(?P<text>\S.*)$")
CIRCLED_ITEM = re.compile(r"^[①-⑳]\s*\S")
NUMBERED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:[.．]\d{1,2})*)(?:[.．)）]\s*|\s+)|[(（](?P<pnum>\d{1,2})[)）]\s*)"
    r"(?P<text>\S.*)$"
)
MARKED_HEADING = re.compile(r"^(?:[■◆□◇▼▽▶]\s*(?P<marked>\S.*)|【(?P<bracketed>[^【】]+)】)$")
BYLINE_ROLE = re.compile(
    r"^(?:執筆者|著者|筆者|文|記者|ライター|取材・文|by)\s*(?:[:：/／]\s*(?P<name>.*))?$",
    re.IGNORECASE,
)
BYLINE_HINT = re.compile(
    r"執筆|著者|筆者|記者|編集|ライター|^by\s|^(?:取材・)?文\s*[:：/／]", re.IGNORECASE
)
EDITOR_NOTE = re.compile(r"編集")

MAX_HEADING_CHARS = 60
MAX_TITLE_CHARS = 100
MAX_BYLINE_CHARS = 30

# Hard wraps (see unwrap_lines). Widths are display columns: a kanji takes two.
MIN_WRAP_COLUMNS = 36  # narrower runs of equal lines are headings or list items
MIN_WRAPPED_LINES = 3  # a wrap must show itself on at least this many lines
CHARACTER_WRAP_SLACK = 4  # columns
MAX_WRAP_COLUMNS = 300
# A line ending in one of these ends a sentence, so the wrap may end a
# paragraph there: such a line is never joined to the next.
_WRAP_STOPS = "。．！？!?.:："
_CLOSING = "」』）)”’】〕］"


@dataclass
class _Group:
    """A run of non-blank lines, as it stands between blank lines."""

    lines: list[Line]
    indented: list[bool]  # per line: the source line began with whitespace
    before_picture: bool = False  # a picture placeholder follows, blank lines aside


@dataclass(frozen=True)
class _Unit:
    """One line, or a multi-line group in a blank-separated article."""

    lines: tuple[Line, ...]
    group: int  # index of the run of non-blank lines it came from
    indented: bool  # the source line began with whitespace (body text in some sites)
    before_picture: bool  # a picture placeholder follows, blank lines aside

    @property
    def text(self) -> str:
        return self.lines[0].text


def looks_like_heading(text: str, limit: int = MAX_HEADING_CHARS) -> bool:
    """Short and not a sentence: no full stop inside, no trailing comma or colon."""
    return (
        0 < len(text) <= limit
        and "。" not in text
        and not text.endswith(("、", ",", "，", ":", "：", "．"))
        and not text.startswith(("http://", "https://"))
    )


def _is_marked(text: str) -> bool:
    return any(p.match(text) for p in (BULLET, CIRCLED_ITEM, NUMBERED, MARKED_HEADING))


def recover_structure(
    text: str,
    *,
    force_headings: Collection[str] = (),
    force_paragraphs: Collection[str] = (),
) -> ArticleStructure:
    """Recover title, byline, blocks and references from a decoded article.

    ``force_headings`` and ``force_paragraphs`` are line texts an editor has
    declared to be (or not to be) headings in the article's override file.
    """
    groups = _group_lines(text)
    dropped = _drop_boilerplate(groups)
    groups = [g for g in groups if g.lines]
    wrapped_at = unwrap_lines(groups, text, set(force_headings))
    line_count = sum(len(g.lines) for g in groups)
    # Blank-separated: almost every block is a single line, so a block of
    # several lines is something else (a caption, a byline).
    blank_separated = len(groups) > 1 and line_count / len(groups) < 1.5
    units = _units(groups, blank_separated)

    title = None
    if len(units) > 1 and len(units[0].lines) == 1 and units[0].text not in force_paragraphs:
        # A first line marked as a list item or a section heading (・, ①, 1., ■, 【】) is
        # not the article's title: the article has none and one is generated.
        if looks_like_heading(units[0].text, MAX_TITLE_CHARS) and not _is_marked(units[0].text):
            title = units.pop(0).lines[0]

    byline, units = _take_byline(units, blank_separated) if title else ((), units)
    references, units = _take_references(units)
    blocks = _blocks(units, blank_separated, set(force_headings), set(force_paragraphs))
    return ArticleStructure(
        title=title,
        byline=byline,
        author=_author(byline),
        blocks=tuple(blocks),
        references=references,
        dropped=tuple(dropped),
        wrap_width=wrapped_at[0] if wrapped_at else None,
        wrap_unit=wrapped_at[1] if wrapped_at else "columns",
    )


def _group_lines(text: str) -> list[_Group]:
    groups: list[_Group] = []
    current = _Group([], [])
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip(WHITESPACE)
        if stripped:
            current.lines.append(Line(number, stripped))
            current.indented.append(raw[0] in WHITESPACE)
            continue
        if current.lines:
            groups.append(current)
            current = _Group([], [])
        # A line of only no-break or ideographic spaces marks where a picture was.
        if raw.strip(" \t") and groups:
            groups[-1].before_picture = True
    if current.lines:
        groups.append(current)
    return groups


def _drop_boilerplate(groups: list[_Group]) -> list[Line]:
    dropped: list[Line] = []
    while groups:
        first = groups[0]
        # Never drop the only content of the article.
        if first.lines[0].text not in BOILERPLATE or sum(len(g.lines) for g in groups) <= 1:
            break
        dropped.append(first.lines.pop(0))
        first.indented.pop(0)
        if not first.lines:
            groups.pop(0)
    return dropped


def unwrap_lines(
    groups: list[_Group], text: str, keep: Collection[str] = ()
) -> tuple[int, str] | None:
    """Re-join the lines of one paragraph that were hard-wrapped at a fixed width.

    Scrapers and mail archives break paragraphs at a fixed width, counted in
    display columns or in characters. The wrap shows as many lines of nearly
    the same width (:func:`wrap_width`); a line of that width that does not end
    a sentence continues on the next line of its group (between blank lines, a
    group whose lines all fill the width but the last is one paragraph, full
    stops at the wrap or not). A short line never continues on the next, so
    headings stay apart; reference and contents labels, lines in ``keep``
    (editor-declared headings) and indented lines (new paragraphs) are never
    joined to either neighbour; a list item that fills the width goes on onto
    the next line when that line is no list item itself.
    Each joined :class:`Line` keeps the offset map back to ``text``.
    Returns the wrap width and its unit ("columns" or "characters"), or None
    when the text is not wrapped.
    """
    raw_lines = text.split("\n")
    starts = [0]
    for raw in raw_lines:
        starts.append(starts[-1] + len(raw) + 1)
    numbers = [line.number for group in groups for line in group.lines]
    stripped = {n: raw_lines[n - 1].rstrip(WHITESPACE) for n in numbers}
    # Wrappers count display columns (a kanji takes two) or characters; a
    # line with Latin words in it is shorter in columns than its neighbours
    # when the wrapper counted characters. The count whose band of equal lines
    # holds more lines is the one the wrapper used.
    by_columns = {n: _width(t) for n, t in stripped.items()}
    by_characters = {n: min(len(t), MAX_WRAP_COLUMNS + 1) for n, t in stripped.items()}
    columns = _wrap_band(list(by_columns.values()))
    # The band's limits are in columns: a character is counted as two, the width halved back.
    characters = _wrap_band([2 * w for w in by_characters.values()])
    if columns is None and characters is None:
        return None
    if characters is not None and (columns is None or characters[0] > columns[0]):
        widths, width, wide_slack, unit = by_characters, characters[1] // 2, 1, "characters"
    else:
        assert columns is not None
        widths, width, wide_slack, unit = by_columns, columns[1], CHARACTER_WRAP_SLACK, "columns"

    def filled(line: Line, following: Line | None = None) -> bool:
        # A line ending in a wide character was cut at any character: it is
        # short by at most one that did not fit and one pushed over by the
        # line-start rules (kinsoku): a column or two each, or one character.
        # Latin text wraps at spaces, so a line ending in a narrow character
        # may be short by a word: by the following line's first word exactly.
        wide = _is_wide(line.text[-1])
        if widths[line.number] >= width - (wide_slack if wide else 0):
            return True
        if wide:
            return False
        # (A URL after a line is more often a list of links than a wrap.)
        if (
            following is not None
            and not _is_wide(following.text[0])
            and not _URL.match(following.text)
        ):
            first_word = len(following.text.split(maxsplit=1)[0])
            # (A word longer than a line starts a line of its own whatever fits.)
            return first_word < width and widths[line.number] + 1 + first_word > width
        return widths[line.number] >= width - wrap_slack(width)

    def indent(line: Line) -> int:
        raw = raw_lines[line.number - 1]
        return len(raw) - len(raw.lstrip(WHITESPACE))

    def may_join(line: Line) -> bool:
        return not (line.text in keep or _is_list_line(line.text) or _is_label(line.text))

    def may_continue(line: Line) -> bool:
        # A list item that fills the width goes on on the next line (which is
        # no list item itself): its sentence stays whole.
        return may_join(line) or (_is_list_line(line.text) and line.text not in keep)

    def new_paragraph(line: Line, base: int) -> bool:
        # Paragraphs start indented by an ideographic space, a tab or two
        # spaces; one space can be the word space a character fold kept.
        raw = raw_lines[line.number - 1]
        return raw[base : base + 1] in ("\u3000", "\t") or indent(line) - base >= 2

    def flush(run: list[Line], group: _Group) -> list[Line]:
        joined = _joined(run, starts, text)
        # The title may be wrapped too, but a title that merely reaches the
        # wrap width must not run into the first paragraph: the article's
        # first line joins the next only to make a title or a whole group.
        if (
            group is groups[0]
            and run[0] is group.lines[0]
            and 1 < len(run) < len(group.lines)
            and not looks_like_heading(joined.text, MAX_TITLE_CHARS)
        ):
            return [run[0], _joined(run[1:], starts, text)]
        return [joined]

    for group in groups:
        base_indent = min(indent(line) for line in group.lines)
        # Between blank lines, lines that all fill the width but the last are
        # one paragraph: there a full stop at the wrap does not end it.
        whole = len(group.lines) > 1 and all(
            filled(line, following) and may_join(line)
            for line, following in itertools.pairwise(group.lines)
        )
        lines: list[Line] = []
        indented: list[bool] = []
        run: list[Line] = []
        for line, line_indented in zip(group.lines, group.indented, strict=True):
            previous = run[-1] if run else None
            if (
                previous is not None
                and filled(previous, line)
                and (whole or not previous.text.rstrip(_CLOSING).endswith(tuple(_WRAP_STOPS)))
                and may_continue(previous)
                and may_join(line)
                and not new_paragraph(line, base_indent)
            ):
                run.append(line)
                continue
            if run:
                lines.extend(flush(run, group))
            run = [line]
            indented.append(line_indented)
        lines.extend(flush(run, group))
        # The article's first line stood alone after all: it has two entries now.
        if len(lines) > len(indented):
            indented.insert(0, indented[0])
        group.lines, group.indented = lines, indented
    return width, unit


def display_width(text: str) -> int:
    """Columns a fixed-width wrapper counts: two for wide (CJK) characters."""
    return sum(2 if _is_wide(c) else 1 for c in text)


def _width(text: str) -> int:
    # A line this long is no wrapped line, whatever its exact width: do not
    # count the columns of a 10 MB article character by character.
    return 2 * len(text) if len(text) > MAX_WRAP_COLUMNS else display_width(text)


def wrap_slack(width: int) -> int:
    """How much shorter than the wrap width a wrapped line may be: a wide
    character or a Latin word that did not fit moved to the next line."""
    return max(4, width // 6)


def wrap_width(widths: Sequence[int]) -> int | None:
    """The column a text was hard-wrapped at, or None if it was not wrapped.

    The width whose band of nearly-equal lines holds the most lines, provided
    there are at least ``MIN_WRAPPED_LINES`` of them, they are at least half of
    the lines longer than half that width, and hardly any line is longer.
    """
    band = _wrap_band(widths)
    return None if band is None else band[1]


def _wrap_band(widths: Sequence[int]) -> tuple[int, int] | None:
    """(lines in the band, width) of :func:`wrap_width`, or None."""
    ordered = sorted(widths)
    best: tuple[int, int] | None = None  # (lines in the band, width)
    for width in sorted(set(w for w in ordered if MIN_WRAP_COLUMNS <= w <= MAX_WRAP_COLUMNS)):
        low = bisect.bisect_left(ordered, width - wrap_slack(width))
        band = bisect.bisect_right(ordered, width) - low
        if best is None or band >= best[0]:
            best = (band, width)
    if best is None:
        return None
    band, width = best
    longer = len(ordered) - bisect.bisect_right(ordered, width)
    above_half = len(ordered) - bisect.bisect_right(ordered, width // 2)
    if band >= MIN_WRAPPED_LINES and band * 2 >= above_half and longer * 10 <= len(ordered):
        return best
    return None


def _is_label(text: str) -> bool:
    return bool(
        MARKED_HEADING.match(text) or REFERENCE_LABEL.match(text) or CONTENTS_LABEL.match(text)
    )


def _joined(run: list[Line], starts: list[int], text: str) -> Line:
    """One line from the parts of a wrapped paragraph, with its offset map."""
    if len(run) == 1:
        return run[0]
    joined = ""
    parts: list[LinePart] = []
    for line in run:
        # The stripped text starts after the line's leading whitespace.
        offset = text.index(line.text, starts[line.number - 1])
        if parts:
            end = parts[-1].offset + len(joined) - parts[-1].start
            spaced = any(c in " \t\u3000" for c in text[end:offset])
            joined += _wrap_separator(joined[parts[-1].start :], line.text, spaced)
        parts.append(LinePart(line.number, len(joined), offset))
        joined += line.text
    source = text[parts[0].offset : parts[-1].offset + len(run[-1].text)]
    return Line(run[0].number, joined, parts=tuple(parts), source=source)


def _wrap_separator(left: str, right: str, spaced: bool) -> str:
    """What the wrap took out between two parts of a line.

    ``spaced``: the source has whitespace at the break. Otherwise nothing is
    put between Japanese characters, nor inside a Latin word in a Japanese
    line (cut at any character, the way Japanese text is folded), nor after a
    word hyphenated at the wrap; Latin lines were wrapped at spaces (the space
    is gone), so their words are joined with one. A Japanese line wrapped at
    the space between two Latin words loses that space: nothing in the text
    tells it from a cut inside a word. A URL has no space to wrap at: one cut
    at the wrap goes on without one.
    """
    if spaced:
        return " "
    if any(_is_wide(c) for c in left) or _is_wide(right[0]):
        return ""
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[0].isalpha():
        return ""
    if _URL_AT_END.search(left):  # a URL longer than the line was cut inside
        return ""
    return " "


_URL_AT_END = re.compile(r"https?://\S+$")
_URL = re.compile(r"https?://")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _units(groups: list[_Group], blank_separated: bool) -> list[_Unit]:
    units: list[_Unit] = []
    for index, group in enumerate(groups):
        lines = group.lines
        if blank_separated and len(lines) > 1 and not all(_is_list_line(l.text) for l in lines):
            units.append(_Unit(tuple(lines), index, group.indented[0], group.before_picture))
            continue
        for i, (line, indented) in enumerate(zip(lines, group.indented, strict=True)):
            last = i == len(lines) - 1
            units.append(_Unit((line,), index, indented, group.before_picture and last))
    return units


def _is_list_line(text: str) -> bool:
    return bool(BULLET.match(text) or CIRCLED_ITEM.match(text) or NUMBERED.match(text))


def _take_byline(units: list[_Unit], blank_separated: bool) -> tuple[tuple[Line, ...], list[_Unit]]:
    """A few short lines right under the title, one of which names a role."""
    if blank_separated:
        candidate = list(units[0].lines) if units else []
        taken = 1
    else:
        candidate = []
        for unit in units[:3]:
            if (
                len(unit.lines) != 1
                or not looks_like_heading(unit.text, MAX_BYLINE_CHARS)
                or MARKED_HEADING.match(unit.text)
                or (candidate and unit.group != units[0].group)
            ):
                break
            candidate.append(unit.lines[0])
        taken = len(candidate)
    if (
        candidate
        and len(candidate) <= 4
        and len(units) > taken
        and all(looks_like_heading(l.text, MAX_BYLINE_CHARS) for l in candidate)
        and any(BYLINE_HINT.search(l.text) for l in candidate)
    ):
        return tuple(candidate), units[taken:]
    return (), units


def _author(byline: tuple[Line, ...]) -> str | None:
    for line in byline:
        role = BYLINE_ROLE.match(line.text)
        if role:
            if role.group("name"):
                return role.group("name").strip(WHITESPACE)
            continue  # a bare role label such as 執筆者
        if not EDITOR_NOTE.search(line.text):
            return line.text
    return None


def _take_references(units: list[_Unit]) -> tuple[References | None, list[_Unit]]:
    """The last "Reference(s):"/"参照:"/"Source:" line and everything after it."""
    for index in range(len(units) - 1, max(-1, len(units) // 2 - 1), -1):
        unit = units[index]
        match = REFERENCE_LABEL.match(unit.text)
        if not match:
            continue
        items: list[Line] = []
        if match.group("rest"):
            items.append(Line(unit.lines[0].number, match.group("rest")))
        items.extend(unit.lines[1:])
        for later in units[index + 1 :]:
            items.extend(later.lines)
        heading = match.group("label")
        return References(label=unit.lines[0], heading=heading, items=tuple(items)), units[:index]
    return None, units


def _blocks(
    units: list[_Unit], blank_separated: bool, force_headings: set[str], force_paragraphs: set[str]
) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(units):
        unit = units[i]
        text = unit.text
        if len(unit.lines) > 1:
            # A multi-line group in a blank-separated article: the text under a picture.
            kind = BlockKind.PARAGRAPH if unit.indented else BlockKind.CAPTION
            if kind is BlockKind.CAPTION:
                blocks.append(Block(kind, unit.lines, texts=tuple(l.text for l in unit.lines)))
            else:
                blocks.extend(Block(kind, (l,), texts=(l.text,)) for l in unit.lines)
            i += 1
            continue
        line = unit.lines[0]
        if text in force_headings:
            blocks.append(Block(BlockKind.HEADING, (line,), level=1, texts=(text,)))
            i += 1
            continue
        if text in force_paragraphs:
            blocks.append(Block(BlockKind.PARAGRAPH, (line,), texts=(text,)))
            i += 1
            continue
        if CONTENTS_LABEL.match(text):
            items = _run(units, i + 1, _is_list_line)
            # The body's first heading repeats the first entry: the contents end there.
            for end, item in enumerate(items[1:], start=1):
                if item.text == items[0].text:
                    items = items[:end]
                    break
            if len(items) >= 2:
                blocks.append(
                    Block(
                        BlockKind.CONTENTS,
                        tuple(u.lines[0] for u in items),
                        texts=tuple(_item_text(u.text) for u in items),
                        label=line,
                    )
                )
                i += 1 + len(items)
                continue
        items = _run(units, i, lambda t: bool(BULLET.match(t) or CIRCLED_ITEM.match(t)))
        # A lone paragraph may start with a circled number ("②については、…");
        # a list needs a bullet or a second item.
        if BULLET.match(text) or len(items) > 1:
            blocks.append(
                Block(
                    BlockKind.BULLET_LIST,
                    tuple(u.lines[0] for u in items),
                    texts=tuple(_item_text(u.text) for u in items),
                )
            )
            i += len(items)
            continue
        numbered = NUMBERED.match(text)
        if numbered:
            items = _run(units, i, lambda t: bool(NUMBERED.match(t)))
            if len(items) == 1 and looks_like_heading(text) and i + 1 < len(units):
                number = numbered.group("num") or numbered.group("pnum")
                depth = number.replace("．", ".").count(".") + 1
                blocks.append(Block(BlockKind.HEADING, (line,), level=depth, texts=(text,)))
                i += 1
                continue
            blocks.append(_numbered_list(items))
            i += len(items)
            continue
        marked = MARKED_HEADING.match(text)
        if marked:
            heading = marked.group("marked") or marked.group("bracketed")
            blocks.append(Block(BlockKind.HEADING, (line,), level=1, texts=(heading,)))
            i += 1
            continue
        if blank_separated and unit.before_picture and not unit.indented:
            blocks.append(Block(BlockKind.CAPTION, (line,), texts=(text,)))
        elif looks_like_heading(text) and i + 1 < len(units) and not unit.indented:
            blocks.append(Block(BlockKind.HEADING, (line,), level=1, texts=(text,)))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, (line,), texts=(text,)))
        i += 1
    return blocks


def _run(units: list[_Unit], start: int, is_item: Callable[[str], bool]) -> list[_Unit]:
    """Consecutive one-line units that are items; a blank line ends a list."""
    run: list[_Unit] = []
    for unit in units[start:]:
        if len(unit.lines) != 1 or not is_item(unit.text):
            break
        if run and unit.group != run[-1].group:
            break
        run.append(unit)
    return run


def _item_text(text: str) -> str:
    """An item's text without a bullet; numbers and circled numbers are content and stay."""
    bullet = BULLET.match(text)
    return bullet.group("text") if bullet else text


def _numbered_list(items: list[_Unit]) -> Block:
    matches = [NUMBERED.match(u.text) for u in items]
    numbers = [m.group("num") or m.group("pnum") if m else "" for m in matches]
    lines = tuple(u.lines[0] for u in items)
    if all(n.isdigit() for n in numbers):
        first = int(numbers[0])
        if [int(n) for n in numbers] == list(range(first, first + len(numbers))):
            return Block(
                BlockKind.ORDERED_LIST,
                lines,
                texts=tuple(m.group("text") for m in matches if m),
                start=first,
            )
    # Irregular numbering: keep each number in the item's text.
    return Block(BlockKind.BULLET_LIST, lines, texts=tuple(u.text for u in items))
