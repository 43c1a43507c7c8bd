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


def actors(text: str, trigger: str) -> tuple[list[str], list[str]]:
    events = [e for e in code_text(text) if e.trigger.text == trigger]
    assert events, [e.trigger.text for e in code_text(text)]
    return [a.text for a in events[0].actors], [r.text for r in events[0].recipients]


def test_a_bare_participle_clause_is_passive() -> None:
    assert actors("Rebels regularly escape when attacked by the army.", "attacked") == (
        ["the army"], ["Rebels"]
    )


def test_who_hears_or_survives_an_attack_did_not_carry_it_out() -> None:
    assert actors("Residents heard gunfire at night.", "gunfire")[0] == [""]
    assert actors("Villagers survived the bombing.", "bombing")[0] == [""]
    assert actors("The army launched airstrikes on the town.", "airstrikes")[0] == ["The army"]


def test_no_mention_is_both_actor_and_recipient() -> None:
    for event in code_text("The postponed Tokyo Olympics will go ahead as planned next year."):
        assert not {(a.start, a.end) for a in event.actors if a.text} & {
            (r.start, r.end) for r in event.recipients
        }


def test_closing_media_is_censorship() -> None:
    events = code_text("Authorities shut down three radio stations.")
    assert [(e.event_type, e.event_mode) for e in events] == [("COERCE", "censor")]
    assert [r.sector for r in events[0].recipients] == ["JRN"]


def test_linking_an_attack_to_a_party_accuses_it() -> None:
    events = code_text("The minister linked the attack to Iran.")
    assert [(e.event_type, e.event_mode) for e in events] == [("ACCUSE", "allege")]
    assert [r.text for r in events[0].recipients] == ["Iran"]


def test_a_relation_participle_is_no_event() -> None:
    events = code_text("Police arrested five men tied to the militant group.")
    assert [e.event_type for e in events] == ["COERCE"]


def test_an_attack_as_subject_is_no_party() -> None:
    assert actors("Coordinated airstrikes by the Somali army have killed 50 militants.",
                  "killed")[0] == ["the Somali army"]
    assert actors("A car bomb killed 11 miners.", "killed") == ([""], ["11 miners"])
    assert actors("Russian airstrikes killed 20 people.", "killed")[0] == ["Russian"]


def test_a_fight_against_a_thing_is_no_attack() -> None:
    assert not code_text("The government stepped up the fight against diabetes.")
    assert recipients("The army continued its fight against al-Shabab.") == ["al-Shabab"]


def test_a_capital_by_position_or_a_month_names_no_actor() -> None:
    assert actors("Heavy fighting killed 12 people.", "killed")[0] == [""]
    assert actors("A deadly January attack on a military base killed three.", "killed")[0] == [""]
    assert actors("Russian airstrikes killed 20 people.", "killed")[0] == ["Russian"]


def test_expecting_is_no_act_and_no_promise() -> None:
    assert not code_text("Lawyers aren't expected to return to court until August.")
    events = code_text("Iran expects the United States to lift sanctions.")
    assert [(e.event_type, e.modality) for e in events] == [("RETREAT", "future")]
