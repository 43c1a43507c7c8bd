"""extract_counts on hand-written sentences: patterns, traps and two-event sentences."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.magnitudes import Counts, extract_counts, with_lethal_outcome
from sitrep.model import Magnitude

Best = int | None


def counts(nlp: Any, text: str, trigger: str | None = None) -> Counts:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger) if trigger else None
    return extract_counts(doc[:], trigger=token)


def bests(found: Counts) -> tuple[Best, Best, Best]:
    return tuple(  # type: ignore[return-value]
        m.best if m is not None else None for m in (found.fatalities, found.injured, found.arrested)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed at least 12 people in the village.", (12, None, None)),
        ("12 people were killed.", (12, None, None)),
        ("Security forces killed 12.", (12, None, None)),
        ("The attack left 12 dead.", (12, None, None)),
        ("The attack left 12 people dead.", (12, None, None)),
        ("A death toll of 12 was reported.", (12, None, None)),
        ("The death toll rose to 25.", (25, None, None)),
        ("The toll stood at 30.", (30, None, None)),
        ("The deaths of 12 soldiers sparked outrage.", (12, None, None)),
        ("At least 12 people lost their lives.", (12, None, None)),
        ("Nearly 50 people died in the fighting.", (50, None, None)),
        ("12 people were shot dead.", (12, None, None)),
        ("Militants gunned down 5 villagers.", (5, None, None)),
        ("12 killed in Kabul blast", (12, None, None)),
        ("The attack killed 1,200 people.", (1200, None, None)),
        ("Two of the attackers were killed.", (2, None, None)),
        ("An airstrike killed 8 members of one family.", (8, None, None)),
        ("Twelve gunmen killed three soldiers.", (3, None, None)),
        ("12 dead and 30 wounded.", (12, 30, None)),
        ("The blast left 12 dead and 30 wounded.", (12, 30, None)),
        ("The bombing killed 3, injuring dozens.", (3, 24, None)),
        ("Dozens of people were injured.", (None, 24, None)),
        ("More than 100 people were wounded.", (None, 100, None)),
        ("Police said 7 people were hurt.", (None, 7, None)),
        ("Police arrested 40 protesters.", (None, None, 40)),
        ("40 were detained.", (None, None, 40)),
        ("Police made 40 arrests.", (None, None, 40)),
        ("Police took 15 people into custody.", (None, None, 15)),
        ("Police were able to arrest 31 people including 11 women.", (None, None, 31)),
        ("Security forces rounded up 40 protesters.", (None, None, 40)),
        ("Some 40 protesters were arrested, police said.", (None, None, 40)),
        ("Hundreds of people were arrested.", (None, None, 200)),
        ("The number of people arrested rose to 300.", (None, None, 300)),
        ("Two to three hundred people were detained.", (None, None, 200)),
        ("The attack claimed 12 lives.", (12, None, None)),
        ("The blast claimed the lives of 12 people.", (12, None, None)),
        ("12 bodies were found in the river.", (12, None, None)),
        ("Three people died and 10 were injured.", (3, 10, None)),
        ("Police arrested 40 protesters, wounded 12 and killed 2.", (2, 12, 40)),
        ("The clashes left at least 30 people injured.", (None, 30, None)),
        ("The protests have resulted in more than 200 arrests.", (None, None, 200)),
        ("Death toll climbs to 30 in Kabul attack", (30, None, None)),
        ("The number of dead has risen to 30.", (30, None, None)),
        ("Police fired tear gas, injuring 15 and detaining dozens.", (None, 15, 24)),
        ("Flight MH17 was shot down, killing all 298 people on board.", (298, None, None)),
        ("COVID-19 killed 3 million people.", (3_000_000, None, None)),
        ("At least nine occupants were charred to death.", (9, None, None)),
        ("Two men were stabbed to death.", (2, None, None)),
        ("In Surat, 50 persons were held and weapons were seized.", (None, None, 50)),
        ("Police put the toll at 16, including six people killed in the firing.", (16, None, None)),
        ("The toll was quoted at 233, including 30 killed in police firing.", (233, None, None)),
    ],
)
def test_patterns(nlp: Any, text: str, expected: tuple[Best, Best, Best]) -> None:
    assert bests(counts(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 12-year-old boy was killed.", (1, None, None)),
        ("A man aged 30 was killed.", (1, None, None)),
        ("The army said it killed rebels in 2014.", (None, None, None)),
        ("In 2015, 200 people were killed.", (200, None, None)),
        ("The council passed Resolution 2254.", (None, None, None)),
        ("The village is 15 km from the border.", (None, None, None)),
        ("The two-day protest ended.", (None, None, None)),
        ("Violence in the 1990s killed thousands.", (2000, None, None)),
        ("He was sentenced to 10 years.", (None, None, None)),
        ("Five people were killed when a bomb exploded at 10 am.", (5, None, None)),
        ("The army killed 30 militants over two days.", (30, None, None)),
        ("The fighting has killed more than 400,000 people since 2011.", (400_000, None, None)),
        ("12 civilians, including 3 children, were killed.", (12, None, None)),
        ("12 gunmen killed 3 soldiers.", (3, None, None)),
        ("The attack killed 12, including 3 children.", (12, None, None)),
        ("The US pledged $5 million after 3 soldiers were killed.", (3, None, None)),
        ("Turnout fell 5 percent.", (None, None, None)),
        ("He was jailed for 10 years in 2019.", (None, None, None)),
        ("The blast happened at 3 pm, wounding 4.", (None, 4, None)),
        ("NATO invoked Article 5.", (None, None, None)),
        ("A 7.8-magnitude earthquake killed 50,000 people.", (50_000, None, None)),
        ("Some 5,000 troops were deployed and 12 were wounded.", (None, 12, None)),
        ("The 40-member delegation arrived.", (None, None, None)),
        ("Criminals made an unsuccessful bid to kill him.", (None, None, None)),
        ("Dr Dalal had suffered a cardiac arrest.", (None, None, None)),
        ("Talks were held in 3 cities.", (None, None, None)),
        ("Prosecutors say they hired him to kill a vocal critic.", (None, None, None)),
        ("He pleaded guilty to attempted murder.", (None, None, None)),
        ("He said three people should be held responsible for the riots.", (None, None, None)),
        ("He was going into surgery for a leg injury.", (None, None, None)),
        ("A consultative body would focus on threats.", (None, None, None)),
    ],
)
def test_traps(nlp: Any, text: str, expected: tuple[Best, Best, Best]) -> None:
    assert bests(counts(nlp, text)) == expected


def test_coordinated_counts_are_added(nlp: Any) -> None:
    found = counts(nlp, "A suicide attack killed 12 soldiers and 3 civilians.")
    assert found.fatalities == Magnitude(15, 15, 15)
    assert found.fatalities_span is not None
    assert found.fatalities_span.text == "12 soldiers and 3"


def test_counts_split_by_the_parse_in_one_role_are_added(nlp: Any) -> None:
    found = counts(nlp, "The military said 25 militants and 3 soldiers were killed.")
    assert found.fatalities == Magnitude(28, 28, 28)


def test_singular_victims_count_one_each(nlp: Any) -> None:
    assert bests(counts(nlp, "A soldier and a civilian were killed.")) == (2, None, None)
    assert bests(counts(nlp, "Gunmen shot dead a policeman.")) == (1, None, None)


def test_no_one_killed_is_zero(nlp: Any) -> None:
    found = counts(nlp, "No one was killed.")
    assert found.fatalities == Magnitude(0, 0, 0)
    assert found.fatalities_span is not None and found.fatalities_span.text == "No one"


def test_ranges_and_vague_words_keep_low_and_high(nlp: Any) -> None:
    found = counts(nlp, "The explosion killed a dozen people and wounded scores more.")
    assert found.fatalities == Magnitude(12, 12, 12)
    assert found.injured == Magnitude(40, 40, 199)
    found = counts(nlp, "At least a dozen people were killed and several others injured.")
    assert found.injured == Magnitude(3, 3, 9)


def test_spans_are_doc_offsets(nlp: Any) -> None:
    text = "Reports came in. Gunmen killed at least 12 people on Tuesday."
    doc = nlp(text)
    sentence = list(doc.sents)[1]
    found = extract_counts(sentence)
    span = found.fatalities_span
    assert span is not None
    assert text[span.start : span.end] == span.text == "at least 12"


def test_trigger_picks_its_own_clause(nlp: Any) -> None:
    text = "Police arrested 40 protesters and soldiers killed 3 rebels."
    assert bests(counts(nlp, text, "arrested")) == (None, None, 40)
    assert bests(counts(nlp, text, "killed")) == (3, None, None)


def test_relative_clause_on_a_participant_is_another_event(nlp: Any) -> None:
    text = "The militants, who killed 5 soldiers last year, attacked the base and injured 3 guards."
    assert bests(counts(nlp, text, "attacked")) == (None, 3, None)
    assert bests(counts(nlp, text, "killed")) == (5, None, None)


def test_agentless_outcome_clause_belongs_to_the_main_event(nlp: Any) -> None:
    text = "Clashes erupted in the city, and 12 people were killed."
    assert bests(counts(nlp, text, "Clashes")) == (12, None, None)


def test_subordinate_clause_counts_go_to_the_trigger(nlp: Any) -> None:
    text = "A suicide attack killed 12 soldiers, injuring dozens."
    assert bests(counts(nlp, text, "attack")) == (12, 24, None)


def test_sentence_without_counts(nlp: Any) -> None:
    assert counts(nlp, "The minister met his counterpart in Paris.") == Counts()


def test_zero_counts(nlp: Any) -> None:
    assert counts(nlp, "No civilians were killed.").fatalities == Magnitude(0, 0, 0)
    assert counts(nlp, "Nobody was hurt.").injured == Magnitude(0, 0, 0)
    found = counts(nlp, "Not a single shop was looted, nor a single person killed.")
    assert found.fatalities == Magnitude(0, 0, 0)


def test_a_whole_doc_is_read_as_one_sentence(nlp: Any) -> None:
    found = extract_counts(nlp("Police arrested 40 protesters."))
    assert found.arrested == Magnitude(40, 40, 40)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The attack, which killed 12 people, was condemned by the UN.",
            "attack",
            (12, None, None),
        ),
        ("Police arrested 12 men suspected of killing 3 soldiers.", "arrested", (None, None, 12)),
        ("Police arrested 12 men suspected of killing 3 soldiers.", "killing", (3, None, None)),
        (
            "Protesters clashed with police on Monday; 3 were killed and 40 arrested.",
            "clashed",
            (3, None, 40),
        ),
        ("Troops opened fire on demonstrators, killing at least 7.", "fire", (7, None, None)),
    ],
)
def test_counts_for_a_trigger(
    nlp: Any, text: str, trigger: str, expected: tuple[Best, Best, Best]
) -> None:
    assert bests(counts(nlp, text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rising steadily, the toll in the violence, that broke out eight days ago, now stands"
            " at 667, including the 62 persons who died in the attack.",
            (667, None, None),
        ),
        (
            "No new killings were reported on Sunday, but the death toll climbed to 430.",
            (430, None, None),
        ),
        ("Police had arrested 4,000 rioters and shot dead 98 rioters.", (98, None, 4000)),
        ("About 22,000 students are held at ransom by the administration.", (None, None, None)),
    ],
)
def test_real_world_shapes(nlp: Any, text: str, expected: tuple[Best, Best, Best]) -> None:
    assert bests(counts(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "deaths"),
    [
        # a clause set against the trigger's, or one with its own "by" agent, is another event
        ("One man was stabbed to death even as police fired tear gas at the crowd.", "fired", None),
        (
            "While six people were injured in police firing, 12 were killed by the rioters.",
            "firing",
            None,
        ),
        # the deaths a police firing caused
        ("Four people were killed when police fired on the crowd.", "fired", 4),
    ],
)
def test_whose_deaths(nlp: Any, text: str, trigger: str, deaths: Best) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = with_lethal_outcome(extract_counts(doc[:], trigger=token), doc[:], token)
    assert (found.fatalities.best if found.fatalities else None) == deaths


def test_a_killing_without_a_count_is_at_least_one(nlp: Any) -> None:
    doc = nlp("People were killed in the attack on the market.")
    token = next(t for t in doc if t.text == "killed")
    found = with_lethal_outcome(extract_counts(doc[:], trigger=token), doc[:], token)
    assert found.fatalities == Magnitude(1, 1, 1)
