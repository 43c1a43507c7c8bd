"""A place right after a party or a site acted on is part of its mention (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_site_and_its_place_are_one_mention(nlp: Any) -> None:
    text = "Gunmen attacked a police station in northern Nigeria."
    assert _texts(_roles(nlp, text, "attacked").recipients) == [
        "a police station in northern Nigeria"
    ]


def test_a_thing_keeps_its_place_apart(nlp: Any) -> None:
    text = "The government will extend the curfew in Lagos."
    assert "Lagos" in _texts(_roles(nlp, text, "extend").recipients)


def test_a_place_after_an_adjectival_participle(nlp: Any) -> None:
    text = "Separatists violated the truce in occupied Donbas twice."
    assert any("Donbas" in r for r in _texts(_roles(nlp, text, "violated").recipients))


def test_a_name_after_an_adjectival_participle(nlp: Any) -> None:
    text = "Activists filed a complaint in Paris against visiting President Obiang."
    assert any("Obiang" in r for r in _texts(_roles(nlp, text, "filed").recipients))


def test_a_real_gerund_keeps_its_object(nlp: Any) -> None:
    text = "The ministry warned citizens against visiting Syria."
    assert "Syria" not in _texts(_roles(nlp, text, "warned").recipients)


def test_what_is_set_up_in_a_place_acts_on_the_place(nlp: Any) -> None:
    text = "The ministry agreed to set up a new research centre in Lyon."
    assert any("Lyon" in r for r in _texts(_roles(nlp, text, "agreed").recipients))


def test_ties_established_with_a_party(nlp: Any) -> None:
    text = "Morocco established diplomatic relations with Fiji on Monday."
    assert _texts(_roles(nlp, text, "established").recipients) == ["Fiji"]


def test_what_is_set_up_for_no_one_stays(nlp: Any) -> None:
    text = "The government established a commission to investigate the riots."
    assert _texts(_roles(nlp, text, "established").recipients) == ["a commission"]


def test_a_state_of_emergency_gives_way_to_its_place() -> None:
    import datetime as dt

    from sitrep.pipeline import code_text

    events = code_text(
        "The government lifted the state of emergency in Kivu.", date=dt.date(2021, 3, 1),
        id="t",
    )
    assert [r.text for e in events for r in e.recipients] == ["Kivu"]
