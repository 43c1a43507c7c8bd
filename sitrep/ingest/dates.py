"""Publication dates as inputs write them: ISO 8601 dates and datetimes, RFC 822 (feeds)."""

from __future__ import annotations

import datetime as dt
import email.utils

from sitrep.errors import InputError


def parse_date(value: object) -> dt.date | None:
    """The calendar date of ``value``; None for None or an empty string.

    Accepts ``2025-03-14``, ``2025-03-14T20:30:26+02:00``, ``2025-03-14 20:30:26Z`` (the date
    as written: no time-zone conversion), ``20250314`` and RFC 822 dates as in RSS
    (``Fri, 14 Mar 2025 20:30:26 GMT``). Raises InputError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"date {value!r} is a {type(value).__name__}; write it as 2025-03-14")
    text = value.strip()
    if not text:
        return None
    for parse in (_iso, _rfc822):
        if (date := parse(text)) is not None:
            return date
    raise InputError(
        f"cannot read the date {value!r}; write it as an ISO date (2025-03-14) or datetime"
        " (2025-03-14T20:30:26Z)"
    )


def _iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _rfc822(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
