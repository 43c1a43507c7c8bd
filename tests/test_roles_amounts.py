"""An amount or count in a role phrase acts through the whole its "of" phrase names
(sitrep.extract.roles._amount_wholes)."""

from __future__ import annotations

from typing import Any

from helpers import code
from test_roles import _roles, _texts


def test_tariffs_on_an_amount_of_exports_act_on_the_exports(nlp: Any) -> None:
    text = "The U.S. reduced tariffs on $50 billion of Mexico's exports."
    assert "Mexico's exports" in _texts(_roles(nlp, text, "reduced").recipients)


def test_sanctions_on_a_count_of_officials_act_on_the_officials(nlp: Any) -> None:
    text = "The EU imposed sanctions on 40 of the junta's officials."
    assert "the junta's officials" in _texts(_roles(nlp, text, "imposed").recipients)


def test_a_day_of_a_month_stays_out() -> None:
    events = code("The rebels and the army will resume talks on 14 of May.")
    assert all("May" not in r.text for e in events for r in e.recipients)
