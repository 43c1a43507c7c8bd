"""Gazetteer keys, the SQLite index and look-ups (small hand-written sources)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sitrep.errors import ModelError
from sitrep.resolve.gazetteer import (
    Gazetteer,
    build_index,
    index_path,
    load_gazetteer,
    loose_key,
    name_key,
)

ROWS = [
    "#iso3\tSY=SYR\tUS=USA",
    "#demonym\tSyrian\tSYR",
    "170063\tAleppo\tP\tPPL\tSY\t09\t\t36.2012\t37.1612\t2098210\tHalab|Alep",
    "170062\tḨalab\tA\tADM1\tSY\t09\t\t36.0\t37.5\t2802348\tAleppo Governorate",
    "163843\tSyria\tA\tPCLI\tSY\t\t\t35.0\t38.0\t11174561\tSyrian Arab Republic",
    "169389\tIdlib\tP\tPPL\tSY\t12\t\t35.9306\t36.6339\t128840\tIdleb",
    "170794\tDeir ez-Zor\tP\tPPL\tSY\t07\t\t35.3359\t40.1408\t271800\tDayr az Zawr",
]


@pytest.fixture()
def small(tmp_path: Path) -> Gazetteer:
    source = tmp_path / "gaz.tsv.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(ROWS) + "\n")
    return Gazetteer(build_index(source, tmp_path / "gaz.sqlite"))


def test_name_key_folds_accents_and_punctuation() -> None:
    assert name_key("Ḩalab") == "halab"
    assert name_key("Dar'a") == name_key("Dar’a") == "dara"
    assert name_key("U.S.") == "us"
    assert name_key("Deir ez-Zor") == "deir ez zor"


def test_loose_key_meets_transliteration_variants() -> None:
    assert loose_key("Deir al-Zour") == loose_key("Deir ez-Zor") == loose_key("Dayr az Zawr")
    assert loose_key("Raqqah") == loose_key("Raqqa")


def test_lookup_exact_and_loose(small: Gazetteer) -> None:
    assert [e.name for e in small.candidates("Halab")] != []
    names = {e.name for e in small.candidates("Aleppo")}
    assert names == {"Aleppo"}
    assert [e.name for e in small.candidates("Deir al-Zour")] == ["Deir ez-Zor"]
    assert small.candidates("Atlantis") == []


def test_small_tables(small: Gazetteer) -> None:
    assert small.country_iso3("SY") == "SYR"
    assert small.admin1_name("SY", "09") == "Ḩalab"
    assert small.demonym_country("Syrian") == "SYR"
    assert small.count() == 5


def test_missing_source_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        index_path(tmp_path / "nope.tsv.gz")


def test_broken_source_is_a_model_error(tmp_path: Path) -> None:
    source = tmp_path / "bad.tsv.gz"
    source.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="cannot build"):
        build_index(source, tmp_path / "bad.sqlite")
    assert not (tmp_path / "bad.sqlite").exists()


def test_shipped_gazetteer_opens_after_a_reset() -> None:
    load_gazetteer()  # may build the index on a fresh machine; open time: bench/resolution.py
    from sitrep.resolve.gazetteer import reset_cache

    reset_cache()
    gazetteer = load_gazetteer()
    assert gazetteer.count() > 200_000
    found = gazetteer.candidates("Aleppo")
    assert any(e.feature_code == "PPL" and e.country == "SY" for e in found)


def test_unwritable_cache_dir_falls_back_to_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from sitrep.resolve import gazetteer

    source = tmp_path / "gaz.tsv.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(ROWS) + "\n")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "cache"))  # under a file: unwritable
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    built = gazetteer.ensure_index(source)
    assert built.is_file() and str(built).startswith(str(tmp_path / "tmp"))
    assert Gazetteer(built).count() == 5


def test_index_name_follows_content(tmp_path: Path) -> None:
    import shutil

    first = tmp_path / "a.tsv.gz"
    with gzip.open(first, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(ROWS) + "\n")
    second = tmp_path / "b.tsv.gz"
    shutil.copy(first, second)  # same bytes, another path and mtime: same index
    assert index_path(first) == index_path(second)
    with gzip.open(second, "at", encoding="utf-8") as handle:
        handle.write("1\tX\tP\tPPL\tSY\t\t\t1\t1\t0\t\n")
    assert index_path(first) != index_path(second)
