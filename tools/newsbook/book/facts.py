"""Whole-book stage: the dates and figures of every article, side by side.

:func:`collect_facts` reads each sentence of each article with
:mod:`newsbook.dates` and :mod:`newsbook.figures` and returns

- a timeline: the story's events in date order, each citing every sentence
  (of any article) that reports it (see :func:`merge_events`);
- the figures grouped by what they measure (:mod:`newsbook.book.measures`);
- the disagreements between figures of one measure (see :func:`disagree`);
- diagnostics for what an editor should look at.

Editors correct readings in ``seeds/_facts.toml`` (:mod:`newsbook.fact_corrections`).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from newsbook.analyse.dates import (
    DateMention,
    FuzzyDate,
    Precision,
    Relation,
)
from newsbook.analyse.figures import UNITS, Figure, Qualifier
from newsbook.analyse.names import ANAPHORS, subject_names
from newsbook.analyse.readings import (
    ArticleReadings,
    fact_sentences,
    read_article,
    sentence_event_words,
)
from newsbook.book.fact_corrections import FactCorrections, FigureCorrection
from newsbook.book.measures import (
    Measure,
    counted_noun,
    editors_measure,
    fallback_measure,
    text_measure,
)
from newsbook.core.diagnostics import Code, Diagnostic, Severity
from newsbook.core.model import Article, Sentence


@dataclass(frozen=True)
class Citation:
    article: str  # article id
    path: str  # seed path, for messages
    sentence: Sentence
    index: int  # position of the sentence in ``article.sentences``


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True)
class DateReading:
    citation: Citation
    mention: DateMention
    value: FuzzyDate
    inferred: bool  # the year (or more) came from context, not from the text
    corrected: bool = False  # set by seeds/_facts.toml


@dataclass(frozen=True)
class Event:
    date: FuzzyDate  # the most precise date the sources allow together
    inferred: bool  # part of that date came from context or another article
    readings: tuple[DateReading, ...]  # one per citing sentence, in book order

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(r.citation for r in self.readings)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.citation.article for r in self.readings))


#: A word counts as distinctive when at most this share of the book's
#: sentences contain it (or at most 3, in a small book): R1, 株価 and
#: サミット are; DeepSeek and AI are not.
DISTINCTIVE_SHARE = 0.05
_DISTINCTIVE_AT_LEAST = 3
#: Evidence needed to merge two sentences into one event: a shared name
#: (an ASCII word such as R1 or NVIDIA, or a proper noun) counts 2, another
#: shared distinctive content word 1.
MERGE_SCORE = 2

_TOPIC_PARTICLE = re.compile(r"[」』”)）]*(?:では|は|が|も)")
_PARENS = re.compile(r"[(（][^()（）]*[)）]")


def merge_events(readings: Sequence[DateReading], words: Sequence[frozenset[str]]) -> list[Event]:
    """Group the readings that report one event; ``words[i]`` describes ``readings[i]``.

    Two readings are the same event when their dates are compatible (the days
    they may mean overlap: 1月20日 with no year fits "early 2025") and their
    sentences share enough distinctive words (:data:`MERGE_SCORE`), or when
    one article writes out the same full date for both. Readings
    are taken most precise date first; each joins the first event it matches
    or starts a new one, so an event's date is its most precise source's,
    with a missing year filled in from another source (then marked inferred).
    """
    order = sorted(
        range(len(readings)),
        key=lambda i: (readings[i].value.width(), readings[i].value.year is None, i),
    )
    groups: list[tuple[FuzzyDate, bool, list[int], set[str]]] = []
    for i in order:
        reading = readings[i]
        for n, (date, inferred, members, group_words) in enumerate(groups):
            if not date.compatible(reading.value):
                continue
            if not (
                _overlap(group_words, words[i]) >= MERGE_SCORE
                or _same_day_same_article(date, reading, (readings[m] for m in members))
            ):
                continue
            if date.year is None and reading.value.year is not None:
                date, inferred = replace(date, year=reading.value.year), True
            members.append(i)
            group_words |= words[i]
            groups[n] = (date, inferred, members, group_words)
            break
        else:
            groups.append((reading.value, reading.inferred, [i], set(words[i])))
    events = [
        Event(date, inferred, tuple(readings[i] for i in sorted(members)))
        for date, inferred, members, _ in groups
    ]
    return sorted(events, key=lambda e: (e.date.sort_key(), _book_order(e.readings[0])))


def _same_day_same_article(
    date: FuzzyDate, reading: DateReading, members: Iterable[DateReading]
) -> bool:
    """An article that writes out the same full date twice (a caption restating
    the opening, 2025年1月27日) is telling one day of its story."""
    return (
        date.precision is Precision.DAY
        and reading.value == date
        and not reading.inferred
        and any(m.citation.article == reading.citation.article and not m.inferred for m in members)
    )


def _overlap(a: set[str] | frozenset[str], b: frozenset[str]) -> int:
    return sum(2 if word.startswith("@") else 1 for word in a & b)


def _book_order(reading: DateReading) -> tuple[str, int]:
    return reading.citation.article, reading.citation.index


# ----------------------------------------------------------------- figures


@dataclass(frozen=True)
class FigureClaim:
    citation: Citation
    figure: Figure
    measure: Measure
    subject: str | None  # who or what the figure is about: DeepSeek, OpenAI ...
    corrected: bool = False


@dataclass(frozen=True)
class FigureGroup:
    measure: Measure
    claims: tuple[FigureClaim, ...]  # in book order


#: Two ranges this close are the same figure rounded: 90兆円 and 約92兆円.
TOLERANCE = 1.5


@dataclass(frozen=True)
class Disagreement:
    measure: Measure
    subject: str
    # In book order: every claim of the two figures that disagree (the same
    # figure cited by many articles is one side, not one disagreement each).
    claims: tuple[FigureClaim, ...]
    factor: float  # the larger stated value over the smaller
    resolved: str | None = None  # the editor's note, when marked resolved


def disagree(a: Figure, b: Figure) -> float | None:
    """How far apart two figures of one measure are, or None if they agree.

    Figures are compared in the same unit (a yen figure with a dollar figure
    only through the yen conversion written beside it, 600万ドル(約9億円)). Each
    figure stands for a range: the value itself when exact or 約 (about); up
    to ten times it for 以上/超 (at least, over); down to a tenth of it for
    近く/未満 (nearly, under); two to nine units for 数億 (several hundred
    million). The figures disagree when their ranges stay apart by more than
    a factor of :data:`TOLERANCE` (1.5), which absorbs rounding: 90兆円,
    約92兆円 and 100兆円近く agree; 600万ドル and 6万ドル以上 (a factor of 100)
    do not. The result is the larger stated value over the smaller.
    """
    pair = _same_unit(a, b)
    if pair is None:
        return None
    x, y = pair
    (x_low, x_high), (y_low, y_high) = x.base_range(), y.base_range()
    if x_low <= y_high * TOLERANCE and y_low <= x_high * TOLERANCE:
        return None
    x_value = x.value or x.low
    y_value = y.value or y.low
    values = sorted((x_value * x.unit.factor, y_value * y.unit.factor))
    return values[1] / values[0] if values[0] else math.inf


def _same_unit(a: Figure, b: Figure) -> tuple[Figure, Figure] | None:
    for x in (a, a.conversion):
        for y in (b, b.conversion):
            if x is not None and y is not None and x.unit.dimension == y.unit.dimension:
                return x, y
    return None


# ------------------------------------------------------------------ result


@dataclass(frozen=True)
class ConversionSlip:
    """A conversion in one sentence (200億ドル(約3,000億円)) at a rate far from the
    one the book's other conversions of the same currencies imply: a slip of
    the source, shown to readers beside the sentence and on the figures page."""

    claim: FigureClaim
    rate: float  # of the conversion as written: 15 yen to the dollar
    book_rate: float  # the median of the book's other conversions: 152 yen
    others: int  # how many conversions that median is of

    @property
    def factor(self) -> float:
        return max(self.rate, self.book_rate) / min(self.rate, self.book_rate)


@dataclass(frozen=True)
class DateDisagreement:
    """Two articles that date one event differently (same year, other days):
    their sentences share at least two distinctive names and two other
    distinctive words, but no day both dates allow."""

    first: DateReading
    second: DateReading


#: Evidence that two dated sentences of different articles report one event.
#: Strict on purpose: a recurring event (a 2006 and a 2009 resolution on
#: missiles, two earthquakes reported by the same agency) is not one event.
SAME_EVENT_NAMES = 2
SAME_EVENT_SHARE = 0.4  # of the two sentences' distinctive words together


def date_disagreements(
    events: Sequence[Event],
    words: Mapping[Citation, frozenset[str]],
    dates_in: Mapping[Citation, int],
) -> tuple[DateDisagreement, ...]:
    """Events that two articles date differently. ``words``: each dated
    sentence's distinctive words (names marked with @); ``dates_in``: how many
    different dates it gives (a sentence with several is a list or a sequence
    of events, not one event's date)."""
    # Only events whose sentences share a distinctive name can be one event:
    # pairs come from an index of those names, not from every pair of events.
    by_name: dict[str, set[int]] = {}
    for n, event in enumerate(events):
        for reading in event.readings:
            if _dates_one_event(reading, dates_in):
                for word in words[reading.citation]:
                    if word.startswith("@"):
                        by_name.setdefault(word, set()).add(n)
    pairs = sorted({pair for found in by_name.values() for pair in combinations(sorted(found), 2)})
    found = []
    for i, j in pairs:
        one, other = events[i], events[j]
        if one.date.year != other.date.year or one.date.compatible(other.date):
            continue
        pair = next(
            (
                (a, b)
                for a in one.readings
                for b in other.readings
                if a.citation.article != b.citation.article
                and all(_dates_one_event(r, dates_in) for r in (a, b))
                and not a.value.compatible(b.value)
                and _same_event(words[a.citation], words[b.citation])
            ),
            None,
        )
        if pair:
            first, second = sorted(pair, key=lambda r: _book_order(r))
            found.append(DateDisagreement(first, second))
    return tuple(found)


def _dates_one_event(reading: DateReading, dates_in: Mapping[Citation, int]) -> bool:
    precise = reading.value.year is not None and _RANK[reading.value.precision] >= 2
    return precise and not reading.inferred and dates_in[reading.citation] == 1


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    names = sum(1 for w in shared if w.startswith("@"))
    return names >= SAME_EVENT_NAMES and len(shared) >= SAME_EVENT_SHARE * len(a | b)


#: Conversions that establish the book's rate, besides the one judged.
SLIP_EVIDENCE = 2
#: Exchange rates move, and sources round: only a conversion this far off is a slip.
SLIP_FACTOR = 3.0


def conversion_slips(claims: Sequence[FigureClaim]) -> tuple[ConversionSlip, ...]:
    """Conversions that disagree with the rate the book's other conversions imply."""
    rates: dict[tuple[str, str], list[tuple[FigureClaim, float]]] = {}
    seen: set[tuple[str, int, int]] = set()
    for claim in claims:
        figure, converted = claim.figure, claim.figure.conversion
        where = (claim.citation.article, claim.citation.index, figure.start)
        if converted is None or figure.value <= 0 or converted.value <= 0 or where in seen:
            continue
        seen.add(where)
        pair = (figure.unit.code, converted.unit.code)
        rates.setdefault(pair, []).append((claim, converted.value / figure.value))
    slips = []
    for found in rates.values():
        if len(found) - 1 < SLIP_EVIDENCE:
            continue
        ordered = sorted(rate for _, rate in found)
        for claim, rate in found:
            slip = ConversionSlip(claim, rate, _median_without(ordered, rate), len(found) - 1)
            if slip.factor >= SLIP_FACTOR:
                slips.append(slip)
    return tuple(slips)


def _median_without(ordered: Sequence[float], value: float) -> float:
    """``statistics.median`` of the sorted ``ordered`` with one ``value`` left out,
    without copying it (once per conversion: copies grew with the square of the book)."""
    skip = bisect.bisect_left(ordered, value)

    def at(j: int) -> float:
        return ordered[j if j < skip else j + 1]

    size = len(ordered) - 1
    if size % 2:
        return at(size // 2)
    return (at(size // 2 - 1) + at(size // 2)) / 2


@dataclass(frozen=True)
class Facts:
    events: tuple[Event, ...]
    figures: tuple[FigureGroup, ...]  # keyword measures in table order, then fallbacks
    disagreements: tuple[Disagreement, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    slips: tuple[ConversionSlip, ...] = field(default=())
    date_disagreements: tuple[DateDisagreement, ...] = field(default=())

    def disagreements_in(self, article_id: str) -> tuple[Disagreement, ...]:
        """The disagreements an article's page should mention."""
        return self._disagreements_by_article.get(article_id, ())

    @cached_property
    def _disagreements_by_article(self) -> dict[str, tuple[Disagreement, ...]]:
        # Every article page asks: one pass over the claims, not one per page.
        found: dict[str, list[Disagreement]] = {}
        for d in self.disagreements:
            for article_id in dict.fromkeys(c.citation.article for c in d.claims):
                found.setdefault(article_id, []).append(d)
        return {article_id: tuple(ds) for article_id, ds in found.items()}


def collect_facts(
    articles: Sequence[Article],
    corrections: FactCorrections | None = None,
    article_readings: Sequence[ArticleReadings | None] = (),
) -> Facts:
    """The timeline, the figures and the slips of the book. ``article_readings`` are the
    articles' dates and figures as their analysis read them (in the order of
    ``articles``); an article without them is read here."""
    corrections = corrections or FactCorrections()
    diagnostics: list[Diagnostic] = []
    # Contents entries repeat headings and references name documents, not events.
    per_article = [
        [
            Citation(article.id, article.path, sentence, index)
            for index, sentence in fact_sentences(article)
        ]
        for article in articles
    ]
    reads = [
        (article_readings[number] if number < len(article_readings) else None)
        or read_article(article)
        for number, article in enumerate(articles)
    ]
    frequency: Counter[str] = Counter()
    for read in reads:
        frequency.update(read.event_words)
    limit = max(_DISTINCTIVE_AT_LEAST, DISTINCTIVE_SHARE * sum(map(len, per_article)))
    distinctive = {word for word, count in frequency.items() if count <= limit}

    readings: list[DateReading] = []
    dates_in: dict[Citation, int] = {}  # how many different dates a dated sentence gives
    reading_words: list[frozenset[str]] = []
    claims: list[FigureClaim] = []
    used_dates: set[int] = set()
    used_figures: set[int] = set()
    for mine, read in zip(per_article, reads, strict=True):
        # Source lines date the report, not an event: they are no rows, but a
        # year the text leaves out comes from them when the article has no date.
        for citation, mentions, source in zip(mine, read.dates, read.sources, strict=True):
            if source:
                continue
            # One row per sentence, on the date it is about: its most precise date
            # that is not background in brackets (朝鮮戦争(1950年から1953年)).
            reading = None
            for mention in _main_dates(citation.sentence.text, mentions):
                reading = _date_reading(citation, mention, corrections, used_dates, diagnostics)
                if reading is not None:
                    break
            if reading is None:
                continue
            dates_in[citation] = len({m.value for m in mentions if m.value is not None})
            readings.append(reading)
            words = sentence_event_words(citation.sentence)
            reading_words.append(frozenset(w for w in words if w in distinctive))
        claims.extend(_figure_claims(mine, read.figures, corrections, used_figures))

    known = {m.id for m in corrections.measures}
    for figure_correction in corrections.figures:
        if figure_correction.measure is not None and figure_correction.measure not in known:
            diagnostics.append(
                Diagnostic(
                    corrections.path,
                    figure_correction.line,
                    Severity.WARNING,
                    Code.FACTS,
                    f"unknown measure {figure_correction.measure!r} "
                    f"(known: {', '.join(sorted(known))})",
                )
            )
    for number, correction in enumerate(corrections.dates):
        if number not in used_dates:
            diagnostics.append(_unmatched(corrections.path, correction.line, correction.text))
    for number, figure_correction in enumerate(corrections.figures):
        if number not in used_figures:
            diagnostics.append(
                _unmatched(corrections.path, figure_correction.line, figure_correction.text)
            )

    events = merge_events(readings, reading_words)
    distinctive_words = {r.citation: w for r, w in zip(readings, reading_words, strict=True)}
    dated_apart = date_disagreements(events, distinctive_words, dates_in)
    for disagreement in dated_apart:
        earlier, later = disagreement.first, disagreement.second
        diagnostics.append(
            Diagnostic(
                later.citation.path,
                later.citation.sentence.line,
                Severity.INFO,
                Code.FACTS,
                f"dated {later.mention.surface!r} here and {earlier.mention.surface!r} in "
                f"{earlier.citation.path}:{earlier.citation.sentence.line}: "
                "shown as a disagreement",
            )
        )
    for event in events:
        if event.date.year is None:
            first = event.readings[0].citation
            diagnostics.append(
                Diagnostic(
                    first.path,
                    first.sentence.line,
                    Severity.INFO,
                    Code.FACTS,
                    f"date without a year: {event.readings[0].mention.surface!r} "
                    "(set the publication date or correct it in seeds/_facts.toml)",
                )
            )
    groups = _groups(claims, corrections.measures)
    disagreements = _disagreements(groups, corrections, diagnostics)
    slips = conversion_slips(claims)
    for slip in slips:
        diagnostics.append(
            Diagnostic(
                slip.claim.citation.path,
                slip.claim.citation.sentence.line,
                Severity.INFO,
                Code.FACTS,
                f"{slip.claim.figure.surface!r} converts at {slip.rate:,.3g} to one; the "
                f"book's other {slip.others} conversions at {slip.book_rate:,.3g}: "
                "shown as a likely slip of the source",
            )
        )
    return Facts(
        tuple(events), tuple(groups), tuple(disagreements), tuple(diagnostics), slips, dated_apart
    )


def _main_dates(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The sentence's dates, the one it is about first: not in brackets, most precise,
    then first written."""
    brackets = [m.span() for m in _PARENS.finditer(text)]
    outside = [m for m in mentions if not any(a <= m.start < b for a, b in brackets)]
    precise = sorted(
        enumerate(outside),
        key=lambda item: (-_precision_rank(item[1]), item[0]),
    )
    return [mention for _, mention in precise]


def _precision_rank(mention: DateMention) -> int:
    value = mention.value
    if value is None or value.year is None:
        return 0
    return _RANK[value.precision]


#: A day (or days) before a month (or a part of one) before a year (or a part of one).
_RANK = {
    Precision.DAY: 3,
    Precision.DAY_RANGE: 3,
    Precision.PART_OF_MONTH: 2,
    Precision.MONTH: 2,
    Precision.PART_OF_YEAR: 1,
    Precision.YEAR: 1,
}


def _unmatched(path: str, line: int | None, text: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.WARNING, Code.FACTS, f"no reading matches {text!r}")


def _date_reading(
    citation: Citation,
    mention: DateMention,
    corrections: FactCorrections,
    used: set[int],
    diagnostics: list[Diagnostic],
) -> DateReading | None:
    for number, correction in enumerate(corrections.dates):
        if correction.article == citation.article and correction.text == mention.surface:
            used.add(number)
            if correction.ignore or correction.value is None:
                return None
            return DateReading(citation, mention, correction.value, False, corrected=True)
    if mention.relation is not Relation.AT:
        return None  # 2025年現在, 2025年以降: the time of a state, not of an event
    if mention.value is None:
        diagnostics.append(
            Diagnostic(
                citation.path,
                citation.sentence.line,
                Severity.INFO,
                Code.FACTS,
                f"relative date {mention.surface!r} left out of the timeline: unresolved "
                "(quoted, or nothing to count from)",
            )
        )
        return None
    return DateReading(citation, mention, mention.value, mention.inferred)


def _topic(text: str, names: list[tuple[int, str | None]]) -> str | None:
    """The name a sentence is about when it says so: "DeepSeekは", "「DeepSeek」では"."""
    for end, name in names:
        if _TOPIC_PARTICLE.match(text, end):
            return name
    return None


def _figure_claims(
    citations: Sequence[Citation],
    figures: Sequence[Sequence[Figure]],
    corrections: FactCorrections,
    used: set[int],
) -> list[FigureClaim]:
    """Figures of one article's sentences, each with its measure and subject.

    The subject is the nearest name before the figure in its sentence (同社
    and the like point back to the article's last name); a sentence that
    names nobody inherits the topic of the sentence before it in the same
    paragraph, as Japanese drops a topic that carries on.
    """
    claims: list[FigureClaim] = []
    last_name: str | None = None
    topic: str | None = None
    previous_line: int | None = None
    for citation, found in zip(citations, figures, strict=True):
        text = citation.sentence.text
        subjects = citation.sentence.subjects
        names = list(subject_names(citation.sentence) if subjects is None else subjects)
        if citation.sentence.line != previous_line:
            topic = None
        previous_line = citation.sentence.line
        resolved: list[tuple[int, str | None]] = []
        for end, name in names:
            resolved.append((end, last_name if name in ANAPHORS else name))
            last_name = resolved[-1][1]
        for figure in found:
            before = [name for end, name in resolved if end <= figure.start and name]
            subject = before[-1] if before else topic
            measure = (
                editors_measure(text, figure, corrections.measures)
                or _counted(citation.sentence, figure)
                or fallback_measure(figure)
            )
            claim = _apply_figure_corrections(
                FigureClaim(citation, figure, measure, subject),
                corrections,
                used,
            )
            if claim is not None:
                claims.append(claim)
        own_topic = _topic(text, resolved)
        topic = own_topic or (topic if not names else None)
    return claims


def _counted(sentence: Sentence, figure: Figure) -> Measure | None:
    noun = counted_noun(sentence, figure)
    return text_measure(noun, figure) if noun else None


def _apply_figure_corrections(
    claim: FigureClaim, corrections: FactCorrections, used: set[int]
) -> FigureClaim | None:
    for number, correction in enumerate(corrections.figures):
        if correction.article != claim.citation.article:
            continue
        if not claim.figure.surface.startswith(correction.text):
            continue
        used.add(number)
        if correction.ignore:
            return None
        return _corrected(claim, correction, corrections.measures)
    return claim


def _corrected(
    claim: FigureClaim, correction: FigureCorrection, measures: Sequence[Measure]
) -> FigureClaim:
    figure = claim.figure
    unit = figure.unit
    if correction.unit is not None:
        unit = next(u for u in UNITS.values() if u.code == correction.unit)
    value = correction.value if correction.value is not None else figure.value
    qualifier = correction.qualifier or figure.qualifier
    low, high = value, value
    if qualifier is Qualifier.UNDER:
        low = value / 10
    elif qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        high = value * 10
    elif qualifier is Qualifier.SEVERAL:
        low, high = figure.low, figure.high
    conversion = figure.conversion if unit.dimension == figure.unit.dimension else None
    new_figure = replace(
        figure,
        value=value,
        unit=unit,
        qualifier=qualifier,
        low=low,
        high=high,
        conversion=conversion if correction.value is None else None,
    )
    measure = claim.measure
    if correction.measure is not None:
        measure = next((m for m in measures if m.id == correction.measure), claim.measure)
    return replace(claim, figure=new_figure, measure=measure, corrected=True)


def _groups(claims: Sequence[FigureClaim], editors: Sequence[Measure]) -> list[FigureGroup]:
    """The editors' measures in their order, then the nouns the text counts (each
    with two figures or more), then the units' groups."""
    # Two sentences at least (a site's boilerplate repeated by every article is one).
    counted = Counter(
        c.measure.id
        for c in {(c.measure.id, c.citation.sentence.text): c for c in claims}.values()
        if c.measure.from_text
    )
    by_measure: dict[str, list[FigureClaim]] = {}
    measures: dict[str, Measure] = {}
    for claim in claims:
        if claim.measure.from_text and counted[claim.measure.id] < 2:
            claim = replace(claim, measure=fallback_measure(claim.figure))
        by_measure.setdefault(claim.measure.id, []).append(claim)
        measures[claim.measure.id] = claim.measure
    table_order = {m.id: n for n, m in enumerate(editors)}

    def order(measure_id: str) -> tuple[int, int, str]:
        measure = measures[measure_id]
        if measure_id in table_order:
            return (0, table_order[measure_id], "")
        # The text's nouns by how many figures they count, then as written.
        if measure.from_text:
            return (1, -len(by_measure[measure_id]), measure.ja)
        return (2, 0, measure_id)

    return [FigureGroup(measures[i], tuple(by_measure[i])) for i in sorted(by_measure, key=order)]


def _same_subject(a: str | None, b: str | None) -> bool:
    """DeepSeek = DeepSeek; "Stargate Project" = Stargate (a shared word)."""
    if a is None or b is None:
        return False
    return bool(set(a.lower().split()) & set(b.lower().split()))


def _disagreements(
    groups: Sequence[FigureGroup], corrections: FactCorrections, diagnostics: list[Diagnostic]
) -> list[Disagreement]:
    """Figures of one measure and one subject that :func:`disagree`.

    Figures whose subject the text does not name are listed but not compared:
    "AI models used to cost hundreds of millions" is not a claim about DeepSeek.
    Claims stating the same figure about the same subject are compared once,
    as one side: a figure that a thousand articles repeat makes one
    disagreement with each figure that contradicts it, not a thousand (the
    pairwise comparison grew with the square of the book).
    """
    found: list[Disagreement] = []
    used: set[int] = set()
    for group in groups:
        if not group.measure.compared:
            continue
        sides: dict[tuple[str | None, Figure], list[FigureClaim]] = {}
        position = {id(claim): i for i, claim in enumerate(group.claims)}
        for claim in group.claims:
            sides.setdefault((claim.subject, _stated(claim.figure)), []).append(claim)
        for side_a, side_b in combinations(sides.values(), 2):
            a, b = side_a[0], side_b[0]
            if not _same_subject(a.subject, b.subject):
                continue
            factor = disagree(a.figure, b.figure)
            if factor is None:
                continue
            note = None
            for number, resolution in enumerate(corrections.resolutions):
                if resolution.measure == group.measure.id and _names_pair(resolution.figures, a, b):
                    used.add(number)
                    note = resolution.note
            assert a.subject is not None
            claims = tuple(sorted([*side_a, *side_b], key=lambda c: position[id(c)]))
            found.append(Disagreement(group.measure, a.subject, claims, factor, note))
            if note is None:
                for side, other_side in ((side_a, side_b), (side_a, side_b)[::-1]):
                    other = other_side[0]
                    more = f" and {len(other_side) - 1} more" if len(other_side) > 1 else ""
                    diagnostics += [
                        Diagnostic(
                            claim.citation.path,
                            claim.citation.sentence.line,
                            Severity.INFO,
                            Code.FACTS,
                            f"{group.measure.en} of {a.subject}: {claim.figure.surface!r} "
                            f"disagrees with {other.figure.surface!r} "
                            f"({other.citation.path}:{other.citation.sentence.line}{more})",
                        )
                        for claim in side
                    ]
    for number, resolution in enumerate(corrections.resolutions):
        if number not in used:
            diagnostics.append(
                Diagnostic(
                    corrections.path,
                    resolution.line,
                    Severity.WARNING,
                    Code.FACTS,
                    f"no disagreement in {resolution.measure!r} between "
                    + " and ".join(repr(f) for f in resolution.figures),
                )
            )
    return found


def _stated(figure: Figure) -> Figure:
    """The figure as stated, wherever it stands in its sentence."""
    conversion = figure.conversion and replace(figure.conversion, start=0, end=0)
    return replace(figure, start=0, end=0, conversion=conversion)


def _names_pair(surfaces: Sequence[str], a: FigureClaim, b: FigureClaim) -> bool:
    def named(claim: FigureClaim) -> bool:
        return any(claim.figure.surface.startswith(s) for s in surfaces)

    return named(a) and named(b)
