"""Recipients of coded events: one participant per phrase, places inside it included."""

from __future__ import annotations

from sitrep.pipeline import code_text


def recipients(text: str) -> list[str]:
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events, text
    return [r.text for r in events[0].recipients]


def test_a_place_inside_the_recipient_phrase_is_not_a_second_recipient() -> None:
    assert recipients("Indian troops fired on a village in Kashmir.") == ["a village in Kashmir"]
    assert recipients("Gunmen attacked a church in Lagos.") == ["a church in Lagos"]


def test_coordinated_recipients_stay_apart() -> None:
    assert recipients("Rebels attacked the army and the police.") == ["the army", "the police"]


def test_a_fight_verb_of_effort_is_no_attack() -> None:
    assert not [
        e for e in code_text("Doctors were struggling to save the lives of the wounded.")
        if e.event_type == "ASSAULT"
    ]
    assert recipients("Rebels fought government forces to retake the town.") == [
        "government forces"
    ]
