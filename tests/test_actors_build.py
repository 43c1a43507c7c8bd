"""Tests for scripts/build_actors.py: TABARI parsing, malformed dates, sitrep's own TSV files."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from types import ModuleType

import pytest
from helpers import load_script

from sitrep.resolve.actors import ActorResolver
from sitrep.resolve.actors.store import load_tables

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_actors.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load_script("build_actors")


def test_tabari_dates(build: ModuleType) -> None:
    assert build.parse_tabari_date("000717") == 20000717
    assert build.parse_tabari_date("320101") == 19320101
    assert build.parse_tabari_date("20070101") == 20070101
    with pytest.raises(ValueError, match="malformed date '2004017'"):
        build.parse_tabari_date("2004017")
    with pytest.raises(ValueError, match="out of range"):
        build.parse_tabari_date("20071301")
    assert build.parse_date_bounds(">000717") == (20000717, 0)
    assert build.parse_date_bounds("<061231") == (0, 20061231)
    assert build.parse_date_bounds("830101-000101") == (19830101, 20000101)


def test_cameo_codes_become_plover(build: ModuleType) -> None:
    iso = frozenset({"SYR", "USA", "KOR", "AGO"})
    assert build.parse_cameo_code("SYRGOVMIL", iso) == ("SYR", ["GOV", "MIL"])
    assert build.parse_cameo_code("USAMED", iso) == ("USA", ["JRN"])  # CAMEO media
    assert build.parse_cameo_code("~HLH", iso) == (None, ["MED"])  # CAMEO health
    assert build.parse_cameo_code("IGOUNOKID", iso) == ("UNO", [])
    assert build.parse_cameo_code("ANGREB", iso) == ("AGO", ["REB"])
    assert build.parse_cameo_code("MED", iso, plover=True) == (None, ["MED"])


def test_tabari_file_with_malformed_date_is_skipped_with_a_message(
    build: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "x.actors.txt"
    path.write_text(
        "# comment\n"
        "SYRIA_  [SYR]\n+SYRIAN_\n\n"
        "BASHAR_AL_ASSAD_  # CountryInfo.txt\n+ASSAD_\n\t[SYRELI 830101-000101]\n"
        "\t[SYRGOV >000717]\n"
        "BAN_KI-MOON [IGOUNO >20070101] [KORGOVBUS 2004017-20061201]\n",
        encoding="utf-8",
    )
    book = build.Book()
    build.add_tabari_actors(path, book, frozenset({"SYR", "KOR"}), countries=True)
    assert book.patterns["syrian"] == ["c", "SYR", None]
    assad = book.actors[book.patterns["assad"][1]]
    assert assad[0] == "Bashar Al Assad"
    assert [role[3:] for role in assad[1]] == [[19830101, 20000101], [20000717, 0]]
    ban = book.actors[book.patterns["ban ki moon"][1]]
    assert len(ban[1]) == 1
    assert any("x.actors.txt:9" in w and "2004017" in w for w in book.warnings)


def test_consecutive_tabari_names_share_the_codes_that_follow(
    build: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "y.actors.txt"
    path.write_text(
        "Source: a header line\n"
        "ALDO_MORENO_  # a leader written under several names\n+PRESIDENT_MORENO\n"
        "FORMER_PRESIDENT_ALDO_MORENO\n"
        "\t[ESPGOV 700101-791231]\n\t[ESPELI 800101-151231]\n"
        "LONELY_NAME_WITHOUT_CODES\n\n"
        "UNRELATED_GROUP_\n\t[ESPREB]\n",
        encoding="utf-8",
    )
    book = build.Book()
    build.add_tabari_actors(path, book, frozenset({"ESP"}), countries=False)
    moreno = book.actors[book.patterns["president moreno"][1]]
    assert moreno[0] == "Aldo Moreno"
    assert [role[:2] for role in moreno[1]] == [["ESP", "GOV"], ["ESP", "ELI"]]
    former = book.actors[book.patterns["former president aldo moreno"][1]]
    assert former[1] == moreno[1]
    # a blank line ends a run: the code-less name is skipped, not given the next codes
    assert "lonely name without codes" not in book.patterns
    assert any("LONELY_NAME_WITHOUT_CODES" in w and "no code" in w for w in book.warnings)
    assert not any(key.startswith("source") for key in book.patterns)
    group = book.actors[book.patterns["unrelated group"][1]]
    assert [role[:2] for role in group[1]] == [["ESP", "REB"]]


def test_own_tsv_with_malformed_date_stops_the_build(build: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "actors_extra.tsv"
    path.write_text("# header\nMr X\tX\tSYR GOV 2024-13-01..\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"actors_extra.tsv:2: impossible date"):
        build.add_extra_actors(path, build.Book(), frozenset({"SYR"}))
    path.write_text("Mr X\tX\tSYR GOV 24-01-01..\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match="write YYYY-MM-DD"):
        build.add_extra_actors(path, build.Book(), frozenset({"SYR"}))
    path.write_text("Mr X\tX\tSYR XXX\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match="unknown PLOVER sector"):
        build.add_extra_actors(path, build.Book(), frozenset({"SYR"}))


def test_own_tsv_roles(build: ModuleType) -> None:
    role = build.parse_extra_role("SYR GOV/MIL 2000-07-17..2024-12-08", "f:1", frozenset({"SYR"}))
    assert role.as_list() == ["SYR", "GOV", "MIL", 20000717, 20241208]
    assert build.parse_extra_role("IMG REB", "f:1", frozenset()).as_list() == [
        "IMG",
        "REB",
        None,
        0,
        0,
    ]


def test_agent_forms(build: ModuleType) -> None:
    subs = {"!PERSON!": ["MAN", "WOMAN"]}
    assert build.agent_forms("CATTLE!PERSON!", subs) == [
        "CATTLEMAN",
        "CATTLEMEN",
        "CATTLEWOMAN",
        "CATTLEWOMEN",
    ]
    assert build.agent_forms("THIEF {THIEVES}", {}) == ["THIEF", "THIEFS", "THIEVES"]
    assert build.strip_trailing_words("AMBASSADOR_TO") == "AMBASSADOR"


def test_written_file_is_deterministic_and_loads(build: ModuleType, tmp_path: Path) -> None:
    data = {
        "format": "sitrep-actors",
        "version": 1,
        "countries": {"SYR": ["Syria", "Syrian"]},
        "actors": [["Mr X", [["SYR", "GOV", None, 20000101, 0]], None, "person"]],
        "agents": [],
        "patterns": {"mr x": ["a", 0]},
    }
    build.write(data, tmp_path / "a.json.gz")
    build.write(data, tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
    resolver = ActorResolver(load_tables(tmp_path / "a.json.gz"))
    assert resolver.resolve("Mr X", date=dt.date(2001, 1, 1))[0].sector == "GOV"


@pytest.mark.shared
@pytest.mark.slow
def test_committed_file_matches_a_fresh_build(build: ModuleType, shared_dir: Path) -> None:
    data, warnings = build.build(shared_dir)
    committed = SCRIPT.parents[1] / "sitrep" / "data" / "actors.json.gz"
    with gzip.open(committed, "rt", encoding="utf-8") as handle:
        shipped = json.load(handle)
    assert shipped == json.loads(json.dumps(data)), "run: python scripts/build_actors.py"
    assert all(": " in warning for warning in warnings)
