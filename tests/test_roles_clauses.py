"""Round 3 of the role rules: parties acted on through a complement clause, a partitive
numeral, and the party an event acted on happened to (sitrep.extract.roles, coder)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from test_roles import _roles, _texts

from sitrep.pipeline import code_text


def test_small_clause_subject_is_the_recipient(nlp: Any) -> None:
    roles = _roles(nlp, "A court in Lyon found Barbarin guilty of failing to act.", "found")
    assert _texts(roles.recipients) == ["Barbarin"]


def test_the_party_a_demand_is_made_of(nlp: Any) -> None:
    text = "Several ministers demanded that Yediyurappa step down as chief minister."
    assert _texts(_roles(nlp, text, "demanded").recipients) == ["Yediyurappa"]


def test_a_reported_clause_subject_is_not_a_recipient(nlp: Any) -> None:
    text = "The army said that the rebels attacked the town."
    assert _texts(_roles(nlp, text, "said").recipients) == []


def test_partitive_numeral_object(nlp: Any) -> None:
    text = "A Russian court has charged one of the Kremlin's most vocal critics with fraud."
    recipients = _texts(_roles(nlp, text, "charged").recipients)
    assert len(recipients) == 1
    assert recipients[0].startswith("one of the Kremlin's most vocal critics")


def test_a_share_of_a_thing_is_not_a_party(nlp: Any) -> None:
    text = "Russia has supplied 94% of military equipment Armenia has obtained."
    assert "94% of military equipment" not in _texts(_roles(nlp, text, "supplied").recipients)


def _main(text: str, trigger: str) -> Any:
    events = code_text(text, date=dt.date(2020, 1, 1), id="t")
    return next(e for e in events if e.trigger.text == trigger)


def test_an_event_acted_on_stands_for_whom_it_happened_to() -> None:
    event = _main(
        "The Israeli military has opened an investigation into the death of a young"
        " Palestinian man.",
        "investigation",
    )
    assert [r.country for r in event.recipients] == ["PSE"]
    assert event.recipients[0].text.endswith("a young Palestinian man")


def test_a_thing_in_the_of_phrase_is_not_a_party() -> None:
    event = _main(
        "The Israeli military has opened an investigation into the killing of livestock.",
        "investigation",
    )
    assert event.recipients == ()


def test_a_numeral_of_people_is_the_whole_phrase(nlp: Any) -> None:
    text = "The authorities freed 11 of the country's most prominent political prisoners."
    recipients = _texts(_roles(nlp, text, "freed").recipients)
    assert recipients == ["11 of the country's most prominent political prisoners"]


def test_people_the_actor_dictionary_knows_are_parties(nlp: Any) -> None:
    text = "The police launched raids to detain 50 individuals suspected of fraud."
    recipients = _texts(_roles(nlp, text, "launched").recipients)
    assert any("individuals" in r for r in recipients), recipients


def test_who_voices_a_stance_is_its_actor(nlp: Any) -> None:
    text = "The president reiterated Turkey's support for the government in Tripoli."
    assert _texts(_roles(nlp, text, "support").actors) == ["The president"]


def test_a_possessor_stays_the_actor_of_a_noun_not_voiced(nlp: Any) -> None:
    text = "The minister welcomed Turkey's support for the government in Tripoli."
    assert _texts(_roles(nlp, text, "support").actors) == ["Turkey's"]


def test_forces_moved_are_not_the_recipient(nlp: Any) -> None:
    text = "The government withdrew its troops after the talks."
    assert _texts(_roles(nlp, text, "withdrew").recipients) == []
    text = "The president mobilized troops against the rebels."
    assert _texts(_roles(nlp, text, "mobilized").recipients) == ["the rebels"]


def test_an_arrest_in_a_country_is_made_by_its_police() -> None:
    event = _main("The opposition journalist was arrested on Monday in Niger.", "arrested")
    assert [(a.text, a.country, a.sector) for a in event.actors] == [("Niger", "NER", "COP")]


def test_an_arrest_with_no_place_keeps_the_implicit_police() -> None:
    event = _main("The opposition journalist was arrested on Monday.", "arrested")
    assert [(a.text, a.sector, a.implicit) for a in event.actors] == [("", "COP", True)]


def test_a_thing_given_in_the_passive_goes_to_its_receiver(nlp: Any) -> None:
    text = "The stolen painting was returned by US officials to the Spanish authorities."
    roles = _roles(nlp, text, "returned")
    assert _texts(roles.actors) == ["US officials"]
    assert _texts(roles.recipients) == ["the Spanish authorities"]


def test_whose_goods_a_measure_targets(nlp: Any) -> None:
    text = "China agreed to lift a ban on imports of British beef."
    assert "British beef" in _texts(_roles(nlp, text, "agreed").recipients)


def test_generic_bodies_and_people_are_kept_with_a_sector_guess() -> None:
    from sitrep.resolve.actors import load_actor_resolver

    resolver = load_actor_resolver()
    assert [a.sector for a in resolver.resolve("the committee")] == ["UNK"]
    assert [a.sector for a in resolver.resolve("Senate Committee")] == ["LEG"]
    assert [a.sector for a in resolver.resolve("its owners")] == ["UNK"]
    assert [a.sector for a in resolver.resolve("the secessionists")] == ["REB"]


def test_the_one_called_is_talked_with(nlp: Any) -> None:
    text = "Tillerson called Foreign Minister Sergey Lavrov to discuss Syria-related topics."
    recipients = _texts(_roles(nlp, text, "discuss").recipients)
    assert recipients == ["Foreign Minister Sergey Lavrov"]


def test_the_one_called_in_a_participle_clause(nlp: Any) -> None:
    text = "Trump called King Salman on Saturday, discussing ways to maintain oil supply."
    assert _texts(_roles(nlp, text, "discussing").recipients) == ["King Salman"]


def test_start_is_a_light_verb(nlp: Any) -> None:
    text = "The opposition leader started a hunger strike to protest against the authorities."
    roles = _roles(nlp, text, "strike")
    assert _texts(roles.actors) == ["The opposition leader"]
    assert _texts(roles.recipients) == ["the authorities"]


def test_the_victims_of_a_condemned_killing_are_its_recipients() -> None:
    event = _main("The ministry condemned the killing of three civilians.", "condemned")
    assert [r.text for r in event.recipients] == ["three civilians"]


def test_an_inquiry_into_claims_targets_the_accused(nlp: Any) -> None:
    text = "The police launched an investigation into claims that two servicemen abused children."
    assert _texts(_roles(nlp, text, "investigation").recipients) == ["two servicemen"]


def test_rejecting_an_allegation_does_not_target_the_accused(nlp: Any) -> None:
    text = "The minister rejected allegations that her government refused the offer."
    assert "her government" not in _texts(_roles(nlp, text, "rejected").recipients)


def test_a_dateline_is_not_part_of_the_speaker(nlp: Any) -> None:
    text = "ISLAMABAD -- The prime minister said on Monday that he has rejected the request."
    assert _texts(_roles(nlp, text, "rejected").actors) == ["The prime minister"]


def test_a_split_hyphenated_title_is_not_a_dateline(nlp: Any) -> None:
    text = "US Vice - President Mike Pence praised the Afghan government."
    assert _texts(_roles(nlp, text, "praised").actors) == ["US Vice - President Mike Pence"]


def test_some_of_a_thing_acts_through_the_thing(nlp: Any) -> None:
    text = "The department decided to ease some of its restrictions on aid to North Korea."
    assert "North Korea" in _texts(_roles(nlp, text, "decided").recipients)


def test_the_role_misses_script_lists_a_missed_target(
    tmp_path: Any, capsys: Any
) -> None:
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "role_misses.py"
    spec = importlib.util.spec_from_file_location("role_misses", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = tmp_path / "roles.txt"
    rows = [("The", "B-S"), ("army", "I-S"), ("shelled", "O"), ("the", "O"), ("town", "O"),
            ("near", "O"), ("the", "B-T"), ("rebels", "I-T"), (".", "O")]
    gold.write_text("\n".join(f"{w} {t}" for w, t in rows) + "\n\n", encoding="utf-8")
    assert module.main([str(gold), "--all"]) == 0
    out = capsys.readouterr().out
    assert "spans" in out.splitlines()[-1]
