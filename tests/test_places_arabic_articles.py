"""Names written with a lower-case Arabic article ('al-Bab', 'el-Arish', 'al-Raqqa'): found
and resolved, while groups and media so written ('al-Qaeda', 'al-Jazeera') are not places.
Small hand-written texts."""

from __future__ import annotations

from sitrep.resolve.places import geoparse


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in geoparse(text)]


def test_a_lower_case_article_name_after_in_is_found() -> None:
    assert _found("Fighting in al-Bab killed five people.") == [("al-Bab", "SYR")]
    assert _found("Clashes erupted in el-Arish on Monday.") == [("el-Arish", "EGY")]


def test_a_place_word_after_the_name_keeps_it() -> None:
    assert _found("Air strikes target IS in al-Hasakah countryside.") == [("al-Hasakah", "SYR")]


def test_a_big_city_needs_no_locative_and_spellings_meet() -> None:
    found = _found("Rebels shelled al-Raqqa and Deir al-Zour.")
    assert found == [("al-Raqqa", "SYR"), ("Deir al-Zour", "SYR")]


def test_groups_and_media_written_with_the_article_are_not_places() -> None:
    assert _found("A rise in al-Qaeda attacks was reported.") == []
    assert _found("He spoke to al-Jazeera in Doha.") == [("Doha", "QAT")]
    assert _found("Fighters from al-Nusra in al-Mayadin.") == [("al-Mayadin", "SYR")]
