"""Forces sent by no one named act themselves, on where or whom they are sent
(sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_forces_deployed_in_the_passive_are_the_party(nlp: Any) -> None:
    roles = _roles(nlp, "The Kenyan troops were deployed to support the Somali army.", "deployed")
    assert _texts(roles.actors) == ["The Kenyan troops"]
    assert _texts(roles.recipients) == ["the Somali army"]


def test_forces_deployed_along_a_named_line(nlp: Any) -> None:
    text = "About 500 soldiers were deployed as monitors along the Kura valley for a year."
    roles = _roles(nlp, text, "deployed")
    assert _texts(roles.actors) == ["About 500 soldiers"]
    assert any("Kura" in r for r in _texts(roles.recipients))


def test_things_sent_stay_undergoers(nlp: Any) -> None:
    roles = _roles(nlp, "Food was sent to the refugees by the agency.", "sent")
    assert _texts(roles.actors) == ["the agency"]


def test_the_one_summoned_does_not_protest(nlp: Any) -> None:
    text = "The ambassador had been summoned to protest the incident."
    roles = _roles(nlp, text, "protest")
    assert "The ambassador" not in _texts(roles.actors)
