"""'used to' marks the habitual past only as a finite verb ("they used to attack"), not as a
participle of purpose ("machinery used to make missiles") (hand-made sentences, no dev
data)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)


@pytest.mark.slow
def test_a_purpose_participle_is_no_habitual_past() -> None:
    events = code_text("Syrian troops shelled warehouses used to store weapons in Idlib.",
                       date=PUB, id="t")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert assaults and all(e.modality == "asserted" for e in assaults)
