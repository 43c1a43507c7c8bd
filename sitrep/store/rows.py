"""Turning records into table rows (engine-neutral: plain dicts of column → value).

The ``events`` row holds the flat, searchable columns plus ``record``, the full JSON of
:meth:`Event.to_dict`, which is what queries rebuild events from. Flat columns exist for
filtering and for SQL users; the record is the source of truth.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sitrep.model import Actor, Article, Event, Magnitude, type_columns


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp (seconds precision)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def dump_json(value: Any) -> str:
    """Compact JSON; values JSON does not know (paths, dates) are written as strings."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def article_row(article: Article, *, run_id: str | None) -> dict[str, Any]:
    """The ``articles`` row for one article."""
    return {
        "key": article.key,
        "content_hash": article.content_hash,
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "language": article.language,
        "origin": article.origin,
        "coded_at": utc_now(),
        "run_id": run_id,
    }


def _best(magnitude: Magnitude | None) -> int | None:
    return magnitude.best if magnitude else None


def _location_columns(event: Event) -> dict[str, Any]:
    place = event.location
    return {
        "location_text": place.text if place else None,
        "location_name": place.name if place else None,
        "geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "location_precision": place.precision if place else None,
    }


def _magnitude_columns(event: Event) -> dict[str, Any]:
    deaths = event.fatalities
    return {
        "fatalities_low": deaths.low if deaths else None,
        "fatalities_best": deaths.best if deaths else None,
        "fatalities_high": deaths.high if deaths else None,
        "injured_best": _best(event.injured),
        "arrested_best": _best(event.arrested),
    }


def event_row(event: Event, *, article_key: str, position: int) -> dict[str, Any]:
    """The ``events`` row for one event of the article stored under ``article_key``."""
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "article_key": article_key,
        "position": position,
        **type_columns(event),
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
    }
    row.update(_location_columns(event))
    row.update(_magnitude_columns(event))
    row.update(
        {
            "confidence": event.confidence,
            "trigger_text": event.trigger.text,
            "trigger_start": event.trigger.start,
            "trigger_end": event.trigger.end,
            "article_id": event.article_id,
            "url": event.url,
            "record": dump_json(event.to_dict()),
        }
    )
    return row


def _actor_row(event_id: str, role: str, position: int, actor: Actor) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "role": role,
        "position": position,
        "name": actor.name,
        "text": actor.text,
        "country": actor.country,
        "sector": actor.sector,
        "inter": actor.inter,
    }


def actor_rows(event: Event) -> list[dict[str, Any]]:
    """The ``event_actors`` rows of one event: its actors, then its recipients."""
    rows = [_actor_row(event.event_id, "actor", i, a) for i, a in enumerate(event.actors)]
    rows += [_actor_row(event.event_id, "recipient", i, a) for i, a in enumerate(event.recipients)]
    return rows


def insert_sql(table: str, row: dict[str, Any], *, suffix: str = "") -> str:
    """An ``INSERT`` with named parameters for ``row``'s columns (``:column`` style)."""
    columns = ", ".join(row)
    values = ", ".join(f":{name}" for name in row)
    return f"INSERT INTO {table} ({columns}) VALUES ({values}){suffix}"
