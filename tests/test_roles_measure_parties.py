"""What a decision or measure acted on does to someone's trial, release or conviction acts on
that person (sitrep.extract.roles._content_parties, the "of" party of the act)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_decision_upholding_a_conviction_acts_on_the_convicted(nlp: Any) -> None:
    text = (
        "The appeals court will not reverse its ruling upholding the conviction of Senator Roe."
    )
    assert "Senator Roe" in _texts(_roles(nlp, text, "reverse").recipients)


def test_a_decree_delaying_a_trial_acts_on_those_tried(nlp: Any) -> None:
    text = "The council revoked a decree delaying the trial of two Chilean journalists."
    assert "two Chilean journalists" in _texts(_roles(nlp, text, "revoked").recipients)
