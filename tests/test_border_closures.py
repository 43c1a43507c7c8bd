"""Closing or sealing a border or its crossings restricts movement (COERCE restrict)."""

from __future__ import annotations

from tests.helpers import code


def _closures(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.event_mode) for e in code(text)
            if e.trigger.text in ("closed", "sealed", "shut")]


def test_sealing_a_border_is_coercion() -> None:
    assert _closures("The army sealed the border with Syria on Tuesday.") == [
        ("COERCE", "restrict")
    ]


def test_closing_crossing_points_is_coercion() -> None:
    events = [e for e in code("Israel closed all crossing points into the Gaza Strip.")
              if e.trigger.text == "closed"]
    assert [(e.event_type, e.event_mode) for e in events] == [("COERCE", "restrict")]
    assert [r.country for r in events[0].recipients] == ["PSE"]


def test_shutting_airspace_is_coercion() -> None:
    assert _closures("Pakistan shut its airspace to Indian flights.") == [
        ("COERCE", "restrict")
    ]


def test_closing_a_shop_or_office_is_not() -> None:
    assert _closures("The bakery closed its doors after forty years.") == []
    assert _closures("The airline closed its office in the harbour after the storm.") == []
