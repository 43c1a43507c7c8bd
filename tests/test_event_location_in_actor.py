"""Where an event happened: a place inside its actor's mention that a locative phrase
introduces ("militias in Djugu (DRC)") or that ends the mention ("security forces in Somalia");
a province named with its country's possessive; a unit named with a division word; a protest
where it was held, not where its grievance is."""

from __future__ import annotations

from helpers import code


def _location(text: str, event_type: str) -> str | None:
    event = next(e for e in code(text) if e.event_type == event_type)
    return event.location.name if event.location is not None else None


def test_a_locative_phrase_inside_the_actor_places_the_event() -> None:
    text = (
        "At least four displaced persons were killed in a new attack by CODECO militias "
        "in Djugu (DRC)."
    )
    assert _location(text, "ASSAULT") == "Djugu"


def test_a_place_ending_the_actor_places_the_event() -> None:
    assert _location("Security forces in Somalia killed five militants.", "ASSAULT") == "Somalia"



def test_a_province_named_with_its_countrys_possessive_places_the_event() -> None:
    # 'Province' is a proper noun here, but it names land, not a party
    assert _location("Dozens were killed in DR Congo's Ituri Province.", "ASSAULT") == "Ituri"


def test_a_division_word_picks_the_unit_by_its_bare_name() -> None:
    text = "Gunmen killed two soldiers in Momo division on Monday."
    assert _location(text, "ASSAULT") == "Momo Division"  # Cameroon's, not Momo in Italy


def test_a_protest_is_placed_where_it_was_held_not_where_its_grievance_is() -> None:
    text = (
        "Hundreds of people massed in front of Israel's consulate in Istanbul in protest of "
        "Israeli police actions around the Al-Aqsa mosque compound in Jerusalem's Old City."
    )
    assert _location(text, "PROTEST") == "Istanbul"


def test_a_place_that_led_or_backed_names_a_party() -> None:
    assert _location("US-led raids killed 56 IS militants in Iraq.", "ASSAULT") == "Iraq"
