"""Regions news names that the packages lack (the EU, Central America, Nagorno-Karabakh, the
American South), Russia's republics by their bare names, and a direction word sharing the
name after it ('North and South Kivu'). Small hand-written texts."""

from __future__ import annotations

from test_places import _spans

from sitrep.resolve.places import geoparse, resolve_spans


def _one(text: str, name: str) -> tuple[str | None, str | None, str | None]:
    place = resolve_spans(text, _spans(text, [name]))[0]
    return place.name, place.country, place.feature_code


def test_the_eu_is_a_region_of_no_one_country() -> None:
    text = "France is the seventh country in the European Union to report the virus."
    assert _one(text, "European Union") == ("European Union", None, "RGN")
    text = "Sweden is the ninth country in the EU to confirm the disease."
    assert _one(text, "EU")[0] == "European Union"


def test_conflict_regions_resolve_to_their_country() -> None:
    text = "Shelling resumed in Nagorno-Karabakh and in South Ossetia overnight."
    out = resolve_spans(text, _spans(text, ["Nagorno-Karabakh", "South Ossetia"]))
    assert [p.country for p in out] == ["AZE", "GEO"]
    places = geoparse("Drones struck targets across Waziristan on Sunday.")
    assert [(p.text, p.country) for p in places] == [("Waziristan", "PAK")]


def test_the_american_south_is_in_the_united_states() -> None:
    text = "Food rations will go up in smoke because of the starving of the American South."
    assert _one(text, "American South")[1] == "USA"


def test_a_russian_republic_answers_to_its_bare_name() -> None:
    text = "Gunmen attacked a police post in Dagestan on Sunday."
    name, country, code = _one(text, "Dagestan")
    assert country == "RUS" and code == "ADM1" and name is not None and "Dagestan" in name


def test_a_direction_word_shares_the_name_after_it() -> None:
    text = "Fighting in North and South Kivu displaced thousands."
    assert _one(text, "North")[1:] == ("COD", "ADM1")
    text = "Many species in the jungles of Central and South America are at risk."
    assert _one(text, "Central")[0] == "Central America"


def test_somalias_member_states_and_english_region_names() -> None:
    text = "Forces in Puntland and Jubaland pushed al-Shabab out of Lower Shabelle."
    out = resolve_spans(text, _spans(text, ["Puntland", "Jubaland", "Lower Shabelle"]))
    assert [p.country for p in out] == ["SOM", "SOM", "SOM"]
    assert out[2].feature_code == "ADM1"
