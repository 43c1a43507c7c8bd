"""Gold records: one :class:`GoldItem` per text, whatever file format it was read from.

Every loader in :mod:`sitrep.evaluate.loaders` turns its format into these records, and the
scorers in :mod:`sitrep.evaluate.scoring` read only these records, so a new format needs a
loader and nothing else. A field left as ``None`` means "this gold set does not say" and the
metric that needs it is not computed for that item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A place mention in the text (toponym gold), with its coordinates when known."""

    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class GoldActor:
    """What gold says about one participant: acceptable countries, sectors and ACLED type.

    Empty tuples / None mean "not given". Participants carry no direction here (ACLED and
    UCDP sides do not say who acted on whom), so they are matched against the predicted
    actors and recipients together.
    """

    name: str = ""
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    inter: int | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold text and everything the gold set says about it.

    ``event_types``: acceptable PLOVER types of the text's main event (first = canonical);
    ``()`` means the text holds no event (every event coded is a false alarm); ``None``
    means the set does not label types. ``labels``: the binary labels that hold for this
    text (the universe of labels is :attr:`GoldSet.label_names`). ``source_country`` /
    ``target_country``: ISO3 of the actor marked by ``sources`` / ``targets`` (None: not
    labelled, or the actor has no single country). ``document``: when the text is one
    sentence of an article, the article (``document_id``, its whole text, and ``span``, the
    sentence's offsets in it): the harness then codes the article once and scores the item
    on the events whose trigger lies inside ``span`` (their offsets index the article).
    """

    id: str
    text: str
    date: dt.date | None = None
    event_types: tuple[str, ...] | None = None
    quad: int | None = None
    # "plover": ``quad`` is PLOVER's class of the type; "cameo": the five-class scheme of
    # CAMEO-coded sets, compared with the class of the event's CAMEO root
    quad_scheme: Literal["plover", "cameo"] = "plover"
    sources: tuple[Span, ...] | None = None
    targets: tuple[Span, ...] | None = None
    actors: tuple[GoldActor, ...] = ()
    places: tuple[GoldPlace, ...] | None = None
    location: tuple[float, float] | None = None
    event_date: dt.date | None = None
    fatalities: int | None = None
    modality: str | None = None
    acled_event_type: tuple[str, ...] | None = None
    acled_sub_event_type: str | None = None
    labels: frozenset[str] | None = None
    source_country: str | None = None
    target_country: str | None = None
    document_id: str | None = None
    document: str | None = None
    span: Span | None = None

    @property
    def needs_events(self) -> bool:
        """True when some gold field is scored against coded events (not only toponyms)."""
        return self.places is None or any(
            value is not None
            for value in (self.event_types, self.quad, self.sources, self.labels, self.location)
        )


@dataclass(frozen=True, slots=True)
class GoldSet:
    """The items read from one gold file, with how they were read.

    ``total`` is the number of usable items in the file and ``len(items)`` the number kept
    after deterministic sub-sampling with ``seed`` (``sampled`` says whether it happened).
    """

    name: str
    kind: str
    path: str
    sha256: str
    items: tuple[GoldItem, ...]
    total: int
    seed: int | None = None
    label_names: frozenset[str] = field(default_factory=frozenset)

    @property
    def sampled(self) -> bool:
        return len(self.items) < self.total
