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
