"""Data passed between stages: frozen dataclasses that carry source line numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


@dataclass(frozen=True)
class LinePart:
    """One source line of a :class:`Line` re-joined from a hard wrap."""

    number: int  # 1-based line number in the seed
    start: int  # where this part's text begins in Line.text
    offset: int  # where the same text begins in the decoded article


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the seed (the first, for a re-joined line)
    text: str  # stripped of surrounding whitespace (ASCII, NBSP, ideographic space)
    # Set when hard-wrapped source lines were joined into this one: the offset
    # map back to the decoded article, and the article's exact text from the
    # first part's start to the last part's end (line breaks included).
    parts: tuple[LinePart, ...] = ()
    source: str = ""

    def line_at(self, index: int) -> int:
        """The seed line that holds ``text[index]``."""
        return self._part_at(index).number if self.parts else self.number

    def source_slice(self, start: int, end: int) -> str:
        """The decoded article's exact text behind ``text[start:end]``."""
        if not self.parts or start >= end:
            return self.text[start:end]
        base = self.parts[0].offset
        first, last = self._part_at(start), self._part_at(end - 1)
        return self.source[
            first.offset - base + start - first.start : last.offset - base + end - last.start
        ]

    def _part_at(self, index: int) -> LinePart:
        # A joining space belongs to the part before it.
        return next(p for p in reversed(self.parts) if p.start <= index)


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET_LIST = "bullet_list"
    ORDERED_LIST = "ordered_list"
    CONTENTS = "contents"  # an article's own table of contents (目次)
    CAPTION = "caption"  # text that stood under a picture


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[Line, ...]  # for lists and captions, one per item/line
    level: int = 0  # headings: 1 = top heading inside the article
    texts: tuple[str, ...] = ()  # item or heading text with its marker removed
    start: int = 1  # ordered lists: number of the first item
    label: Line | None = None  # contents: the "目次" line

    @property
    def first_line(self) -> int:
        return (self.label or self.lines[0]).number


@dataclass(frozen=True)
class References:
    label: Line  # "Reference(s):", "参照:", "Source:Fox Business" ...
    heading: str  # the label without its colon
    items: tuple[Line, ...]  # one per reference, inline text after the colon included


@dataclass(frozen=True)
class ArticleStructure:
    title: Line | None
    byline: tuple[Line, ...]
    author: str | None
    blocks: tuple[Block, ...]
    references: References | None
    dropped: tuple[Line, ...]  # boilerplate removed from the top
    wrap_width: int | None = None  # when hard-wrapped lines were re-joined
    wrap_unit: str = "columns"  # of wrap_width: "columns" (a kanji takes two) or "characters"


class SentenceKind(StrEnum):
    """Where a sentence stands: only paragraph sentences may become summary sentences."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    CONTENTS = "contents"
    REFERENCE = "reference"


# Titles and headings name things without saying anything about them, and the
# article's own contents repeat its headings: the book counts mentions in the text.
COUNTED_KINDS = frozenset(
    {SentenceKind.PARAGRAPH, SentenceKind.LIST_ITEM, SentenceKind.CAPTION, SentenceKind.TITLE}
)


#: ``Sentence.block`` of sentences outside the blocks: the title and the references.
TITLE_BLOCK = -1
REFERENCES_BLOCK = -2


TokenFields = tuple[str, tuple[str, ...], str, str]


@dataclass(frozen=True)
class Token:
    """One SudachiPy morpheme; make one with :func:`shared_token`."""

    surface: str  # exactly as written: the surfaces of a text's tokens join back to it
    pos: tuple[str, ...]  # Sudachi part of speech, e.g. ("名詞", "固有名詞", "一般", ...)
    normalized: str  # 為る for し, 6000000 for 600万: the form to count
    reading: str  # katakana reading

    @property
    def is_noun(self) -> bool:
        return self.pos[0] == "名詞" and self.pos[1] in ("普通名詞", "固有名詞")

    @property
    def is_content_word(self) -> bool:
        if self.pos[0] == "名詞":
            return self.pos[1] != "数詞"
        return self.pos[0] in ("動詞", "形容詞") and self.pos[1] != "非自立可能"

    # Tokens are shared (one object per distinct word in a process): what each
    # sentence asks of its words is worked out once per word, not per occurrence.
    @cached_property
    def content_form(self) -> str | None:
        """The normalized form of a content word (noun, verb, adjective), else None."""
        return self.normalized if self.is_content_word and self.surface.strip() else None

    def __reduce__(self) -> tuple[Callable[[str], Token], tuple[str]]:
        # Unpickled (from the cache, from a worker) as the process's shared
        # token, found by one string: loading a book's cached analyses makes
        # and hashes one new string per word of each article, not the ten
        # strings and two tuples of its fields.
        return token_of_key, (self._key,)

    @cached_property
    def _key(self) -> str:
        lengths = f"{len(self.surface)},{len(self.normalized)},{len(self.reading)};"
        return lengths + self.surface + self.normalized + self.reading + "\0".join(self.pos)


#: Every distinct token this process has made. Articles hold tens of thousands
#: of tokens but a book has far fewer distinct words: sharing them keeps a
#: large book in memory, and an article's pickle stores each word once.
_TOKENS: dict[TokenFields, Token] = {}


def shared_token(fields: TokenFields) -> Token:
    """The one Token with these fields (surface, pos, normalized, reading)."""
    token = _TOKENS.get(fields)
    if token is None:
        token = _TOKENS[fields] = Token(*fields)
    return token


#: The same tokens by their pickled key (Token._key).
_TOKENS_BY_KEY: dict[str, Token] = {}


def token_of_key(key: str) -> Token:
    """The shared token a pickle names by its key."""
    token = _TOKENS_BY_KEY.get(key)
    if token is None:
        lengths, _, rest = key.partition(";")
        surface_end, normalized_end, reading_end = _ends(lengths)
        token = _TOKENS_BY_KEY[key] = shared_token(
            (
                rest[:surface_end],
                tuple(rest[reading_end:].split("\0")),
                rest[surface_end:normalized_end],
                rest[normalized_end:reading_end],
            )
        )
    return token


def _ends(lengths: str) -> tuple[int, int, int]:
    surface, normalized, reading = (int(n) for n in lengths.split(","))
    return surface, surface + normalized, surface + normalized + reading


def token_spans(tokens: Sequence[Token]) -> Iterator[tuple[int, int, Token]]:
    """(start, end, token) of each token in the text the tokens were read from."""
    start = 0
    for token in tokens:
        end = start + len(token.surface)
        yield start, end, token
        start = end


@dataclass(frozen=True)
class Name:
    """A person, organization, product or place the text names in a sentence."""

    text: str
    kind: str  # person, organization, product, place
    start: int  # offset in the sentence
    end: int
    forms: tuple[str, ...] = ()  # other spellings the sentence gives it: (NHK), 茨城県新治村


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # seed line it starts on (0: not from the seed, e.g. an editor's title)
    block: int  # index of the block in ArticleStructure.blocks (or TITLE_BLOCK, REFERENCES_BLOCK)
    kind: SentenceKind = SentenceKind.PARAGRAPH
    # The decoded article's exact text, when it differs from ``text`` (a
    # sentence across a hard wrap keeps its line break there).
    source: str | None = None
    # SudachiPy's tokens of ``text``, read once when the article is analysed:
    # every later stage uses these. Mode C keeps compounds whole (推論モデル),
    # mode A gives their parts (推論, モデル). Left out of comparisons: they
    # follow from the text.
    tokens_c: tuple[Token, ...] = field(default=(), compare=False, repr=False)
    tokens_a: tuple[Token, ...] = field(default=(), compare=False, repr=False)
    # The names in it (:mod:`newsbook.analyse.names`), found once with the
    # tokens and cached with them: the whole-book stage only merges them.
    names: tuple[Name, ...] = field(default=(), compare=False, repr=False)
    # Its content words, names marked with @ (what tells two events apart), and
    # the names a figure in it may be about, with their end offsets.
    # (None: not read yet, as for a sentence made outside the analysis.)
    event_words: frozenset[str] | None = field(default=None, compare=False, repr=False)
    subjects: tuple[tuple[int, str], ...] | None = field(default=None, compare=False, repr=False)

    @property
    def quote(self) -> str:
        """The sentence exactly as the decoded article has it."""
        return self.text if self.source is None else self.source


@dataclass(frozen=True)
class LooseWords:
    """Words of an article's counted sentences that no name found in them holds:
    what the entity stage reads to tell a bare name (福田, 外務省) from a word."""

    kanji: frozenset[str]  # kanji nouns of two to four characters
    proper: frozenset[str]  # words SudachiPy tags as proper nouns


@dataclass(frozen=True)
class WordSpread:
    """In how many of an article's body paragraph sentences each content word
    (split mode A) occurs: the document frequencies the front page's key points
    weigh words by, summed over the book."""

    sentences: int  # the article's paragraph sentences
    words: Mapping[str, int]


@dataclass(frozen=True)
class Keyword:
    text: str
    score: float


@dataclass(frozen=True)
class Metadata:
    title: str
    title_origin: str  # "text" | "generated" | "override"
    source: str | None
    author: str | None
    published: str | None
    urls: tuple[str, ...]
    dates: tuple[str, ...]
    char_count: int
    reading_minutes: int


@dataclass(frozen=True)
class Article:
    id: str
    path: str  # seed path as given to the converter
    encoding: str
    structure: ArticleStructure
    metadata: Metadata
    sentences: tuple[Sentence, ...]  # every sentence of the article, title to references
    summary: tuple[Sentence, ...]
    keywords: tuple[Keyword, ...]
    section_titles: tuple[str, ...] = field(default=())
    # (index of a heading in structure.blocks, the sentence that best sums up its section)
    section_points: tuple[tuple[int, Sentence], ...] = field(default=())
    found_urls: tuple[str, ...] = field(default=())  # every URL in the text, in order
    # Read once from the tokens at analysis and cached with it, so that the
    # whole-book stage does not read every article's tokens again at each
    # build (None: an article made outside the analysis; the stage reads them).
    loose_words: LooseWords | None = field(default=None, compare=False, repr=False)
    paragraph_words: WordSpread | None = field(default=None, compare=False, repr=False)

    @property
    def paragraph_sentences(self) -> tuple[Sentence, ...]:
        """The sentences a summary may choose from: those of body paragraphs."""
        return tuple(s for s in self.sentences if s.kind is SentenceKind.PARAGRAPH)
