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
