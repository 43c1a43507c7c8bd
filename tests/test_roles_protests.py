"""What a protest is against, and whom an inquiry or refusal acts on (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_strike_protesting_a_party(nlp: Any) -> None:
    text = "A teacher has started a hunger strike, protesting the ministry's new rules."
    assert _texts(_roles(nlp, text, "strike").recipients) == ["the ministry's new rules"]


def test_a_strike_in_protest_at_a_party(nlp: Any) -> None:
    text = "Dockers went on strike in protest at the port authority's pay offer."
    assert _texts(_roles(nlp, text, "strike").recipients) == ["the port authority's pay offer"]


def test_a_strike_with_no_protest_names_no_one(nlp: Any) -> None:
    assert _texts(_roles(nlp, "Dockers went on strike on Monday.", "strike").recipients) == []


def test_refusing_a_request_acts_on_its_author(nlp: Any) -> None:
    text = "The bank refused to respond to a request from the tax authorities for records."
    assert _texts(_roles(nlp, text, "refused").recipients) == ["the tax authorities"]


def test_the_embargo_a_party_imposed_on_another(nlp: Any) -> None:
    text = "Washington will not lift the embargo it has imposed on Havana."
    assert "Havana" in _texts(_roles(nlp, text, "lift").recipients)


def test_an_inquiry_into_whether_someone_was_harmed(nlp: Any) -> None:
    text = "Prosecutors opened an investigation into whether the journalist was poisoned."
    assert _texts(_roles(nlp, text, "investigation").recipients) == ["the journalist"]


def test_an_inquiry_into_how_someone_acted(nlp: Any) -> None:
    text = "The senate opened an inquiry into how the police treated the marchers."
    assert _texts(_roles(nlp, text, "inquiry").recipients) == ["the police"]
