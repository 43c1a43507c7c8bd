"""The gazetteer builder's point rules (scripts/build_gazetteer.py; no packages needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", module)
    spec.loader.exec_module(module)
    return module


def test_box_centre_drops_a_lone_miscoded_city() -> None:
    build = _builder()
    grid = [(30.0 + i * 0.5, 118.0 + j * 0.5) for i in range(6) for j in range(6)]
    lat, lon = build._box_centre([*grid, (29.0, 100.3)])  # a town 1,700 km west
    assert abs(lat - 31.25) < 0.01 and abs(lon - 119.25) < 0.01


def test_box_centre_keeps_a_real_outlying_part() -> None:
    build = _builder()
    south = [(-27.0 - i * 0.1, 152.0 + j * 0.1) for i in range(5) for j in range(5)]
    north = [(-11.0 - i * 0.1, 142.0) for i in range(5)]
    lat, _ = build._box_centre(south + north)
    assert -20.0 < lat < -18.0  # the islands in the north stay part of the box


def test_small_sets_are_kept_whole() -> None:
    build = _builder()
    assert build._box_centre([(0.0, 0.0), (10.0, 10.0)]) == (5.0, 5.0)
