"""Who did it to whom: role phrases from the dependency parse (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.roles import Roles, noun_roles, verb_roles


def _roles(nlp: Any, text: str, word: str) -> Roles:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return verb_roles(token) if token.pos_ == "VERB" else noun_roles(token)


def _texts(phrases: Any) -> list[str]:
    return [p.text for p in phrases]


def test_subject_and_object(nlp: Any) -> None:
    roles = _roles(nlp, "The Philippine government rejected the call.", "rejected")
    assert _texts(roles.actors) == ["The Philippine government"]


def test_passive_by_agent(nlp: Any) -> None:
    roles = _roles(nlp, "The journalist was arrested by the police in Cairo.", "arrested")
    assert _texts(roles.actors) == ["the police"]
    assert _texts(roles.recipients) == ["The journalist"]


def test_dative_preposition(nlp: Any) -> None:
    roles = _roles(nlp, "Ecuador has granted political asylum to Julian Assange.", "granted")
    assert "Julian Assange" in _texts(roles.recipients)


def test_party_in_the_complement_of_a_thing(nlp: Any) -> None:
    roles = _roles(nlp, "The United States lifted its economic embargo against Libya.", "lifted")
    assert "Libya" in _texts(roles.recipients)


def test_party_named_by_the_thing(nlp: Any) -> None:
    text = "The Taliban spurned repeated offers for peace talks by the Kabul government."
    roles = _roles(nlp, text, "spurned")
    assert "the Kabul government" in _texts(roles.recipients)


def test_people_objects_are_not_expanded(nlp: Any) -> None:
    text = "Amnesty International accused the Nigerian military of the slaughter of villagers."
    roles = _roles(nlp, text, "accused")
    assert _texts(roles.recipients) == ["the Nigerian military"]


def test_recipient_of_the_complement_clause(nlp: Any) -> None:
    text = "Japan has decided to lift sanctions imposed on India."
    roles = _roles(nlp, text, "decided")
    assert _texts(roles.actors) == ["Japan"]
    assert _texts(roles.recipients) == ["India"]


def test_apposition_joins_the_name(nlp: Any) -> None:
    text = "The then president, Goodluck Jonathan, had rejected the proposals."
    roles = _roles(nlp, text, "rejected")
    assert _texts(roles.actors) == ["The then president, Goodluck Jonathan"]


def test_apposition_stops_before_its_relative_clause(nlp: Any) -> None:
    text = "Pedro Sanchez, the prime minister who leads Spain, condemned the vote."
    actors = _texts(_roles(nlp, text, "condemned").actors)
    assert actors and actors[0].startswith("Pedro Sanchez") and "who" not in actors[0]


def test_bracketed_abbreviation_kept_whole(nlp: Any) -> None:
    text = "The Nigerian Air Force (NAF) attacked the camp."
    actors = _texts(_roles(nlp, text, "attacked").actors)
    assert actors and actors[0].endswith("(NAF)")


def test_statement_takes_its_issuer(nlp: Any) -> None:
    text = "Human Rights Watch issued a statement calling on the government to act."
    roles = _roles(nlp, text, "calling")
    assert _texts(roles.actors) == ["Human Rights Watch"]
    assert _texts(roles.recipients) == ["the government"]


def test_commitment_to_act_belongs_to_the_committed(nlp: Any) -> None:
    text = "The Nigerian Air Force reiterated its commitment to support the police."
    roles = _roles(nlp, text, "support")
    assert _texts(roles.actors) == ["The Nigerian Air Force"]


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("The US reduced military aid to Egypt.", "aid", "The US"),
        ("China has cut humanitarian aid to Liberia.", "aid", "China"),
    ],
)
def test_kind_of_aid_is_not_its_giver(nlp: Any, text: str, word: str, actor: str) -> None:
    roles = _roles(nlp, text, word)
    assert _texts(roles.actors) == [actor]


def test_passive_participle_modifier(nlp: Any) -> None:
    text = "The missiles fired by the Israeli military struck a depot."
    roles = _roles(nlp, text, "fired")
    assert _texts(roles.actors) == ["the Israeli military"]
    assert _texts(roles.recipients) == ["The missiles"]


def test_place_stands_for_the_party_acted_on(nlp: Any) -> None:
    roles = _roles(nlp, "Russia began withdrawing its troops from Syria.", "withdrawing")
    assert _texts(roles.recipients) == ["Syria"]
    roles = _roles(nlp, "The ELN declared a ceasefire in Colombia.", "ceasefire")
    assert _texts(roles.recipients) == ["Colombia"]


def test_place_is_no_party_when_nobody_acts(nlp: Any) -> None:
    roles = _roles(nlp, "What can I buy in Philadelphia?", "buy")
    assert roles.recipients == []


def test_given_things_go_to_their_receiver(nlp: Any) -> None:
    roles = _roles(nlp, "France has sent seven military experts to Saudi Arabia.", "sent")
    assert _texts(roles.recipients) == ["Saudi Arabia"]


@pytest.mark.parametrize(
    ("text", "word", "recipient"),
    [
        ("Israel mobilized the army for a ground assault against Gaza.", "mobilized", "Gaza"),
        ("The US sent 200 troops into Syria.", "sent", "Syria"),
        ("The UN withdrew peacekeepers from Rwanda.", "withdrew", "Rwanda"),
    ],
)
def test_forces_sent_are_not_the_party(nlp: Any, text: str, word: str, recipient: str) -> None:
    assert _texts(_roles(nlp, text, word).recipients) == [recipient]


def test_a_partys_place_is_part_of_its_mention(nlp: Any) -> None:
    roles = _roles(nlp, "A court in Bishkek has freed the journalist.", "freed")
    assert _texts(roles.actors) == ["A court in Bishkek"]


def test_the_place_of_what_was_acted_on(nlp: Any) -> None:
    roles = _roles(nlp, "Rebels shelled the rebel-held enclave of Eastern Ghouta.", "shelled")
    assert _texts(roles.recipients) == ["the rebel-held enclave of Eastern Ghouta"]


def test_no_place_for_a_thing_without_an_actor(nlp: Any) -> None:
    roles = _roles(nlp, "Where can you buy some weed in Auckland?", "buy")
    assert all("Auckland" not in text for text in _texts(roles.recipients))


def test_the_maker_of_a_rejected_thing(nlp: Any) -> None:
    text = "The journalist rejected the draft resolution proposed by the Security Council."
    assert "the Security Council" in _texts(_roles(nlp, text, "rejected").recipients)


def test_a_list_is_not_an_apposition(nlp: Any) -> None:
    text = (
        "The air force will support the Nigeria Police, Department of State Services"
        " and other agencies."
    )
    recipients = _texts(_roles(nlp, text, "support").recipients)
    assert "the Nigeria Police" in recipients and len(recipients) == 3


def test_complement_inherits_the_subject(nlp: Any) -> None:
    roles = _roles(nlp, "Russia promised to withdraw its troops from Syria.", "withdraw")
    assert _texts(roles.actors) == ["Russia"]


def test_a_name_with_of_is_one_mention(nlp: Any) -> None:
    text = "The U.S. Department of Justice sued the company."
    assert _texts(_roles(nlp, text, "sued").actors) == ["The U.S. Department of Justice"]


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Indian authorities imposed a curfew in parts of Kashmir.", "imposed", "parts"),
        ("Thousands of refugees have sought refuge in Bangladesh.", "sought", "Bangladesh"),
        ("Vladimir Putin agreed to a ceasefire in eastern Ukraine.", "agreed", "Ukraine"),
        ("Iraqi fighters agreed to lay down their weapons in Iraq.", "agreed", "Iraq"),
    ],
)
def test_the_place_of_a_thing_stands_for_the_party(
    nlp: Any, text: str, word: str, place: str
) -> None:
    assert any(place in r for r in _texts(_roles(nlp, text, word).recipients))


def test_the_sides_a_mediation_stands_between(nlp: Any) -> None:
    text = "Mr Putin launched a mediation effort between India and Pakistan."
    assert _texts(_roles(nlp, text, "mediation").recipients) == ["India", "Pakistan"]


def test_receiver_inside_a_long_object(nlp: Any) -> None:
    text = "ICE returned 12 human skulls that date back to 640 AD to Peru on April 7."
    assert _texts(_roles(nlp, text, "returned").recipients) == ["Peru"]


def test_object_pronoun_of_a_purpose_clause(nlp: Any) -> None:
    text = "Netanyahu called Scott Morrison on Wednesday to congratulate him on his victory."
    assert _texts(_roles(nlp, text, "congratulate").recipients) == ["Scott Morrison"]


def test_who_dies_undergoes_the_event(nlp: Any) -> None:
    roles = _roles(nlp, "A protester died in police custody.", "died")
    assert _texts(roles.recipients) == ["A protester"]
    assert _texts(roles.actors) == ["police"]


@pytest.mark.parametrize(
    ("text", "word", "recipient"),
    [
        ("Japan is considering sending aid to help North Korea.", "considering", "North Korea"),
        ("Sharif launched a mediation effort to resolve the rift between Qatar and Oman.",
         "mediation", "Qatar"),
    ],
)
def test_party_of_a_purpose_clause(nlp: Any, text: str, word: str, recipient: str) -> None:
    assert recipient in _texts(_roles(nlp, text, word).recipients)


def test_the_one_called_is_the_recipient_of_the_purpose(nlp: Any) -> None:
    text = "NATO chief Jens Stoltenberg called Erdogan to apologize for the incident."
    assert _texts(_roles(nlp, text, "apologize").recipients) == ["Erdogan"]


def test_object_pronoun_takes_the_nearest_earlier_party(nlp: Any) -> None:
    # a pronoun is free in its own clause: "Kiir pardoned him" is not Kiir
    roles = _roles(
        nlp, "Peter Biar Ajak was released Saturday after President Salva Kiir pardoned him.",
        "pardoned",
    )
    assert _texts(roles.actors) == ["President Salva Kiir"]
    assert _texts(roles.recipients) == ["Peter Biar Ajak"]


def test_object_pronoun_of_a_thing_names_no_party(nlp: Any) -> None:
    roles = _roles(
        nlp, "The army and allied fighters hit military positions and destroyed them.",
        "destroyed",
    )
    assert "allied fighters" not in _texts(roles.recipients)


def test_a_light_verbs_purpose_names_the_events_recipient(nlp: Any) -> None:
    roles = _roles(
        nlp,
        "The European Commission has announced new humanitarian assistance to help people in"
        " Somalia and Kenya.",
        "assistance",
    )
    assert any("Kenya" in text for text in _texts(roles.recipients))


def test_what_was_said_is_acted_on_through_its_author(nlp: Any) -> None:
    roles = _roles(
        nlp, "The embassy rejected accusations by Maduro against the government of Brazil.",
        "rejected",
    )
    assert "Maduro" in _texts(roles.recipients)
    assert "the government of Brazil" not in _texts(roles.recipients)


def test_a_things_author_is_not_its_target(nlp: Any) -> None:
    roles = _roles(nlp, "The EU lifted sanctions imposed by the UN on Iran.", "lifted")
    assert "Iran" in _texts(roles.recipients)
