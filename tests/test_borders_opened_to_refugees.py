"""Opening borders to refugees is giving them shelter (AID); reopening a border crossing is
still the easing of a closure (RETREAT access)."""

from __future__ import annotations

from tests.helpers import code


def _types(text: str, trigger: str) -> list[str]:
    return [e.event_type for e in code(text) if e.trigger.text == trigger]


def test_borders_opened_to_refugees_is_aid() -> None:
    assert _types("Jordan opened its borders to refugees from the civil war.",
                  "opened") == ["AID"]


def test_doors_opened_to_displaced_people_is_aid() -> None:
    assert _types("Uganda opened its doors to displaced families from South Sudan.",
                  "opened") == ["AID"]


def test_a_reopened_border_crossing_is_still_access() -> None:
    assert _types("Egypt reopened its border with Gaza on Monday.", "reopened") == ["RETREAT"]
