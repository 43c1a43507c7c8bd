"""Writers that stream events to a text stream, one event at a time (no list in memory).

Each writer takes any iterable of :class:`Event` (a list, or ``EventStore.query_events()``)
and an open text stream, and returns the number of events written. ``write_events`` picks
the writer by format name.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, Literal, TextIO, get_args

from sitrep.errors import ConfigError
from sitrep.export.columns import COLUMN_NAMES, FlatValue, flat_row
from sitrep.export.text import write_table
from sitrep.model import Event

ExportFormat = Literal["table", "jsonl", "csv", "geojson"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
Writer = Callable[[Iterable[Event], TextIO], int]


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One JSON object per line: ``Event.to_dict()``, the public PLOVER-aligned record."""
    written = 0
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        written += 1
    return written


def _csv_cell(value: FlatValue) -> str | int | float:
    return "" if value is None else value


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """ACLED-style flat CSV with a header row (columns: ``columns.CSV_COLUMNS``).

    Lines end with ``\\n``; fields holding commas, quotes or newlines are quoted (RFC 4180).
    Missing values are empty cells.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMN_NAMES)
    written = 0
    for event in events:
        writer.writerow([_csv_cell(value) for value in flat_row(event).values()])
        written += 1
    return written


def geojson_feature(event: Event) -> dict[str, Any] | None:
    """A GeoJSON Point feature (properties: the flat row), or None without coordinates."""
    place = event.location
    if place is None or place.lat is None or place.lon is None:
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": flat_row(event),
    }


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """An RFC 7946 FeatureCollection of Points, streamed one feature per line.

    Events without coordinates are skipped; their number is written as the foreign member
    ``"skipped_without_coordinates"`` at the end of the collection. Returns features written.
    """
    out.write('{"type": "FeatureCollection", "features": [\n')
    written = skipped = 0
    for event in events:
        feature = geojson_feature(event)
        if feature is None:
            skipped += 1
            continue
        out.write(("" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write(("\n" if written else "") + f'], "skipped_without_coordinates": {skipped}}}\n')
    return written


WRITERS: dict[str, Writer] = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}


def write_events(events: Iterable[Event], out: TextIO, fmt: ExportFormat) -> int:
    """Write events in the named format; returns how many were written.

    An unknown format raises :class:`ConfigError` naming the valid ones.
    """
    writer = WRITERS.get(str(fmt).strip().lower())
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writer(events, out)
