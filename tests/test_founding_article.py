"""The report sitrep was founded on must come out right (read from ../shared, never committed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.model import Article, Event
from sitrep.pipeline import code_article

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def events(shared_dir: Path) -> list[Event]:
    text = (shared_dir / "samples" / "aleppo-safe-passage.txt").read_text("utf-8")
    return code_article(Article(text=text, date=dt.date(2016, 11, 29), id="aleppo"))


def _asserted(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type and e.modality == "asserted"]


def test_fighting_in_aleppo_between_the_army_and_the_rebels(events: list[Event]) -> None:
    fighting = [e for e in _asserted(events, "ASSAULT") if e.trigger.text.lower() == "fighting"]
    first = fighting[0]
    assert "inside the Nusra Front-held eastern half" in first.evidence.text
    sectors = {a.sector for a in first.actors}
    assert {"MIL", "REB"} <= sectors
    assert {a.country for a in first.actors if a.sector == "MIL"} == {"SYR"}
    assert first.location is not None and first.location.name == "Aleppo"
    assert first.location.country == "SYR"


def test_airstrikes_are_aerial_assaults_at_aleppo(events: list[Event]) -> None:
    [strikes] = [e for e in _asserted(events, "ASSAULT") if e.trigger.text == "Airstrikes"]
    assert strikes.event_mode == "aerial"
    assert strikes.acled_sub_event_type == "Air/drone strike"
    assert strikes.location is not None and strikes.location.name == "Aleppo"


def test_safe_passage_offer_by_syria_and_russia_to_the_rebels(events: list[Event]) -> None:
    offers = [e for e in _asserted(events, "AGREE") if e.trigger.text == "offered"]
    [offer] = offers
    assert {(a.country, a.sector) for a in offer.actors} == {("SYR", "GOV"), ("RUS", "GOV")}
    assert offer.recipients and all(r.sector == "REB" for r in offer.recipients)
    assert offer.attribution is not None and "state media" in offer.attribution.text


def test_western_officials_accuse_the_syrian_government(events: list[Event]) -> None:
    [accuse] = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse.modality == "asserted"
    assert "USA" in {a.country for a in accuse.actors}
    assert {"SYR", "RUS"} <= {r.country for r in accuse.recipients}


def test_past_deals_are_historical_not_new_events(events: list[Event]) -> None:
    background = [e for e in events if "on several occasions" in e.evidence.text]
    assert all(e.modality == "historical" for e in background)


def test_nothing_is_coded_from_the_author_biography(events: list[Event]) -> None:
    assert not [e for e in events if "Jason Ditz" in e.evidence.text]


def test_evidence_offsets_index_the_article(events: list[Event], shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "aleppo-safe-passage.txt").read_text("utf-8")
    for event in events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        for actor in (*event.actors, *event.recipients):
            assert text[actor.start : actor.end] == actor.text
        if event.location is not None:
            loc = event.location
            assert text[loc.start : loc.end] == loc.text
