"""Police events, round 3: negative subjects, event nouns that name no act, the fear sense
of "apprehend", and police labels on claimed events (hand-made sentences, no dev set)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from helpers import code

from sitrep.evaluate.labels import predicted_labels
from sitrep.model import Event


def arrests(text: str) -> list[Event]:
    return [e for e in code(text) if e.event_type == "COERCE" and e.event_mode == "arrest"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody was arrested as the march was peaceful.",
        "However, not a single activist of the party has been arrested so far.",
        "No protesters were detained on Sunday.",
        "None of them were arrested.",
    ],
)
def test_a_negative_subject_negates_the_act(sentence: str) -> None:
    found = arrests(sentence)
    assert found and all(e.modality == "negated" for e in found), sentence


@pytest.mark.slow
def test_denied_casualties_leave_the_event_they_happened_in() -> None:
    events = code("However, no one was injured in the police firing.")
    assert events and all(e.modality == "asserted" for e in events)


@pytest.mark.slow
def test_not_only_is_no_negative_subject() -> None:
    found = arrests("Not only the police but also the army arrested dozens of protesters.")
    assert found and found[0].modality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "His arrest warrant was signed at noon.",
        "You already have a preventive detention law in the security act.",
        "The minister had suffered a cardiac arrest a fortnight back.",
        "The petitioners said they apprehended a threat to the life of a local resident.",
        "He apprehended that the march may cause riots.",
    ],
)
def test_words_that_report_no_arrest(sentence: str) -> None:
    assert arrests(sentence) == [], sentence


@pytest.mark.slow
def test_an_arrest_is_still_an_arrest() -> None:
    found = arrests("Police arrested the leader and sent him to jail after the arrest.")
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.slow
def test_police_labels_count_what_a_party_alleges_the_police_did() -> None:
    killing = [e for e in code("Police killed two protesters on Sunday.") if e.fatalities]
    assert killing and killing[0].modality == "asserted"
    alleged = replace(killing[0], modality="claimed")
    assert predicted_labels((alleged,), frozenset({"KILL", "FORCE"})) == {"KILL", "FORCE"}
    # the Mass Mobilization state responses stay asserted only
    assert predicted_labels((alleged,), frozenset({"KILLINGS"})) == frozenset()


@pytest.mark.slow
def test_a_hyphenated_pair_names_both_sides_of_a_clash() -> None:
    events = [e for e in code("one dead in bengal police-vhp clash") if e.event_type == "ASSAULT"]
    assert events and any(a.sector == "COP" for a in events[0].actors)
    assert events[0].fatalities is not None and events[0].fatalities.best == 1


@pytest.mark.slow
def test_a_hyphenated_pair_before_talks_is_actor_and_recipient() -> None:
    events = code("India-Pakistan talks resumed on Monday.")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert talks
    assert [a.text for a in talks[0].actors] == ["India"]
    assert [r.text for r in talks[0].recipients] == ["Pakistan"]


@pytest.mark.slow
def test_a_two_word_adjective_is_no_pair_of_sides() -> None:
    for event in code("Face-to-face talks between the two leaders were held in Delhi."):
        assert all(a.text.lower() != "face" for a in event.actors)


def test_mojibake_punctuation_is_split_off_words() -> None:
    from sitrep.nlp import load_tokenizer

    tokenizer = load_tokenizer()
    text = "police-vhp clash\u00c2\u00a0nda allies \u00e2\u20ac\u0153two persons"
    words = [t.text for t in tokenizer(text)]
    assert "clash" in words and "two" in words
    assert "\u00c2" in words and "\u00e2\u20ac\u0153" in words


@pytest.mark.slow
def test_the_parsing_pipeline_splits_mojibake_too(nlp: Any) -> None:
    words = [t.text for t in nlp("the vhp\u00e2\u20ac\u2122s plan \u00e2\u20ac\u00a2 4 killed")]
    assert words[:3] == ["the", "vhp", "\u00e2\u20ac\u2122s"]
    assert "\u00e2\u20ac\u00a2" in words


@pytest.mark.slow
def test_a_headline_without_auxiliary_is_passive() -> None:
    events = [e for e in code("4 policemen and 4 civilians also killed.") if e.fatalities]
    assert events
    assert all(a.implicit for a in events[0].actors)
    assert any(r.sector == "COP" for r in events[0].recipients)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The gunmen killed and injured many.", "The gunmen"),
        ("Militants killed three soldiers.", "Militants"),
    ],
)
def test_an_act_with_an_object_keeps_its_subject_as_actor(sentence: str, actor: str) -> None:
    events = [e for e in code(sentence) if e.event_type == "ASSAULT"]
    assert events and [a.text for a in events[0].actors] == [actor]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Section 144 has been re-imposed with specific orders to arrest anyone violating it.",
         "hypothetical"),
        ("Had the police arrested him earlier, the riots would have been avoided.",
         "hypothetical"),
        ("Arrest the planner of the attack.", "hypothetical"),
        ("Around 15 workers trying to enforce the bandh in Patna were arrested at once.",
         "asserted"),
        ("The police tried to arrest him.", "hypothetical"),
    ],
)
def test_arrest_modality(sentence: str, modality: str) -> None:
    found = arrests(sentence)
    assert found and found[0].modality == modality, [(e.trigger.text, e.modality) for e in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Afroze is an al qaida suspect currently in custody here.",
        "The don is currently held by the Gujarat police.",
        "It led to the arrest of Omar Sheikh, the main accused in the murder.",
    ],
)
def test_arrests_that_happened(sentence: str) -> None:
    found = arrests(sentence)
    assert found and found[0].modality == "asserted", sentence
    assert all(e.event_type != "THREATEN" for e in code(sentence))


@pytest.mark.slow
def test_a_toll_told_right_after_a_firing_is_its_toll() -> None:
    text = ('Police had to open fire to quell the mob.\n'
            '"Four persons have been killed and five are injured.')
    deaths = [e for e in code(text) if e.fatalities and e.fatalities.best == 4]
    assert deaths and any(a.sector == "COP" for a in deaths[0].actors)


@pytest.mark.slow
@pytest.mark.parametrize(
    "second",
    [
        "Meanwhile, a student was killed in a road accident.",
        "The minister said the riots began where people in a train were killed.",
    ],
)
def test_a_death_with_a_cause_or_in_a_clause_is_no_toll(second: str) -> None:
    text = "Police had to open fire to quell the mob.\n" + second
    deaths = [e for e in code(text) if e.trigger.text == "killed"]
    assert all(not any(a.sector == "COP" for a in e.actors) for e in deaths)


@pytest.mark.slow
def test_an_event_noun_whose_participle_names_its_doer_happened() -> None:
    found = arrests("Not much, if one were to hear about the arrests made by the city police.")
    assert found and found[0].modality == "asserted"


@pytest.mark.slow
def test_issuing_an_arrest_warrant_is_coercion_but_no_arrest() -> None:
    events = code("Police in Japan have issued an arrest warrant for the actor.")
    coerce = [e for e in events if e.event_type == "COERCE"]
    assert coerce and all(e.event_mode != "arrest" for e in coerce)


@pytest.mark.slow
def test_leading_an_attack_is_not_causing_it() -> None:
    events = code("The group has led the attacks on the senator and her campaign.")
    assert len(events) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The DSP arrested ten people.",
        "The SHO arrested ten people.",
        "A sub-inspector arrested a robber.",
        "The deputy superintendent of police arrested ten people.",
        "The station house officer arrested ten people.",
    ],
)
def test_police_ranks_are_police(sentence: str) -> None:
    events = arrests(sentence)
    assert events and any(a.sector == "COP" for a in events[0].actors)
    assert "ARREST" in predicted_labels(events, frozenset({"ARREST"}))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Five deaths were caused by police firing.", 5),
        ("Two deaths occurred in police firing on the mob.", 2),
        ("An official said 40 of these deaths have taken place due to police firing.", 1),
    ],
)
def test_deaths_caused_by_a_firing_are_its_toll(sentence: str, dead: int) -> None:
    events = code(sentence)
    assert "KILL" in predicted_labels(events, frozenset({"KILL"}))
    firing = [e for e in events if e.event_type == "ASSAULT" and e.fatalities]
    assert firing and firing[0].fatalities is not None and firing[0].fatalities.best == dead


@pytest.mark.slow
def test_other_things_caused_by_a_firing_are_no_toll() -> None:
    events = code("The delays were caused by police firing.")
    assert all(e.fatalities is None for e in events)


@pytest.mark.slow
def test_falling_to_police_bullets_is_a_killing_by_the_police() -> None:
    events = code("Five people fell to police bullets in the town.")
    assert "KILL" in predicted_labels(events, frozenset({"KILL"}))
    shot = [e for e in events if e.event_type == "ASSAULT"]
    assert shot and any(a.sector == "COP" for a in shot[0].actors)
    assert shot[0].recipients and shot[0].recipients[0].sector != "COP"
    assert shot[0].fatalities is not None and shot[0].fatalities.best == 5


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    ["The town fell to the rebels.", "Prices fell to a record low.", "He fell to the ground."],
)
def test_falling_to_other_things_is_no_killing(sentence: str) -> None:
    assert not any(e.fatalities for e in code(sentence))


@pytest.mark.slow
def test_the_bullets_one_fell_to_are_no_recipient() -> None:
    events = code("More from the majority community fell to police bullets than in the riots.")
    shot = [e for e in events if e.event_type == "ASSAULT"]
    assert shot and all(r.sector != "COP" for r in shot[0].recipients)
