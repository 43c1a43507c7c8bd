"""Short words in capitals are acronyms in ordinary text, possibly towns in capitals copy."""

from __future__ import annotations

from sitrep.nlp import load_pipeline
from sitrep.resolve.places import find_places


def names(text: str) -> list[str]:
    doc = load_pipeline(disable=("ner",))(text)
    return [p.text for p in find_places(doc)]


def test_an_acronym_is_not_a_village() -> None:
    assert names("The withdrawal of U.S. and NATO troops continued.") == ["U.S."]


def test_a_town_written_normally_is_still_found() -> None:
    assert "Nato" in names("Troops entered the town of Nato in the Philippines.")
