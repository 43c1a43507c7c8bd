"""Recipients of verb triggers that the parser hangs away from the verb (sitrep.extract.roles)."""

from __future__ import annotations

from typing import Any

from test_roles import _roles, _texts


def test_receiver_after_a_second_thing_given(nlp: Any) -> None:
    text = "Japan sent rice along with medical supplies to Haiti last week."
    assert _texts(_roles(nlp, text, "sent").recipients) == ["Haiti"]


def test_receiver_after_a_participle_on_the_thing_given(nlp: Any) -> None:
    text = "The museum returned a bronze statue, looted in 1897, to Nigeria."
    assert _texts(_roles(nlp, text, "returned").recipients) == ["Nigeria"]


def test_receiver_after_a_with_phrase(nlp: Any) -> None:
    text = "Germany delivered tanks, together with spare parts, to Ukraine."
    assert _texts(_roles(nlp, text, "delivered").recipients) == ["Ukraine"]


def test_according_to_is_no_receiver(nlp: Any) -> None:
    text = "The agency provided funds in response to the appeal, according to the United Nations."
    assert "the United Nations" not in _texts(_roles(nlp, text, "provided").recipients)


def test_the_one_met_in_a_meeting_adjunct(nlp: Any) -> None:
    text = "During talks with the Kenyan president, Ethiopia's leader agreed to reopen the border."
    assert _texts(_roles(nlp, text, "agreed").recipients) == ["the Kenyan president"]


def test_a_meeting_with_no_one_named_adds_no_one(nlp: Any) -> None:
    text = "In the meeting, the council approved the budget."
    assert _texts(_roles(nlp, text, "approved").recipients) == ["the budget"]


def test_who_obtains_what_is_given_in_a_misparsed_relative(nlp: Any) -> None:
    text = "China has supplied 60% of the drones Serbia has acquired since 2015."
    assert _texts(_roles(nlp, text, "supplied").recipients) == ["Serbia"]
    text = "The United States has provided most of the weapons Ukraine has received this year."
    assert _texts(_roles(nlp, text, "provided").recipients) == ["Ukraine"]


def test_a_second_clause_after_a_comma_names_no_receiver(nlp: Any) -> None:
    text = "France sold jets, India bought tanks."
    assert "India" not in _texts(_roles(nlp, text, "sold").recipients)


def test_the_party_whose_decision_is_welcomed(nlp: Any) -> None:
    text = "The president welcomed the decision of the Lagos State Government to build schools."
    assert "the Lagos State Government" in _texts(_roles(nlp, text, "welcomed").recipients)


def test_the_party_control_of_which_is_seized(nlp: Any) -> None:
    text = "The army seized control of the opposition newspapers on Friday."
    assert "the opposition newspapers" in _texts(_roles(nlp, text, "seized").recipients)


def test_of_a_thing_names_no_party(nlp: Any) -> None:
    text = "The ministry approved the sale of rifles."
    assert _texts(_roles(nlp, text, "approved").recipients) == ["the sale"]


def _coded(text: str, word: str) -> Any:
    import datetime as dt

    from sitrep.pipeline import code_text

    events = code_text(text, date=dt.date(2021, 3, 1), id="t")
    return next(e for e in events if e.trigger.text == word)


def test_an_unnamed_area_struck_is_the_recipient() -> None:
    event = _coded("Government missiles struck a rebel-held area near Idlib on Sunday.", "struck")
    assert [(r.text, r.country) for r in event.recipients] == [("a rebel-held area", "SYR")]


def test_an_unnamed_area_takes_the_story_country() -> None:
    event = _coded("Kenya imposed a curfew in the worst-hit areas near Nairobi.", "imposed")
    assert [(r.text, r.country) for r in event.recipients] == [("the worst-hit areas", "KEN")]


def test_a_refusal_until_someone_acts_is_aimed_at_them(nlp: Any) -> None:
    text = "The miners said they will not end the strike until the government raises wages."
    assert "the government" in _texts(_roles(nlp, text, "end").recipients)
    text = "Russia will not lift the ban until Norway changes its fishing rules."
    assert "Norway" in _texts(_roles(nlp, text, "lift").recipients)


def test_a_condition_on_ones_own_side_names_no_one(nlp: Any) -> None:
    text = "Union leaders said they will not end the strike until their members ratify a deal."
    assert _texts(_roles(nlp, text, "end").recipients) == ["the strike"]


def test_the_receiver_of_a_transfer_acted_on(nlp: Any) -> None:
    text = "The Treasury cleared the release of $90 million in American economic aid to Lebanon."
    assert "Lebanon" in _texts(_roles(nlp, text, "cleared").recipients)


def test_the_people_something_is_given_for(nlp: Any) -> None:
    text = "The Red Cross sent blankets and tents for the flood victims."
    assert "the flood victims" in _texts(_roles(nlp, text, "sent").recipients)
    text = "Japan will fund clean water projects for refugees in Chad."
    assert any("refugees" in r for r in _texts(_roles(nlp, text, "fund").recipients))


def test_a_thing_something_is_given_for_is_no_beneficiary(nlp: Any) -> None:
    text = "The council will fund new schools for the coming decade."
    assert "the coming decade" not in _texts(_roles(nlp, text, "fund").recipients)


def test_forces_mobilized_for_a_named_war_against_someone(nlp: Any) -> None:
    text = "In 1950 the president mobilized reservists for the Korean War against North Korea."
    assert _texts(_roles(nlp, text, "mobilized").recipients) == ["North Korea"]


def test_whom_an_act_is_about_by_a_complex_preposition(nlp: Any) -> None:
    text = "The EU froze assets in relation to Belarus last year."
    assert "Belarus" in _texts(_roles(nlp, text, "froze").recipients)
    text = "Washington imposed visa bans in connection with Nicaragua on Friday."
    assert "Nicaragua" in _texts(_roles(nlp, text, "imposed").recipients)


def test_the_party_of_the_act_a_thing_is_for(nlp: Any) -> None:
    text = "The cabinet approved a plan for ending the conflict with the rebels."
    assert "the rebels" in _texts(_roles(nlp, text, "approved").recipients)
    text = "The minister rejected a proposal for punishing Hungary."
    assert "Hungary" in _texts(_roles(nlp, text, "rejected").recipients)


def test_an_act_on_things_adds_no_party(nlp: Any) -> None:
    text = "The minister rejected a proposal for building more roads."
    assert _texts(_roles(nlp, text, "rejected").recipients) == ["a proposal"]


def test_what_a_measure_acted_on_does_acts_on_its_party(nlp: Any) -> None:
    text = "The assembly adopted a resolution condemning Israel."
    assert "Israel" in _texts(_roles(nlp, text, "adopted").recipients)
    text = "Parliament passed a law banning the Muslim Brotherhood."
    assert "the Muslim Brotherhood" in _texts(_roles(nlp, text, "passed").recipients)


def test_a_measure_on_things_names_no_party(nlp: Any) -> None:
    text = "Parliament passed a law banning plastic bags."
    assert _texts(_roles(nlp, text, "passed").recipients) == ["a law"]


def test_an_award_goes_to_its_receiver(nlp: Any) -> None:
    text = "Albania has awarded the National Flag Order to former German Chancellor Angela Merkel."
    assert _texts(_roles(nlp, text, "awarded").recipients) == [
        "former German Chancellor Angela Merkel"
    ]
