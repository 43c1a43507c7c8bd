"""Tests for sitrep.store: the SQLite event store."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ConfigError, StoreError
from sitrep.model import Actor, Article, ArticleResult, Event, Location, Magnitude, TextSpan
from sitrep.store import EventStore, Migration, schema
from sitrep.store import sqlite as store_sqlite
from sitrep.store.sqlite import split_error

# -- a small factory -------------------------------------------------------------------------


def make_actor(text: str, *, country: str | None = None, inter: int | None = None) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text.title(), country=country, inter=inter)


def make_event(
    *,
    event_type: Any = "ASSAULT",
    trigger_start: int = 10,
    article_id: str = "a1",
    actors: tuple[Actor, ...] = (),
    recipients: tuple[Actor, ...] = (),
    country: str | None = "SDN",
    date: dt.date | None = dt.date(2024, 3, 1),
    modality: Any = "asserted",
    deaths: int | None = 3,
) -> Event:
    place = Location(
        text="El Fasher",
        start=40,
        end=49,
        name="El Fasher",
        geonameid=1,
        lat=13.6,
        lon=25.3,
        country=country,
        admin1="North Darfur",
        precision="city",
    )
    sentence = f"Sentence with trigger at {trigger_start}."
    return Event(
        event_type=event_type,
        event_mode="aerial" if event_type == "ASSAULT" else None,
        modality=modality,
        quad_class=4,
        intensity=-9.0,
        cameo_root="19",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
        actors=actors or (make_actor("the army", country="SDN", inter=1),),
        recipients=recipients,
        location=place if country else None,
        date=date,
        date_precision="day" if date else None,
        fatalities=Magnitude(deaths, deaths, deaths) if deaths is not None else None,
        injured=None,
        arrested=None,
        trigger=TextSpan("bombed", trigger_start, trigger_start + 6),
        evidence=TextSpan(sentence, 0, len(sentence)),
        attribution=None,
        confidence=0.8,
        article_id=article_id,
        url=None,
    )


def make_result(
    article_id: str = "a1", text: str = "The army bombed El Fasher.", n_events: int = 2
) -> ArticleResult:
    article = Article(text=text, id=article_id, origin=f"test:{article_id}")
    events = tuple(make_event(article_id=article_id, trigger_start=10 + i) for i in range(n_events))
    return ArticleResult(article=article, events=events)


@pytest.fixture
def store() -> Iterator[EventStore]:
    with EventStore(":memory:") as db:
        yield db


def count(db: EventStore, table: str) -> int:
    return int(db._connection().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


# -- opening and migrations ------------------------------------------------------------------


def test_new_store_records_migrations(store: EventStore) -> None:
    names = [name for name, _ in store.migrations()]
    assert names == [m.name for m in schema.MIGRATIONS]
    assert store.migrations_applied == names


def test_reopening_applies_nothing_and_new_migrations_apply_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sub" / "events.db"
    with EventStore(path) as db:
        assert db.migrations_applied == ["001_initial"]
    with EventStore(path) as db:
        assert db.migrations_applied == []
    extra = Migration("002_test", ("CREATE TABLE extra (x {int})",))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    with EventStore(path) as db:
        assert db.migrations_applied == ["002_test"]
        assert [name for name, _ in db.migrations()] == ["001_initial", "002_test"]


def test_database_from_a_newer_sitrep_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "events.db"
    extra = Migration("999_future", ("CREATE TABLE future (x {int})",))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    EventStore(path).close()
    monkeypatch.undo()
    with pytest.raises(StoreError, match="newer sitrep"):
        EventStore(path)


def test_home_folder_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with EventStore("~/data/events.db") as db:
        assert db.path == str(tmp_path / "data" / "events.db")
    assert (tmp_path / "data" / "events.db").is_file()


def test_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with EventStore(tmp_path / "events.db") as db:
        conn = db._connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_non_database_file_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database, just some text\n" * 50)
    with pytest.raises(StoreError) as info:
        EventStore(path)
    message = str(info.value)
    assert "\n" not in message
    assert "notes.txt" in message and "not a database" in message


def test_directory_path_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the event store"):
        EventStore(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_raises_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="writable folder"):
            EventStore(folder / "events.db")
    finally:
        folder.chmod(0o755)


def test_closed_store_raises(tmp_path: Path) -> None:
    db = EventStore(":memory:")
    db.close()
    db.close()
    with pytest.raises(StoreError, match="closed"):
        db.has_article(Article(text="x"))


def test_schema_renders_for_both_engines() -> None:
    for migration in schema.MIGRATIONS:
        for statement in migration.statements:
            for types in (schema.SQLITE_TYPES, schema.POSTGRES_TYPES):
                rendered = schema.render(statement, types)
                assert "{" not in rendered and "}" not in rendered


# -- writing ---------------------------------------------------------------------------------


def test_add_then_readd_is_unchanged(store: EventStore) -> None:
    result = make_result()
    assert not store.has_article(result.article)
    assert store.add_result(result) == "added"
    assert store.has_article(result.article)
    assert store.add_result(result) == "unchanged"
    assert count(store, "articles") == 1
    assert count(store, "events") == 2
    assert count(store, "event_actors") == 2


def test_same_key_new_text_replaces_events(store: EventStore) -> None:
    store.add_result(make_result(n_events=3))
    changed = make_result(text="The army shelled El Fasher again.", n_events=1)
    assert not store.has_article(changed.article)
    assert store.add_result(changed) == "replaced"
    assert count(store, "articles") == 1
    assert count(store, "events") == 1
    assert count(store, "event_actors") == 1
    assert store.has_article(changed.article)


def test_force_recodes_same_text(store: EventStore) -> None:
    store.add_result(make_result(n_events=2))
    assert store.add_result(make_result(n_events=1), force=True) == "replaced"
    assert count(store, "events") == 1


def test_duplicate_event_id_is_stored_once(store: EventStore) -> None:
    event = make_event()
    article = Article(text="x", id="a1")
    assert store.add_result(ArticleResult(article=article, events=(event, event))) == "added"
    assert count(store, "events") == 1
    assert count(store, "event_actors") == 1


def test_failed_article_is_recorded_not_stored(store: EventStore) -> None:
    result = ArticleResult(
        article=Article(text="x", id="bad", origin="in.jsonl:3"), error="EncodingError: not UTF-8"
    )
    assert store.add_result(result, run_id="r1") == "failed"
    assert count(store, "articles") == 0
    row = (
        store._connection()
        .execute("SELECT origin, article_key, message, error_type, run_id FROM failures")
        .fetchone()
    )
    assert row == ("in.jsonl:3", "id:bad", "not UTF-8", "EncodingError", "r1")


def test_failure_keeps_previously_stored_events(store: EventStore) -> None:
    store.add_result(make_result())
    failed = ArticleResult(article=make_result(text="new text").article, error="boom")
    assert store.add_result(failed) == "failed"
    assert count(store, "events") == 2


def test_error_mid_article_rolls_back_everything(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    original = EventStore._insert_actors

    def flaky(self: EventStore, conn: sqlite3.Connection, event: Event) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("crash between inserts")
        original(self, conn, event)

    monkeypatch.setattr(EventStore, "_insert_actors", flaky)
    with pytest.raises(RuntimeError):
        store.add_result(make_result(n_events=3))
    for table in ("articles", "events", "event_actors"):
        assert count(store, table) == 0
    monkeypatch.undo()
    assert store.add_result(make_result(n_events=3)) == "added"


def test_error_mid_replacement_keeps_old_version(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_result(make_result(n_events=2))

    def broken(self: EventStore, conn: sqlite3.Connection, event: Event) -> None:
        conn.execute(
            "INSERT INTO event_actors (event_id, role, position, text) "
            "VALUES ('nope', 'actor', 0, 'x')"
        )  # violates the foreign key

    monkeypatch.setattr(EventStore, "_insert_actors", broken)
    with pytest.raises(StoreError, match="could not store article"):
        store.add_result(make_result(text="changed", n_events=1))
    assert count(store, "events") == 2
    assert store.has_article(make_result().article)


def test_add_failure_and_runs(store: EventStore) -> None:
    run_id = store.start_run(inputs=["a.html", "b.txt"], options={"path": Path("x")})
    store.add_failure("b.txt", "binary data", "BinaryInputError", run_id=run_id)
    store.add_result(make_result(), run_id=run_id)
    store.finish_run(run_id, stats={"added": 1, "failed": 1})
    row = (
        store._connection()
        .execute("SELECT inputs, options, stats, finished_at FROM runs WHERE run_id = ?", (run_id,))
        .fetchone()
    )
    assert row[0] == '["a.html","b.txt"]'
    assert row[1] == '{"path":"x"}'
    assert row[2] == '{"added":1,"failed":1}'
    assert row[3] is not None
    with pytest.raises(StoreError, match="unknown run id"):
        store.finish_run("nope", stats={})


def test_locked_database_is_transient(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with EventStore(path, timeout=0.05) as db:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreError) as info:
                db.add_result(make_result())
            assert info.value.transient
        finally:
            other.close()
        assert db.add_result(make_result()) == "added"


def test_locked_new_database_is_transient_on_open(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError) as info:
            EventStore(path, timeout=0.05)
        assert info.value.transient
        assert "try again" in str(info.value)
    finally:
        other.close()


def test_split_error() -> None:
    assert split_error("FetchError: timed out") == ("FetchError", "timed out")
    assert split_error("something odd") == ("error", "something odd")


# -- reading ---------------------------------------------------------------------------------


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    events = [
        make_event(
            article_id="a1",
            trigger_start=1,
            date=dt.date(2024, 1, 5),
            country="SDN",
            recipients=(make_actor("RSF fighters", country="SDN", inter=2),),
        ),
        make_event(
            article_id="a1",
            trigger_start=2,
            event_type="PROTEST",
            modality="future",
            date=dt.date(2024, 2, 1),
            country="KEN",
            actors=(make_actor("Students", country="KEN", inter=6),),
        ),
        make_event(
            article_id="a2",
            trigger_start=3,
            event_type="CONSULT",
            date=None,
            country=None,
            actors=(make_actor("Ärzte ohne Grenzen", country="DEU"),),
            recipients=(make_actor("ministry", country="ETH"),),
        ),
        make_event(
            article_id="a2",
            trigger_start=4,
            date=dt.date(2024, 3, 9),
            country="ETH",
            modality="negated",
        ),
    ]
    store.add_result(ArticleResult(Article(text="one", id="a1"), events=tuple(events[:2])))
    store.add_result(ArticleResult(Article(text="two", id="a2"), events=tuple(events[2:])))
    return store


def triggers(events: Iterator[Event]) -> list[int]:
    return [event.trigger.start for event in events]


def test_query_round_trips_events(filled: EventStore) -> None:
    events = list(filled.query_events())
    assert triggers(iter(events)) == [1, 2, 4, 3]  # date order, undated last
    original = make_event(
        article_id="a2",
        trigger_start=4,
        date=dt.date(2024, 3, 9),
        country="ETH",
        modality="negated",
    )
    assert events[2] == original


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"event_type": ["assault"]}, [1, 4]),
        ({"event_type": ["PROTEST", "CONSULT"]}, [2, 3]),
        ({"modality": ["Future", "negated"]}, [2, 4]),
        ({"country": ["ken"]}, [2]),
        ({"country": ["ETH"]}, [4, 3]),  # location ETH, or a recipient from ETH
        ({"country": ["DEU", "KEN"]}, [2, 3]),
        ({"start": dt.date(2024, 2, 1)}, [2, 4]),
        ({"end": dt.date(2024, 2, 1)}, [1, 2]),
        ({"start": dt.date(2024, 1, 6), "end": dt.date(2024, 3, 1)}, [2]),
        ({"actor": "rsf"}, [1]),
        ({"actor": "ärzte"}, [3]),
        ({"actor": "the ARMY"}, [1, 4]),
        ({"actor": "100%"}, []),
        ({"actor": "army", "country": ["ETH"], "modality": ["negated"]}, [4]),
        ({"limit": 2}, [1, 2]),
        ({"limit": 0}, []),
    ],
)
def test_query_filters(filled: EventStore, filters: dict[str, Any], expected: list[int]) -> None:
    assert triggers(filled.query_events(**filters)) == expected
    assert filled.count_events(**filters) == len(expected) or "limit" in filters


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"event_type": ["FIGHT"]}, "unknown event type FIGHT"),
        ({"modality": ["maybe"]}, "unknown modality maybe"),
        ({"start": dt.date(2024, 2, 1), "end": dt.date(2024, 1, 1)}, "after end date"),
        ({"limit": -1}, "limit must be"),
    ],
)
def test_bad_filters_raise_config_error(
    filled: EventStore, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        filled.query_events(**filters)


def test_query_uses_indexes(filled: EventStore) -> None:
    plan = (
        filled._connection()
        .execute("EXPLAIN QUERY PLAN SELECT record FROM events e WHERE e.event_type = 'ASSAULT'")
        .fetchall()
    )
    assert any("events_type_date" in str(row) for row in plan)


def test_summary(filled: EventStore) -> None:
    filled.add_failure("x.pdf", "binary", "BinaryInputError")
    summary = filled.summary()
    assert summary["articles"] == 2
    assert summary["events"] == 4
    assert summary["failures"] == 1
    assert summary["by_type"] == {"ASSAULT": 2, "CONSULT": 1, "PROTEST": 1}
    assert summary["by_modality"] == {"asserted": 2, "future": 1, "negated": 1}
    assert summary["by_country"]["unknown"] == 1
    assert summary["failures_by_type"] == {"BinaryInputError": 1}
    assert (summary["first_date"], summary["last_date"]) == ("2024-01-05", "2024-03-09")
    assert summary["schema"] == "001_initial"


def test_store_module_exports() -> None:
    assert store_sqlite.EventStore is EventStore


def test_two_stores_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with EventStore(path) as first, EventStore(path) as second:
        assert second.migrations_applied == []
        assert first.add_result(make_result("a1")) == "added"
        assert second.add_result(make_result("a1")) == "unchanged"
        assert second.add_result(make_result("a2")) == "added"
        assert first.count_events() == 4


def test_every_table_and_column_is_documented(store: EventStore) -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "STORAGE.md").read_text("utf-8")
    conn = store._connection()
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    missing = [f"table {table}" for table in tables if f"**`{table}`**" not in docs]
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        missing += [f"{table}.{column}" for column in columns if f"`{column}`" not in docs]
    assert not missing, f"document these in docs/STORAGE.md: {missing}"


CRASH_SCRIPT = """
import os, sys
sys.path[:0] = [{tests!r}, {root!r}]
from test_store import make_result
from sitrep.store import EventStore
calls = []
original = EventStore._insert_actors
def crash(self, conn, event):
    calls.append(event)
    if len(calls) == 2:
        os._exit(3)  # the process dies between two inserts of one article
    original(self, conn, event)
EventStore._insert_actors = crash
store = EventStore({path!r})
store.add_result(make_result("a1", n_events=3))
"""


def test_process_crash_mid_article_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    tests = Path(__file__).resolve().parent
    script = CRASH_SCRIPT.format(tests=str(tests), root=str(tests.parent), path=str(path))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=False)
    assert done.returncode == 3
    with EventStore(path) as db:
        for table in ("articles", "events", "event_actors"):
            assert count(db, table) == 0
        assert db.add_result(make_result("a1", n_events=3)) == "added"
