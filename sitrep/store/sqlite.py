"""The embedded SQLite event store.

One file holds the coded articles, their events (flat searchable columns plus the full JSON
record), the actors of each event, per-article failures and a log of runs. Each article is
written in one ``BEGIN IMMEDIATE … COMMIT`` transaction, so a crash or error never leaves
half an article behind. See docs/STORAGE.md for the schema and the semantics.

Errors: everything that goes wrong in SQLite is raised as :class:`StoreError` with a one-line
message; ``transient`` is True when the database was busy or locked (try again later).
Bad filter values raise :class:`ConfigError`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from sitrep import __version__
from sitrep.errors import StoreError
from sitrep.model import Article, ArticleResult, Event
from sitrep.store import schema
from sitrep.store.query import EventQuery
from sitrep.store.rows import actor_rows, article_row, dump_json, event_row, insert_sql, utc_now

AddOutcome = Literal["added", "unchanged", "replaced", "failed"]
MEMORY = ":memory:"
_ERROR_PREFIX = re.compile(r"^([A-Z]\w*(?:Error|Exception)):\s*(.+)$", re.DOTALL)
_TRANSIENT_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED")


def _is_transient(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_TRANSIENT_CODES)


def store_error(exc: sqlite3.Error, action: str, path: str) -> StoreError:
    """Wrap a SQLite error in a one-line StoreError that says what was being done."""
    hint = "; another process holds the database, try again" if _is_transient(exc) else ""
    error = StoreError(f"could not {action}: {exc}{hint}", source=path)
    error.transient = _is_transient(exc)
    return error


def split_error(error: str) -> tuple[str, str]:
    """Split ``"EncodingError: bad bytes"`` into (error_type, message); else ("error", text)."""
    match = _ERROR_PREFIX.match(error.strip())
    if match:
        return match.group(1), match.group(2)
    return "error", error.strip()


def _lower(value: str | None) -> str | None:
    """Unicode-aware lower() (SQLite's built-in lower() folds ASCII only)."""
    return value.lower() if isinstance(value, str) else value


def _normalise(path: str | Path) -> str:
    return MEMORY if str(path) == MEMORY else str(Path(path).expanduser())


def _open(path: str, timeout: float) -> sqlite3.Connection:
    if path != MEMORY:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.create_function("lower", 1, _lower, deterministic=True)
    return conn


def _configure(conn: sqlite3.Connection, *, path: str, timeout: float) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    if path != MEMORY:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def _applied(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")]


def _check_known(applied: Sequence[str], migrations: Sequence[schema.Migration]) -> None:
    known = {migration.name for migration in migrations}
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"database has migrations this sitrep does not know ({', '.join(unknown)});"
            " it was written by a newer sitrep: upgrade sitrep"
        )


def migrate(conn: sqlite3.Connection, migrations: Sequence[schema.Migration]) -> list[str]:
    """Apply the migrations not yet recorded, in order, one transaction each.

    Returns the names applied now. Safe when two processes open a new file together: the
    recorded set is re-read inside each write transaction.
    """
    conn.execute(schema.render(schema.MIGRATIONS_TABLE, schema.SQLITE_TYPES))
    _check_known(_applied(conn), migrations)
    done: list[str] = []
    for migration in migrations:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if migration.name not in _applied(conn):
                for statement in migration.statements:
                    conn.execute(schema.render(statement, schema.SQLITE_TYPES))
                conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                    (migration.name, utc_now()),
                )
                done.append(migration.name)
        except BaseException:
            conn.rollback()
            raise
        conn.execute("COMMIT")
    return done


class EventStore:
    """An event database in one SQLite file (or ``":memory:"``), created and migrated on open.

    Use it as a context manager, or call :meth:`close`. One store object belongs to one
    thread; several processes may share a file (WAL mode, ``timeout`` seconds of waiting
    when another writer holds the lock).
    """

    def __init__(self, path: str | Path, *, timeout: float = 5.0) -> None:
        self.path = _normalise(path)
        self._conn: sqlite3.Connection | None = None
        try:
            conn = _open(self.path, timeout)
        except (OSError, sqlite3.Error) as exc:
            raise self._open_error(exc) from exc
        try:
            _configure(conn, path=self.path, timeout=timeout)
            self.migrations_applied = migrate(conn, schema.MIGRATIONS)
        except (sqlite3.Error, StoreError) as exc:
            conn.close()
            if isinstance(exc, StoreError):
                raise StoreError(str(exc), source=self.path) from exc
            raise self._open_error(exc) from exc
        self._conn = conn

    def _open_error(self, exc: Exception) -> StoreError:
        if isinstance(exc, sqlite3.Error) and _is_transient(exc):
            return store_error(exc, "open the event store", self.path)
        return StoreError(
            f"cannot open the event store ({exc}); give the path of a sitrep database,"
            " or of a new file in a writable folder",
            source=self.path,
        )

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database (idempotent)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the event store is closed; open a new EventStore", source=self.path)
        return self._conn

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE … COMMIT``; roll back on any error, SQLite's wrapped in StoreError."""
        conn = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise store_error(exc, action, self.path) from exc

    @contextmanager
    def _reading(self, action: str) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise store_error(exc, action, self.path) from exc

    # -- writing -----------------------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """True when this article (same key AND same text) is already stored."""
        with self._reading("look up an article") as conn:
            row = conn.execute(
                "SELECT 1 FROM articles WHERE key = ? AND content_hash = ?",
                (article.key, article.content_hash),
            ).fetchone()
        return row is not None

    def add_result(
        self, result: ArticleResult, *, run_id: str | None = None, force: bool = False
    ) -> AddOutcome:
        """Store one coded article and its events, all or nothing.

        Returns ``"added"`` (new key), ``"unchanged"`` (same key and text: nothing written),
        ``"replaced"`` (same key, new text, or ``force``: its old events are deleted first) or
        ``"failed"`` (``result.error`` set: recorded in ``failures``; events already stored
        for that article are left as they were). An event whose ``event_id`` is already stored
        is skipped (the first one wins).
        """
        article = result.article
        if result.error is not None:
            error_type, message = split_error(result.error)
            origin = article.origin or article.key
            self._insert_failure(origin, message, error_type, run_id=run_id, key=article.key)
            return "failed"
        with self._transaction(f"store article {article.origin or article.key}") as conn:
            stored = conn.execute(
                "SELECT content_hash FROM articles WHERE key = ?", (article.key,)
            ).fetchone()
            if stored is not None and stored[0] == article.content_hash and not force:
                return "unchanged"
            if stored is not None:
                conn.execute("DELETE FROM articles WHERE key = ?", (article.key,))
            self._insert_article(conn, article, run_id=run_id)
            for position, event in enumerate(result.events):
                if self._insert_event(conn, event, article_key=article.key, position=position):
                    self._insert_actors(conn, event)
        return "added" if stored is None else "replaced"

    def _insert_article(
        self, conn: sqlite3.Connection, article: Article, *, run_id: str | None
    ) -> None:
        row = article_row(article, run_id=run_id)
        conn.execute(insert_sql("articles", row), row)

    def _insert_event(
        self, conn: sqlite3.Connection, event: Event, *, article_key: str, position: int
    ) -> bool:
        """Insert one event row; False when its id is already stored (then nothing changed)."""
        row = event_row(event, article_key=article_key, position=position)
        sql = insert_sql("events", row, suffix=" ON CONFLICT (event_id) DO NOTHING")
        return conn.execute(sql, row).rowcount == 1

    def _insert_actors(self, conn: sqlite3.Connection, event: Event) -> None:
        for row in actor_rows(event):
            conn.execute(insert_sql("event_actors", row), row)

    def add_failure(
        self, origin: str, message: str, error_type: str, *, run_id: str | None = None
    ) -> None:
        """Record an input that could not be coded (e.g. an unreadable file)."""
        self._insert_failure(origin, message, error_type, run_id=run_id, key=None)

    def _insert_failure(
        self, origin: str, message: str, error_type: str, *, run_id: str | None, key: str | None
    ) -> None:
        row = {
            "origin": origin,
            "article_key": key,
            "message": message,
            "error_type": error_type,
            "run_id": run_id,
            "at": utc_now(),
        }
        with self._transaction(f"record the failure of {origin}") as conn:
            conn.execute(insert_sql("failures", row), row)

    def start_run(self, *, inputs: Sequence[str], options: dict[str, Any]) -> str:
        """Log the start of a coding run; returns its id (pass it to add_result/finish_run)."""
        run_id = uuid.uuid4().hex
        row = {
            "run_id": run_id,
            "started_at": utc_now(),
            "sitrep_version": __version__,
            "inputs": dump_json(list(inputs)),
            "options": dump_json(options),
        }
        with self._transaction("start a run") as conn:
            conn.execute(insert_sql("runs", row), row)
        return run_id

    def finish_run(self, run_id: str, *, stats: dict[str, int]) -> None:
        """Log the end of a run and its counts (e.g. the tally of add_result outcomes)."""
        with self._transaction("finish a run") as conn:
            cursor = conn.execute(
                "UPDATE runs SET finished_at = ?, stats = ? WHERE run_id = ?",
                (utc_now(), dump_json(stats), run_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(
                    f"unknown run id {run_id!r}; use the id returned by start_run()",
                    source=self.path,
                )

    # -- reading -----------------------------------------------------------------------------

    def query_events(
        self,
        *,
        event_type: Sequence[str] = (),
        country: Sequence[str] = (),
        start: dt.date | None = None,
        end: dt.date | None = None,
        actor: str | None = None,
        modality: Sequence[str] = (),
        limit: int | None = None,
    ) -> Iterator[Event]:
        """Stored events matching every filter given, in date order (undated last).

        ``country`` matches the event location's country OR any actor/recipient country;
        ``actor`` is a case-insensitive substring of an actor/recipient name or mention text;
        date bounds are inclusive and exclude undated events. Bad values raise ConfigError
        (raised here, before iteration starts).
        """
        query = EventQuery.build(
            event_type=event_type,
            country=country,
            start=start,
            end=end,
            actor=actor,
            modality=modality,
            limit=limit,
        )
        sql, params = query.sql()
        self._connection()
        return self._iterate(sql, params)

    def _iterate(self, sql: str, params: list[Any]) -> Iterator[Event]:
        with self._reading("query events") as conn:
            for (record,) in conn.execute(sql, params):
                yield Event.from_dict(json.loads(record))

    def count_events(self, **filters: Any) -> int:
        """How many events :meth:`query_events` would yield for the same filters."""
        filters.pop("limit", None)
        where, params = EventQuery.build(**filters).where()
        with self._reading("count events") as conn:
            row = conn.execute(f"SELECT COUNT(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0])

    def migrations(self) -> list[tuple[str, str]]:
        """The applied migrations as (name, applied_at), in order."""
        with self._reading("read migrations") as conn:
            rows = conn.execute("SELECT name, applied_at FROM migrations ORDER BY name")
            return [(str(name), str(at)) for name, at in rows]

    def summary(self) -> dict[str, Any]:
        """Counts for a human summary: totals, events by type/modality/country, failures."""
        with self._reading("summarise the store") as conn:
            totals = {
                table: _scalar(conn, f"SELECT COUNT(*) FROM {table}")
                for table in ("articles", "events", "failures", "runs")
            }
            first, last = conn.execute("SELECT MIN(date), MAX(date) FROM events").fetchone()
            return {
                "path": self.path,
                "schema": self.migrations()[-1][0],
                **totals,
                "articles_without_events": _scalar(
                    conn,
                    "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
                    " (SELECT 1 FROM events e WHERE e.article_key = a.key)",
                ),
                "first_date": first,
                "last_date": last,
                "by_type": _tally(conn, "events", "event_type"),
                "by_modality": _tally(conn, "events", "modality"),
                "by_country": _tally(conn, "events", "country"),
                "failures_by_type": _tally(conn, "failures", "error_type"),
            }


def _scalar(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def _tally(conn: sqlite3.Connection, table: str, column: str) -> dict[str, int]:
    """Count the values of one column, most common first (NULL counted as "unknown")."""
    rows = conn.execute(
        f"SELECT {column}, COUNT(*) FROM {table} GROUP BY {column} ORDER BY COUNT(*) DESC, {column}"
    )
    return {("unknown" if value is None else str(value)): int(count) for value, count in rows}
