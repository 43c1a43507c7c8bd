"""Roles of event nouns and of acts told through a text a party adopts or files
(sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_a_resolution_a_body_passed_acts_for_it(nlp: Any) -> None:
    text = "The Kenyan parliament passed a motion on Tuesday condemning President John Doe."
    roles = _roles(nlp, text, "condemning")
    assert _texts(roles.actors) == ["The Kenyan parliament"]
    assert _texts(roles.recipients) == ["President John Doe"]


def test_a_resolution_under_debate_acts_for_its_authors(nlp: Any) -> None:
    text = "The Kenyan senate is debating a resolution urging the government to halt arms sales."
    assert _texts(_roles(nlp, text, "urging").actors) == ["The Kenyan senate"]


def test_a_lawsuit_accuses_for_those_who_filed_it(nlp: Any) -> None:
    text = "Relatives of the victims filed a lawsuit accusing the Zeta gang of the massacre."
    roles = _roles(nlp, text, "accusing")
    assert _texts(roles.actors) == ["Relatives"]
    assert _texts(roles.recipients) == ["the Zeta gang"]


def test_the_release_of_someone_is_done_to_them(nlp: Any) -> None:
    text = "A Kenyan judge on Friday ordered the release of opposition leader John Doe from prison."
    roles = _roles(nlp, text, "release")
    assert _texts(roles.recipients) == ["opposition leader John Doe"]
    assert _texts(roles.actors) == []  # not "prison": the judge, who ordered it, is found later


def test_a_possessor_of_an_arrest_is_the_one_arrested(nlp: Any) -> None:
    roles = _roles(nlp, "Police confirmed the journalist's arrest on Monday.", "arrest")
    assert _texts(roles.recipients) == ["the journalist's"]
    assert _texts(roles.actors) == []


def test_a_possessor_before_of_still_does_the_act(nlp: Any) -> None:
    roles = _roles(nlp, "Kenya welcomed Uganda's release of the fishermen.", "release")
    assert _texts(roles.actors) == ["Uganda's"]
    assert _texts(roles.recipients) == ["the fishermen"]


def test_the_extradition_of_someone(nlp: Any) -> None:
    text = "The judge approved the extradition of the former minister to Spain."
    assert "the former minister" in _texts(_roles(nlp, text, "extradition").recipients)


def test_a_cessation_of_hostilities_is_headed_by_cessation(nlp: Any) -> None:
    from sitrep.extract.lexicon import load_lexicon
    from sitrep.extract.triggers import find_triggers

    doc = nlp("The rebel commander has declared a cessation of hostilities in the north.")
    found = find_triggers(next(iter(doc.sents)), load_lexicon())
    trigger = next(t for t in found if t.entry.event_type == "RETREAT")
    assert trigger.token.text == "cessation"
    assert doc.text[trigger.start : trigger.end] == "cessation of hostilities"
    roles = _roles(nlp, doc.text, "cessation")
    assert _texts(roles.actors) == ["The rebel commander"]


def test_support_for_talks_goes_to_their_parties(nlp: Any) -> None:
    from sitrep.extract.roles import beneficiaries

    doc = nlp("The minister reiterated Kenya's support for the peace talks between Ethiopia "
              "and Eritrea.")
    support = next(t for t in doc if t.text == "support")
    assert _texts(beneficiaries(support)) == ["Ethiopia", "Eritrea"]


def test_support_for_a_party_goes_to_it(nlp: Any) -> None:
    from sitrep.extract.roles import beneficiaries

    doc = nlp("The minister pledged support for the Somali government.")
    support = next(t for t in doc if t.text == "support")
    assert _texts(beneficiaries(support)) == ["the Somali government"]


def test_a_ceasefire_effective_in_a_place(nlp: Any) -> None:
    text = "The rebels have declared a unilateral ceasefire effective from Sunday in Somalia."
    assert _texts(_roles(nlp, text, "ceasefire").recipients) == ["Somalia"]


def test_mediation_in_a_dispute_acts_on_its_parties(nlp: Any) -> None:
    text = ("The African Union ended mediation efforts in the border dispute between Sudan "
            "and South Sudan.")
    assert _texts(_roles(nlp, text, "mediation").recipients) == ["Sudan", "South Sudan"]


def test_mediation_in_a_dispute_naming_no_party(nlp: Any) -> None:
    text = "The commission ended its mediation in the Arab-Israeli dispute after a year."
    assert _texts(_roles(nlp, text, "mediation").recipients) == ["the Arab-Israeli dispute"]


def test_a_rejection_shares_the_complement_of_its_conjunct(nlp: Any) -> None:
    text = ("The union expressed its total rejection and strong condemnation of the "
            "ministry's decree.")
    assert _texts(_roles(nlp, text, "rejection").recipients) == ["the ministry's decree"]


def test_the_owner_of_a_rejection_rejects(nlp: Any) -> None:
    roles = _roles(nlp, "Iran's rejection angered the Kenyan government.", "rejection")
    assert _texts(roles.actors) == ["Iran's"]
    assert _texts(roles.recipients) == []
