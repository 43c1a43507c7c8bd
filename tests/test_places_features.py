"""Natural features (seas, ranges, deltas, lakes), former first-level units, and towns listed
together (small hand-written texts, no dev data)."""

from __future__ import annotations

from test_places import _spans

from sitrep.resolve.places import geoparse, resolve_spans


def test_seas_ranges_and_deltas_are_features_not_towns() -> None:
    text = "Storms crossed the North Sea while snow closed passes in the Carpathian Mountains."
    sea, range_ = resolve_spans(text, _spans(text, ["North Sea", "Carpathian Mountains"]))
    assert sea.feature_code == "SEA" and sea.precision is None
    assert range_.feature_code == "MTS"
    text = "Fishermen in the Mekong Delta lost their boats."
    (delta,) = resolve_spans(text, _spans(text, ["Mekong Delta"]))
    assert delta.feature_code == "DLTA" and delta.country == "VNM"


def test_a_lake_is_found_in_running_text() -> None:
    found = {p.text: p for p in geoparse("Herders near Lake Chad fled the raids.")}
    assert found["Lake Chad"].feature_code == "LK"


def test_a_former_region_is_a_province() -> None:
    text = "Two schools in Rhone-Alpes closed after the outbreak, officials in France said."
    region, country = resolve_spans(text, _spans(text, ["Rhone-Alpes", "France"]))
    assert region.feature_code == "ADM1H" and region.precision == "province"
    assert region.country == country.country == "FRA"


def test_towns_listed_together_lie_in_one_province() -> None:
    text = "Floods cut the roads between San Juan, Celendín and Bambamarca last week."
    out = resolve_spans(text, _spans(text, ["San Juan", "Celendín", "Bambamarca"]))
    assert {p.admin1 for p in out} == {"Cajamarca"}


def test_a_town_named_like_a_state_in_a_list_stays_the_state() -> None:
    text = "Parcels went out from depots in Buffalo and Florida on Monday."
    state = resolve_spans(text, _spans(text, ["Buffalo", "Florida"]))[1]
    assert state.feature_code == "ADM1"


def test_a_state_named_like_a_country_among_other_states_is_the_state() -> None:
    text = (
        "U.S. tests on cattle from Kansas came back clean, Ohio officials said. A doubtful "
        "sample was flown to a private laboratory in Georgia, and experts from Canada and "
        "France were consulted."
    )
    names = ["U.S.", "Kansas", "Ohio", "Georgia", "Canada", "France"]
    georgia = resolve_spans(text, _spans(text, names))[3]
    assert georgia.feature_code == "ADM1" and georgia.country == "USA"


def test_the_country_georgia_beside_its_neighbours_stays_the_country() -> None:
    text = "Talks in Tbilisi: Georgia and Armenia signed a trade deal, Texas oil firms said."
    names = ["Tbilisi", "Georgia", "Armenia", "Texas"]
    georgia = resolve_spans(text, _spans(text, names))[1]
    assert georgia.feature_code == "PCLI"


def test_a_town_among_towns_of_one_state_is_that_state_s_namesake() -> None:
    text = (
        "Volunteers from Lufkin came to help. Corsicana and Nacogdoches sent trucks, and a "
        "pastor of Athens said the church would open."
    )
    athens = resolve_spans(text, _spans(text, ["Lufkin", "Corsicana", "Nacogdoches", "Athens"]))[3]
    assert athens.country == "USA" and athens.admin1 == "Texas"


def test_a_town_outside_the_province_the_text_gives_falls_back_to_the_province() -> None:
    from sitrep.resolve.gazetteer import GazetteerEntry
    from sitrep.resolve.places import Candidate, _context, _outside_named_container

    text = "Pigs died in Mabato, Verdeland last week."
    town = GazetteerEntry(1, "Mabato", "P", "PPL", "PH", "01", "", 0.0, 0.0, 5000)
    unit = GazetteerEntry(2, "Verdeland", "A", "ADM1", "PH", "02", "", 1.0, 1.0, 90000)
    first = text.index("Mabato")
    second = text.index("Verdeland")
    candidates = [
        Candidate(first, first + 6, "mabato", (town,), None, 0.8),
        Candidate(second, second + 9, "verdeland", (unit,), None, 0.8),
    ]
    context = _context(text, candidates)
    assert _outside_named_container(candidates, [(town, 0.9), (unit, 0.9)], context) == {0}
    inside = GazetteerEntry(3, "Mabato", "P", "PPL", "PH", "02", "", 1.0, 1.0, 500)
    assert not _outside_named_container(candidates, [(inside, 0.9), (unit, 0.9)], context)


def test_a_city_bearing_the_name_beats_a_bigger_one_with_it_as_an_alias() -> None:
    text = "Hotels in Cancun were evacuated before the hurricane."
    (city,) = resolve_spans(text, _spans(text, ["Cancun"]))
    assert city.country == "MEX"
