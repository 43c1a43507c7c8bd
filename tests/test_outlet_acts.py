"""A news outlet that carries out an act itself is its actor, not only a source of the
report (sitrep.extract.coder)."""

from __future__ import annotations

from sitrep.pipeline import code_text


def test_an_outlet_that_conducts_an_investigation_is_its_actor() -> None:
    events = code_text("The Guardian conducted an investigation into the Kenyan police in 2019.")
    event = next(e for e in events if e.trigger.text == "investigation")
    assert [a.text for a in event.actors] == ["The Guardian"]
    assert [r.text for r in event.recipients] == ["the Kenyan police"]


def test_an_outlet_that_reports_an_act_is_not_its_actor() -> None:
    events = code_text(
        "The Guardian reported that Kenya launched an investigation into the police."
    )
    event = next(e for e in events if e.trigger.text == "investigation")
    assert [a.text for a in event.actors] == ["Kenya"]
