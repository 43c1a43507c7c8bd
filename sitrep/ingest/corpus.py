"""JSONL and CSV corpora: one article per row, streamed row by row.

A bad row gives a Failure whose origin is ``path:LINE`` (the 1-based line the row starts on)
and reading goes on with the next row. Fields and their aliases are in :data:`FIELDS`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sitrep.errors import (
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    SitrepError,
)
from sitrep.ingest.base import Failure, Options, build_article, too_large_message
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import encoding_message
from sitrep.model import Article

FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "text": ("text", "body", "content"),
    "date": ("date", "published", "publication_date", "publish_date"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "source": ("source", "publisher"),
}
"""Each Article field and the row keys read for it, in order: the first one present wins."""


def pick(row: dict[str, Any], field: str) -> Any:
    """The value of the first of ``field``'s names that the row has (None when none)."""
    for name in FIELDS[field]:
        value = row.get(name)
        if value is not None and value != "":
            return value
    return None


def scalar(value: Any, field: str) -> str | None:
    """A row value as a string: numbers become text; a ``{"name": ...}`` object its name."""
    if value is None:
        return None
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        value = value["name"]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"row field '{field}' is a {type(value).__name__}; it must be text")
    return str(value).strip() or None


def row_article(row: dict[str, Any], options: Options, *, origin: str) -> Article:
    """The Article for one corpus row. Raises InputError (and subclasses) for a bad row."""
    text = pick(row, "text")
    if text is None:
        if any(name in row for name in FIELDS["text"]):
            raise EmptyInputError("the row's text is empty; fill it in or remove the row")
        names = "/".join(FIELDS["text"])
        raise InputError(f"row has no article text (no '{names}' field); add a 'text' field")
    if not isinstance(text, str):
        raise InputError(f"row field 'text' is a {type(text).__name__}; it must be a string")
    return build_article(
        text,
        options,
        origin=origin,
        id=scalar(pick(row, "id"), "id"),
        title=scalar(pick(row, "title"), "title"),
        date=parse_date(pick(row, "date")),
        url=scalar(pick(row, "url"), "url"),
        source=scalar(pick(row, "source"), "source"),
    )


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; a line over ``limit`` bytes is skipped and given as None."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _decode_line(raw: bytes, options: Options, *, first: bool) -> str:
    codec = options.encoding or ("utf-8-sig" if first else "utf-8")
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(encoding_message(exc, codec)) from exc
    except LookupError as exc:
        raise EncodingError(f"unknown encoding {codec!r}; name a Python codec") from exc


def read_jsonl(stream: IO[bytes], options: Options, *, origin: str) -> Iterator[Article | Failure]:
    """One Article or Failure per non-blank line of a JSONL (NDJSON) corpus."""
    for number, raw in _lines(stream, options.max_bytes):
        row_origin = f"{origin}:{number}"
        try:
            if raw is None:
                raise InputTooLargeError(too_large_message(None, options.max_bytes))
            line = _decode_line(raw, options, first=number == 1)
            if not line.strip():
                continue
            yield row_article(_json_row(line), options, origin=row_origin)
        except SitrepError as exc:
            yield Failure.from_error(row_origin, exc)


def _json_row(line: str) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"the line is not valid JSON ({exc}); fix or remove it") from exc
    if not isinstance(row, dict):
        raise InputError(f"the line holds a JSON {type(row).__name__}, not an object")
    return row


class _LineFeed:
    """Decoded lines for the csv module, remembering which lines failed to decode."""

    def __init__(self, stream: IO[bytes], options: Options) -> None:
        self.lines = _lines(stream, options.max_bytes)
        self.options = options
        self.bad: dict[int, EncodingError] = {}
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        for number, raw in self.lines:
            self.count = number
            if raw is None:
                raise InputTooLargeError(
                    f"line {number} is over the {self.options.max_bytes:,}-byte limit; the"
                    " rest of the CSV file is skipped (raise --max-bytes)"
                )
            try:
                yield _decode_line(raw, self.options, first=number == 1)
            except EncodingError as exc:
                self.bad[number] = exc
                yield raw.decode("utf-8", errors="replace")


def read_csv(stream: IO[bytes], options: Options, *, origin: str) -> Iterator[Article | Failure]:
    """One Article or Failure per row of a CSV corpus with a header row."""
    feed = _LineFeed(stream, options)
    # The csv module's cap on one field (128 KiB by default) is process-wide; raise it to the
    # size cap so that long articles fit. It is never lowered.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    reader = csv.reader(iter(feed))
    header = next(reader, None)
    if header is None:
        raise InputError("the CSV file is empty; it needs a header row and one row per article")
    names = [name.strip().lower() for name in header]
    if not any(name in names for name in FIELDS["text"]):
        raise InputError(
            f"the CSV header has no 'text' column (it has: {', '.join(names)}); name the"
            " column that holds the article text 'text'"
        )
    rows = 0
    for item in _csv_rows(reader, names, feed, options, origin=origin):
        rows += 1
        yield item
    if not rows:
        raise EmptyInputError("the CSV file has a header but no rows")


def _csv_rows(
    reader: Any, names: list[str], feed: _LineFeed, options: Options, *, origin: str
) -> Iterator[Article | Failure]:
    while True:
        start = feed.count + 1
        row_origin = f"{origin}:{start}"
        try:
            cells = next(reader, None)
            if cells is None:
                return
            if not any(cell.strip() for cell in cells):
                continue
            bad = [feed.bad[n] for n in range(start, feed.count + 1) if n in feed.bad]
            if bad:
                raise bad[0]
            if sum(len(cell) for cell in cells) > options.max_bytes:
                raise InputTooLargeError(too_large_message(None, options.max_bytes))
            if len(cells) > len(names):
                raise InputError(
                    f"the row has {len(cells)} cells but the header {len(names)}; quote cells"
                    " that hold commas"
                )
            yield row_article(dict(zip(names, cells, strict=False)), options, origin=row_origin)
        except csv.Error as exc:
            error: SitrepError = InputError(f"bad CSV row ({exc}); check its quotes")
            if "field larger than field limit" in str(exc):
                error = InputTooLargeError(too_large_message(None, options.max_bytes))
            yield Failure.from_error(row_origin, error)
        except SitrepError as exc:
            yield Failure.from_error(row_origin, exc)
