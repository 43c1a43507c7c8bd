"""sitrep.export: stream events out as a terminal table, JSON Lines, CSV or GeoJSON.

See docs/STORAGE.md for every CSV column and the GeoJSON shape.
"""

from sitrep.export.columns import COLUMN_NAMES, CSV_COLUMNS, flat_row
from sitrep.export.text import format_summary, write_table
from sitrep.export.writers import (
    FORMATS,
    ExportFormat,
    write_csv,
    write_events,
    write_geojson,
    write_jsonl,
)

__all__ = [
    "COLUMN_NAMES",
    "CSV_COLUMNS",
    "FORMATS",
    "ExportFormat",
    "flat_row",
    "format_summary",
    "write_csv",
    "write_events",
    "write_geojson",
    "write_jsonl",
    "write_table",
]
