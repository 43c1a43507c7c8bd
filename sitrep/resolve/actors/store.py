"""Reading the shipped actor dictionary (``sitrep/data/actors.json.gz``).

The file is built by ``scripts/build_actors.py``; its layout is documented in docs/ACTORS.md.
Loading checks the header and every role date, and raises :class:`~sitrep.errors.ModelError`
with a one-line message when the file is missing, corrupt or holds a malformed date.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import ModelError
from sitrep.resolve.actors.codes import int_to_date

FORMAT = "sitrep-actors"
FORMAT_VERSION = 1
DATA_FILE = "actors.json.gz"
REBUILD = "rebuild it with: python scripts/build_actors.py"

# Single-word names that are also English words: matched only when not written in lower case.
CASE_GUARDED = frozenset({"us", "un", "who"})


@dataclass(frozen=True, slots=True)
class Role:
    """One date-bounded role of a named actor; ``start``/``end`` are YYYYMMDD ints, 0 = open."""

    country: str | None
    sector: str | None
    secondary: str | None
    start: int
    end: int

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def covers(self, day: int) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


@dataclass(frozen=True, slots=True)
class NamedActor:
    """A dictionary actor: a person, organisation or outlet with its roles over time."""

    name: str
    roles: tuple[Role, ...]
    inter: int | None
    flags: frozenset[str]

    @property
    def is_person(self) -> bool:
        return "person" in self.flags

    def role_on(self, day: int) -> Role:
        """The role held on ``day`` (YYYYMMDD): a covering dated role, else the undated
        default, else former official (ELI) of the last country after the last term."""
        covering = [role for role in self.roles if role.dated and role.covers(day)]
        if covering:
            return max(covering, key=lambda role: role.start)
        undated = [role for role in self.roles if not role.dated]
        if undated:
            return undated[0]
        last = max(self.roles, key=lambda role: role.end or 99991231)
        if last.end and day >= last.end:
            return Role(last.country, "ELI", last.sector, last.end, 0)
        return min(self.roles, key=lambda role: role.start)


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic actor noun ("troops", "state media") with its sector(s) and flags."""

    country: str | None
    sector: str | None
    secondary: str | None
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country name or demonym; ``sector`` is CVL for plural demonyms ("Syrians")."""

    code: str
    sector: str | None


Entry = NamedActor | Agent | CountryName


class ActorTables:
    """The loaded dictionary: pattern lookup by normalised phrase, plus country names."""

    def __init__(self, data: dict[str, Any], *, source: str) -> None:
        self.source = source
        self.countries: dict[str, tuple[str, str]] = {
            code: (names[0], names[1]) for code, names in data["countries"].items()
        }
        self._actors: list[Any] = data["actors"]
        self._agents: list[Any] = data["agents"]
        self._patterns: dict[str, list[Any]] = data["patterns"]
        self._cache: dict[str, Entry] = {}
        self.first_max: dict[str, int] = {}
        for key in self._patterns:
            words = key.split(" ")
            if self.first_max.get(words[0], 0) < len(words):
                self.first_max[words[0]] = len(words)

    def lookup(self, key: str) -> Entry | None:
        """The entry for a normalised phrase, or None."""
        entry = self._cache.get(key)
        if entry is not None:
            return entry
        value = self._patterns.get(key)
        if value is None:
            return None
        entry = self._make_entry(key, value)
        self._cache[key] = entry
        return entry

    def _make_entry(self, key: str, value: list[Any]) -> Entry:
        try:
            if value[0] == "c":
                return CountryName(value[1], value[2])
            if value[0] == "g":
                country, sector, secondary, flags = self._agents[value[1]]
                return Agent(country, sector, secondary, _flags(flags))
            name, roles, inter, flags = self._actors[value[1]]
            return NamedActor(name, tuple(Role(*role) for role in roles), inter, _flags(flags))
        except (IndexError, TypeError, ValueError) as exc:
            raise ModelError(
                f"corrupt entry for {key!r} ({exc}); {REBUILD}", source=self.source
            ) from None

    def __len__(self) -> int:
        return len(self._patterns)


def _flags(text: str) -> frozenset[str]:
    return frozenset(text.split()) if text else frozenset()


def default_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / DATA_FILE))


def load_tables(path: Path | None = None) -> ActorTables:
    """Read and check the built actor file (default: the one shipped with sitrep)."""
    path = path or default_path()
    try:
        with gzip.open(path, "rb") as handle:
            data = json.loads(handle.read())
    except FileNotFoundError:
        raise ModelError(f"actor dictionary not found; {REBUILD}", source=str(path)) from None
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        raise ModelError(
            f"actor dictionary unreadable ({exc}); {REBUILD}", source=str(path)
        ) from None
    check_data(data, str(path))
    return ActorTables(data, source=str(path))


def check_data(data: Any, source: str) -> None:
    """Raise ModelError unless ``data`` is a version-1 actor file with well-formed role dates."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"not a sitrep actor dictionary; {REBUILD}", source=source)
    if data.get("version") != FORMAT_VERSION:
        raise ModelError(
            f"actor dictionary version {data.get('version')!r}, expected "
            f"{FORMAT_VERSION}; {REBUILD}",
            source=source,
        )
    for key in ("countries", "actors", "agents", "patterns"):
        if key not in data:
            raise ModelError(f"actor dictionary lacks {key!r}; {REBUILD}", source=source)
    for index, actor in enumerate(data["actors"]):
        check_roles(actor, index, source)


def check_roles(actor: Any, index: int, source: str) -> None:
    try:
        name, roles = actor[0], actor[1]
        for role in roles:
            for value in role[3:5]:
                if value:
                    int_to_date(int(value))
    except (ValueError, TypeError, IndexError) as exc:
        raise ModelError(
            f"actor #{index} {actor!r:.80} has a malformed role or date ({exc}); {REBUILD}",
            source=source,
        ) from None
    if not name:
        raise ModelError(f"actor #{index} has no name; {REBUILD}", source=source)
