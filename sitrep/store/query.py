"""Event filters: validated once, turned into one SQL ``WHERE`` clause (``?`` parameters).

Filter semantics (documented in docs/STORAGE.md):

* every filter given must match (AND); values within one filter are alternatives (OR);
* ``event_type`` — PLOVER types, case-insensitive;
* ``country`` — ISO alpha-3 codes, case-insensitive; matches the event location's country OR
  the country of any actor or recipient;
* ``start`` / ``end`` — inclusive bounds on the event date; events without a date never match
  a date bound;
* ``actor`` — case-insensitive substring of any actor's or recipient's resolved name or
  mention text;
* ``modality`` — modality names, case-insensitive;
* ``limit`` — at most this many events, in date order (undated events last).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.errors import ConfigError
from sitrep.model import MODALITIES, PLOVER_TYPES

ORDER_BY = "e.date IS NULL, e.date, e.article_key, e.position"


def _check_values(values: Sequence[str], allowed: Sequence[str], what: str) -> tuple[str, ...]:
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise ConfigError(f"unknown {what} {', '.join(unknown)}; choose from: {', '.join(allowed)}")
    return tuple(dict.fromkeys(values))


def _as_sequence(values: Sequence[str] | str) -> tuple[str, ...]:
    """Accept a single string where a sequence is expected (a common slip)."""
    return (values,) if isinstance(values, str) else tuple(values)


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _like_pattern(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """A validated set of filters over stored events."""

    event_type: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    actor: str | None = None
    modality: tuple[str, ...] = ()
    limit: int | None = None

    @classmethod
    def build(
        cls,
        *,
        event_type: Sequence[str] | str = (),
        country: Sequence[str] | str = (),
        start: dt.date | None = None,
        end: dt.date | None = None,
        actor: str | None = None,
        modality: Sequence[str] | str = (),
        limit: int | None = None,
    ) -> EventQuery:
        """Normalise case and check every value; raise ConfigError on a bad one."""
        types = [value.strip().upper() for value in _as_sequence(event_type)]
        modalities = [value.strip().lower() for value in _as_sequence(modality)]
        if start and end and start > end:
            raise ConfigError(f"start date {start} is after end date {end}; swap them")
        if limit is not None and limit < 0:
            raise ConfigError(f"limit must be 0 or more, got {limit}")
        return cls(
            event_type=_check_values(types, PLOVER_TYPES, "event type"),
            country=tuple(dict.fromkeys(c.strip().upper() for c in _as_sequence(country))),
            start=start,
            end=end,
            actor=actor.strip() or None if actor else None,
            modality=_check_values(modalities, MODALITIES, "modality"),
            limit=limit,
        )

    def where(self) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause (``"1 = 1"`` when unfiltered) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        self._add_in(clauses, params, "e.event_type", self.event_type)
        self._add_in(clauses, params, "e.modality", self.modality)
        self._add_country(clauses, params)
        self._add_dates(clauses, params)
        self._add_actor(clauses, params)
        return " AND ".join(clauses) or "1 = 1", params

    def sql(self, columns: str = "e.record") -> tuple[str, list[Any]]:
        """The full ``SELECT`` over ``events e`` with order and limit."""
        where, params = self.where()
        sql = f"SELECT {columns} FROM events e WHERE {where} ORDER BY {ORDER_BY}"
        if self.limit is not None:
            sql += " LIMIT ?"
            params.append(self.limit)
        return sql, params

    @staticmethod
    def _add_in(clauses: list[str], params: list[Any], column: str, values: Sequence[str]) -> None:
        if values:
            clauses.append(f"{column} IN ({_placeholders(values)})")
            params.extend(values)

    def _add_country(self, clauses: list[str], params: list[Any]) -> None:
        if not self.country:
            return
        marks = _placeholders(self.country)
        clauses.append(
            f"(e.country IN ({marks}) OR EXISTS (SELECT 1 FROM event_actors a"
            f" WHERE a.event_id = e.event_id AND a.country IN ({marks})))"
        )
        params.extend(self.country * 2)

    def _add_dates(self, clauses: list[str], params: list[Any]) -> None:
        if self.start:
            clauses.append("e.date >= ?")
            params.append(self.start.isoformat())
        if self.end:
            clauses.append("e.date <= ?")
            params.append(self.end.isoformat())

    def _add_actor(self, clauses: list[str], params: list[Any]) -> None:
        if not self.actor:
            return
        clauses.append(
            "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND"
            " (lower(a.name) LIKE ? ESCAPE '\\' OR lower(a.text) LIKE ? ESCAPE '\\'))"
        )
        pattern = _like_pattern(self.actor)
        params.extend([pattern, pattern])
