"""A summons to appear for questioning or before a court is a demand by an authority
(REQUEST, CAMEO 10), whoever the summoner is; other appearances are not."""

from __future__ import annotations

from tests.helpers import code


def _types(text: str, trigger: str) -> list[str]:
    return [e.event_type for e in code(text) if e.trigger.text == trigger]


def test_summoned_for_questioning_is_a_demand() -> None:
    text = "The anti-graft agency has summoned the former governor to appear for questioning."
    assert _types(text, "summoned") == ["REQUEST"]


def test_an_unknown_body_ordering_a_named_person_to_appear() -> None:
    text = "The KRB ordered Tomas Varga to appear for questioning on Monday."
    events = [e for e in code(text) if e.trigger.text == "ordered"]
    assert [e.event_type for e in events] == ["REQUEST"]
    assert [a.text for a in events[0].actors] == ["The KRB"]


def test_appearing_before_a_court() -> None:
    assert _types("The judge ordered Maria Lopez to appear before the tribunal in May.",
                  "ordered") == ["REQUEST"]


def test_appearing_for_training_is_no_summons() -> None:
    assert _types("The coach ordered the players to appear for training at dawn.",
                  "ordered") == []
