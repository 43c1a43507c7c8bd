"""The flat, ACLED-style row of one event: used by the CSV and GeoJSON writers.

:data:`CSV_COLUMNS` lists every column with a one-line description (docs/STORAGE.md
documents the same list; a test keeps them in step). ACLED's ``actor1``/``actor2`` carry no
direction; here ``actor1`` is always the PLOVER actor (who did it) and ``actor2`` the
recipient (to whom).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitrep.model import Actor, Event, Magnitude, type_columns

FlatValue = str | int | float | None

CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "stable event id (same article, trigger and type give the same id)"),
    ("article_id", "the input's id, when it had one"),
    ("url", "the article URL, when known"),
    ("event_date", "event date, ISO YYYY-MM-DD (how exact: see date_precision)"),
    ("year", "year of event_date"),
    ("date_precision", "day, week, month or year"),
    ("time_precision", "ACLED code: 1 day, 2 week, 3 month; empty for year"),
    ("event_type", "PLOVER event type (ASSAULT, PROTEST, …)"),
    ("event_mode", "PLOVER mode (aerial, demo, …)"),
    ("modality", "asserted, negated, hypothetical, future, historical or claimed"),
    ("quad_class", "1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict"),
    ("intensity", "PLOVER intensity score (−10 … +10)"),
    ("cameo_root", "CAMEO root code (two digits)"),
    ("acled_event_type", "ACLED event type"),
    ("acled_sub_event_type", "ACLED sub-event type"),
    ("actor1", "actor names (resolved name, else mention text, else (unidentified)), '; '"),
    ("actor1_country", "distinct ISO alpha-3 countries of the actors, joined with '; '"),
    ("actor1_sector", "distinct PLOVER sectors of the actors, joined with '; '"),
    ("inter1", "ACLED actor type 1–8 of the first actor that has one"),
    ("actor2", "recipient names joined with '; ' (empty when no recipient)"),
    ("actor2_country", "distinct countries of the recipients"),
    ("actor2_sector", "distinct PLOVER sectors of the recipients"),
    ("inter2", "ACLED actor type of the first recipient that has one"),
    ("interaction", "ACLED interaction: inter codes joined lower first (12); inter1 + 0 alone"),
    ("source_actor", 'who the report attributes the event to ("according to …")'),
    ("location", "place name (resolved name, else mention text)"),
    ("geonameid", "GeoNames id of the place"),
    ("country", "ISO alpha-3 country of the place"),
    ("admin1", "first-level administrative division of the place"),
    ("latitude", "WGS84 latitude"),
    ("longitude", "WGS84 longitude"),
    ("location_precision", "PLOVER level: sub-city, city, district, province or country"),
    ("geo_precision", "ACLED code: 1 town or finer, 2 district, 3 province or country"),
    ("fatalities", "deaths, best estimate"),
    ("fatalities_low", "deaths, low estimate"),
    ("fatalities_high", "deaths, high estimate"),
    ("injured", "injured, best estimate"),
    ("arrested", "arrested, best estimate"),
    ("confidence", "coder confidence 0–1"),
    ("trigger", "the word(s) that express the event"),
    ("trigger_start", "character offset of the trigger in the article text"),
    ("trigger_end", "end offset (exclusive) of the trigger"),
    ("evidence", "the sentence the event was coded from"),
    ("evidence_start", "character offset of the sentence in the article text"),
    ("evidence_end", "end offset (exclusive) of the sentence"),
    ("notes", "one-line summary: On <date> in <place>: <actors> <TYPE/mode> → <recipients>; …"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in CSV_COLUMNS)

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
_GEO_PRECISION = {"sub-city": 1, "city": 1, "district": 2, "province": 3, "country": 3}


def actor_label(actor: Actor) -> str:
    """How an actor is shown: its resolved name, else its words, else ``(unidentified)``."""
    return actor.name or actor.text or "(unidentified)"


def _join(values: Iterable[str | None]) -> str | None:
    distinct = list(dict.fromkeys(value for value in values if value))
    return "; ".join(distinct) or None


def _first_inter(actors: Iterable[Actor]) -> int | None:
    return next((actor.inter for actor in actors if actor.inter is not None), None)


def interaction(inter1: int | None, inter2: int | None, *, has_recipient: bool) -> str | None:
    """ACLED interaction code: "12" for 1 vs 2 (lower first); "10" for 1 acting alone."""
    if inter1 is None:
        return None
    if not has_recipient:
        return f"{inter1}0"
    if inter2 is None:
        return None
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _side(prefix: str, actors: tuple[Actor, ...]) -> dict[str, FlatValue]:
    return {
        prefix: _join(actor_label(actor) for actor in actors),
        f"{prefix}_country": _join(actor.country for actor in actors),
        f"{prefix}_sector": _join(actor.sector for actor in actors),
    }


def _magnitudes(event: Event) -> dict[str, FlatValue]:
    def best(magnitude: Magnitude | None) -> int | None:
        return magnitude.best if magnitude else None

    deaths = event.fatalities
    return {
        "fatalities": best(deaths),
        "fatalities_low": deaths.low if deaths else None,
        "fatalities_high": deaths.high if deaths else None,
        "injured": best(event.injured),
        "arrested": best(event.arrested),
    }


def _place(event: Event) -> dict[str, FlatValue]:
    place = event.location
    if place is None:
        return dict.fromkeys(
            ("location", "geonameid", "country", "admin1", "latitude", "longitude"), None
        ) | {"location_precision": None, "geo_precision": None}
    return {
        "location": place.name or place.text,
        "geonameid": place.geonameid,
        "country": place.country,
        "admin1": place.admin1,
        "latitude": place.lat,
        "longitude": place.lon,
        "location_precision": place.precision,
        "geo_precision": _GEO_PRECISION.get(place.precision or ""),
    }


def _when(event: Event) -> dict[str, FlatValue]:
    return {
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "date_precision": event.date_precision,
        "time_precision": _TIME_PRECISION.get(event.date_precision or ""),
    }


def _dyad(event: Event) -> dict[str, FlatValue]:
    inter1, inter2 = _first_inter(event.actors), _first_inter(event.recipients)
    row: dict[str, FlatValue] = {**_side("actor1", event.actors), "inter1": inter1}
    row |= {**_side("actor2", event.recipients), "inter2": inter2}
    row["interaction"] = interaction(inter1, inter2, has_recipient=bool(event.recipients))
    row["source_actor"] = actor_label(event.attribution) if event.attribution else None
    return row


def type_label(event: Event) -> str:
    """``ASSAULT/aerial``, or the bare type when there is no mode."""
    return f"{event.event_type}/{event.event_mode}" if event.event_mode else event.event_type


def notes(event: Event) -> str:
    """A one-line summary in the spirit of ACLED's notes column."""
    place = event.location.name or event.location.text if event.location else None
    head = " ".join(
        part
        for part in (
            f"On {event.date.isoformat()}" if event.date else None,
            f"in {place}" if place else None,
        )
        if part
    )
    who = _join(actor_label(actor) for actor in event.actors) or "unidentified actor"
    line = f"{who} {type_label(event)}"
    if event.recipients:
        line += f" → {_join(actor_label(actor) for actor in event.recipients)}"
    tail = [f"{event.fatalities.best} killed"] if event.fatalities else []
    tail += [event.modality] if event.modality != "asserted" else []
    text = f"{head}: {line}" if head else line
    return "; ".join([text, *tail]) + "."


def flat_row(event: Event) -> dict[str, FlatValue]:
    """The event as one flat row, keyed and ordered by :data:`COLUMN_NAMES`."""
    values: dict[str, Any] = {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "url": event.url,
        **_when(event),
        **type_columns(event),
        **_dyad(event),
        **_place(event),
        **_magnitudes(event),
        "confidence": event.confidence,
        "trigger": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "evidence": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "notes": notes(event),
    }
    return {name: values[name] for name in COLUMN_NAMES}
