"""Tests for sitrep.export: JSONL, CSV, GeoJSON, the terminal table and the summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ConfigError
from sitrep.export import (
    COLUMN_NAMES,
    CSV_COLUMNS,
    FORMATS,
    flat_row,
    format_summary,
    write_csv,
    write_events,
    write_geojson,
    write_jsonl,
    write_table,
)
from sitrep.export.columns import interaction
from sitrep.model import Actor, Article, ArticleResult, Event, Location, Magnitude, TextSpan
from sitrep.store import EventStore

DOCS = Path(__file__).resolve().parents[1] / "docs" / "STORAGE.md"

# -- a small factory -------------------------------------------------------------------------


def make_actor(text: str, **fields: Any) -> Actor:
    return Actor(text=text, start=0, end=len(text), **fields)


def make_event(
    *,
    trigger_start: int = 4,
    actors: tuple[Actor, ...] | None = None,
    recipients: tuple[Actor, ...] = (),
    location: Location | None = None,
    coordinates: bool = True,
    **fields: Any,
) -> Event:
    sentence = 'Army jets bombed El Fasher, "killing" 3, a resident said.'
    if location is None and coordinates:
        location = Location(
            text="El Fasher",
            start=17,
            end=26,
            name="El Fasher",
            geonameid=379252,
            lat=13.62793,
            lon=25.34936,
            country="SDN",
            admin1="North Darfur",
            precision="city",
        )
    values: dict[str, Any] = {
        "event_type": "ASSAULT",
        "event_mode": "aerial",
        "modality": "asserted",
        "quad_class": 4,
        "intensity": -9.0,
        "cameo_root": "19",
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Air/drone strike",
        "actors": actors
        if actors is not None
        else (make_actor("Army jets", name="Sudanese Armed Forces", country="SDN", inter=1),),
        "recipients": recipients,
        "location": location,
        "date": dt.date(2024, 3, 1),
        "date_precision": "day",
        "fatalities": Magnitude(2, 3, 5),
        "injured": Magnitude(10, 10, 10),
        "arrested": None,
        "trigger": TextSpan("bombed", 10 + trigger_start, 16 + trigger_start),
        "evidence": TextSpan(sentence, 100, 100 + len(sentence)),
        "attribution": make_actor("a resident", name="resident", sector="CVL"),
        "confidence": 0.75,
        "article_id": "art-1",
        "url": "https://example.org/news/1",
    }
    values.update(fields)
    return Event(**values)


RSF = make_actor("RSF", name="Rapid Support Forces", country="SDN", sector="REB", inter=2)
CIVILIANS = make_actor("residents", country="SDN", sector="CVL", inter=7)


@pytest.fixture
def events() -> list[Event]:
    return [
        make_event(recipients=(RSF, CIVILIANS)),
        make_event(trigger_start=50, event_type="PROTEST", event_mode="demo", coordinates=False),
        make_event(trigger_start=90, modality="negated", fatalities=None, date=None),
    ]


# -- JSONL -----------------------------------------------------------------------------------


def test_jsonl_parses_back_to_the_same_events(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_jsonl(events, out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert [Event.from_dict(json.loads(line)) for line in lines] == events
    assert json.loads(lines[0]) == json.loads(json.dumps(events[0].to_dict()))


def test_jsonl_keeps_unicode_readable() -> None:
    event = make_event(actors=(make_actor("Ärzte ohne Grenzen"),))
    out = io.StringIO()
    write_jsonl([event], out)
    assert "Ärzte" in out.getvalue()


# -- CSV -------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_header_and_values(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_csv(events, out) == 3
    assert out.getvalue().splitlines()[0].split(",") == list(COLUMN_NAMES)
    rows = read_csv(out.getvalue())
    first = rows[0]
    assert first["event_id"] == events[0].event_id
    assert first["event_date"] == "2024-03-01" and first["year"] == "2024"
    assert first["time_precision"] == "1"
    assert first["event_type"] == "ASSAULT" and first["event_mode"] == "aerial"
    assert first["actor1"] == "Sudanese Armed Forces"
    assert first["actor2"] == "Rapid Support Forces; residents"
    assert first["actor2_country"] == "SDN"
    assert first["actor2_sector"] == "REB; CVL"
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("1", "2", "12")
    assert first["source_actor"] == "resident"
    assert (first["latitude"], first["longitude"]) == ("13.62793", "25.34936")
    assert first["geo_precision"] == "1" and first["location_precision"] == "city"
    assert (first["fatalities"], first["fatalities_low"], first["fatalities_high"]) == (
        "3",
        "2",
        "5",
    )
    assert first["injured"] == "10" and first["arrested"] == ""
    assert first["evidence"] == events[0].evidence.text  # commas and quotes survive
    assert first["notes"] == (
        "On 2024-03-01 in El Fasher: Sudanese Armed Forces ASSAULT/aerial"
        " → Rapid Support Forces; residents; 3 killed."
    )


def test_csv_empty_cells_for_missing_values(events: list[Event]) -> None:
    out = io.StringIO()
    write_csv(events, out)
    second, third = read_csv(out.getvalue())[1:]
    assert second["location"] == "" and second["latitude"] == ""
    assert second["interaction"] == "10"  # the army acting alone
    assert third["event_date"] == "" and third["fatalities"] == ""
    assert third["notes"].endswith("; negated.")


def test_csv_with_no_events_writes_the_header() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == ",".join(COLUMN_NAMES) + "\n"


@pytest.mark.parametrize(
    ("inter1", "inter2", "has_recipient", "expected"),
    [
        (1, 2, True, "12"),
        (2, 1, True, "12"),
        (7, 1, True, "17"),
        (6, None, False, "60"),
        (1, None, True, None),
        (None, 2, True, None),
        (3, 3, True, "33"),
    ],
)
def test_interaction(
    inter1: int | None, inter2: int | None, has_recipient: bool, expected: str | None
) -> None:
    assert interaction(inter1, inter2, has_recipient=has_recipient) == expected


def test_flat_row_follows_column_order(events: list[Event]) -> None:
    assert tuple(flat_row(events[0])) == COLUMN_NAMES
    assert len(set(COLUMN_NAMES)) == len(COLUMN_NAMES)


# -- GeoJSON ---------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_geojson(events, out) == 2
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["skipped_without_coordinates"] == 1
    features = collection["features"]
    assert [feature["id"] for feature in features] == [events[0].event_id, events[2].event_id]
    point = features[0]["geometry"]
    assert point == {"type": "Point", "coordinates": [25.34936, 13.62793]}  # lon, lat
    assert features[0]["properties"]["event_type"] == "ASSAULT"
    assert features[0]["properties"]["fatalities"] == 3
    assert features[1]["properties"]["event_date"] is None


def test_geojson_with_nothing_to_map() -> None:
    for events in ([], [make_event(coordinates=False)]):
        out = io.StringIO()
        assert write_geojson(events, out) == 0
        collection = json.loads(out.getvalue())
        assert collection["features"] == []
        assert collection["skipped_without_coordinates"] == len(events)


# -- table and dispatcher --------------------------------------------------------------------


def test_table_shows_the_essentials(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_table(events, out) == 3
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["TYPE", "MODALITY", "WHO", "WHERE", "DATE", "DEATHS", "TRIGGER"]
    assert len(lines) == 5
    first = lines[2]
    assert "ASSAULT/aerial" in first and "asserted" in first
    assert "Sudanese Armed Forces -> Rapid Suppor..." in first
    assert "El Fasher, SDN" in first and "2024-03-01" in first and "3~" in first
    assert first.rstrip().endswith("bombed")
    assert "negated" in lines[4]


def test_table_cuts_long_values_and_keeps_alignment() -> None:
    long_name = make_actor("x" * 80)
    out = io.StringIO()
    write_table([make_event(actors=(long_name,)), make_event(trigger_start=9)], out)
    lines = out.getvalue().splitlines()
    assert lines[2].index("El Fasher") == lines[3].index("El Fasher")
    assert "x" * 80 not in lines[2]


def test_implicit_actor_is_labelled() -> None:
    implicit = Actor(text="", start=4, end=4, sector="UAF", implicit=True)
    row = flat_row(make_event(actors=(implicit,)))
    assert row["actor1"] == "(unidentified)"
    assert row["actor1_sector"] == "UAF"


def test_table_with_no_events() -> None:
    out = io.StringIO()
    assert write_table([], out) == 0
    assert out.getvalue().splitlines()[-1] == "(no events)"


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_events_dispatches(fmt: Any, events: list[Event]) -> None:
    out = io.StringIO()
    expected = 2 if fmt == "geojson" else 3
    assert write_events(iter(events), out, fmt) == expected
    assert out.getvalue()


def test_write_events_rejects_unknown_format(events: list[Event]) -> None:
    with pytest.raises(ConfigError, match="choose one of: table, jsonl, csv, geojson"):
        write_events(events, io.StringIO(), "parquet")  # type: ignore[arg-type]


# -- store to export, and the summary --------------------------------------------------------


def test_store_query_streams_into_every_format(events: list[Event]) -> None:
    with EventStore(":memory:") as store:
        article = Article(text="Army jets bombed El Fasher.", id="art-1")
        store.add_result(ArticleResult(article=article, events=tuple(events)))
        out = io.StringIO()
        assert write_jsonl(store.query_events(event_type=["ASSAULT"]), out) == 2
        stored = [Event.from_dict(json.loads(line)) for line in out.getvalue().splitlines()]
        assert stored == [events[0], events[2]]
        summary = format_summary(store.summary())
    assert "articles: 1 (0 without events)  events: 3" in summary
    assert re.search(r"ASSAULT\s+2", summary)
    assert "Events by modality:" in summary and re.search(r"negated\s+1", summary)
    assert "event dates: 2024-03-01 to 2024-03-01" in summary


def test_format_summary_of_an_empty_store() -> None:
    with EventStore(":memory:") as store:
        text = format_summary(store.summary())
    assert "events: 0" in text
    assert "Events by type" not in text


# -- docs ------------------------------------------------------------------------------------


def test_every_csv_column_is_documented() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    missing = [name for name, _ in CSV_COLUMNS if f"`{name}`" not in docs]
    assert not missing, f"document these CSV columns in {DOCS.name}: {missing}"
