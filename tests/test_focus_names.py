"""A place word inside a person's name is no place for the article's focus country
("... Carter-Smith", a known "Gloria Arroyo"; not "Al-Raqqa"), and a known person's country
counts toward the focus as a nationality word does."""

from __future__ import annotations

import datetime as dt

from sitrep.pipeline import resolve_actor_spans

DAY = dt.date(2005, 3, 1)


def _country(text: str, name: str) -> str | None:
    start = text.index(name)
    (found,) = resolve_actor_spans(text, [(start, start + len(name))], date=DAY)
    return found[0].country if found else None


def test_a_town_named_like_a_known_persons_surname_is_not_the_focus() -> None:
    text = "President Gloria Arroyo on Tuesday praised Budget Secretary Tomasz Quillfeather."
    assert _country(text, "Gloria Arroyo") == "PHL"
    assert _country(text, "Tomasz Quillfeather") == "PHL"  # her country, not Puerto Rico's


def test_a_surname_after_a_hyphen_is_no_place() -> None:
    text = "Judge Amelia Carter-Smith fined Osric Pemberton on Friday."
    assert _country(text, "Osric Pemberton") != "USA"


def test_a_real_place_still_sets_the_focus() -> None:
    text = "Police in Arroyo arrested Osric Pemberton on Friday."
    assert _country(text, "Osric Pemberton") == "PRI"
    text = "Gunmen attacked a bus on the Kabul-Jalalabad road, said Osric Pemberton."
    assert _country(text, "Osric Pemberton") == "AFG"
    text = "Shelling hit Al-Raqqa on Monday, said Osric Pemberton."
    assert _country(text, "Osric Pemberton") == "SYR"
