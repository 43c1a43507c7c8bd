"""Whom a demand or order for a withdrawal, evacuation or expulsion acts on: the party moved,
not the place it moves from (sitrep.extract.roles._moved_first; the movement noun itself stays
among the phrases, and the coder drops it as a thing)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_demanded_withdrawal_acts_on_the_forces_withdrawn(nlp: Any) -> None:
    text = "The Kenyan government demanded the withdrawal of all Ugandan troops from the town."
    found = _texts(_roles(nlp, text, "demanded").recipients)
    assert "all Ugandan troops" in found
    assert "the town" not in found


def test_an_urged_expulsion_acts_on_the_people_expelled(nlp: Any) -> None:
    text = "The minister urged the expulsion of two Chilean diplomats from the capital."
    found = _texts(_roles(nlp, text, "urged").recipients)
    assert "two Chilean diplomats" in found
    assert "the capital" not in found


def test_a_demanded_withdrawal_of_unnamed_troops_keeps_the_place(nlp: Any) -> None:
    # "troops" alone may be the demander's own: the place they leave stays the party
    text = "The Kenyan government demanded the withdrawal of troops from Somalia."
    found = _texts(_roles(nlp, text, "demanded").recipients)
    assert "Somalia" in found
    assert "troops" not in found
