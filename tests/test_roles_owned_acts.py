"""Whom an act told as a noun is aimed at, when the noun's possessor already names the doer
(sitrep.extract.roles.noun_roles, as the coder calls it for acts that are not harm)."""

from __future__ import annotations

from typing import Any

from test_roles import _texts

from sitrep.extract.roles import noun_roles


def _noun(nlp: Any, text: str, word: str) -> Any:
    token = next(t for t in nlp(text) if t.text == word)
    return noun_roles(token, of_is_recipient=False)


def test_the_of_phrase_of_an_owned_backing_is_the_one_backed(nlp: Any) -> None:
    text = "The Malawian leader voiced his firm support of President Jane Roe on Tuesday."
    assert _texts(_noun(nlp, text, "support").recipients) == ["President Jane Roe"]


def test_the_of_phrase_of_an_owned_condemnation_is_the_one_condemned(nlp: Any) -> None:
    roles = _noun(nlp, "Chile's condemnation of the rebels came quickly.", "condemnation")
    assert _texts(roles.actors) == ["Chile's"]
    assert _texts(roles.recipients) == ["the rebels"]


def test_an_unowned_support_of_people_is_theirs(nlp: Any) -> None:
    # no possessor: "the support of the farmers" may be the farmers' own support
    text = "The plan won the support of the farmers."
    assert _texts(_noun(nlp, text, "support").recipients) == []
