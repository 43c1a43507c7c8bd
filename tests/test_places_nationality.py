"""A nationality word before a place name ('the Syrian town of Jobar') puts the place in that
country; a big city the NER tags as an organisation is still a place after 'in' ('fighting in
Erbil'). Small hand-written texts."""

from __future__ import annotations

from test_places import _spans

from sitrep.resolve.places import geoparse, resolve_spans


def test_a_town_the_gazetteer_lacks_takes_the_country_of_its_nationality_word() -> None:
    text = "The virus was found on the German island Rügen, officials in Sweden said."
    place = resolve_spans(text, _spans(text, ["Rügen", "Sweden"]))[0]
    assert place.country == "DEU"
    assert place.confidence <= 0.2


def test_a_namesake_abroad_gives_way_to_the_nationality_word() -> None:
    text = "Shelling hit the Syrian town of Jobar on Monday, activists said."
    place = next(p for p in geoparse(text) if p.text == "Jobar")
    assert place.country == "SYR"  # not Jübar in Germany


def test_the_nationality_word_picks_among_namesakes() -> None:
    text = "Troops entered the Lebanese town of Tripoli after a week of clashes."
    place = resolve_spans(text, _spans(text, ["Tripoli"]))[0]
    assert place.country == "LBN"
    text = "Troops entered the Libyan city of Tripoli after a week of clashes."
    assert resolve_spans(text, _spans(text, ["Tripoli"]))[0].country == "LBY"


def test_fillers_and_a_second_nationality_word_are_skipped() -> None:
    text = "Mortars struck the Turkish border town of Akcakale and the Iraqi Kurdish city of Erbil."
    out = resolve_spans(text, _spans(text, ["Akcakale", "Erbil"]))
    assert [p.country for p in out] == ["TUR", "IRQ"]


def test_held_and_pro_forms_give_no_country() -> None:
    text = "Shelling hit the Russian-held town of Tokmak, and the pro-Russian town of Tokmak."
    for place in resolve_spans(text, _spans(text, ["Tokmak"])):
        assert place.country == "UKR"


def test_a_big_city_tagged_as_an_organisation_is_found_after_in() -> None:
    places = geoparse("Fighting continued in Erbil on Monday, officials said.")
    assert [(p.text, p.country) for p in places] == [("Erbil", "IRQ")]


def test_an_alias_of_a_big_city_tagged_as_an_organisation_is_not() -> None:
    places = geoparse("Residents near Franklin and Kennedy Elementary School fell ill.")
    assert "Franklin" not in [p.text for p in places]  # an alias of Columbus, Ohio


def test_a_town_after_its_countrys_possessive_is_found_and_placed_there() -> None:
    # the model tags Karachi and Misrata as organisations after "Pakistan's", "Libya's"
    places = geoparse("13 killed in violence in Pakistan's Karachi")
    assert [(p.text, p.country) for p in places] == [("Pakistan", "PAK"), ("Karachi", "PAK")]
    places = geoparse("Militants attack court in Libya's Misrata")
    assert ("Misrata", "LBY") in [(p.text, p.country) for p in places]


def test_a_company_after_a_possessive_is_no_place() -> None:
    assert [p.text for p in geoparse("Russia's Gazprom cut supplies.")] == ["Russia"]


def test_a_namesake_abroad_matched_by_an_alternate_name_has_no_vote_of_its_own() -> None:
    text = "Clashes in the vicinity of the Palmyra area and in Jobar at the outskirts of Damascus"
    jobar = next(p for p in geoparse(text) if p.text == "Jobar")
    assert jobar.country == "SYR"  # not Jübar, Germany, which an alias matches
