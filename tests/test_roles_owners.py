"""Whose act or agreement it is: owners of things acted on, kinds of acts, parties asked
(sitrep.extract.roles, coder)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from test_roles import _roles, _texts

from sitrep.pipeline import code_text


def _event(text: str, trigger: str) -> Any:
    events = code_text(text, date=dt.date(2021, 3, 1), id="t")
    return next(e for e in events if e.trigger.text == trigger)


def test_whose_truce_was_violated(nlp: Any) -> None:
    text = "Rebels violated the government's truce in the hills."
    assert _texts(_roles(nlp, text, "violated").recipients) == ["the government's truce"]


def test_a_kind_of_assault_is_not_its_actor(nlp: Any) -> None:
    text = "The Turkish army launched a military offensive against the militia."
    assert _texts(_roles(nlp, text, "offensive").actors) == ["The Turkish army"]


def test_a_party_before_an_act_of_a_light_verb_still_acts(nlp: Any) -> None:
    text = "The coalition launched Saudi airstrikes on the port."
    assert _texts(_roles(nlp, text, "airstrikes").actors) == ["Saudi"]


def test_the_party_asked_from(nlp: Any) -> None:
    text = "The Libyan government requested urgent help from Turkey."
    assert "Turkey" in _texts(_roles(nlp, text, "requested").recipients)


def test_a_day_owns_no_meeting() -> None:
    event = _event("The two ministers will attend Saturday's meeting in Vienna.", "attend")
    assert all(r.text != "Saturday" for r in event.recipients)


def test_a_name_ending_in_a_month_owns_its_thing() -> None:
    event = _event("The parliament rejected Prime Minister Theresa May's plan.", "rejected")
    assert [r.text for r in event.recipients] == ["Prime Minister Theresa May"]


def test_a_thing_acted_on_by_an_event_noun_names_its_party(nlp: Any) -> None:
    text = "Oman announced a suspension of flights with five countries in Asia."
    assert _texts(_roles(nlp, text, "suspension").recipients) == ["five countries in Asia"]


def test_efforts_of_a_kind_with_a_party(nlp: Any) -> None:
    text = "The council has ended mediation efforts with the quarry firm."
    assert _texts(_roles(nlp, text, "mediation").recipients) == ["the quarry firm"]


def test_one_a_court_acts_on_is_within_its_state() -> None:
    event = _event("A court in Lyon found Dupont guilty of fraud.", "found")
    assert [(r.text, r.country) for r in event.recipients] == [("Dupont", "FRA")]


def test_a_named_foreigner_keeps_his_country() -> None:
    event = _event("A court in Lyon found a Russian hacker guilty of fraud.", "found")
    assert [r.country for r in event.recipients] == ["RUS"]


def test_the_authorities_one_surrenders_to_are_ones_own() -> None:
    event = _event("A Kenyan opposition leader surrendered to the police.", "surrendered")
    assert [(r.text, r.country) for r in event.recipients] == [("the police", "KEN")]


def test_a_government_frees_its_own() -> None:
    event = _event("The Kenyan government released 30 activists.", "released")
    assert [r.country for r in event.recipients] == ["KEN"]
