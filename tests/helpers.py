"""Helpers shared by the tests that code hand-written sentences."""

from __future__ import annotations

import datetime as dt

from sitrep.model import Event
from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)  # the publication date of every hand-written test article


def code(text: str) -> list[Event]:
    """The events sitrep codes in ``text`` as an article published on ``PUB``."""
    return code_text(text, date=PUB, id="t")
