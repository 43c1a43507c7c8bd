"""Roles of event nouns and of acts told through a text a party adopts or files
(sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_resolution_a_body_passed_acts_for_it(nlp: Any) -> None:
    text = "The Kenyan parliament passed a motion on Tuesday condemning President John Doe."
    roles = _roles(nlp, text, "condemning")
    assert _texts(roles.actors) == ["The Kenyan parliament"]
    assert _texts(roles.recipients) == ["President John Doe"]


def test_a_resolution_under_debate_acts_for_its_authors(nlp: Any) -> None:
    text = "The Kenyan senate is debating a resolution urging the government to halt arms sales."
    assert _texts(_roles(nlp, text, "urging").actors) == ["The Kenyan senate"]


def test_a_lawsuit_accuses_for_those_who_filed_it(nlp: Any) -> None:
    text = "Relatives of the victims filed a lawsuit accusing the Zeta gang of the massacre."
    roles = _roles(nlp, text, "accusing")
    assert _texts(roles.actors) == ["Relatives"]
    assert _texts(roles.recipients) == ["the Zeta gang"]
