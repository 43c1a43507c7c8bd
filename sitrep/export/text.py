"""Plain-text output for terminals: an event table and a store summary.

The table has fixed column widths so it can be streamed (no second pass over the events);
long values are cut and end in ``...``. Only ASCII is used for the layout itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from sitrep.export.columns import actor_label, type_label
from sitrep.model import Actor, Event

# (header, width); the last column is not padded.
TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("TYPE", 22),
    ("MODALITY", 12),
    ("WHO", 40),
    ("WHERE", 22),
    ("DATE", 10),
    ("DEATHS", 7),
    ("TRIGGER", 24),
)
_GAP = "  "


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 3, 0)] + "..."


def _names(actors: Iterable[Actor]) -> str:
    return ", ".join(dict.fromkeys(actor_label(actor) for actor in actors))


def _who(event: Event) -> str:
    who = _names(event.actors) or "?"
    return f"{who} -> {_names(event.recipients)}" if event.recipients else who


def _where(event: Event) -> str:
    place = event.location
    if place is None:
        return ""
    name = place.name or place.text
    return f"{name}, {place.country}" if place.country else name


def _date(event: Event) -> str:
    if event.date is None:
        return ""
    iso = event.date.isoformat()
    return {"month": iso[:7], "year": iso[:4]}.get(event.date_precision or "", iso)


def _deaths(event: Event) -> str:
    deaths = event.fatalities
    if deaths is None:
        return ""
    return str(deaths.best) if deaths.low == deaths.high else f"{deaths.best}~"


def table_cells(event: Event) -> tuple[str, ...]:
    """The table's cells for one event, uncut."""
    return (
        type_label(event),
        event.modality,
        _who(event),
        _where(event),
        _date(event),
        _deaths(event),
        event.trigger.text,
    )


def _line(cells: Iterable[str]) -> str:
    widths = [width for _, width in TABLE_COLUMNS]
    parts = [_cut(cell, width).ljust(width) for cell, width in zip(cells, widths, strict=True)]
    return _GAP.join(parts).rstrip() + "\n"


def write_table(events: Iterable[Event], out: TextIO) -> int:
    """A readable fixed-width table: type/mode, modality, actors -> recipients, place, date,
    deaths (``~`` marks a range: see the CSV for low/high), trigger. Returns rows written."""
    out.write(_line(header for header, _ in TABLE_COLUMNS))
    out.write(_line("-" * width for _, width in TABLE_COLUMNS))
    written = 0
    for event in events:
        out.write(_line(table_cells(event)))
        written += 1
    if written == 0:
        out.write("(no events)\n")
    return written


def _counts(title: str, counts: Mapping[str, int] | None) -> list[str]:
    if not counts:
        return []
    width = max(len(str(key)) for key in counts)
    return [title, *(f"  {key!s:<{width}}  {value:>7}" for key, value in counts.items())]


def format_summary(summary: Mapping[str, Any]) -> str:
    """A human-readable summary of ``EventStore.summary()`` (missing keys are left out)."""
    lines = [f"Event store: {summary.get('path', '?')} (schema {summary.get('schema', '?')})"]
    lines.append(
        f"  articles: {summary.get('articles', 0)}"
        f" ({summary.get('articles_without_events', 0)} without events)"
        f"  events: {summary.get('events', 0)}"
        f"  failures: {summary.get('failures', 0)}"
        f"  runs: {summary.get('runs', 0)}"
    )
    if summary.get("first_date"):
        lines.append(f"  event dates: {summary['first_date']} to {summary.get('last_date')}")
    lines += _counts("Events by type:", summary.get("by_type"))
    lines += _counts("Events by modality:", summary.get("by_modality"))
    lines += _counts("Events by country (of the location):", summary.get("by_country"))
    lines += _counts("Failures by error type:", summary.get("failures_by_type"))
    return "\n".join(lines)
