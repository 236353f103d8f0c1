"""Per-sentence features for the learned summary scorer.

Each sentence of an article becomes a short vector of numbers a reader could
defend: where it stands, how long it is, how central it is to the article,
how much of the article's key terms it carries, whether it holds numbers,
names, dates or quotations, and whether it opens by pointing elsewhere
("また、", "④について") so that it cannot be read alone. The weights that turn
these into a score are fitted on the development rows of a headline set
(``tools/bench/train_summaries.py``) and shipped as
``data/summary_weights.json``.

Everything here is linear in the number of sentences: centrality is the
similarity to the article's centroid, not a sentence-by-sentence graph, so a
50,000-character article costs no more per sentence than a short one.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsbook.core.model import Sentence, SentenceKind, Token, WordSpread

# The order of the weights in data/summary_weights.json.
FEATURE_NAMES: tuple[str, ...] = (
    "first",
    "second",
    "inverse_position",
    "relative_position",
    "log_chars",
    "short",
    "long",
    "centrality",
    "keyterm_coverage",
    "has_number",
    "has_date",
    "proper_nouns",
    "quotation",
    "attribution",
    "connective_opener",
    "demonstrative_opener",
    "list_pointer",
    "ends_with_stop",
)

SHORT_CHARS = 20
MIN_CHARS = 8  # shorter than this is a fragment: a label, a number, a stray bracket
LONG_CHARS = 150
KEY_TERMS = 10
# Background frequency for a word general Japanese never uses (wordfreq's floor is 1e-8).
_UNSEEN_FREQUENCY = 1e-8

# Openers that continue the previous sentence: read alone, the sentence lacks its subject.
CONNECTIVE_OPENER = re.compile(
    r"^(また|一方|他方|さらに|しかし|しかしながら|ただし|ただ|なお|それでも|だが|でも|加えて|"
    r"そのため|このため|これにより|これに対し|それに対し|そこで|つまり|すなわち|特に|結果|"
    r"その結果|その後|そうした状況下で|こうした中)(?:[、，,]|で|は|も|に)"
)
# Openers that point at something said before (この決定, 同社, そうした状況).
DEMONSTRATIVE_OPENER = re.compile(
    r"^(この|その|あの|これ|それ|こうした|そうした|同[社氏紙国]|彼|彼女)"
)
# "④についても", "(2)では", "第3に": a pointer into a list the sentence does not repeat.
LIST_POINTER = re.compile(r"^[^。]{0,12}?([①-⑳]|\(\d+\)|（\d+）|第\d+[にの点])")
# 『記事名』。 / 読売新聞、2006年12月25日。 / a URL: the lines of a source list, not news.
REFERENCE_LIKE = re.compile(
    r"(』[。．]?$)|([、,]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。]{0,24}[。．]?$)|https?://"
)
DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}年|\d{1,2}日[、,（(]")
ATTRIBUTION = re.compile(r"によると|によれば|と発表|と述べ|と語|と報じ")
QUOTATION = re.compile(r"[「『“]")
SENTENCE_STOPS = "。．！？!?」』)）"


@dataclass(frozen=True)
class ArticleFeatures:
    rows: tuple[tuple[float, ...], ...]  # one per sentence, in FEATURE_NAMES order
    eligible: tuple[bool, ...]  # may stand in a summary at all
    vectors: tuple[dict[str, float], ...]  # TF-IDF content-word vectors, for redundancy


@functools.cache
def _background() -> dict[str, float]:
    """Word frequencies of general Japanese (wordfreq, from subtitles, news, web, Wikipedia)."""
    import wordfreq

    return dict(wordfreq.get_frequency_dict("ja"))


def background_known(word: str) -> bool:
    return word.lower() in _background()


def background_zipf(word: str) -> float | None:
    """The word's zipf frequency in general Japanese (影響 5.2, 震源 3.7), None if never seen."""
    frequency = _background().get(word.lower())
    return math.log10(frequency) + 9 if frequency else None


def background_rarity(word: str) -> float:
    """-log10 of the word's frequency in general Japanese: 影響 3.8, 推論 5.7, never seen 8."""
    # wordfreq's keys are lower-case (nvidia, openai).
    frequency = _background().get(word.lower(), _UNSEEN_FREQUENCY) or _UNSEEN_FREQUENCY
    return -math.log10(frequency)


def content_words(tokens: Sequence[Token]) -> list[str]:
    return [form for t in tokens if (form := t.content_form) is not None]


def paragraph_word_spread(sentences: Sequence[Sentence]) -> WordSpread:
    """How many body paragraph sentences hold each content word (split mode A)."""
    spread: Counter[str] = Counter()
    count = 0
    for sentence in sentences:
        if sentence.kind is SentenceKind.PARAGRAPH:
            count += 1
            spread.update(set(content_words(sentence.tokens_a)))
    return WordSpread(count, dict(spread))


def article_features(sentences: Sequence[Sentence]) -> ArticleFeatures:
    """Feature rows and content-word vectors for every sentence of one article
    (words counted in split mode A: 推論モデル counts as 推論 and モデル)."""
    bags = [Counter(content_words(s.tokens_a)) for s in sentences]
    vectors = _tfidf(bags)
    centroid: dict[str, float] = {}
    for vector in vectors:
        for w, v in vector.items():
            centroid[w] = centroid.get(w, 0.0) + v
    centroid_norm2 = sum(v * v for v in centroid.values())
    key_terms = _key_terms(bags)
    key_total = sum(key_terms.values()) or 1.0
    n = len(sentences)
    rows = []
    for i, (sentence, bag, vector) in enumerate(zip(sentences, bags, vectors, strict=True)):
        text, tokens = sentence.text, sentence.tokens_a
        words = max(1, sum(1 for t in tokens if t.surface.strip()))
        proper = sum(1 for t in tokens if t.pos[:2] == ("名詞", "固有名詞"))
        rows.append(
            (
                float(i == 0),
                float(i == 1),
                1.0 / (i + 1),
                i / max(1, n - 1),
                math.log1p(len(text)),
                float(len(text) < SHORT_CHARS),
                float(len(text) > LONG_CHARS),
                _centrality(vector, centroid, centroid_norm2),
                sum(w for term, w in key_terms.items() if term in bag) / key_total,
                float(any(c.isdigit() for c in text)),
                float(bool(DATE.search(text))),
                min(1.0, proper / words * 4),
                float(bool(QUOTATION.search(text))),
                float(bool(ATTRIBUTION.search(text))),
                float(bool(CONNECTIVE_OPENER.match(text))),
                float(bool(DEMONSTRATIVE_OPENER.match(text))),
                float(bool(LIST_POINTER.match(text))),
                float(text.rstrip()[-1:] in SENTENCE_STOPS),
            )
        )
    eligible = tuple(is_summary_material(s.text) for s in sentences)
    return ArticleFeatures(tuple(rows), eligible, tuple(vectors))


def is_summary_material(text: str) -> bool:
    """A sentence, not a source line, a bare fragment, a list marker or a run-on."""
    stripped = text.strip()
    return (
        len(stripped) >= MIN_CHARS
        and not REFERENCE_LIKE.search(stripped)
        and not re.fullmatch(r"[\W\d_]+", stripped)
        and not states_nothing(stripped)
    )


#: Longer than this with no 。, ！ or ？, a text is no sentence.
RUN_ON_CHARS = 100
_SENTENCE_END = re.compile("[。．！？!?]")
# A cited title closing a text (…『台風情報』。): the first source line glued to
# what comes before it.
_CITED_TITLE_END = re.compile(r"『[^『』]*』\s*[。．]?\s*$")


# A site's navigation, which news sites print around an article: a box of its
# headlines (最近の記事, 関連記事, 記事一覧 …, ウィキペディアに…に関する記事があります).
_SITE_NAVIGATION = re.compile(
    r"最近(?:の|公開された)記事|すべての記事|記事一覧|関連記事|に関する記事があります"
)
# The page speaking of itself: この記事は英語版…の翻訳を含みます, …この記事の内容に関する….
_SELF_REFERENCE = re.compile(r"この記事(?:は|の内容)")


def is_site_text(text: str) -> bool:
    """The site's own words around the report (its navigation, a note on the page
    itself): not what the article says."""
    return bool(_SITE_NAVIGATION.search(text) or _SELF_REFERENCE.search(text))


def states_nothing(text: str) -> bool:
    """Headlines or a list run together, or the site's own words: text that
    states nothing of the article (no summary line, date, figure or term)."""
    return runs_on(text) or is_site_text(text)


def runs_on(text: str) -> bool:
    """A long text with no sentence end: a list or a site's box of headlines run
    together (震度4茨城県 : 結城市、…; 台風18号、ベトナムで死者 — …に上陸台風17号…),
    not a sentence. The 。 after a cited title the box runs into does not end it,
    nor does the one after a box that names itself (…最近の記事…, …記事があります。)."""
    body = _CITED_TITLE_END.sub("", text.strip())
    if len(body) <= RUN_ON_CHARS:
        return False
    return not _SENTENCE_END.search(body[:-1]) and (
        not _SENTENCE_END.search(body[-1]) or _SITE_NAVIGATION.search(body) is not None
    )


def opens_by_pointing_elsewhere(text: str) -> bool:
    """True for a sentence a reader cannot read alone: また、… / ④についても… / そうした状況下で…"""
    return bool(
        CONNECTIVE_OPENER.match(text)
        or LIST_POINTER.match(text)
        or text.startswith(("そうした", "こうした"))
    )


def _key_terms(bags: list[Counter[str]]) -> dict[str, float]:
    """The article's key terms: frequent in it and rare in general Japanese."""
    total: Counter[str] = Counter()
    for bag in bags:
        total.update(bag)
    weighted = {w: c * background_rarity(w) for w, c in total.items() if len(w) > 1}
    top = sorted(weighted, key=lambda w: (-weighted[w], w))[:KEY_TERMS]
    return {w: weighted[w] for w in top}


def _tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    return [{w: tf * (math.log(n / df[w]) + 1.0) for w, tf in bag.items()} for bag in bags]


def _centrality(
    vector: dict[str, float], centroid: dict[str, float], centroid_norm2: float
) -> float:
    """Cosine of a sentence with the sum of the other sentences, in O(its own words).

    A sentence is not central for resembling itself, so its own vector is taken
    out of the centroid: cos(v, C - v) = (v.C - |v|^2) / (|v| |C - v|).
    """
    dot = sum(v * centroid[w] for w, v in vector.items())
    own = sum(v * v for v in vector.values())
    rest = centroid_norm2 - 2 * dot + own
    if own <= 0 or rest <= 1e-12:
        return 0.0
    return max(0.0, (dot - own) / math.sqrt(own * rest))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return _cosine(a, b)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0
