"""Scoring coded output against gold, item by item, into an addable :class:`Scorecard`.

How a prediction is read from the pipeline's events (documented in ``docs/EVALUATION.md``):

* the item's **main event** is the highest-confidence ``asserted`` event; when no event is
  asserted, the highest-confidence event of any modality; ties go to the earlier event;
* no event at all is the prediction "NONE": a miss for the gold type (recall), quad class 0
  (statement, the class PLOVER drops), and a false alarm nowhere;
* type, quad, roles, actors, date, ACLED type and location are read from the main event;
  modality from the highest-confidence event of any modality; fatalities from the main event,
  else the largest count among asserted events, else 0;
* the quad class of the CAMEO-coded sets is that of the main event among the events stated as
  fact or intention (asserted, historical, future); when there is none, the text is a
  statement (class 0);
* binary labels (police actions, state responses, sitrep gold types) are presence labels
  over all events (rules in :mod:`sitrep.evaluate.labels`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sitrep.evaluate.gold import GoldItem, GoldPlace, Span
from sitrep.evaluate.labels import predicted_labels
from sitrep.evaluate.metrics import PRF, Accuracy, Distances, Labelled, Matches, Spans, overlaps
from sitrep.model import Actor, Event
from sitrep.ontology.cameo import penta_class

QUAD_LABELS = ("0", "1", "2", "3", "4")


class PlaceLike(Protocol):
    """What the scorer reads from a geoparser's place mention."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the system produced for one gold item."""

    events: tuple[Event, ...] = ()
    places: tuple[PlaceLike, ...] | None = None
    resolved: tuple[PlaceLike, ...] | None = None
    error: str | None = None
    # the actors resolved from each gold actor span itself (None: not asked)
    mentions: Mapping[Span, tuple[Actor, ...]] | None = None


@dataclass
class Scorecard:
    """All counts for one gold set; ``a + b`` merges shards."""

    items: int = 0
    coder_errors: int = 0
    types: Labelled = field(default_factory=Labelled)
    type_accuracy: Accuracy = field(default_factory=Accuracy)
    quad: Labelled = field(default_factory=Labelled)
    quad_accuracy: Accuracy = field(default_factory=Accuracy)
    sources: Spans = field(default_factory=Spans)
    targets: Spans = field(default_factory=Spans)
    country: Accuracy = field(default_factory=Accuracy)
    country_matched: Accuracy = field(default_factory=Accuracy)
    country_given: Accuracy = field(default_factory=Accuracy)
    sector: Accuracy = field(default_factory=Accuracy)
    inter: Accuracy = field(default_factory=Accuracy)
    acled_type: Accuracy = field(default_factory=Accuracy)
    acled_sub_type: Accuracy = field(default_factory=Accuracy)
    toponyms: Spans = field(default_factory=Spans)
    toponym_e2e: Distances = field(default_factory=Distances)
    toponym_gold: Distances = field(default_factory=Distances)
    location: Distances = field(default_factory=Distances)
    date: Accuracy = field(default_factory=Accuracy)
    fatalities_exact: Accuracy = field(default_factory=Accuracy)
    fatalities_within10: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    labels: Labelled = field(default_factory=Labelled)
    quiet_texts: int = 0
    quiet_events: int = 0
    quiet_hits: int = 0

    def __add__(self, other: Scorecard) -> Scorecard:
        merged = Scorecard()
        for name in self.__dataclass_fields__:
            setattr(merged, name, getattr(self, name) + getattr(other, name))
        return merged


# --------------------------------------------------------------------------- reading events


def main_event(events: Sequence[Event]) -> Event | None:
    """The highest-confidence asserted event, else the highest-confidence event, else None."""
    asserted = [event for event in events if event.modality == "asserted"]
    pool = asserted or list(events)
    if not pool:
        return None
    best = pool[0]
    for event in pool[1:]:
        if event.confidence > best.confidence:
            best = event
    return best


_CODED_BY_CAMEO = ("asserted", "historical", "future")


def cameo_event(events: Sequence[Event]) -> str | None:
    """The CAMEO root a CAMEO-coded data set would give the text: that of the main event among
    those stated as fact or as a party's intention (asserted, historical, future: CAMEO codes
    "will extend the curfew" as the act announced). A text whose events are all hypothetical,
    negated or only claimed by a party ("X claimed that it had attacked", "is considering
    sending aid", "denied charges that it had helped") reports a statement (CAMEO 01, class
    0), so None."""
    main = main_event([event for event in events if event.modality in _CODED_BY_CAMEO])
    return main.cameo_root if main is not None else None


def most_confident(events: Sequence[Event]) -> Event | None:
    best: Event | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def predicted_fatalities(main: Event | None, events: Sequence[Event]) -> int:
    if main is not None and main.fatalities is not None:
        return main.fatalities.best
    counts = [e.fatalities.best for e in events if e.fatalities and e.modality == "asserted"]
    return max(counts, default=0)


def event_point(main: Event | None, events: Sequence[Event]) -> tuple[float, float] | None:
    for event in (main, *events):
        place = event.location if event is not None else None
        if place is not None and place.lat is not None and place.lon is not None:
            return (place.lat, place.lon)
    return None


def spans_of(actors: Sequence[Actor]) -> tuple[Span, ...]:
    """The text spans of these actors; an implicit actor ("airstrikes were reported":
    unidentified armed forces) names no text, so it is no span prediction."""
    return tuple((actor.start, actor.end) for actor in actors if not actor.implicit)


def trim(text: str, span: Span) -> Span:
    """Shrink a span so it starts and ends on non-space characters (for exact matching)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


# --------------------------------------------------------------------------- per-item scoring


def score_item(
    card: Scorecard, item: GoldItem, prediction: Prediction, labels: frozenset[str]
) -> None:
    """Add one item's counts to ``card``."""
    card.items += 1
    card.coder_errors += int(prediction.error is not None)
    events = prediction.events
    main = main_event(events)
    score_type(card, item, main, events)
    score_roles(card, item, main)
    score_actors(card, item, main)
    score_given_countries(card, item, prediction.mentions)
    score_facts(card, item, main, events)
    score_places(card, item, prediction)
    if item.labels is not None:
        card.labels.add_multi(item.labels, predicted_labels(events, labels))


def score_type(
    card: Scorecard, item: GoldItem, main: Event | None, events: Sequence[Event]
) -> None:
    if item.event_types is not None:
        predicted = main.event_type if main is not None else None
        card.types.add_single(item.event_types, predicted)
        card.type_accuracy.add(predicted in item.event_types if predicted else not item.event_types)
    if item.event_types == ():
        card.quiet_texts += 1
        card.quiet_events += len(events)
        card.quiet_hits += int(bool(events))
    if item.quad is not None:
        if item.quad_scheme == "cameo":
            quad = str(penta_class(cameo_event(events)))
        else:
            quad = str(main.quad_class) if main is not None else "0"
        card.quad.add_single((str(item.quad),), quad)
        card.quad_accuracy.add(quad == str(item.quad))


def score_roles(card: Scorecard, item: GoldItem, main: Event | None) -> None:
    text = item.text
    if item.sources is not None:
        predicted = spans_of(main.actors) if main is not None else ()
        card.sources.add(
            tuple(trim(text, s) for s in item.sources), tuple(trim(text, s) for s in predicted)
        )
    if item.targets is not None:
        predicted = spans_of(main.recipients) if main is not None else ()
        card.targets.add(
            tuple(trim(text, s) for s in item.targets), tuple(trim(text, s) for s in predicted)
        )


def score_actors(card: Scorecard, item: GoldItem, main: Event | None) -> None:
    people = (*main.actors, *main.recipients) if main is not None else ()
    for role, spans, country in (
        ("source", item.sources, item.source_country),
        ("target", item.targets, item.target_country),
    ):
        if country is not None and spans:
            score_span_country(card, item.text, spans, country, role, main)
    for gold in item.actors:
        if gold.countries:
            card.country.add(any(actor.country in gold.countries for actor in people))
        if gold.sectors:
            card.sector.add(any(actor.sector in gold.sectors for actor in people))
        if gold.inter is not None:
            card.inter.add(any(actor.inter == gold.inter for actor in people))


def _labelled_roles(item: GoldItem) -> tuple[tuple[tuple[Span, ...] | None, str | None], ...]:
    return (item.sources, item.source_country), (item.targets, item.target_country)


def country_spans(item: GoldItem) -> list[Span]:
    """The gold source/target spans that carry a gold country, trimmed, in order."""
    out: list[Span] = []
    for spans, country in _labelled_roles(item):
        if country is not None and spans:
            out += [trim(item.text, span) for span in spans if trim(item.text, span) not in out]
    return out


def score_given_countries(
    card: Scorecard, item: GoldItem, mentions: Mapping[Span, tuple[Actor, ...]] | None
) -> None:
    """Gold country of each marked source/target vs the actors resolved from the gold span
    itself: resolution alone, whatever the roles found (one count per labelled role)."""
    if mentions is None:
        return
    for spans, country in _labelled_roles(item):
        if country is not None and spans:
            found = [a for span in spans for a in mentions.get(trim(item.text, span), ())]
            card.country_given.add(any(actor.country == country for actor in found))


def span_actors(
    text: str, spans: Sequence[Span], role: str, main: Event | None
) -> tuple[Actor, ...]:
    """The main event's participants overlapping a gold role's spans, same role first.

    A participant coded in the other role still counts (its country is resolved all the
    same; the role error is scored by ``roles.*``).
    """
    if main is None:
        return ()
    same, other = (
        (main.actors, main.recipients) if role == "source" else (main.recipients, main.actors)
    )
    gold = [trim(text, span) for span in spans]
    for pool in (same, other):
        found = tuple(
            actor
            for actor in pool
            if any(overlaps(trim(text, (actor.start, actor.end)), span) for span in gold)
        )
        if found:
            return found
    return ()


def score_span_country(
    card: Scorecard,
    text: str,
    spans: Sequence[Span],
    country: str,
    role: str,
    main: Event | None,
) -> None:
    """Gold country of a marked source/target vs the coded participants overlapping it.

    ``country`` counts every labelled role (no overlapping participant is wrong);
    ``country_matched`` only those with an overlapping participant.
    """
    found = span_actors(text, spans, role, main)
    right = any(actor.country == country for actor in found)
    card.country.add(right)
    if found:
        card.country_matched.add(right)


def score_facts(
    card: Scorecard, item: GoldItem, main: Event | None, events: Sequence[Event]
) -> None:
    if item.acled_event_type is not None:
        card.acled_type.add(main is not None and main.acled_event_type in item.acled_event_type)
    if item.acled_sub_event_type:
        sub = (main.acled_sub_event_type or "") if main is not None else ""
        card.acled_sub_type.add(sub.lower() == item.acled_sub_event_type.lower())
    if item.event_date is not None:
        card.date.add(main is not None and main.date == item.event_date)
    if item.fatalities is not None:
        count = predicted_fatalities(main, events)
        card.fatalities_exact.add(count == item.fatalities)
        card.fatalities_within10.add(abs(count - item.fatalities) <= 0.1 * item.fatalities)
    if item.modality is not None:
        top = most_confident(events)
        card.modality.add(top is not None and top.modality == item.modality)
    if item.location is not None:
        card.location.add(item.location, event_point(main, events))


def score_places(card: Scorecard, item: GoldItem, prediction: Prediction) -> None:
    if item.places is None:
        return
    gold_spans = tuple((place.start, place.end) for place in item.places)
    if prediction.places is not None:
        found = prediction.places
        card.toponyms.add(gold_spans, tuple((p.start, p.end) for p in found))
        for place in item.places:
            match = next((p for p in found if overlaps((p.start, p.end), span_of(place))), None)
            if match is not None and place.lat is not None and place.lon is not None:
                card.toponym_e2e.add((place.lat, place.lon), coordinates(match))
    if prediction.resolved is not None:
        by_span = {(p.start, p.end): p for p in prediction.resolved}
        for place in item.places:
            if place.lat is not None and place.lon is not None:
                resolved = by_span.get(span_of(place))
                point = coordinates(resolved) if resolved is not None else None
                card.toponym_gold.add((place.lat, place.lon), point)


def span_of(place: GoldPlace) -> Span:
    return (place.start, place.end)


def coordinates(place: PlaceLike) -> tuple[float, float] | None:
    if place.lat is None or place.lon is None:
        return None
    return (place.lat, place.lon)


# --------------------------------------------------------------------------- summaries


def prf_metrics(prefix: str, prf: PRF | Matches) -> dict[str, float]:
    return {f"{prefix}p": prf.precision, f"{prefix}r": prf.recall, f"{prefix}f1": prf.f1}


def distance_metrics(prefix: str, distances: Distances) -> dict[str, float]:
    return {
        f"{prefix}.acc161": distances.within(161.0),
        f"{prefix}.acc25": distances.within(25.0),
        f"{prefix}.mean_km": distances.mean,
        f"{prefix}.median_km": distances.median,
        f"{prefix}.auc": distances.auc,
    }


def labelled_metrics(prefix: str, labelled: Labelled) -> tuple[dict[str, float], dict[str, int]]:
    """Micro/macro F1 and per-label P/R/F1 (support: gold count of each label)."""
    micro = labelled.micro
    if micro.support == 0:
        return {}, {}
    n = micro.support
    metrics = {f"{prefix}.micro_f1": micro.f1, f"{prefix}.macro_f1": labelled.macro_f1()}
    support = dict.fromkeys(metrics, n)
    for label, prf in sorted(labelled.per_label.items()):
        values = prf_metrics(f"{prefix}.{label}.", prf)
        metrics.update(values)
        support.update(dict.fromkeys(values, prf.support))
    return metrics, support


def summarize(card: Scorecard) -> tuple[dict[str, float], dict[str, int]]:
    """Flat metric values and, for each, the number of gold items (or spans) behind it."""
    metrics: dict[str, float] = {}
    support: dict[str, int] = {}

    def put(values: dict[str, float], n: int) -> None:
        if n > 0:
            metrics.update(values)
            support.update(dict.fromkeys(values, n))

    def put_all(values: dict[str, float], counts: dict[str, int]) -> None:
        metrics.update(values)
        support.update(counts)

    put({"type.accuracy": card.type_accuracy.value}, card.type_accuracy.total)
    put_all(*labelled_metrics("type", card.types))
    put({"quad.accuracy": card.quad_accuracy.value}, card.quad_accuracy.total)
    for role, spans in (("source", card.sources), ("target", card.targets)):
        put(prf_metrics(f"roles.{role}.exact_", spans.exact), spans.exact.support)
        put(prf_metrics(f"roles.{role}.overlap_", spans.overlap), spans.overlap.support)
    both = card.sources + card.targets
    put(prf_metrics("roles.exact_", both.exact), both.exact.support)
    put(prf_metrics("roles.overlap_", both.overlap), both.overlap.support)
    put({"actor.country_accuracy": card.country.value}, card.country.total)
    put({"actor.country_accuracy_matched": card.country_matched.value}, card.country_matched.total)
    put({"actor.country_accuracy_given_spans": card.country_given.value}, card.country_given.total)
    put({"actor.sector_accuracy": card.sector.value}, card.sector.total)
    put({"actor.inter_accuracy": card.inter.value}, card.inter.total)
    put({"acled.event_type_accuracy": card.acled_type.value}, card.acled_type.total)
    put({"acled.sub_event_type_accuracy": card.acled_sub_type.value}, card.acled_sub_type.total)
    put(prf_metrics("toponym.detect.exact_", card.toponyms.exact), card.toponyms.exact.support)
    put(
        prf_metrics("toponym.detect.overlap_", card.toponyms.overlap), card.toponyms.overlap.support
    )
    put(distance_metrics("toponym.e2e", card.toponym_e2e), len(card.toponym_e2e.errors))
    put(distance_metrics("toponym.gold", card.toponym_gold), len(card.toponym_gold.errors))
    put(distance_metrics("location", card.location), len(card.location.errors))
    put({"date.exact": card.date.value}, card.date.total)
    put({"fatalities.exact": card.fatalities_exact.value}, card.fatalities_exact.total)
    put({"fatalities.within10": card.fatalities_within10.value}, card.fatalities_within10.total)
    put({"modality.accuracy": card.modality.value}, card.modality.total)
    put_all(*labelled_metrics("labels", card.labels))
    if card.quiet_texts:
        per_100 = 100.0 / card.quiet_texts
        put(
            {
                "false_alarms.events_per_100": card.quiet_events * per_100,
                "false_alarms.texts_per_100": card.quiet_hits * per_100,
            },
            card.quiet_texts,
        )
    return metrics, support


LOWER_IS_BETTER_SUFFIXES = ("_km", ".auc", "_per_100")


def higher_is_better(metric: str) -> bool:
    """False for error distances, AUC of log error and false-alarm rates."""
    return not metric.endswith(LOWER_IS_BETTER_SUFFIXES)
