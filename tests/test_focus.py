"""The article's focus: where things happen, not whose nationality the parties have."""

from __future__ import annotations

from sitrep.pipeline import code_text

STORY = (
    "Afghan officials said a car bomb exploded outside a school in Kabul on Saturday. "
    "U.S. officials condemned the attack. U.S. troops are leaving the country, and U.S. "
    "commanders said the U.S. withdrawal is on schedule. "
    "Afghan police said attackers detonated two more explosive devices during the rush hour."
)


def test_party_nationality_does_not_move_the_focus() -> None:
    events = code_text(STORY)
    detonated = [e for e in events if e.trigger.text == "detonated"]
    assert detonated, [e.trigger.text for e in events]
    location = detonated[0].location
    assert location is not None and location.country == "AFG"


def test_place_use_weights_locations_over_parties() -> None:
    from sitrep.extract.coder import PARTY_USE_WEIGHT, _place_use
    from sitrep.nlp import load_pipeline
    from sitrep.resolve.places import find_places

    doc = load_pipeline()("U.S. officials met Afghan leaders in Kabul.")
    places = tuple(find_places(doc))
    weights = _place_use(places, doc)
    by_text = {p.text: weights[p.start] for p in places}
    assert by_text["Kabul"] == 1.0
    assert by_text["U.S."] == PARTY_USE_WEIGHT


def test_a_place_naming_the_actor_is_not_where_it_acted() -> None:
    text = (
        "Fighting continued in Aleppo on Monday. Resolving it would be a blow to US and other"
        " Western officials who are presenting the Syrian government as brutal."
    )
    presenting = [e for e in code_text(text) if e.trigger.text == "presenting"]
    assert presenting and presenting[0].location is not None
    assert presenting[0].location.country == "SYR"


def test_a_dateline_list_of_places_is_where() -> None:
    from sitrep.extract.coder import _place_use
    from sitrep.nlp import load_pipeline
    from sitrep.resolve.places import find_places

    doc = load_pipeline()("LRA Attack January 10, 2015 | Rafai, Mbomou, CAR")
    places = tuple(find_places(doc))
    assert places and all(w == 1.0 for w in _place_use(places, doc).values())


def test_without_a_place_the_parties_nationality_gives_bare_mentions_a_country() -> None:
    [arrest] = code_text("Kenyan officials said police detained four suspects on Friday.")
    assert [(a.text, a.country) for a in arrest.actors] == [("police", "KEN")]
    assert arrest.location is None  # a nationality is no place


def test_a_named_place_still_decides_over_nationality() -> None:
    [arrest] = code_text("French officials said police detained four suspects in Nairobi.")
    assert [(a.text, a.country) for a in arrest.actors] == [("police", "KEN")]


def test_a_donor_named_as_the_subject_is_not_where_its_aid_went() -> None:
    [gift] = code_text("Norway donated 40 tonnes of medicine to clinics in Malawi.")
    assert gift.location is not None and gift.location.country == "MWI"
