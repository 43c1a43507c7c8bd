"""When an event happened: date expressions in a sentence resolved against the publication date.

Date expressions are found with a small set of compiled regular expressions over the sentence
text (no date-parsing dependency; a sentence takes tens of microseconds), then tied to the
parse to prefer the one in the trigger's clause. Each result is a date and a precision:

* ``day``: the date itself ("on Tuesday", "March 3", "yesterday", "overnight").
* ``week``: the week starting on ``date`` ("last week" → that Monday, "over the weekend" →
  that Saturday), or, with no date expression at all, the publication date (the event was
  reported within about a week of happening).
* ``month``: the month of ``date`` (``date`` is the 1st: "in March", "earlier this month").
* ``year``: the year of ``date`` (``date`` is 1 January: "in 2019", "last year", "the 1990s").

Rules and their reasons are in ``docs/MAGNITUDES_AND_DATES.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.model import DATE_PRECISIONS, DatePrecision, TextSpan

Token = Any  # spacy.tokens.Token
SpanLike = Any  # spacy.tokens.Span

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# Feasts and holidays that name a time, not a party, before an event noun ("the Easter
# bombings", "an Ashura attack"); not resolved to dates.
HOLIDAYS = frozenset(
    {"easter", "christmas", "ramadan", "eid", "diwali", "thanksgiving", "hanukkah", "passover",
     "nowruz", "holi", "halloween", "songkran", "vesak", "ashura", "muharram", "pentecost",
     "newroz", "navratri", "purim"}
)
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PRECISION_ORDER = {name: rank for rank, name in enumerate(DATE_PRECISIONS)}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """The date of an event mention; ``span`` is None when it is just the publication date."""

    date: dt.date
    precision: DatePrecision
    span: TextSpan | None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a sentence (offsets are into the document text)."""

    date: dt.date
    precision: DatePrecision
    text: str
    start: int
    end: int
    relative: bool  # needs the publication date to be resolved


@dataclass(frozen=True, slots=True)
class _Context:
    publication: dt.date | None
    forward: bool  # the clause speaks of the future ("will meet on Tuesday")
    past: bool = False  # the clause is in a past tense ("met", "has met", "was killed")


_PLACEHOLDER = dt.date(2000, 1, 1)  # stands in for a missing publication date while ranking
_LEADING_PREPOSITION = re.compile(r"^(?:on|in|during|at|over|of|within)\s+", re.IGNORECASE)
_Resolver = Callable[["re.Match[str]", _Context], tuple[dt.date, DatePrecision] | None]


def resolve_event_date(
    sentence: SpanLike, publication: dt.date | None, *, trigger: Token | None = None
) -> ResolvedDate | None:
    """The event date for ``trigger`` (or the sentence), or None when nothing can be said.

    With no date expression the publication date is returned with precision "week" and no span.
    """
    sentence = as_span(sentence)
    mentions = find_dates(sentence, publication or _PLACEHOLDER, trigger=trigger)
    if mentions:
        best = _choose(sentence, mentions, trigger)
        if publication is None and best.relative:
            return None  # the expression that matters needs the publication date
        span = TextSpan(best.text, best.start, best.end)
        return ResolvedDate(best.date, best.precision, span)
    if publication is None:
        return None
    return ResolvedDate(publication, "week", None)


def is_past_reference(
    sentence: SpanLike,
    publication: dt.date | None,
    *,
    trigger: Token | None = None,
    min_days: int = 365,
) -> bool:
    """True when the event date the text gives ends more than ``min_days`` before publication.

    A hint for the "historical" modality: "in 2012", "the 1990s", "three years ago".
    """
    if publication is None:
        return False
    resolved = resolve_event_date(sentence, publication, trigger=trigger)
    if resolved is None or resolved.span is None:
        return False
    return (publication - period_end(resolved.date, resolved.precision)).days > min_days


def as_span(sentence: SpanLike) -> SpanLike:
    """A ``Doc`` as a span over all of it; a ``Span`` as it is."""
    return sentence if hasattr(sentence, "start_char") else sentence[:]


def period_end(date: dt.date, precision: DatePrecision) -> dt.date:
    """The last day of the period a (date, precision) pair names."""
    if precision == "day":
        return date
    if precision == "week":
        return date + dt.timedelta(days=6)
    if precision == "month":
        return _add_months(date.replace(day=1), 1) - dt.timedelta(days=1)
    return dt.date(date.year, 12, 31)


def find_dates(
    sentence: SpanLike, publication: dt.date | None, *, trigger: Token | None = None
) -> list[DateMention]:
    """Every date expression in ``sentence`` that can be resolved, in text order."""
    sentence = as_span(sentence)
    text: str = sentence.text
    base: int = sentence.start_char
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for pattern, resolver in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            forward, past = _tense(sentence, base + start, trigger)
            resolved = resolver(match, _Context(publication, forward, past))
            if resolved is None:
                continue
            taken.append((start, end))
            relative = resolver(match, _Context(None, forward, past)) is None
            mentions.append(_mention(match, base, resolved, relative=relative))
    return sorted(mentions, key=lambda m: m.start)


def _mention(
    match: re.Match[str], base: int, resolved: tuple[dt.date, DatePrecision], *, relative: bool
) -> DateMention:
    """The mention, its text trimmed of a leading preposition ("on Tuesday" → "Tuesday")."""
    text = match.group(0)
    trimmed = _LEADING_PREPOSITION.sub("", text)
    start = base + match.start() + len(text) - len(trimmed)
    return DateMention(resolved[0], resolved[1], trimmed, start, start + len(trimmed), relative)


# --- resolvers: one per pattern --------------------------------------------------------


def _iso(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    return _safe_date(int(match["year"]), int(match["m"]), int(match["day"]), "day")


def _month_day(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    month, day = _month_number(match["month"]), int(match["day"])
    if match["year"]:
        return _safe_date(int(match["year"]), month, day, "day")
    if context.publication is None:
        return None
    return _infer_year(context, month, day, "day")


def _month_year(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    return _safe_date(int(match["year"]), _month_number(match["month"]), 1, "month")


def _month_only(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    if context.publication is None:
        return None
    month = _month_number(match["month"])
    publication = context.publication
    if (match["rel"] or "").lower() == "last":
        year = publication.year if month < publication.month else publication.year - 1
        return dt.date(year, month, 1), "month"
    return _infer_year(context, month, 1, "month")


def _year(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    return dt.date(int(match["year"]), 1, 1), "year"


def _decade(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    return dt.date(int(match["decade"]), 1, 1), "year"


def _weekday(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    if context.publication is None:
        return None
    target, publication = WEEKDAYS[match["weekday"].lower()], context.publication
    rel = (match["rel"] or "").lower()
    if rel == "next" or (context.forward and rel != "last"):
        ahead = (target - publication.weekday()) % 7 or (7 if rel == "next" else 0)
        return publication + dt.timedelta(days=ahead), "day"
    back = (publication.weekday() - target) % 7
    if rel == "last" and back == 0:
        back = 7
    return publication - dt.timedelta(days=back), "day"


def _weekday_of_week(
    match: re.Match[str], context: _Context
) -> tuple[dt.date, DatePrecision] | None:
    """ "Tuesday last week", "Friday of next week"."""
    if context.publication is None:
        return None
    step = -1 if match["rel"].lower() == "last" else 1
    monday = _monday(context.publication) + dt.timedelta(weeks=step)
    return monday + dt.timedelta(days=WEEKDAYS[match["weekday"].lower()]), "day"


def _day_word(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    if context.publication is None:
        return None
    offsets = {"day before yesterday": -2, "yesterday": -1, "last night": -1, "overnight": -1}
    offsets |= {"tomorrow": 1, "tonight": 0, "today": 0, "this morning": 0}
    offsets |= {"this afternoon": 0, "this evening": 0, "earlier today": 0}
    key = re.sub(r"\s+", " ", match.group(0).lower()).removeprefix("the ")
    return context.publication + dt.timedelta(days=offsets.get(key, 0)), "day"


def _ago(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    if context.publication is None:
        return None
    count = _count(match["count"])
    unit = match["unit"].lower().rstrip("s")
    publication = context.publication
    if unit == "day":
        return publication - dt.timedelta(days=count), "day"
    if unit == "week":
        return _monday(publication - dt.timedelta(weeks=count)), "week"
    if unit == "month":
        return _add_months(publication.replace(day=1), -count), "month"
    return dt.date(publication.year - count, 1, 1), "year"


def _named_period(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    """ "last week", "earlier this month", "next year", "over the weekend"."""
    if context.publication is None:
        return None
    rel, unit = match["rel"].lower(), match["unit"].lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    publication = context.publication
    if unit == "weekend":
        return _weekend(publication, step, forward=context.forward), "week"
    if unit == "week":
        return _monday(publication) + dt.timedelta(weeks=step), "week"
    if unit == "month":
        return _add_months(publication.replace(day=1), step), "month"
    return dt.date(publication.year + step, 1, 1), "year"


def _recent(match: re.Match[str], context: _Context) -> tuple[dt.date, DatePrecision] | None:
    """Rolling windows keep the publication date and widen the precision."""
    if context.publication is None:
        return None
    unit = match["unit"].lower()
    widths: dict[str, DatePrecision] = {"days": "week", "week": "week", "weeks": "month"}
    widths |= {"month": "month", "months": "year", "year": "year", "years": "year"}
    return context.publication, widths[unit]


# --- helpers ---------------------------------------------------------------------------


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _safe_date(
    year: int, month: int, day: int, precision: DatePrecision
) -> tuple[dt.date, DatePrecision] | None:
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


def _infer_year(
    context: _Context, month: int, day: int, precision: DatePrecision
) -> tuple[dt.date, DatePrecision] | None:
    """A month (and day) without a year, placed by the tense of its clause.

    Future tense: the next occurrence. Past tense: the latest occurrence up to 7 days after
    publication. Otherwise this year, unless that is more than half a year ahead.
    """
    assert context.publication is not None
    publication = context.publication
    found = _safe_date(publication.year, month, day, precision)
    if found is None:
        return None
    date = found[0]
    if context.forward and date < publication - dt.timedelta(days=7):
        return _safe_date(publication.year + 1, month, day, precision)
    slack = 7 if context.past else 183
    if not context.forward and date > publication + dt.timedelta(days=slack):
        return _safe_date(publication.year - 1, month, day, precision)
    return found


def _monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


def _weekend(publication: dt.date, step: int, *, forward: bool) -> dt.date:
    """The Saturday of the weekend meant: the latest one on or before publication by default."""
    if step > 0 or (forward and step == 0):
        return publication + dt.timedelta(days=(5 - publication.weekday()) % 7)
    back = (publication.weekday() - 5) % 7
    saturday = publication - dt.timedelta(days=back)
    return saturday - dt.timedelta(weeks=1) if step < 0 and back < 2 else saturday


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _tense(sentence: SpanLike, char: int, trigger: Token | None) -> tuple[bool, bool]:
    """(future, past) for the clause of the trigger, or of the date when there is no trigger."""
    token = trigger if trigger is not None else _token_at(sentence, char)
    if token is None:
        return False, False
    head = _clause_head(token)
    auxes = [child for child in head.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in FUTURE_AUX for aux in auxes):
        return True, False
    past = head.tag_ == "VBD" or any(aux.tag_ == "VBD" or aux.lemma_ == "have" for aux in auxes)
    return False, past


def _token_at(sentence: SpanLike, char: int) -> Token | None:
    for token in sentence:
        if token.idx <= char < token.idx + len(token.text) + 1:
            return token
    return None


def _clause_head(token: Token) -> Token:
    current = token
    for _ in range(50):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT" or current.head is current:
            return current
        current = current.head
    return current


# --- choosing among several ------------------------------------------------------------


def _choose(sentence: SpanLike, mentions: list[DateMention], trigger: Token | None) -> DateMention:
    """Prefer the trigger's clause, then a clause above/below it, then finer precision."""

    def key(mention: DateMention) -> tuple[int, int, bool, int]:
        anchor = _anchor(sentence, mention)
        rank = _clause_rank(anchor, trigger) if anchor is not None else 2
        distance = abs(anchor.i - trigger.i) if anchor is not None and trigger is not None else 0
        return rank, PRECISION_ORDER[mention.precision], mention.relative, distance

    return min(mentions, key=key)


def _anchor(sentence: SpanLike, mention: DateMention) -> Token | None:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _clause_rank(anchor: Token, trigger: Token | None) -> int:
    if trigger is None:
        return 0
    date_clause, trigger_clause = _clause_head(anchor), _clause_head(trigger)
    if date_clause == trigger_clause or anchor.head == trigger or _same_noun(anchor, trigger):
        return 0
    if _dominates(trigger_clause, date_clause) or _dominates(date_clause, trigger_clause):
        return 1
    return 2


def _same_noun(anchor: Token, trigger: Token) -> bool:
    """ "the 2004 bombing … that killed 10": the date and the trigger's clause share a noun."""
    return bool(trigger.dep_ in ("relcl", "acl") and anchor.head == trigger.head)


def _dominates(ancestor: Token, token: Token) -> bool:
    """True when ``ancestor`` is above ``token`` without a coordination in between."""
    current = token
    for _ in range(50):
        if current == ancestor:
            return True
        if current.dep_ == "conj" or current.head is current:
            return False
        current = current.head
    return False


# --- the patterns, most specific first -------------------------------------------------


def _compile(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def _patterns() -> Iterator[tuple[re.Pattern[str], _Resolver]]:
    yield _compile(r"\b" + _YEAR + r"-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"), _iso
    yield _compile(_MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r"\b)?"), _month_day
    yield (
        _compile(
            r"\b(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r"\b)?"
        ),
        _month_day,
    )
    yield _compile(_MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b"), _month_year
    yield (
        _compile(
            r"\b(?i:the\s+)?(?i:day\s+before\s+yesterday)\b|\b(?i:yesterday|last\s+night|overnight"
            r"|tomorrow|tonight|today|this\s+morning|this\s+afternoon|this\s+evening"
            r"|earlier\s+today)\b"
        ),
        _day_word,
    )
    yield (
        _compile(_WEEKDAY + r"\s+(?i:of\s+)?(?P<rel>(?i:last|next))\s+(?i:week)\b"),
        _weekday_of_week,
    )
    yield (
        _compile(r"\b(?:(?P<rel>(?i:last|next|this|on|late|early))\s+)?" + _WEEKDAY + r"\b(?!s)"),
        _weekday,
    )
    yield (
        _compile(
            r"\b" + _COUNT + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", ignore_case=True
        ),
        _ago,
    )
    yield (
        _compile(
            r"\b(?:in|over|during|within)\s+(?:recent|the\s+(?:recent|past|last))\s+"
            r"(?:few\s+|several\s+)?(?P<unit>days|weeks?|months?|years?)\b(?!['’])",
            ignore_case=True,
        ),
        _recent,
    )
    yield (
        _compile(
            r"\b(?:(?:earlier|later|late|early)\s+)?(?P<rel>last|next|this|coming)\s+"
            r"(?P<unit>week|weekend|month|year)\b",
            ignore_case=True,
        ),
        _named_period,
    )
    yield (
        _compile(r"\b(?:over|at|during)\s+the\s+(?P<rel>)(?P<unit>weekend)\b", ignore_case=True),
        _named_period,
    )
    yield (
        _compile(
            r"\b(?i:in|during|since|until|by|of|early|late|mid-?|(?P<rel>last|this))\s+"
            r"(?:(?i:early|late|mid-?)\s*)?" + _MONTH + r"\b(?!\s+\d)"
        ),
        _month_only,
    )
    yield (
        _compile(
            r"\b(?i:in|during|since|until|by|of|early|late|mid-?|the\s+year)\s+"
            r"(?:(?i:early|late|mid-?)\s*)?" + _YEAR + r"\b(?![-/]\d)"
        ),
        _year,
    )
    yield (
        _compile(r"\b(?i:the|its|their)\s+" + _YEAR + r"(?=\s+[a-z])"),
        _year,
    )
    yield _compile(r"\b(?:the\s+)?(?P<decade>(?:19|20)\d0)'?s\b", ignore_case=True), _decade


_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver], ...] = tuple(_patterns())
