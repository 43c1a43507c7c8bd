"""Gold-file loaders: one function per format, each documented in ``docs/EVALUATION.md``.

:func:`load_gold` picks the loader from ``kind`` or, when it is None, from the file itself
(:func:`detect_kind`), sub-samples deterministically when ``limit`` is given and returns a
:class:`~sitrep.evaluate.gold.GoldSet`. Loaders raise :class:`~sitrep.errors.EvaluationError`
with the file and line of the first bad record.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError
from sitrep.evaluate.countries import country_code
from sitrep.evaluate.gold import GoldActor, GoldItem, GoldPlace, GoldSet, Span
from sitrep.evaluate.labels import (
    ACLED_INTER_NAMES,
    ACLED_INTER_SECTORS,
    MM_RESPONSES,
    SCAD_ETYPES,
    UCDP_TYPES,
    acled_plover_types,
    normalize_acled,
    normalize_plover,
)

Loaded = tuple[list[GoldItem], frozenset[str]]
Loader = Callable[[Path], Loaded]

POLICE_LABELS = frozenset({"KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION"})


# --------------------------------------------------------------------------- helpers


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (BOM allowed), falling back to Latin-1 (as SCAD ships)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluationError(f"cannot read gold file: {exc.strerror}", source=str(path)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def file_sha256(path: Path) -> str:
    """SHA-256 of the gold file's bytes (pinned by the gate's baseline)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_rows(path: Path, *, delimiter: str = ",") -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(read_text(path)), delimiter=delimiter)
    return [{k.strip(): (v or "") for k, v in row.items() if k} for row in reader]


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"not JSON: {exc.msg}", source=f"{path}:{number}") from exc
        if not isinstance(record, dict):
            raise EvaluationError("expected a JSON object per line", source=f"{path}:{number}")
        yield number, record


def to_int(value: str | None, *, missing: tuple[int, ...] = (-99,)) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        number = int(float(value))
    except ValueError:
        return None
    return None if number in missing else number


def to_float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def to_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    text = value.strip()[:10]
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d-%b-%Y", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value.strip() if "%B" in fmt else text, fmt).date()
        except ValueError:
            continue
    return None


def ymd_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(float(year)), int(float(month)), int(float(day)))
    except ValueError:
        return None


def point(lat: Any, lon: Any) -> tuple[float, float] | None:
    flat, flon = to_float(lat), to_float(lon)
    if flat is None or flon is None:
        return None
    return (flat, flon)


def require(row: Mapping[str, str], columns: tuple[str, ...], source: str) -> None:
    missing = [column for column in columns if column not in row]
    if missing:
        raise EvaluationError(
            f"missing column(s) {', '.join(missing)}; see docs/EVALUATION.md for the format",
            source=source,
        )


# --------------------------------------------------------------------------- PLOVER pairs

MARK = re.compile(r"</?[st]>")


def unmark(marked: str) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
    """Strip ``<s>…</s>``/``<t>…</t>`` marks; return the text and the source/target spans."""
    text: list[str] = []
    spans: dict[str, list[Span]] = {"s": [], "t": []}
    opened: dict[str, int] = {}
    position = 0
    length = 0
    for match in MARK.finditer(marked):
        chunk = marked[position : match.start()]
        text.append(chunk)
        length += len(chunk)
        tag = match.group()
        if tag.startswith("</"):
            start = opened.pop(tag[2], None)
            if start is not None:
                spans[tag[2]].append((start, length))
        else:
            opened[tag[1]] = length
        position = match.end()
    text.append(marked[position:])
    return "".join(text), tuple(spans["s"]), tuple(spans["t"])


REPO_ROOT = Path(__file__).resolve().parents[2]
PLOVER_COUNTRIES = REPO_ROOT / "eval" / "gold" / "plover_pairs_countries.tsv"
ISO3 = re.compile(r"[A-Z]{3}")
RoleCountries = dict[int, dict[str, str | None]]


def country_gold_candidates(path: Path) -> tuple[Path, ...]:
    """Where the actor-country gold of a PLOVER pairs file may be, first found wins."""
    return (path.with_name(f"{path.stem}_countries.tsv"), PLOVER_COUNTRIES)


def read_country_gold(path: Path) -> tuple[RoleCountries, dict[int, str]]:
    """``row<TAB>sentence_id<TAB>role<TAB>iso3`` lines (``#`` comments, a header line).

    Returns {row: {"source"/"target": ISO3 or None for ``-``}} and {row: sentence_id}.
    """
    countries: RoleCountries = {}
    ids: dict[int, str] = {}
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("row\t"):
            continue
        fields = line.split("\t")
        if (
            len(fields) != 4
            or not fields[0].isdigit()
            or fields[2] not in ("source", "target")
            or not (fields[3] == "-" or ISO3.fullmatch(fields[3]))
        ):
            raise EvaluationError(
                "expected 'row<TAB>sentence_id<TAB>source|target<TAB>ISO3 or -'",
                source=f"{path}:{number}",
            )
        row = int(fields[0])
        if ids.setdefault(row, fields[1]) != fields[1]:
            raise EvaluationError(f"row {row} has two sentence ids", source=f"{path}:{number}")
        countries.setdefault(row, {})[fields[2]] = None if fields[3] == "-" else fields[3]
    return countries, ids


def matching_country_gold(path: Path, row_ids: list[str]) -> RoleCountries:
    """The first country gold file whose rows and sentence ids are exactly this file's."""
    found = matching_country_file(path, row_ids)
    return read_country_gold(found)[0] if found is not None else {}


def matching_country_file(path: Path, row_ids: list[str]) -> Path | None:
    for candidate in country_gold_candidates(path):
        if candidate.is_file() and read_country_gold(candidate)[1] == dict(enumerate(row_ids)):
            return candidate
    return None


def companion_files(path: Path | str, kind: str) -> tuple[Path, ...]:
    """Gold read from files other than ``path`` itself when it is scored (the hand-labelled
    actor countries of a PLOVER pairs file), so the gate can pin them too."""
    path = Path(path)
    if kind != "plover_pairs" or not path.is_file():
        return ()
    rows = read_rows(path, delimiter="\t")
    found = matching_country_file(path, [row.get("sentence_id") or "" for row in rows])
    return (found,) if found is not None else ()


def load_plover_pairs(path: Path) -> Loaded:
    """TSV with ``sentence``, ``marked_sentence``, ``gold_root`` and ``gold_penta`` columns.

    Actor countries come from ``<stem>_countries.tsv`` next to the file or, for the dev
    set, ``eval/gold/plover_pairs_countries.tsv``, when its rows and sentence ids match.
    """
    rows = list(read_rows(path, delimiter="\t"))
    countries = matching_country_gold(path, [row.get("sentence_id") or "" for row in rows])
    items: list[GoldItem] = []
    for index, row in enumerate(rows):
        number = index + 2
        require(row, ("marked_sentence", "gold_root"), f"{path}:{number}")
        text, sources, targets = unmark(row["marked_sentence"])
        try:
            types = normalize_plover(row["gold_root"])
        except KeyError as exc:
            raise EvaluationError(
                f"unknown PLOVER label {row['gold_root']!r}", source=f"{path}:{number}"
            ) from exc
        items.append(
            GoldItem(
                id=row.get("sentence_id") or str(number),
                text=text,
                event_types=types,
                quad=to_int(row.get("gold_penta")),
                sources=sources,
                targets=targets,
                source_country=countries.get(index, {}).get("source"),
                target_country=countries.get(index, {}).get("target"),
            )
        )
    return items, frozenset()


# --------------------------------------------------------------------------- quad classes


def load_quad(path: Path) -> Loaded:
    """``sentence<TAB>quad`` lines, quad 0 statement, 1 verbal coop … 4 material conflict."""
    items: list[GoldItem] = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        sentence, _, label = line.rpartition("\t")
        quad = to_int(label, missing=())
        if not sentence or quad is None or not 0 <= quad <= 4:
            raise EvaluationError(
                "expected 'sentence<TAB>0-4' on every line", source=f"{path}:{number}"
            )
        items.append(GoldItem(id=str(number), text=sentence, quad=quad, quad_scheme="cameo"))
    return items, frozenset()


# --------------------------------------------------------------------------- CoNLL roles

NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``"})


def detokenize(tokens: list[str]) -> tuple[str, list[Span]]:
    """Join tokens into a sentence with light spacing rules; return text and token offsets."""
    parts: list[str] = []
    offsets: list[Span] = []
    length = 0
    for index, token in enumerate(tokens):
        glue = index == 0 or token in NO_SPACE_BEFORE or tokens[index - 1] in NO_SPACE_AFTER
        if not glue:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
    return "".join(parts), offsets


def bio_spans(tags: list[str], offsets: list[Span], role: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    current: list[int] | None = None
    for tag, (start, end) in zip(tags, offsets, strict=True):
        if tag == f"B-{role}" or (tag == f"I-{role}" and current is None):
            if current is not None:
                spans.append((current[0], current[1]))
            current = [start, end]
        elif tag == f"I-{role}" and current is not None:
            current[1] = end
        elif current is not None:
            spans.append((current[0], current[1]))
            current = None
    if current is not None:
        spans.append((current[0], current[1]))
    return tuple(spans)


def conll_sentences(path: Path) -> Iterator[tuple[int, list[str], list[str]]]:
    tokens: list[str] = []
    tags: list[str] = []
    start_line = 1
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            if tokens:
                yield start_line, tokens, tags
            tokens, tags, start_line = [], [], number + 1
            continue
        fields = line.split()
        if len(fields) < 2:
            raise EvaluationError("expected 'token TAG' per line", source=f"{path}:{number}")
        tokens.append(fields[0])
        tags.append(fields[-1])
    if tokens:
        yield start_line, tokens, tags


def load_roles(path: Path) -> Loaded:
    """CoNLL: ``token TAG`` per line, blank line between sentences; B-S/I-S, B-T/I-T, O."""
    items: list[GoldItem] = []
    for number, tokens, tags in conll_sentences(path):
        text, offsets = detokenize(tokens)
        items.append(
            GoldItem(
                id=str(number),
                text=text,
                sources=bio_spans(tags, offsets, "S"),
                targets=bio_spans(tags, offsets, "T"),
            )
        )
    return items, frozenset()


# --------------------------------------------------------------------------- police sentences


def police_dates(path: Path) -> dict[str, dt.date]:
    """Publication dates from ``metadata.jsonl`` next to ``sents.jsonl``, when present."""
    metadata = path.with_name("metadata.jsonl")
    if not metadata.is_file():
        return {}
    dates: dict[str, dt.date] = {}
    for _, record in read_jsonl(metadata):
        date = to_date(str(record.get("date") or ""))
        if date is not None:
            dates[str(record.get("doc_id"))] = date
    return dates


def load_police(path: Path) -> Loaded:
    """JSONL with ``sent_text`` and ``sent_labels`` (KILL, ARREST, FORCE, FAIL, ANY_ACTION).

    Each non-empty sentence is one item (labels are per sentence) that also carries its
    article: the sentences of its ``doc_id`` in ``sent_id`` order, one per line, so that the
    harness codes the article once and a sentence can use what was said before it ("one
    person was killed in the firing")."""
    dates = police_dates(path)
    records: list[tuple[str, int, int, str, frozenset[str]]] = []
    for number, record in read_jsonl(path):
        text = str(record.get("sent_text") or "")
        labels = record.get("sent_labels")
        if not isinstance(labels, list):
            raise EvaluationError("sent_labels must be a list", source=f"{path}:{number}")
        if not text.strip():
            continue
        sent_id = record.get("sent_id", number)
        order = sent_id if isinstance(sent_id, int) else number
        names = frozenset(str(label) for label in labels) & POLICE_LABELS
        records.append((str(record.get("doc_id", "")), order, number, text, names))
    documents: dict[str, list[tuple[int, int, str, frozenset[str]]]] = {}
    for doc, order, number, text, names in records:
        documents.setdefault(doc, []).append((order, number, text, names))
    placed: dict[tuple[str, int], tuple[str, Span]] = {}
    for doc, sentences in documents.items():
        sentences.sort()
        pieces: list[str] = []
        spans: list[tuple[int, Span]] = []
        offset = 0
        for _, number, text, _ in sentences:
            spans.append((number, (offset, offset + len(text))))
            pieces.append(text)
            offset += len(text) + 1
        article = "\n".join(pieces)
        for number, span in spans:
            placed[(doc, number)] = (article, span)
    items: list[GoldItem] = []
    for doc, order, number, text, names in records:
        article, span = placed[(doc, number)]
        items.append(
            GoldItem(
                id=f"{doc}:{order}",
                text=text,
                date=dates.get(doc),
                labels=names,
                document_id=doc,
                document=article,
                span=span,
            )
        )
    return items, POLICE_LABELS


# --------------------------------------------------------------------------- GeoVirus XML


def load_geovirus(path: Path) -> Loaded:
    """GeoVirus XML: ``<article><text>`` with ``<location>`` name/start/end/lat/lon."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(read_text(path))
    except ET.ParseError as exc:
        raise EvaluationError(f"not valid XML: {exc}", source=str(path)) from exc
    items: list[GoldItem] = []
    for number, article in enumerate(root.iter("article"), start=1):
        text = article.findtext("text") or ""
        places = tuple(align(text, geovirus_place(node)) for node in article.iter("location"))
        items.append(
            GoldItem(id=article.findtext("source") or str(number), text=text, places=places)
        )
    return items, frozenset()


def align(text: str, place: GoldPlace, *, window: int = 20) -> GoldPlace:
    """Fix offsets that are off by a few characters (GeoVirus counts from 1).

    Keeps the offsets when they already cover ``place.name``; otherwise moves them to the
    nearest occurrence of the name within ``window`` characters.
    """
    if not place.name or text[place.start : place.end] == place.name:
        return place
    low = max(0, place.start - window)
    found = [
        match.start()
        for match in re.finditer(re.escape(place.name), text[low : place.end + window])
    ]
    if not found:
        return place
    start = low + min(found, key=lambda offset: abs(low + offset - place.start))
    return GoldPlace(start, start + len(place.name), place.name, place.lat, place.lon)


def geovirus_place(node: Any) -> GoldPlace:
    start = to_int(node.findtext("start"), missing=()) or 0
    end = to_int(node.findtext("end"), missing=()) or 0
    return GoldPlace(
        start=start,
        end=end,
        name=node.findtext("name") or "",
        lat=to_float(node.findtext("lat")),
        lon=to_float(node.findtext("lon")),
    )


# --------------------------------------------------------------------------- UCDP GED


DATE_WORDS = re.compile(
    r"(\d+|[,.]|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)",
    re.IGNORECASE,
)


def ucdp_headline(value: str) -> str:
    """The first part (``;`` joins several) that reads like a headline, or "".

    A headline has four words or more, is not just a date, and has a lower-case word or six
    words or more (so bare source names are skipped).
    """
    for part in value.split(";"):
        words = part.split()
        if len(words) < 4 or all(DATE_WORDS.fullmatch(word) for word in words):
            continue
        if len(words) >= 6 or any(word[0].islower() for word in words):
            return part.strip()  # a bare name ("Abdul Satar Mustafa Hankosh") is skipped
    return ""


def ucdp_side(name: str, *, civilians: bool = False) -> GoldActor:
    if name.lower().startswith("government of "):
        code = country_code(name[len("government of ") :])
        return GoldActor(name, (code,) if code else (), ("GOV", "MIL", "COP"), 1)
    if civilians or name.lower() == "civilians":
        return GoldActor(name, (), ("CVL",), 7)
    return GoldActor(name, (), ("REB", "PRM", "UAF"), None)


def ucdp_item(props: Mapping[str, Any], location: tuple[float, float] | None) -> GoldItem | None:
    text = ucdp_headline(str(props.get("source_headline") or ""))
    if not text:
        return None
    violence = to_int(str(props.get("type_of_violence", "")), missing=())
    start = to_date(str(props.get("date_start") or ""))
    end = to_date(str(props.get("date_end") or ""))
    sides = (
        ucdp_side(str(props.get("side_a") or "")),
        ucdp_side(str(props.get("side_b") or ""), civilians=violence == 3),
    )
    published = to_date(str(props.get("source_date") or "").split(";")[0])
    return GoldItem(
        id=str(props.get("id", "")),
        text=text,
        date=published,
        event_types=UCDP_TYPES.get(violence or 0, ("ASSAULT",)),
        actors=tuple(side for side in sides if side.name),
        location=location,
        event_date=start if start == end else None,
        fatalities=to_int(str(props.get("best", "")), missing=()),
    )


def load_ucdp_geojson(path: Path) -> Loaded:
    """UCDP GED GeoJSON: ``source_headline`` is the text; sides, point, dates, deaths."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"not JSON: {exc.msg}", source=str(path)) from exc
    items: list[GoldItem] = []
    for feature in data.get("features", []):
        coords = (feature.get("geometry") or {}).get("coordinates") or [None, None]
        item = ucdp_item(feature.get("properties") or {}, point(coords[1], coords[0]))
        if item is not None:
            items.append(item)
    return items, frozenset()


def load_ucdp_csv(path: Path) -> Loaded:
    """UCDP GED CSV: ``source_headline`` is the text; sides, latitude/longitude, deaths."""
    items: list[GoldItem] = []
    for number, row in enumerate(read_rows(path), start=2):
        require(row, ("source_headline", "side_a", "side_b"), f"{path}:{number}")
        item = ucdp_item(row, point(row.get("latitude"), row.get("longitude")))
        if item is not None:
            items.append(item)
    return items, frozenset()


# --------------------------------------------------------------------------- ACLED

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "notes")


def acled_actor(name: str, inter: int | None, iso3: str | None) -> GoldActor:
    sectors = ACLED_INTER_SECTORS.get(inter or 0, ())
    lowered = name.lower()
    if lowered.startswith("police forces"):
        sectors = ("COP",)
    elif lowered.startswith("military forces"):
        sectors = ("MIL",)
    elif lowered.startswith("government of"):
        sectors = ("GOV",)
    countries = (iso3,) if iso3 and inter == 1 else ()
    return GoldActor(name, countries, sectors, inter)


def acled_inter(value: str | None) -> int | None:
    """ACLED actor type: a code 1-8, or its name as in exports since 2024."""
    if value and value.strip().lower() in ACLED_INTER_NAMES:
        return ACLED_INTER_NAMES[value.strip().lower()]
    return to_int(value, missing=(0,))


def acled_item(row: Mapping[str, str], number: int) -> GoldItem | None:
    text = row["notes"].strip()
    if not text:
        return None
    types, sub = normalize_acled(row["event_type"], row["sub_event_type"])
    iso3 = country_code(row.get("country", ""))
    actors = [
        acled_actor(row.get(name, ""), acled_inter(row.get(inter)), iso3)
        for name, inter in (("actor1", "inter1"), ("actor2", "inter2"))
        if row.get(name, "").strip()
    ]
    exact_day = to_int(row.get("time_precision"), missing=()) in (None, 1)
    return GoldItem(
        id=row.get("event_id_cnty") or str(number),
        text=text,
        event_types=acled_plover_types(types[0], sub),
        actors=tuple(actors),
        location=point(row.get("latitude"), row.get("longitude")),
        event_date=to_date(row["event_date"]) if exact_day else None,
        fatalities=to_int(row.get("fatalities"), missing=()),
        acled_event_type=types,
        acled_sub_event_type=sub or None,
    )


def load_acled(path: Path) -> Loaded:
    """ACLED export CSV: ``notes`` is the text; type, actors, point, date and fatalities."""
    items: list[GoldItem] = []
    for number, row in enumerate(read_rows(path), start=2):
        require(row, ACLED_COLUMNS, f"{path}:{number}")
        item = acled_item(row, number)
        if item is not None:
            items.append(item)
    return items, frozenset()


# --------------------------------------------------------------------------- SCAD


def load_scad(path: Path) -> Loaded:
    """SCAD CSV (Latin-1): ``issuenote`` is the text; etype, ndeath, dates, lat/lon."""
    items: list[GoldItem] = []
    for number, row in enumerate(read_rows(path), start=2):
        require(row, ("issuenote", "etype"), f"{path}:{number}")
        text = row["issuenote"].strip()
        etype = to_int(row["etype"])
        if not text or etype is None or etype not in SCAD_ETYPES:
            continue
        unknown_place = "unknown" in row.get("geo_comments", "").lower()
        items.append(
            GoldItem(
                id=row.get("eventid") or str(number),
                text=text,
                event_types=SCAD_ETYPES[etype],
                location=None
                if unknown_place
                else point(row.get("latitude"), row.get("longitude")),
                event_date=ymd_date(row.get("styr", ""), row.get("stmo", ""), row.get("stday", "")),
                fatalities=to_int(row.get("ndeath")),
            )
        )
    return items, frozenset()


# --------------------------------------------------------------------------- Mass Mobilization


def mm_labels(row: Mapping[str, str]) -> frozenset[str]:
    responses = (row.get(f"stateresponse{i}", "").strip().lower() for i in range(1, 8))
    return frozenset(MM_RESPONSES[value] for value in responses if value in MM_RESPONSES)


def load_mass_mobilization(path: Path) -> Loaded:
    """Mass Mobilization CSV: ``notes`` is the text; protests, state responses, dates."""
    items: list[GoldItem] = []
    for number, row in enumerate(read_rows(path), start=2):
        require(row, ("notes", "protest", "stateresponse1"), f"{path}:{number}")
        text = row["notes"].strip()
        if not text or to_int(row["protest"]) != 1:
            continue
        code = country_code(row.get("country", ""))
        protesters = GoldActor("protesters", (code,) if code else (), ("CVL",), 6)
        items.append(
            GoldItem(
                id=row.get("id") or str(number),
                text=text,
                event_types=("PROTEST",),
                actors=(protesters,),
                event_date=ymd_date(
                    row.get("startyear", ""), row.get("startmonth", ""), row.get("startday", "")
                ),
                labels=mm_labels(row),
            )
        )
    return items, frozenset(MM_RESPONSES.values())


# --------------------------------------------------------------------------- no-event text


def load_no_events(path: Path) -> Loaded:
    """JSONL with ``text`` (and ``id``): texts with no events; all coded events are false alarms."""
    items: list[GoldItem] = []
    for number, record in read_jsonl(path):
        text = str(record.get("text") or "")
        if text.strip():
            items.append(GoldItem(id=str(record.get("id") or number), text=text, event_types=()))
    return items, frozenset()


# --------------------------------------------------------------------------- sitrep gold JSONL


def gold_actor(item: Mapping[str, Any]) -> GoldActor:
    return GoldActor(
        name=str(item.get("name") or item.get("text") or ""),
        countries=(str(item["country"]),) if item.get("country") else (),
        sectors=(str(item["sector"]),) if item.get("sector") else (),
        inter=to_int(str(item.get("inter") or ""), missing=()),
    )


def actor_spans(actors: list[Mapping[str, Any]]) -> tuple[Span, ...]:
    return tuple((int(a["start"]), int(a["end"])) for a in actors if "start" in a and "end" in a)


def gold_fatalities(value: Any) -> int | None:
    if isinstance(value, Mapping):
        value = value.get("best")
    return to_int(str(value) if value is not None else None, missing=())


def sitrep_item(record: Mapping[str, Any], number: int, source: str) -> GoldItem:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EvaluationError("each record needs a non-empty 'text'", source=source)
    events = record.get("events")
    places = record.get("places")
    main: Mapping[str, Any] = events[0] if events else {}
    if events is not None and any("event_type" not in event for event in events):
        raise EvaluationError("every gold event needs an 'event_type'", source=source)
    try:
        types = normalize_plover(str(main["event_type"])) if main else ()
    except KeyError as exc:
        raise EvaluationError(f"unknown event_type {main['event_type']!r}", source=source) from exc
    people = list(main.get("actors") or []) + list(main.get("recipients") or [])
    location = main.get("location") or {}
    acled = str(main.get("acled_event_type") or "")
    return GoldItem(
        id=str(record.get("id") or number),
        text=text,
        date=to_date(str(record.get("date") or "")),
        event_types=types if events is not None else None,
        quad=to_int(str(main.get("quad_class", "")), missing=()),
        sources=actor_spans(list(main.get("actors") or [])) if "actors" in main else None,
        targets=actor_spans(list(main.get("recipients") or [])) if "recipients" in main else None,
        actors=tuple(gold_actor(person) for person in people),
        places=tuple(GoldPlace(**place) for place in places) if places is not None else None,
        location=point(location.get("lat"), location.get("lon")),
        event_date=to_date(str(main.get("date") or "")),
        fatalities=gold_fatalities(main.get("fatalities")),
        modality=main.get("modality"),
        acled_event_type=normalize_acled(acled)[0] if acled else None,
        acled_sub_event_type=main.get("acled_sub_event_type"),
        labels=frozenset(t for e in events for t in normalize_plover(str(e["event_type"])))
        if events
        else None,
    )


def load_sitrep(path: Path) -> Loaded:
    """sitrep gold JSONL: ``{"id", "text", "date", "events": [event records], "places"}``."""
    items = []
    names: set[str] = set()
    for number, record in read_jsonl(path):
        try:
            item = sitrep_item(record, number, f"{path}:{number}")
        except (TypeError, ValueError) as exc:
            raise EvaluationError(f"bad gold record: {exc}", source=f"{path}:{number}") from exc
        names.update(item.labels or ())
        items.append(item)
    return items, frozenset(names)


# --------------------------------------------------------------------------- dispatch

LOADERS: Mapping[str, Loader] = {
    "plover_pairs": load_plover_pairs,
    "quad": load_quad,
    "roles": load_roles,
    "police": load_police,
    "geovirus": load_geovirus,
    "ucdp_geojson": load_ucdp_geojson,
    "ucdp_csv": load_ucdp_csv,
    "acled": load_acled,
    "scad": load_scad,
    "mass_mobilization": load_mass_mobilization,
    "no_events": load_no_events,
    "sitrep": load_sitrep,
}
KINDS: tuple[str, ...] = tuple(LOADERS)


def first_line(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.readline(65536)
    except OSError as exc:
        raise EvaluationError(f"cannot read gold file: {exc.strerror}", source=str(path)) from exc
    return raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()


def detect_csv(header: str) -> str | None:
    columns = {column.strip().strip('"') for column in header.split(",")}
    if {"issuenote", "etype"} <= columns:
        return "scad"
    if {"notes", "stateresponse1"} <= columns:
        return "mass_mobilization"
    if {"source_headline", "side_a"} <= columns:
        return "ucdp_csv"
    if {"notes", "event_type", "sub_event_type"} <= columns:
        return "acled"
    return None


def detect_jsonl(line: str) -> str | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(record, dict):
        return None
    if "sent_text" in record:
        return "police"
    if "text" in record:
        return "sitrep" if "events" in record or "places" in record else "no_events"
    return None


def detect_kind(path: Path) -> str:
    """Guess the gold format from the file name and its first line; raise when unsure."""
    suffix = path.suffix.lower()
    line = first_line(path)
    kind: str | None = None
    if suffix in (".xml",) or line.startswith("<"):
        kind = "geovirus"
    elif suffix == ".geojson" or '"FeatureCollection"' in line or line == "{":
        kind = "ucdp_geojson"
    elif suffix in (".jsonl", ".ndjson", ".json"):
        kind = detect_jsonl(line)
    elif suffix == ".csv":
        kind = detect_csv(line)
    elif suffix == ".tsv" or "\t" in line:
        kind = "plover_pairs" if "marked_sentence" in line else "quad"
    elif len(line.split()) == 2 and re.fullmatch(r"[BIO](-\w+)?", line.split()[1]):
        kind = "roles"
    if kind is None:
        raise EvaluationError(
            f"cannot tell the gold format; pass --kind (one of: {', '.join(KINDS)})",
            source=str(path),
        )
    return kind


def sample(items: list[GoldItem], limit: int | None, seed: int) -> list[GoldItem]:
    """A deterministic sample of ``limit`` items (file order kept); all items when None."""
    if limit is None or limit >= len(items):
        return items
    chosen = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[index] for index in chosen]


def load_gold(
    path: Path | str,
    *,
    kind: str | None = None,
    limit: int | None = None,
    seed: int = 0,
    name: str | None = None,
) -> GoldSet:
    """Read a gold file into a :class:`GoldSet` (format from ``kind`` or detected)."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError("gold file not found; check the path", source=str(path))
    kind = kind or detect_kind(path)
    if kind not in LOADERS:
        raise EvaluationError(f"unknown gold kind {kind!r}; use one of: {', '.join(KINDS)}")
    items, label_names = LOADERS[kind](path)
    if not items:
        raise EvaluationError(f"no usable {kind} records in the file", source=str(path))
    kept = sample(items, limit, seed)
    return GoldSet(
        name=name or path.stem,
        kind=kind,
        path=str(path),
        sha256=file_sha256(path),
        items=tuple(kept),
        total=len(items),
        seed=seed if len(kept) < len(items) else None,
        label_names=label_names,
    )
