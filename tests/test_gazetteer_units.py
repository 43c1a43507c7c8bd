"""Subdivision points (hull centroid), former first-level units, and the place that stands
for a name the gazetteer lacks (scripts/build_gazetteer.py, sitrep.resolve.places)."""

from __future__ import annotations

from sitrep.resolve.gazetteer import GazetteerEntry
from sitrep.resolve.places import (
    Candidate,
    _can_contain,
    _fallback,
    _leading_unit,
    precision_of,
)
from tests.test_build_gazetteer import _builder


def _entry(gid: int, name: str, code: str, cc: str = "KE", lat: float = 0.0) -> GazetteerEntry:
    fclass = "P" if code.startswith("PPL") else ("H" if code in ("SEA", "OCN") else "A")
    return GazetteerEntry(gid, name, fclass, code, cc, "01", "", lat, 0.0, 1000)


def test_area_centre_is_moved_less_than_the_box_by_a_string_of_islands() -> None:
    build = _builder()
    square = [(lat / 2, lon / 2) for lat in range(11) for lon in range(11)]  # 0..5 degrees
    chain = [(5.0 + step, 2.5) for step in range(1, 6)]  # a line of islands up to 10 N
    lat, lon = build._area_centre(square + chain)
    box_lat, _ = build._box_centre(square + chain)
    assert abs(lon - 2.5) < 0.01
    assert abs(lat - 2.5) < abs(box_lat - 2.5)


def test_area_centre_falls_back_to_the_box_for_a_line() -> None:
    build = _builder()
    line = [(1.0, 1.0), (2.0, 2.0), (3.0, 3.0)]
    assert build._area_centre(line) == build._box_centre(line)


def test_area_centre_across_the_date_line() -> None:
    build = _builder()
    points = [(lat, lon) for lat in (-16.0, -17.0, -18.0) for lon in (178.0, 179.5, -179.0)]
    lat, lon = build._area_centre(points)
    assert abs(lat + 17.0) < 0.01
    assert lon > 178.0 or lon < -179.0


def test_unit_words_are_dropped_from_former_unit_names() -> None:
    build = _builder()
    bare = build._bare_unit_key
    key = build._unit_key
    assert bare(key("Telemark Fylke")) == key("Telemark")
    assert bare(key("Muhafazat al Wadi")) == key("Wadi")
    assert bare(key("Kasai-Occidental")) == key("Kasai Occidental")
    assert key("Vaermland") == key("Värmland")


def test_a_former_unit_reads_as_a_province() -> None:
    assert precision_of(_entry(1, "Old Province", "ADM1H")) == "province"


def test_only_regions_of_one_country_stand_for_a_neighbour() -> None:
    assert _can_contain(_entry(1, "Rift", "RGN"))
    assert not _can_contain(_entry(2, "Middle East", "RGN", cc=""))
    assert not _can_contain(_entry(3, "Red Sea", "SEA", cc=""))


def test_leading_unit_is_the_most_named_then_the_first_named() -> None:
    coast = _entry(10, "Coast", "ADM1")
    hills = _entry(11, "Hills", "ADM1")
    town = _entry(12, "Port", "PPL")
    country = _entry(13, "Kenya", "PCLI")
    chosen = [(coast, 0.9), (town, 0.9), (coast, 0.8), (hills, 0.9), (country, 0.9)]
    assert _leading_unit("KE", chosen) == coast
    assert _leading_unit("KE", [(hills, 0.9), (coast, 0.9)]) == hills
    assert _leading_unit("TZ", chosen) is None


def test_fallback_takes_a_place_of_the_same_sentence() -> None:
    text = "Floods hit Northland. Ruaroa is a hamlet near Kaitawa, officials said."
    names = ("Northland", "Ruaroa", "Kaitawa")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    region, town = _entry(20, "Northland", "ADM1", "NZ"), _entry(21, "Kaitawa", "PPL", "NZ")
    candidates = [
        Candidate(s, e, n.lower(), (), None, 0.8) for (s, e), n in zip(spans, names, strict=True)
    ]
    chosen: list[tuple[GazetteerEntry | None, float]] = [(region, 0.9), (None, 0.0), (town, 0.9)]
    assert _fallback(text, 1, candidates, {}, chosen) == town


def test_a_town_of_a_split_district_keeps_part_of_the_container_bonus() -> None:
    from sitrep.resolve.places import NEAR_DISTRICT_BONUS, _container_bonus

    district = GazetteerEntry(30, "Old Valley", "A", "ADM2", "PH", "11", "25", 0.0, 0.0, 9000)
    inside = GazetteerEntry(31, "Luma", "P", "PPL", "PH", "11", "25", 0.0, 0.0, 900)
    moved = GazetteerEntry(32, "Luma", "P", "PPL", "PH", "11", "P3", 0.0, 0.0, 900)
    elsewhere = GazetteerEntry(33, "Luma", "P", "PPL", "PH", "03", "25", 0.0, 0.0, 90000)
    assert _container_bonus(inside, (district,)) == 6.0
    assert _container_bonus(moved, (district,)) == NEAR_DISTRICT_BONUS
    assert _container_bonus(elsewhere, (district,)) == 0.0


def test_units_named_by_their_side_get_english_names() -> None:
    sides = _builder()._english_sides
    assert sides("Kasai-Occidental") == ["West Kasai", "Western Kasai"]
    assert sides("Occidental Mindoro") == ["West Mindoro", "Western Mindoro"]
    assert sides("Logone Oriental") == ["East Logone", "Eastern Logone"]
    assert sides("Orientale") == []
