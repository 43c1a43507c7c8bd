"""CAMEO statement readings and reductions of relations (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event
from sitrep.model import Event
from sitrep.ontology.cameo import penta_class


def summary(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.event_type, e.cameo_root, e.modality) for e in code(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The finance ministry is considering sending aid to the flooded province.",
        "The city council is exploring the possibility of giving money to farmers.",
        "The rebel group claimed that they had attacked the army base near the border.",
        "The insurgents claimed responsibility for the attack on the police station.",
        "The ministry rejected accusations that it had helped the militia.",
        "The ambassador offered his condolences to the president over the bombing.",
        "The minister said she hopes the two countries will resume talks soon.",
        "The opposition leaders said they agree with the commission that the vote was fair.",
    ],
)
def test_statements_are_cameo_class_zero(sentence: str) -> None:
    assert penta_class(cameo_event(code(sentence))) == 0, summary(sentence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("The United States reduced military aid to the army by $20 million.", "discontinue"),
        ("The envoy ended mediation efforts between the two parties.", "discontinue"),
        ("The United Nations withdrew peacekeepers from the border region.", "withdraw"),
    ],
)
def test_cutting_cooperation_is_a_sanction(sentence: str, mode: str) -> None:
    events = code(sentence)
    assert [(e.event_type, e.event_mode, e.cameo_root) for e in events][:1] == [
        ("SANCTION", mode, "16")
    ], summary(sentence)


@pytest.mark.slow
def test_a_promised_act_is_still_coded_and_an_attack_keeps_its_doer() -> None:
    assert penta_class(cameo_event(code("The government will send aid to the refugees."))) == 1
    events = code("The insurgents claimed responsibility for the attack on the police station.")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.modality == "claimed"


def test_cameo_event_reads_only_acts_stated_as_fact_or_intent() -> None:
    def event(modality: str, root: str, confidence: float) -> Event:
        return Event.from_dict(
            {"event_type": "ASSAULT", "modality": modality, "cameo_root": root,
             "confidence": confidence, "trigger": {"text": "x", "start": 0, "end": 1},
             "evidence": {"text": "x", "start": 0, "end": 1}}
        )

    assert cameo_event([event("claimed", "18", 0.9)]) is None
    assert cameo_event([event("hypothetical", "07", 0.9), event("future", "13", 0.5)]) == "13"
    assert cameo_event([event("negated", "18", 0.9), event("asserted", "04", 0.2)]) == "04"
    assert cameo_event([]) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type", "root"),
    [
        ("The European Union called for sanctions against the junta.", "ACCUSE", "11"),
        ("The army will impose a curfew on the city.", "THREATEN", "13"),
        ("The army will attack the town.", "ASSAULT", "13"),
        ("The rebels agreed to lay down their arms.", "AGREE", "03"),
        ("The government said the rebels will not end the strike.", "REJECT", "12"),
    ],
)
def test_cameo_readings_of_intents_and_requests(sentence: str, event_type: str, root: str) -> None:
    events = code(sentence)
    assert any(e.event_type == event_type and e.cameo_root == root for e in events), summary(
        sentence
    )


@pytest.mark.slow
def test_laying_down_arms_is_disarming_and_a_reported_clause_takes_its_speaker() -> None:
    events = code("The rebels laid down their arms on Sunday.")
    assert [(e.event_type, e.event_mode) for e in events] == [("RETREAT", "disarm")]
    events = code("The teachers have asserted that they will not end the strike.")
    assert [(e.event_type, [a.text for a in e.actors]) for e in events] == [
        ("REJECT", ["The teachers"])
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type", "root"),
    [
        ("The president has pushed for reforms of the electoral law.", "REQUEST", "02"),
        ("Kenya sought military aid from the United States.", "REQUEST", "02"),
        ("The US military trains Iraqi pilots to fly fighter jets.", "AID", "07"),
        ("The king sent a condolence message to the president after the attack.", "CONSULT", "01"),
    ],
)
def test_appeals_advocacy_training_and_condolences(
    sentence: str, event_type: str, root: str
) -> None:
    events = code(sentence)
    assert any(e.event_type == event_type and e.cameo_root == root for e in events), summary(
        sentence
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The government imposed blockades on the rebel-held towns.", "ASSAULT"),
        ("Ecuador has granted political asylum to the activist.", "AID"),
        ("The United States handed over medical equipment to the health ministry.", "AID"),
        ("The army handed over the prisoners to the Red Cross.", "RETREAT"),
        ("The president declared a state of siege in the province.", "COERCE"),
    ],
)
def test_blockades_asylum_and_handovers(sentence: str, event_type: str) -> None:
    assert [e.event_type for e in code(sentence)][:1] == [event_type], summary(sentence)


@pytest.mark.slow
def test_purpose_clauses_and_defied_norms() -> None:
    events = code("The government is considering sending aid to help the flood victims.")
    assert {e.modality for e in events} == {"hypothetical"}, summary(
        "The government is considering sending aid to help the flood victims."
    )
    events = code("Pyongyang has violated a ban on ballistic missile tests.")
    assert [(e.event_type, e.cameo_root) for e in events] == [("REJECT", "12")]
    events = code("The president urged the UN to renew sanctions on Iran.")
    assert [e.event_type for e in events][:1] == ["REQUEST"]


@pytest.mark.slow
def test_declining_is_refusing_and_a_struck_deal_is_no_attack() -> None:
    events = code("The governor has declined to resign after the allegations.")
    assert [(e.event_type, e.modality) for e in events][:1] == [("REJECT", "asserted")]
    events = code("Ethiopian authorities struck a deal with the United Nations.")
    assert "ASSAULT" not in {e.event_type for e in events}


@pytest.mark.slow
def test_opened_talks_happened_and_voiced_support_is_support() -> None:
    events = code("Last year the government opened direct peace talks with the rebels.")
    assert [e.event_type for e in events][:1] == ["CONSULT"], summary(
        "Last year the government opened direct peace talks with the rebels."
    )
    events = code("The minister voiced support for the peace plan.")
    assert [e.event_type for e in events][:1] == ["SUPPORT"]


@pytest.mark.slow
def test_hoped_for_is_hope_not_hop() -> None:
    from sitrep.nlp import load_pipeline

    doc = load_pipeline()("He hoped for talks and she is hoping; the rabbits hopped.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("ho")] == ["hope", "hope", "hop"]
    events = code("The government said it hoped for more talks with the protesters.")
    assert {e.modality for e in events} == {"hypothetical"}


@pytest.mark.slow
def test_an_announced_coercive_act_is_a_threat() -> None:
    sentence = "The prime minister announced that the government will extend the curfew."
    events = code(sentence)
    assert [(e.event_type, e.event_mode, e.modality, e.cameo_root) for e in events] == [
        ("THREATEN", "restrict", "asserted", "13")
    ], summary(sentence)
    events = code("The EU asked Japan to impose a curfew on the port.")
    assert "THREATEN" not in {e.event_type for e in events}
