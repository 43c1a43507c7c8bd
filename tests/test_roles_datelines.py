"""Datelines the parser makes a subject are no actors (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

import pytest
from test_roles import _roles, _texts


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("LIMA -- A court in Cusco has convicted two officers of torture.", "convicted",
         "A court in Cusco"),
        ("OSLO (AP) - The government has expelled two diplomats.", "expelled",
         "The government"),
        ("QUITO, Ecuador -- Police have arrested three suspects.", "arrested", "Police"),
    ],
)
def test_a_dateline_is_no_actor(nlp: Any, text: str, word: str, actor: str) -> None:
    assert _texts(_roles(nlp, text, word).actors) == [actor]


def test_a_subject_hung_on_the_dateline_stays(nlp: Any) -> None:
    text = "CAIRO -- President Ali of Egypt gave the minister a mandate to form a cabinet."
    actors = _texts(_roles(nlp, text, "gave").actors)
    assert len(actors) == 1 and actors[0].startswith("President Ali")
