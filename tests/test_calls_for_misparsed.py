"""'A report called for sanctions' parsed as a participle of the noun ("a report called …"):
the report calls, and the sanctions' target is acted on (hand-written sentences, no dev
data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor_country", "recipient"),
    [
        ("A Kenyan parliamentary report called for sanctions against Uganda over rights"
         " abuses.", "KEN", "Uganda"),
    ],
)
def test_the_report_calls_and_the_target_is_acted_on(
    sentence: str, actor_country: str, recipient: str
) -> None:
    main = main_event(code(sentence))
    assert main is not None
    assert [a.country for a in main.actors] == [actor_country]
    assert [r.text for r in main.recipients] == [recipient]


@pytest.mark.slow
def test_a_name_given_is_no_call() -> None:
    events = code("Police arrested a man called Ahmed in Nairobi on Monday.")
    assert not [e for e in events if e.event_type in ("REQUEST", "ACCUSE")]
