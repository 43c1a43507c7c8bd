"""Province points from the country's outline split among its towns (scripts/build_gazetteer.py,
``_area_shares``): hand-made outlines and towns, numpy only."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from tests.test_build_gazetteer import _builder

SQUARE = [[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]]
# a country 10° wide and 2° high along the equator: (lon, lat) vertices
STRIP = [[(0.0, -1.0), (10.0, -1.0), (10.0, 1.0), (0.0, 1.0), (0.0, -1.0)]]


def test_grid_cells_fill_the_outline_and_nothing_else() -> None:
    build = _builder()
    lats, lons = build._grid_cells(SQUARE)
    assert len(lats) > 1000
    assert lats.min() > 0.0 and lats.max() < 2.0 and lons.min() > 0.0 and lons.max() < 2.0
    assert abs(lats.mean() - 1.0) < 0.01 and abs(lons.mean() - 1.0) < 0.01


def test_grid_cells_leave_out_a_lake() -> None:
    build = _builder()
    hole = [(0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 1.5), (0.5, 0.5)]
    lats, lons = build._grid_cells([SQUARE[0], hole])
    inside = (lats > 0.5) & (lats < 1.5) & (lons > 0.5) & (lons < 1.5)
    assert not inside.any()
    assert len(lats) > 500


def test_a_province_whose_towns_crowd_one_edge_gets_the_middle_of_its_share() -> None:
    build = _builder()
    west = [(0.0, 0.5, "W"), (0.3, 0.6, "W"), (-0.3, 0.4, "W")]
    east = [(0.0, 9.0, "E"), (0.5, 9.5, "E")]
    points = build._area_shares(STRIP, west + east)
    # the border falls half way between the nearest towns (lon ~4.75): the western
    # province's share is lon 0-4.75, its middle about 2.4 (its towns' hull sits at 0.5)
    lat, lon = points["W"]
    assert 2.1 < lon < 2.7 and abs(lat) < 0.1
    assert 7.0 < points["E"][1] < 7.7


def test_a_stray_town_claims_only_the_cell_around_it() -> None:
    build = _builder()
    west = [(0.0, 1.0, "W"), (0.0, 2.0, "W"), (0.0, 3.0, "W"), (0.0, 8.9, "W")]  # stray
    east = [(0.0, 7.0, "E"), (0.0, 8.0, "E"), (0.0, 9.0, "E")]
    lon = build._area_shares(STRIP, west + east)["W"][1]
    assert lon < 3.6  # without the stray about 2.5; a hull through it would sit near 5


def test_an_outline_or_towns_missing_gives_no_points() -> None:
    build = _builder()
    assert build._area_shares([], [(0.0, 1.0, "W")]) == {}
    assert build._area_shares(STRIP, []) == {}
    assert build._outline({}) == []
    assert build._outline({"geoJSON": {"features": [{"geometry": {
        "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}}) == [
        [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]
    ]


@pytest.mark.skipif(importlib.util.find_spec("scipy") is None, reason="scipy not installed")
def test_brute_force_nearest_town_matches_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    build = _builder()
    rng = np.random.default_rng(7)
    towns = build._unit_vectors(rng.uniform(-40, 40, 300), rng.uniform(-60, 60, 300))
    cells = build._unit_vectors(rng.uniform(-40, 40, 5000), rng.uniform(-60, 60, 5000))
    tree = build._nearest(towns, cells)
    import builtins

    real_import = builtins.__import__

    def no_scipy(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("scipy"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_scipy)
    assert (build._nearest(towns, cells) == tree).all()
