"""A run of acts ("a wave of arrests", "a spate of attacks") is acted on through the acts
(sitrep.extract.roles._run_of)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_criticising_a_spate_of_abuses_acts_on_the_place_of_the_abuses(nlp: Any) -> None:
    text = "The bloc issued a statement criticising a spate of rights abuses in Malawi."
    assert "rights abuses in Malawi" in _texts(_roles(nlp, text, "criticising").recipients)


def test_condemning_a_series_of_attacks_acts_on_whom_they_hit(nlp: Any) -> None:
    text = "The union condemned a series of attacks on journalists in Peru."
    assert "journalists in Peru" in _texts(_roles(nlp, text, "condemned").recipients)


def test_a_string_of_people_keeps_the_whole_mention(nlp: Any) -> None:
    text = "Police arrested a string of activists in Lima."
    assert _texts(_roles(nlp, text, "arrested").recipients)[0] == "a string of activists in Lima"
