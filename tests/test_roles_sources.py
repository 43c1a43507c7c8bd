"""Sources the parser hides: a name read as a modifier of its verb (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_an_acronym_read_as_an_adverb_after_a_fronted_phrase(nlp: Any) -> None:
    text = "In cooperation with international partners, USAID provided tents to 5,000 families."
    assert _texts(_roles(nlp, text, "provided").actors) == ["USAID"]


def test_a_fronted_adverb_is_no_subject(nlp: Any) -> None:
    text = "Yesterday, the police arrested twelve students."
    assert _texts(_roles(nlp, text, "arrested").actors) == ["the police"]


def test_an_acronym_read_as_an_adverb_before_an_auxiliary(nlp: Any) -> None:
    text = "USAID had announced a suspension of aid to Yemen."
    assert _texts(_roles(nlp, text, "announced").actors) == ["USAID"]


def test_an_act_in_view_is_done_by_who_considers_it(nlp: Any) -> None:
    text = "The ministry is exploring the possibility of sending troops to Darfur."
    assert _texts(_roles(nlp, text, "sending").actors) == ["The ministry"]


def test_a_news_agency_dateline_is_not_the_subject(nlp: Any) -> None:
    text = "Nairobi, May 3, KNA - The chairman of the refugee committee condemned the attacks."
    assert _texts(_roles(nlp, text, "condemned").actors) == [
        "The chairman of the refugee committee"
    ]


def test_the_issuer_of_a_resolution_is_not_the_dateline(nlp: Any) -> None:
    text = ("NAIROBI, Kenya (AP) -- Kenya's parliament passed a resolution Thursday criticizing "
            "President John Doe for delaying the vote.")
    assert _texts(_roles(nlp, text, "criticizing").actors) == ["Kenya's parliament"]
