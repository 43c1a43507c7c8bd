"""The records that flow between sitrep's stages, declared once.

Data flows one way::

    Article ──ingest──▶ Article(text, metadata)
            ──nlp──────▶ spaCy Doc (sentences, tokens, parse, entities)
            ──extract──▶ Event (type, mode, modality, roles, magnitudes, evidence)
            ──resolve──▶ Event with actors/places/dates resolved
            ──store────▶ SQLite rows / exports

Every record is a frozen dataclass. Every value taken from the text carries ``start`` and
``end``: character offsets into ``Article.text`` (Python string indices, end exclusive).
Field names of :class:`Event` and its parts are a public contract documented field by field
in ``docs/EVENT_RECORD.md``; ``to_dict`` produces exactly that shape.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
PLOVER_TYPES: tuple[PloverType, ...] = get_args(PloverType)

Modality = Literal["asserted", "negated", "hypothetical", "future", "historical", "claimed"]
MODALITIES: tuple[Modality, ...] = get_args(Modality)

DatePrecision = Literal["day", "week", "month", "year"]
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)

# PLOVER location resolution levels: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
LocationPrecision = Literal["sub-city", "city", "district", "province", "country"]
LOCATION_PRECISIONS: tuple[LocationPrecision, ...] = get_args(LocationPrecision)


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as read by ``sitrep.ingest``.

    ``date`` is the publication date; relative dates in the text are resolved against it.
    ``origin`` says where the article was read from (a path, a URL, ``stdin``, ``file.jsonl:12``)
    and is used in messages only.
    """

    text: str
    id: str | None = None
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same text always gives the same hash."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Stable identity used for de-duplication on re-runs.

        The input's ``id`` when it has one, else its URL, else the hash of its text.
        """
        if self.id:
            return f"id:{self.id}"
        if self.url:
            return f"url:{self.url}"
        return f"sha256:{self.content_hash}"


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor, recipient or attribution source, as mentioned and as resolved.

    ``country`` is ISO 3166 alpha-3 (or a PLOVER non-state code such as IGO, UNO);
    ``sector`` a PLOVER sector code (GOV, MIL, REB, CVL, …); ``inter`` the ACLED actor type
    1–8. Unresolved parts are None. ``implicit`` marks an actor the text implies but does not
    name ("airstrikes were reported": unidentified armed forces); its ``text`` is empty and
    ``start == end`` is the trigger's start.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    inter: int | None = None
    implicit: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, resolved to a gazetteer entry when possible."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: LocationPrecision | None = None


@dataclass(frozen=True, slots=True)
class Magnitude:
    """A count as a range: ``low`` ≤ ``best`` ≤ ``high`` (UCDP convention)."""

    low: int
    best: int
    high: int

    def __post_init__(self) -> None:
        if not (0 <= self.low <= self.best <= self.high):
            raise ValueError(f"magnitude must satisfy 0 <= low <= best <= high, got {self}")


@dataclass(frozen=True, slots=True)
class Event:
    """One event mention coded from one sentence of one article (the public record)."""

    event_type: PloverType
    event_mode: str | None
    modality: Modality
    quad_class: int
    intensity: float
    cameo_root: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    location: Location | None
    date: dt.date | None
    date_precision: DatePrecision | None
    fatalities: Magnitude | None
    injured: Magnitude | None
    arrested: Magnitude | None
    trigger: TextSpan
    evidence: TextSpan
    attribution: Actor | None
    confidence: float
    article_id: str | None
    url: str | None
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.event_id:
            object.__setattr__(self, "event_id", self.compute_id())

    def compute_id(self) -> str:
        """A stable id: same article, trigger and type give the same id on every run."""
        basis = f"{self.article_id or self.url or ''}|{self.trigger.start}|{self.event_type}|"
        basis += self.evidence.text
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape (dates as ISO strings)."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["actors"] = list(data["actors"])
        data["recipients"] = list(data["recipients"])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output (e.g. a stored or gold record)."""

        def actor(item: dict[str, Any]) -> Actor:
            return Actor(**item)

        def magnitude(item: dict[str, Any] | None) -> Magnitude | None:
            return Magnitude(**item) if item else None

        date = data.get("date")
        return cls(
            event_type=data["event_type"],
            event_mode=data.get("event_mode"),
            modality=data.get("modality", "asserted"),
            quad_class=int(data.get("quad_class", 0)),
            intensity=float(data.get("intensity", 0.0)),
            cameo_root=data.get("cameo_root"),
            acled_event_type=data.get("acled_event_type"),
            acled_sub_event_type=data.get("acled_sub_event_type"),
            actors=tuple(actor(a) for a in data.get("actors") or ()),
            recipients=tuple(actor(a) for a in data.get("recipients") or ()),
            location=Location(**data["location"]) if data.get("location") else None,
            date=dt.date.fromisoformat(date) if date else None,
            date_precision=data.get("date_precision"),
            fatalities=magnitude(data.get("fatalities")),
            injured=magnitude(data.get("injured")),
            arrested=magnitude(data.get("arrested")),
            trigger=TextSpan(**data["trigger"]),
            evidence=TextSpan(**data["evidence"]),
            attribution=actor(data["attribution"]) if data.get("attribution") else None,
            confidence=float(data.get("confidence", 0.0)),
            article_id=data.get("article_id"),
            url=data.get("url"),
            event_id=data.get("event_id") or "",
        )


# The event's classification, as flat columns (the database and the CSV export both use it).
TYPE_FIELDS = (
    "event_type",
    "event_mode",
    "modality",
    "quad_class",
    "intensity",
    "cameo_root",
    "acled_event_type",
    "acled_sub_event_type",
)


def type_columns(event: Event) -> dict[str, Any]:
    """The classification fields of an event, by name, in :data:`TYPE_FIELDS` order."""
    return {name: getattr(event, name) for name in TYPE_FIELDS}


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What coding one article produced: its events, or the reason it could not be coded."""

    article: Article
    events: tuple[Event, ...] = ()
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None
