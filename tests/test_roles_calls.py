"""An attitude expressed in the purpose of a call, meeting or visit is for the one called
(sitrep.extract.roles._call_parties, through the coder)."""

from __future__ import annotations

from helpers import code


def _support(text: str) -> tuple[list[str], list[str]]:
    event = next(e for e in code(text) if e.event_type == "SUPPORT")
    return [a.text for a in event.actors], [r.text for r in event.recipients]


def test_a_call_to_convey_a_countrys_support_is_the_callers_for_the_one_called() -> None:
    # the parser reads "X called Y" as "X, named Y": the call is restored
    actors, recipients = _support(
        "The Chilean president called Ugandan President Jane Roe on Sunday to convey "
        "Chile's support and solidarity."
    )
    assert actors == ["The Chilean president"]
    assert recipients == ["Ugandan President Jane Roe"]


def test_a_phone_call_to_express_support_is_for_the_one_phoned() -> None:
    actors, recipients = _support(
        "The Kenyan leader telephoned President John Doe to express his support."
    )
    assert actors == ["The Kenyan leader"]
    assert recipients == ["President John Doe"]


def test_a_for_phrase_still_says_whom_the_support_is_for() -> None:
    _, recipients = _support(
        "The Kenyan leader met President John Doe to express his support for the new government."
    )
    assert recipients == ["the new government"]
