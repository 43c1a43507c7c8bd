"""The other side of meetings and deals, and the one helped or let act (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from test_roles import _roles, _texts

from sitrep.extract.roles import verb_roles


def test_the_other_side_of_a_meeting_beats_a_thing(nlp: Any) -> None:
    text = "The mayor held a short meeting on Friday with the union leader, now on leave."
    assert _texts(_roles(nlp, text, "held").recipients) == ["the union leader"]


def test_the_partner_of_a_deal_beats_its_purpose(nlp: Any) -> None:
    text = "Spain agreed with the Moroccan government to return any migrants."
    assert _texts(_roles(nlp, text, "agreed").recipients) == ["the Moroccan government"]


def test_a_hyphenated_truce_has_its_other_side(nlp: Any) -> None:
    text = "The president declared a cease-fire with the rebels for the holiday."
    assert _texts(_roles(nlp, text, "fire").recipients) == ["the rebels"]


def test_the_first_of_two_sides_acts(nlp: Any) -> None:
    roles = _roles(nlp, "Cooperation between Ghana and Togo on trade has grown.", "Cooperation")
    assert _texts(roles.actors) == ["Ghana"]
    assert _texts(roles.recipients) == ["Togo"]


def test_fighting_sides_stay_actors(nlp: Any) -> None:
    roles = _roles(nlp, "The army clashed with rebels near the border.", "clashed")
    assert "rebels" in _texts(roles.actors)


def test_the_one_helped_to_act(nlp: Any) -> None:
    text = "The council sent money to help the farmers rebuild their barns."
    assert "the farmers" in _texts(_roles(nlp, text, "sent").recipients)


def test_the_one_allowed_to_act(nlp: Any) -> None:
    text = "The authorities let the journalists leave the country."
    assert _texts(_roles(nlp, text, "let").recipients) == ["the journalists"]


def test_working_with_a_party(nlp: Any) -> None:
    text = "Kenya has pledged to work with Ethiopia on border projects."
    assert _texts(_roles(nlp, text, "pledged").recipients) == ["Ethiopia"]


def test_discussing_a_thing_with_a_party(nlp: Any) -> None:
    text = "The chancellor discussed the migrant crisis with the Greek prime minister."
    assert _texts(_roles(nlp, text, "discussed").recipients) == ["the Greek prime minister"]


def test_the_work_of_groups_is_no_meeting(nlp: Any) -> None:
    text = "The decree stops the work of aid groups such as Oxfam."
    assert _texts(_roles(nlp, text, "stops").recipients) != []


def test_a_warrant_is_issued_for_its_recipient(nlp: Any) -> None:
    text = "Prosecutors issued an arrest warrant for the former mayor of the city."
    assert _texts(_roles(nlp, text, "arrest").recipients)[0].startswith("the former mayor")


def test_the_object_made_subject_of_an_infinitive(nlp: Any) -> None:
    # the parser sometimes reads "convicted X to pay" as a clause whose subject is X
    words = ["The", "court", "convicted", "the", "bank", "to", "pay", "damages", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=[1, 2, 2, 4, 6, 6, 2, 6, 2],
        deps=["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "NNS", "."],
        lemmas=["the", "court", "convict", "the", "bank", "to", "pay", "damage", "."],
    )
    assert _texts(verb_roles(doc[2]).recipients) == ["the bank"]


def test_two_sides_named_together_sign_with_each_other(nlp: Any) -> None:
    roles = _roles(nlp, "Chile and Peru signed a new fisheries accord.", "signed")
    assert _texts(roles.actors) == ["Chile"]
    assert _texts(roles.recipients) == ["Peru"]


def test_two_sides_agree_to_act_together(nlp: Any) -> None:
    roles = _roles(nlp, "Ghana and Togo have agreed to hold joint patrols.", "agreed")
    assert _texts(roles.actors) == ["Ghana"]
    assert _texts(roles.recipients) == ["Togo"]


def test_two_sides_agreeing_with_a_third(nlp: Any) -> None:
    roles = _roles(nlp, "Ghana and Togo agree with Benin on the border.", "agree")
    assert _texts(roles.recipients) == ["Benin"]


def test_two_sides_acting_on_a_third_stay_actors(nlp: Any) -> None:
    text = "Ghana and Togo agreed to lift the ban on imports from Benin."
    assert _texts(_roles(nlp, text, "agreed").actors) == ["Ghana", "Togo"]


def test_an_act_done_without_is_negated() -> None:
    import datetime as dt

    from sitrep.pipeline import code_text

    text = "The authorities held the trial without allowing journalists to attend."
    events = code_text(text, date=dt.date(2021, 3, 1), id="t")
    allowed = [e for e in events if e.trigger.text == "allowing"]
    assert allowed and all(e.modality == "negated" for e in allowed)


def test_the_one_called_names(nlp: Any) -> None:
    # the parser may read the insulted as a predicate of "called" with the epithet apposed
    words = ["He", "called", "the", "envoy", "a", "fool", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 1],
        deps=["nsubj", "ROOT", "det", "oprd", "det", "appos", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NN", "DT", "NN", "."],
        lemmas=["he", "call", "the", "envoy", "a", "fool", "."],
    )
    assert _texts(verb_roles(doc[1]).recipients)[0].startswith("the envoy")
