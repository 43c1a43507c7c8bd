"""Place mentions: find them in a parsed article and resolve each to one GeoNames entry.

Detection is gazetteer matching over runs of capitalised tokens, guided by (not dependent
on) spaCy's entities: a run the model calls GPE/LOC/FAC (or NORP, which the small model gives
to cities such as Aleppo) is accepted when the gazetteer knows it; one it calls PERSON or ORG
is dropped; one without an entity label is kept when it names a big place (a country, a
province, a city of 100,000+) or stands in a locative frame ("in X", "X province", "X, Y").

Resolution scores every gazetteer namesake by population and feature-type priors, the cue
words around the mention ("Idlib province", "rural Damascus"), the container that follows
it ("Pandi, Bulacan"), and the article's country focus, in two passes.

Event location (``locate_event``) takes the place attached to the event's trigger in the
parse, else one of its sentence that no other verb governs, else the article focus
(``article_focus``). See docs/GEOPARSING.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from sitrep.model import Location, LocationPrecision
from sitrep.resolve.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    load_gazetteer,
    loose_key,
    name_key,
)

__all__ = [
    "PlaceMention",
    "article_focus",
    "demonym_country",
    "find_places",
    "geoparse",
    "load_gazetteer",
    "locate_event",
    "nationality_country",
    "resolve_spans",
]

MAX_NGRAM = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NON_PLACE_LABELS = frozenset(
    {"PERSON", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
     "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
)
CONNECTORS = frozenset(
    {"of", "de", "del", "la", "le", "al", "el", "du", "da", "upon", "on", "-", "the"}
)
LOCATIVE_WORDS = frozenset(
    {"in", "near", "at", "from", "to", "outside", "inside", "into", "across", "throughout",
     "around", "towards", "toward", "via", "through", "between", "within", "nearby", "off"}
)
ADMIN1_CUES = frozenset(
    {"province", "governorate", "state", "region", "oblast", "prefecture", "territory",
     "department", "provinces", "states", "regions", "krai"}
)
# 'the New York Governor', 'Texas legislature': offices of a state or province
GOVERNED_BY = frozenset({"governor", "governors", "legislature", "legislatures"})
ADMIN2_CUES = frozenset(
    {"district", "county", "municipality", "districts", "counties", "parish", "division"}
)
CITY_CUES = frozenset({"city", "town", "village", "capital", "suburb", "neighbourhood"})
SUBCITY_MODIFIERS = frozenset(
    {"eastern", "western", "northern", "southern", "central", "downtown", "east", "west",
     "north", "south", "outskirts", "suburbs", "old"}
)
RURAL_MODIFIERS = frozenset({"rural", "countryside"})
COMMON_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mr", "mrs", "ms", "dr", "president", "minister", "police", "army",
     "government", "state", "city", "university", "hospital", "ministry", "health", "news",
     "reuters", "ap", "afp", "bbc", "cnn", "god", "allah", "islam", "christian", "muslim",
     "world", "global", "national", "international", "north", "south", "east", "west", "union",
     "republic", "kingdom", "new", "general", "street", "road", "centre", "center", "said",
     "says", "today", "college", "council", "court", "party", "house", "media",
     "this", "that", "these", "those", "there", "here", "how", "what", "why", "who", "when",
     "his", "her", "its", "our", "their", "mass", "page", "bill", "mark", "john", "james",
     "of", "by", "as", "is",
     "english", "french", "german", "spanish", "arabic", "europa", "obama", "bush", "trump",
     "clinton", "putin", "assad", "kim", "lee", "wang", "li", "zhang", "chen", "liu", "ali",
     "mohammed", "muhammad", "ahmed", "hassan", "hussein", "david", "michael", "paul", "peter",
     "island", "islands", "arab", "sino", "lake", "river", "mount", "valley", "bay", "beach",
     "port", "fort", "camp", "federal", "white house", "capitol", "pentagon", "kremlin",
     "the", "a", "an", "and", "or", "but", "if", "he", "she", "it", "we", "they", "you", "i"}
)
COUNTRY_ACRONYMS = frozenset(
    {"us", "uk", "uae", "drc", "usa", "nsw", "qld", "car", "prc", "roc", "nyc", "dc", "ny"}
)
NAMED_AFTER = frozenset(
    {"virus", "viruses", "fever", "disease", "flu", "influenza", "strain", "vaccine", "vaccines",
     "ebolavirus", "bacteria", "syndrome", "river", "basin"}
)
MEDIA_WORDS = frozenset(
    {"times", "post", "journal", "star", "herald", "tribune", "free", "press", "daily", "news",
     "gazette", "chronicle", "star-tribune", "telegraph", "guardian", "observer", "globe", "sun",
     "mail", "courier", "examiner", "record", "inquirer", "standard", "independent"}
)
DIRECTION_WORDS = frozenset(
    {"western", "eastern", "northern", "southern", "central", "west", "east", "north", "south",
     "upper", "lower", "middle", "greater", "coastal"}
)
NAME_PARTICLES = frozenset({"von", "der", "van", "den", "bin", "ibn", "abu", "bint", "ben"})
SURNAME_PARTICLES = frozenset({"de", "da", "di", "du", "dos", "das"})
# verbs of saying right before a name that ends the clause: the name is the speaker
# ('…,” said Nawa.'), not a town of that name, unless a country, province or city of a
# million, which may speak for its government ('said Moscow')
SPEAKER_CITY = 1_000_000
SPEECH_VERBS = frozenset(
    {"said", "says", "told", "added", "asked", "explained", "noted", "wrote", "argued"}
)
STRONG_LOCATIVES = frozenset(
    {"in", "near", "at", "outside", "inside", "across", "throughout", "around", "from", "to",
     "into", "towards", "toward", "via", "through", "within"}
)
# Countries-like names that are also common first names: keep them only with place evidence.
AMBIGUOUS_NAMES = frozenset({"victoria", "florence", "georgia", "jordan", "chad", "israel"})
BIG_POPULATION = 100_000
# the generic part of a feature's name ("Danube Delta", "Central Plateau"): never a place alone
FEATURE_WORDS = frozenset(
    {"delta", "plateau", "plains", "plain", "highlands", "lowlands", "midlands", "mountains",
     "hills", "desert", "forest", "coast", "peninsula", "gulf", "strait", "sea", "ocean",
     "canal", "harbour", "harbor", "airport", "station", "base", "province", "region",
     "territory", "district", "county", "state", "national", "park", "reserve", "area",
     "island", "islands", "isle", "lake", "river", "valley", "bay", "beach", "port", "fort",
     "cape", "point", "head", "falls", "springs", "creek", "sound", "channel", "reef",
     "heights", "ridge", "pass", "range", "basin", "estuary", "bridge", "dam"}
)
# words for a natural feature that a town of the same name does not stand for: mountains,
# islands, seas ('Ural Mountains' is no town Ural). Not lakes and rivers: a town on one
# often shares its name and lies on it (Lake Erie and Erie, Lake Como and Como).
NATURAL_FEATURES = frozenset(
    {"mountains", "mountain", "mount", "mt", "hills", "range", "ridge", "island", "islands",
     "isle", "sea", "ocean", "bay", "gulf", "strait", "peninsula", "reef", "desert",
     "forest", "glacier", "volcano"}
)
# landform words that, capitalised after a place name, make one name with it
LANDFORM_HEADS = frozenset(
    {"mountains", "hills", "range", "sea", "ocean", "bay", "gulf", "strait", "peninsula",
     "valley", "desert", "forest", "island", "islands", "reef"}
)
# a unit that shares its name with a foreign country, in an article naming two or more other
# units of the unit's country
UNIT_AMONG_UNITS_BONUS = 2.0
# a town in a province where the article puts other places: +0.5 (as before), and this much
# for each further one, up to the cap
SAME_PROVINCE_STEP = 0.5
SAME_PROVINCE_CAP = 1.5
# list neighbours: towns of one province (beyond the 1.5 of towns of one country)
LIST_SAME_UNIT_BONUS = 3.0
# how much surer the most confident mention of a name must be to set the others' reading
ONE_SENSE_MARGIN = 0.1
# a town or county in a state or province the article names elsewhere ('Monroe County' in a
# report that names Michigan)
STATE_NAMED_BONUS = 1.0
# a protest's complement names its grievance: places under it are not where it was held
GRIEVANCE_HEADS = frozenset(
    {"protest", "demonstration", "rally", "march", "outcry", "condemnation", "vigil"}
)
GRIEVANCE_PREPOSITIONS = frozenset({"of", "against", "over"})
# US states as news writes them after a town: USPS codes and AP style abbreviations
# ('Springfield, IL', 'Columbus, Ga.', 'Buffalo, N.Y.'); GeoNames' admin1 codes for US
# states are the USPS codes
US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
AP_STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO",
    "conn": "CT", "del": "DE", "dc": "DC", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN",
    "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI",
    "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE",
    "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND",
    "okla": "OK", "ore": "OR", "oreg": "OR", "pa": "PA", "penn": "PA", "ri": "RI", "sc": "SC",
    "sd": "SD", "tenn": "TN", "tex": "TX", "va": "VA", "vt": "VT", "wash": "WA", "wva": "WV",
    "wis": "WI", "wisc": "WI", "wyo": "WY",
}
_STATE_AFTER = re.compile(
    r",\s*(?P<abbr>[A-Z]{2}\b|(?:[A-Z]\.){2}|W\.\s?Va\.|[A-Z][a-z]{1,4}\.)"
)
# a namesake in the country that a nationality word before the name gives ('the Syrian town
# of X'); a namesake elsewhere is dropped after scoring anyway
NATIONALITY_BONUS = 4.0
# a city tagged ORG as a whole is kept after these words when this big ('in Erbil')
ORG_CITY_LOCATIVES = frozenset(
    {"in", "near", "outside", "inside", "into", "across", "around", "throughout"}
)
ORG_CITY_POPULATION = 250_000
# detection evidence of a place found inside a longer given span ("Da Nang International Airport")
INNER_EVIDENCE = 0.3
# given spans matched this weakly (loosely spelled, or inside a longer name) must be in the
# article's countries
WEAK_EVIDENCE = 0.4
REGION_CODES = frozenset({"RGN", "PEN", "ISL", "SEA", "OCN", "MTS", "DLTA", "LK"})
# features that no precision level (country … sub-city) describes unless one country holds them
OPEN_FEATURES = frozenset({"SEA", "OCN", "CONT", "MTS", "DLTA", "LK"})
# a first-level unit since merged or split ('Rhône-Alpes', 'Kasai-Occidental'): read as a
# province, a little after a current unit of the same name
FORMER_ADM1 = "ADM1H"
ADM1_CODES = ("ADM1", FORMER_ADM1)
# words that never make a place name on their own, alone or together ('South West')
GENERIC_WORDS = (
    DIRECTION_WORDS | ADMIN1_CUES | ADMIN2_CUES | CITY_CUES | FEATURE_WORDS | CONNECTORS
)
# a contained place this close to a same-named city lies in the city: "Queens, New York"
IN_CITY_KM = 30.0
_CAPITAL_START = re.compile(r"^[A-Z\u00c0-\u00de]")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved to one gazetteer entry (or "no match")."""

    text: str
    start: int
    end: int
    name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_class: str | None
    feature_code: str | None
    precision: LocationPrecision | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text that may name a place, with its gazetteer namesakes."""

    start: int
    end: int
    key: str
    entries: tuple[GazetteerEntry, ...]
    cue: str | None
    evidence: float
    # ISO2 of the country a nationality word before the name gives ('the German island
    # Rügen', 'the Syrian town of Jobar')
    country: str | None = None


# ---------------------------------------------------------------- public API


def find_places(doc: Any) -> list[PlaceMention]:
    """Detect and resolve every place mention in a spaCy ``Doc`` (article-level)."""
    gazetteer = load_gazetteer()
    words = _words(doc)
    candidates = detect_candidates(doc, gazetteer, words=words)
    return resolve_candidates(words.text, candidates, gazetteer)


def geoparse(text: str, *, nlp: Any | None = None) -> list[PlaceMention]:
    """Parse ``text`` (with the default pipeline unless ``nlp`` is given), then find places."""
    if nlp is None:
        from sitrep.nlp import load_pipeline

        nlp = load_pipeline()
    return find_places(nlp(text))


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], *, nlp: Any | None = None
) -> list[PlaceMention]:
    """Resolve the given character spans (one result per span, in order).

    A span that is out of range, empty or not a pair of integers gives a "no match" result
    (``geonameid`` None, ``confidence`` 0.0) rather than an error.
    """
    gazetteer = load_gazetteer()
    tokens = _tokenize(text, nlp)
    given: list[tuple[int, Candidate]] = []
    for number, span in enumerate(spans):
        candidate = _span_candidate(text, span, tokens, gazetteer)
        if candidate:
            given.append((number, candidate))
    # the context (containers, lists, neighbours) reads the spans in text order
    given.sort(key=lambda item: (item[1].start, item[1].end))
    resolved = _resolve_all(text, [c for _, c in given], gazetteer, keep_unmatched=True)
    by_number = {number: place for (number, _), place in zip(given, resolved, strict=True)}
    return [
        by_number[number] if number in by_number else _no_match(text, span)
        for number, span in enumerate(spans)
    ]


def article_focus(
    places: Sequence[PlaceMention],
    *,
    weights: Mapping[int, float] | None = None,
    votes: Mapping[str, float] | None = None,
) -> PlaceMention | None:
    """The place the article is about: its most-mentioned country, at its most cited place.

    Mentions count by confidence and by position: news puts what matters first, so the
    n-th resolved mention weighs 1 / (1 + n/10) (a byline's list of outlets at the end of a
    story does not outweigh its lead). ``weights`` (mention start → factor) lets the caller
    say how much a mention is used as a place: "U.S. troops", "Washington said" name a
    party, "in Kabul" a place. ``votes`` adds weight to countries (ISO2, as places carry)
    from other evidence, such as the nationality words of the parties ("Afghan officials").
    """
    resolved = [p for p in places if p.geonameid is not None]
    if not resolved:
        return None
    factor = weights or {}
    country_weight: dict[str, float] = defaultdict(float)
    for country, vote in (votes or {}).items():
        if any(p.country == country for p in resolved):  # a country needs a place to point at
            country_weight[country] += vote
    for rank, place in enumerate(sorted(resolved, key=lambda p: p.start)):
        if place.country:
            share = factor.get(place.start, 1.0)
            country_weight[place.country] += share * place.confidence / (1 + rank / 10)
    if not country_weight:
        return max(resolved, key=lambda p: p.confidence)
    top_country = max(country_weight, key=lambda cc: country_weight[cc])
    inside = [p for p in resolved if p.country == top_country]
    counts = Counter(p.geonameid for p in inside)
    specific = [p for p in inside if p.precision not in ("country", None)]
    if specific:
        best = max(specific, key=lambda p: (counts[p.geonameid], -p.start))
        if counts[best.geonameid] >= 2 or not any(p.precision == "country" for p in inside):
            return best
    countries = [p for p in inside if p.precision == "country"]
    return countries[0] if countries else inside[0]


def demonym_country(word: str) -> str | None:
    """ISO3 code of the country a demonym names: "Syrian" → "SYR", "Americans" → "USA"; a
    country's own name answers too ("Syria" → "SYR")."""
    found = nationality_country(word)
    if found is None:
        gazetteer = load_gazetteer()
        entries = [e for e in gazetteer.candidates(word) if e.is_country]
        if entries and name_key(word) == name_key(entries[0].name):
            return gazetteer.country_iso3(entries[0].country)
    return found


def nationality_country(word: str) -> str | None:
    """ISO3 code of the country a nationality word names ("Afghan", "Afghans"), from the
    demonym table only (no gazetteer query)."""
    gazetteer = load_gazetteer()
    found = gazetteer.demonym_country(word)
    if found is None and word.endswith("s"):
        found = gazetteer.demonym_country(word[:-1])
    return found


# ---------------------------------------------------------------- detection


@dataclass(frozen=True, slots=True)
class _Words:
    """Token texts, offsets and entity tags read once from the Doc's arrays (fast)."""

    text: str
    words: list[str]
    lowers: list[str]
    starts: list[int]
    ends: list[int]
    names: list[bool]
    entities: list[tuple[int, int, str]]
    labels: list[str | None]

    def label(self, start: int, end: int) -> str | None:
        """Like ``_entity_label`` but from the arrays: None when NER did not run there."""
        if self.labels[start] is None:
            return None
        found = {self.labels[i] or "" for i in range(start, end)} - {""}
        if not found:
            return ""
        return max(found, key=lambda lab: lab in PLACE_LABELS)


def _words(doc: Any) -> _Words:
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, ORTH, SPACY

    strings = doc.vocab.strings
    attrs = [IDX, LENGTH, ORTH, ENT_IOB, ENT_TYPE, SPACY]
    rows = doc.to_array(attrs).tolist() if len(doc) else []
    words = [strings[row[2]] for row in rows]
    # ``doc.text`` builds a Token per word; joining the arrays is several times faster
    text = "".join(w + " " if row[5] else w for w, row in zip(words, rows, strict=True))
    starts = [row[0] for row in rows]
    entities: list[tuple[int, int, str]] = []
    for i, row in enumerate(rows):
        if row[3] == 3:  # B: an entity starts
            entities.append((i, i + 1, strings[row[4]]))
        elif row[3] == 1 and entities and entities[-1][1] == i:  # I: it goes on
            entities[-1] = (entities[-1][0], i + 1, entities[-1][2])
    return _Words(
        text=text,
        words=words,
        lowers=[w.lower() for w in words],
        starts=starts,
        ends=[row[0] + row[1] for row in rows],
        names=[_is_name_word(w) for w in words],
        entities=entities,
        labels=[None if row[3] == 0 else (strings[row[4]] if row[4] else "") for row in rows],
    )


def detect_candidates(
    doc: Any, gazetteer: Gazetteer, *, words: _Words | None = None
) -> list[Candidate]:
    """Gazetteer matches over capitalised runs and place entities, filtered, non-overlapping."""
    words = words or _words(doc)
    runs = _runs(words)
    spans = _ngram_spans(words, runs)
    for start, end, label in words.entities:
        if label in PLACE_LABELS or label == "NORP":
            spans.add((start, end))
    surface = {(s, e): words.text[words.starts[s] : words.ends[e - 1]] for s, e in spans}
    keyed = {span: name_key(written) for span, written in surface.items()}
    found = gazetteer.lookup(keyed.values())
    surnames = _surnames(words, runs, set(found))
    loose_keys = {
        span: loose_key(surface[span])
        for span, key in keyed.items()
        if key not in found
        and (words.label(*span) in PLACE_LABELS or _article_start(words, span[0]))
    }
    loose_found = gazetteer.lookup(loose_keys.values(), loose=True) if loose_keys else {}
    options: list[tuple[int, int, str, list[GazetteerEntry], bool]] = []
    for span, key in keyed.items():
        if key in found:
            options.append((*span, key, found[key], False))
        elif loose_keys.get(span) in loose_found:
            similar = _similar(surface[span], loose_found[loose_keys[span]])
            if similar:
                options.append((*span, key, similar, True))
    options.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
    # 'al-Hol' unknown: 'Hol' alone is some other place (a town in Norway), not it
    article_known = {o[0] for o in options}
    options = [
        o for o in options
        if not (
            o[0] >= 2
            and words.lowers[o[0] - 2] in ARTICLE_PREFIXES
            and _article_start(words, o[0] - 2)
            and o[0] - 2 not in article_known
        )
    ]
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for start, end, key, entries, loose in options:
        if any(i in taken for i in range(start, end)):
            continue
        if end - start == 1 and words.lowers[start] in surnames and not any(
            e.feature_class == "A" for e in entries
        ) and words.label(start, end) not in PLACE_LABELS:
            continue
        candidate = _judge(doc, start, end, key, entries, loose, gazetteer)
        if candidate is not None and end < len(words.words) and words.names[end] and (
            words.lowers[end] in LANDFORM_HEADS and end not in taken
        ):
            # 'the Ural Mountains', 'the Baltic Sea', 'Salinas Valley': the landform is the
            # name; a town of the bare name does not stand for mountains or a sea
            kept = tuple(
                e for e in candidate.entries
                if words.lowers[end] not in NATURAL_FEATURES or e.feature_class != "P"
            )
            candidate = replace(candidate, end=words.ends[end], entries=kept) if kept else None
            end += 1
        if candidate is not None:
            chosen.append(candidate)
            taken.update(range(start, end))
    chosen.sort(key=lambda c: c.start)
    return _with_state_abbreviations(words.text, chosen, gazetteer)


def _with_state_abbreviations(
    text: str, chosen: list[Candidate], gazetteer: Gazetteer
) -> list[Candidate]:
    """Add (or put right) the US state abbreviated after a town: 'Springfield, IL' holds
    a mention of Illinois, and 'Ore.' of 'Portland, Ore.' is Oregon, not Ore in Nigeria."""
    if "," not in text:
        return chosen
    added: dict[int, Candidate] = {}
    for candidate in chosen:
        found = _state_after(text, candidate.end, candidate.entries, gazetteer)
        if found is not None:
            start, end, state = found
            added[start] = Candidate(start, end, name_key(text[start:end]), (state,),
                                     "province", 0.8)
    if not added:
        return chosen
    spans = [(c.start, c.end) for c in added.values()]
    out: list[Candidate] = []
    for candidate in chosen:
        if any(a < candidate.end and candidate.start < b for a, b in spans):
            continue  # 'N.Y.' read as New York City, 'Ore.' as Ore: the state instead
        out.append(candidate)
    out.extend(added.values())
    out.sort(key=lambda c: c.start)
    return out


def _is_name_word(text: str) -> bool:
    return bool(_CAPITAL_START.match(text)) and any(ch.isalpha() for ch in text)


def _is_name_token(token: Any) -> bool:
    return _is_name_word(token.text)


# Arabic articles that news writes in lower case before a name ('al-Bab', 'el-Arish')
ARTICLE_PREFIXES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ed", "es"})
# names with such an article that are groups, media or shrines, not places
ARTICLE_NON_PLACES = frozenset(
    {"al qaeda", "al qaida", "al qaedas", "al shabab", "al shabaab", "al nusra", "al jazeera",
     "al arabiya", "al azhar", "al hayat", "al ahram", "al hashd", "al sham"}
)


_ARTICLE_NON_PLACE_KEYS = frozenset(k.replace(" ", "") for k in ARTICLE_NON_PLACES)
# nouns an article name may modify and still be a place ('al-Hasakah countryside')
ARTICLE_PLACE_HEADS = frozenset(
    {"countryside", "outskirts", "suburbs", "area", "city", "town", "village", "governorate"}
)


def _article_start(words: _Words, index: int) -> bool:
    """'al-Hasakah': a lower-case Arabic article joined by a hyphen to a name."""
    return (
        index + 2 < len(words.names)
        and words.lowers[index] in ARTICLE_PREFIXES
        and not words.names[index]
        and words.words[index + 1] == "-"
        and words.names[index + 2]
        and words.ends[index] == words.starts[index + 1]
        and words.ends[index + 1] == words.starts[index + 2]
    )


def _runs(words: _Words) -> list[tuple[int, int]]:
    """Runs of capitalised tokens, with connectors inside ("Republic of the Congo"), or
    starting with a lower-case Arabic article ("al-Hasakah")."""
    runs: list[tuple[int, int]] = []
    names, lowers = words.names, words.lowers
    n = len(names)
    i = 0
    while i < n:
        if not names[i] and not (lowers[i] in ARTICLE_PREFIXES and _article_start(words, i)):
            i += 1
            continue
        j = i if names[i] else i + 2  # past 'al' and '-'
        while j < n and (
            names[j]
            or (j > i and lowers[j] in CONNECTORS and _name_follows(words, j + 1))
            or (lowers[j] == "'s" and j > i and j + 1 < n and names[j + 1])
        ):
            j += 1
        runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _surnames(words: _Words, runs: list[tuple[int, int]], known: set[str]) -> set[str]:
    """Last words of two- and three-word names that are not places ('Marco Rubio'): when
    'Rubio' stands alone later, it is the man, not the town in Venezuela."""
    found: set[str] = set()
    for start, end in runs:
        if 2 <= end - start <= 3 and all(words.names[start:end]):
            written = words.text[words.starts[start] : words.ends[end - 1]]
            if name_key(written) not in known:
                found.add(words.lowers[end - 1])
    return found


def _ngram_spans(words: _Words, runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Token spans (start, end) of every n-gram inside a run of capitalised tokens."""
    spans: set[tuple[int, int]] = set()
    lowers = words.lowers
    for i, j in runs:
        if i > 0 and lowers[i - 1] in RURAL_MODIFIERS:
            spans.update((i - 1, end) for end in range(i + 1, min(j, i + MAX_NGRAM) + 1))
        for start in range(i, j):
            if (lowers[start] in CONNECTORS or lowers[start] == "the") and not (
                start == i and _article_start(words, start)
            ):
                continue
            for end in range(start + 1, min(j, start + MAX_NGRAM) + 1):
                if lowers[end - 1] not in CONNECTORS:
                    spans.add((start, end))
    return spans


def _name_follows(words: _Words, index: int) -> bool:
    """A name token at ``index``, or after one more connector ("Republic of the Congo")."""
    names = words.names
    if index < len(names) and names[index]:
        return True
    nxt = index + 1
    return nxt < len(names) and words.lowers[index] in CONNECTORS and names[nxt]


def _entity_label(doc: Any, start: int, end: int) -> str | None:
    """The entity label covering the span's tokens ("" when none; None when not tagged)."""
    token = doc[start]
    if not token.ent_iob_:
        return None
    labels = [str(doc[i].ent_type_) for i in range(start, end) if doc[i].ent_type_]
    if not labels:
        return ""
    # a place label anywhere wins; else the first token's (never set order: runs must agree)
    return next((lab for lab in labels if lab in PLACE_LABELS), labels[0])


def _entity_bounds(doc: Any, start: int) -> tuple[int, int] | None:
    token = doc[start]
    if not token.ent_type_:
        return None
    i = start
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = start + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return i, j


def _judge(
    doc: Any,
    start: int,
    end: int,
    key: str,
    entries: list[GazetteerEntry],
    loose: bool,
    gazetteer: Gazetteer,
) -> Candidate | None:
    """Keep a gazetteer match when the text supports it as a place; score that support."""
    label = _entity_label(doc, start, end)
    cue = _cue(doc, start, end)
    locative = _locative(doc, start, end) or cue is not None
    if label not in PLACE_LABELS:
        # without the NER's word for it, a small place must be named by its own name, and
        # short capitals by exactly it ("NISA", an agency, is no alias of Nice)
        capitals = end - start == 1 and doc[start].is_upper and len(key) <= 5
        # a short word in capitals amid ordinary text is an acronym ("NATO" is no Philippine
        # village); in all-capitals copy it may still be a town
        acronym = capitals and not _shouted(doc, start)
        entries = [
            e for e in entries
            if (name_key(e.name) == key and not acronym)
            or (_is_big(e) and not capitals)
            or e.is_country
            # 'Momo division': a unit by its bare name where a unit word follows
            or (cue in ("province", "district") and e.feature_class == "A")
        ]
        if not entries:
            return None
    if key[:3].rstrip() in ARTICLE_PREFIXES and _article_name(
        doc, start, end, key, entries, locative
    ):
        span = doc[start:end]
        country = _nationality(doc, start, gazetteer)
        return Candidate(span.start_char, span.end_char, key, tuple(entries), cue, 0.6, country)
    big = any(_is_big(e) for e in entries)
    if _speaker(doc, start, end) and not any(
        e.is_country or e.feature_code in ADM1_CODES or e.population >= SPEAKER_CITY
        for e in entries
        if name_key(e.name) == key
    ):
        return None
    whole = _entity_bounds(doc, start) == (start, end)
    if _names_something_else(doc, end) or key in DIRECTION_WORDS:
        return None
    if _stray_acronym(doc, start, end, key) or (
        label not in PLACE_LABELS and _demonym_or_acronym(doc, start, end, key, gazetteer)
    ):
        return None
    if _part_of_a_name(doc, start, end, whole=whole, label=label):
        return None
    if not whole and _looks_common(doc, start, end, key):
        return None
    if label in PLACE_LABELS:
        evidence = 0.9 if whole else 0.7
    elif label == "NORP":
        written = doc[start:end].text
        if key in COMMON_WORDS or gazetteer.demonym_country(written) or _demonym_like(written):
            return None
        evidence = 0.6
    elif label in NON_PLACE_LABELS:
        if not _place_inside_org(
            doc, start, end, label, entries, _nationality(doc, start, gazetteer)
        ):
            return None
        evidence = 0.5
    else:
        found = _unlabelled_evidence(doc, start, end, key, entries, big=big, locative=locative)
        if found is None:
            return None
        evidence = found + (0.1 if label is None else 0.0)
    if label is None and _inside_a_longer_name(doc, start, end, entries, key):
        return None  # no NER to ask: 'Martin Luther King', 'Taco Bell', 'Chad Johnson'
    if key in AMBIGUOUS_NAMES and label is not None and label not in PLACE_LABELS and (
        not locative
    ):
        return None
    if loose:
        evidence -= 0.15
    span = doc[start:end]
    country = _nationality(doc, start, gazetteer)
    return Candidate(span.start_char, span.end_char, key, tuple(entries), cue, evidence, country)


# nouns for a place that a nationality word before them locates ('the Syrian town of X');
# not 'settlement' or 'camp', whose people the word names more often than their country
NATIONALITY_NOUNS = frozenset(
    {"town", "village", "city", "capital", "island", "port", "province", "district",
     "region", "county", "state", "governorate", "enclave", "municipality", "hamlet",
     "towns", "villages", "cities", "islands", "provinces", "districts", "regions"}
)
# words that may stand between the nationality word and the noun ('the Turkish border town')
NATIONALITY_FILLERS = frozenset(
    {"border", "frontier", "northern", "southern", "eastern", "western", "central",
     "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
     "southwestern", "coastal", "mountain", "mountainous", "desert", "remote", "small",
     "tiny", "key", "strategic", "frontline", "front-line", "resort", "holy", "ancient",
     "historic", "industrial", "oil", "port", "island", "restive", "besieged", "embattled"}
)


POSSESSIVES = frozenset({"'s", "’s"})


def _possessor_country(doc: Any, start: int, gazetteer: Gazetteer) -> str | None:
    """ISO2 of the country whose possessive comes right before ``start``: 'Pakistan's
    Karachi', 'South Sudan's Jonglei', 'the DRC's Ituri'."""
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return None
    for size in (3, 2, 1):
        first = start - 1 - size
        if first < 0:
            continue
        key = name_key(doc[first : start - 1].text)
        for entry in gazetteer.lookup([key]).get(key, ()):
            if entry.is_country:
                return entry.country
    return None


def _nationality(doc: Any, start: int, gazetteer: Gazetteer) -> str | None:
    """ISO2 of the country a nationality word before the name puts it in: 'the German
    island Rügen', 'the Syrian town of Jobar', 'the Turkish border town of Akcakale', 'the
    Iraqi Kurdish city of Erbil'; or a country's possessive ('Libya's Misrata'). Not
    '-held', '-occupied' or '-backed' forms ('the Russian-held town of X' is not in Russia),
    which never reach the noun."""
    owner = _possessor_country(doc, start, gazetteer)
    if owner is not None:
        return owner
    i = start - 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    if i < 0 or doc[i].lower_ not in NATIONALITY_NOUNS:
        return None
    i -= 1
    for _ in range(3):
        if i < 0:
            return None
        word = doc[i]
        if word.lower_ in NATIONALITY_FILLERS:
            i -= 1
            continue
        if not word.is_title:
            return None
        iso3 = gazetteer.demonym_country(word.text)
        if iso3 is not None:
            if i > 0 and doc[i - 1].text in ("-", "–"):
                return None  # 'pro-Russian', 'anti-American'
            return gazetteer.country_iso2(iso3)
        i -= 1  # 'Kurdish' of 'the Iraqi Kurdish city': no country, look further
    return None


def _speaker(doc: Any, start: int, end: int) -> bool:
    """'…,” said Nawa.': a name right after a verb of saying that ends its clause."""
    return (
        start > 0
        and doc[start - 1].lower_ in SPEECH_VERBS
        and (end == len(doc) or doc[end].is_punct)
    )


def _article_name(
    doc: Any, start: int, end: int, key: str, entries: list[GazetteerEntry], locative: bool
) -> bool:
    """'in al-Hasakah countryside', 'fighting in al-Bab': a lower-case Arabic article
    before a name the gazetteer knows by exactly that name, in a locative frame. The small
    model tags such names as people or organisations at random, so its label is not asked;
    groups and media ('al-Qaeda', 'al-Jazeera') and a name that modifies a noun that is no
    place word ('al-Qaeda attacks') are not places."""
    first = doc[start]
    if not (first.text.islower() and first.lower_ in ARTICLE_PREFIXES):
        return False
    if key.replace(" ", "") in _ARTICLE_NON_PLACE_KEYS:
        return False
    last = doc[end - 1]
    if (
        last.dep_ == "compound"
        and last.head.i >= end
        and last.head.lower_ not in FEATURE_WORDS | ARTICLE_PLACE_HEADS
    ):
        return False
    own = [e for e in entries if name_key(e.name) == key or _is_big(e)]
    # in a locative frame any such place; elsewhere ('shelled al-Raqqa') a big one
    return bool(own) and (locative or any(_is_big(e) for e in own))


def _shouted(doc: Any, index: int) -> bool:
    """Whether the sentence of token ``index`` is written in capitals (wire headlines)."""
    words = [t for t in doc[index].sent if t.is_alpha and len(t) > 1]
    return bool(words) and sum(t.is_upper for t in words) * 2 > len(words)


def _unlabelled_evidence(
    doc: Any,
    start: int,
    end: int,
    key: str,
    entries: list[GazetteerEntry],
    *,
    big: bool,
    locative: bool,
) -> float | None:
    """Support for a match the NER left unlabelled (or did not run on)."""
    if _looks_common(doc, start, end, key):
        return None
    if end - start == 1 and doc[start].is_sent_start and not big:
        return None
    if (
        end - start == 1
        and doc[start].is_sent_start
        and doc[start].pos_ in ("NOUN", "ADJ", "VERB", "ADV")
        and not any(e.is_country or e.feature_code in ADM1_CODES for e in entries)
        and not any(name_key(e.name) == key for e in entries)
    ):
        # a common word opening the sentence that an old or alternate name of a city
        # matches: 'Drug traffickers shoot …' (Durg, India, was once Drug)
        return None
    if big and (locative or len(key) > 3 or doc[start].is_upper):
        return 0.6 if locative else 0.45
    if doc[start].ent_iob_ == "O":  # the NER ran and saw no entity here: ask for more
        before = doc[start - 1].lower_ if start > 0 else ""
        locative = before in STRONG_LOCATIVES
    if locative and any(e.population >= 1000 or e.feature_class == "A" for e in entries):
        return 0.5
    return None


def _inside_a_longer_name(
    doc: Any, start: int, end: int, entries: list[GazetteerEntry], key: str
) -> bool:
    """A town's name inside a longer capitalised name; countries and provinces may open one
    ('California Department of Health'), names that are also first names may not."""
    unit = any(e.is_country or e.feature_code == "ADM1" for e in entries)
    if unit and key not in AMBIGUOUS_NAMES:
        return False
    after = end < len(doc) and _is_name_token(doc[end])
    before = start > 0 and _is_name_token(doc[start - 1]) and not doc[start].is_sent_start
    # the tail of a person's name after a particle: 'Lionel Bethune de Moro', 'Abu Bakr bin X'
    particle = (
        start > 1
        and doc[start - 1].lower_ in NAME_PARTICLES | SURNAME_PARTICLES
        and _is_name_token(doc[start - 2])
    )
    return after or before or particle


def _names_something_else(doc: Any, end: int) -> bool:
    """'Ebola virus', 'Marburg fever', 'Reston strain': a place name used for something else."""
    return end < len(doc) and doc[end].lower_ in NAMED_AFTER


def _place_inside_org(
    doc: Any,
    start: int,
    end: int,
    label: str | None,
    entries: list[GazetteerEntry],
    country: str | None = None,
) -> bool:
    """'U.S. Centers for Disease Control', 'University of Toronto', an ORG-tagged 'DRC';
    a town of the country whose possessive comes before it ('Pakistan's Karachi')."""
    if label not in ("ORG", "FAC", "EVENT"):
        return False
    if (
        country
        and start > 0
        and doc[start - 1].lower_ in POSSESSIVES
        and _entity_bounds(doc, start) == (start, end)
        and any(e.country == country for e in entries)
    ):
        return True
    if not any(_is_big(e) for e in entries):
        return False
    bounds = _entity_bounds(doc, start)
    if bounds is None:
        return False
    if bounds == (start, end):
        if any(e.is_country or e.feature_code == "ADM1" for e in entries):
            return True
        # a big city the model took for an organisation, where the words say it is a place:
        # 'fighting in Erbil', 'the Iraqi city of Erbil' (not 'at Toyota', 'to Santander')
        before = doc[start - 1].lower_ if start > 0 else ""
        placed = before in ORG_CITY_LOCATIVES or (
            before == "of" and start > 1 and doc[start - 2].lower_ in CITY_CUES
        )
        key = name_key(doc[start:end].text)
        return placed and any(
            e.feature_class == "P"
            and e.population >= ORG_CITY_POPULATION
            and name_key(e.name) == key  # by its own name: 'Franklin' is an alias of Columbus
            for e in entries
        )
    if end < bounds[1] and doc[end].lower_ in MEDIA_WORDS:
        return False  # 'Washington Times', 'Minneapolis Star-Tribune'
    if doc[start - 1].lower_ in {"of", "in"} and start > bounds[0]:
        return True
    first = start == bounds[0] or (start == bounds[0] + 1 and doc[bounds[0]].lower_ == "the")
    top = max(entries, key=lambda e: _prior(e, _BARE))
    return first and (top.is_country or top.feature_code == "ADM1")


def _part_of_a_name(doc: Any, start: int, end: int, *, whole: bool, label: str | None) -> bool:
    """'von der Leyen', the 'Region' of 'Amur Region', the 'Park' of 'Angel Island State Park'."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in NAME_PARTICLES and not doc[start - 1].is_title:
        return True
    if whole or label not in PLACE_LABELS:
        return False
    bounds = _entity_bounds(doc, start)
    if bounds is None or start == bounds[0] or before in {",", "of", "in", "and", "'s", "’s"}:
        return False
    # 'the United Kingdom' is fine; 'Amur Region' (a capitalised word before) is not
    return any(
        (doc[i].is_title or doc[i].is_upper) and doc[i].lower_ != "the"
        for i in range(bounds[0], start)
    )


def _demonym_or_acronym(
    doc: Any, start: int, end: int, key: str, gazetteer: Gazetteer
) -> bool:
    """'Somali', 'Baloch' (people, not places) or 'AI', 'EU' (not a country's acronym)."""
    if end - start != 1:
        return False
    token = doc[start]
    if gazetteer.demonym_country(token.text) and not any(
        e.is_country for e in gazetteer.lookup([key]).get(key, [])
    ):
        return True
    return token.ent_type_ == "NORP" and _demonym_like(token.text)


def _stray_acronym(doc: Any, start: int, end: int, key: str) -> bool:
    """'AI', 'EU', 'MoD': short capitals that are not a place's usual abbreviation."""
    if end - start != 1 or key in COUNTRY_ACRONYMS:
        return False
    text = doc[start].text
    mixed = len(text) <= 4 and any(c.isupper() for c in text[1:]) and not text.isupper()
    return (doc[start].is_upper and len(key) <= 3) or mixed


def _demonym_like(text: str) -> bool:
    return text.endswith(("ian", "ians", "ese", "ish", "ean", "eans", "ans", "i", "ic"))


def _looks_common(doc: Any, start: int, end: int, key: str) -> bool:
    if key in COMMON_WORDS or key in DIRECTION_WORDS or len(key) <= 1:
        return True
    if end - start != 1:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    token = doc[start]
    if token.is_upper and len(token.text) <= 3 and not token.text.endswith("."):
        return key not in COUNTRY_ACRONYMS
    return token.lower_ in STOP_WORDS


def _is_big(entry: GazetteerEntry) -> bool:
    if entry.feature_code in REGION_CODES or entry.feature_code in ("PCLI", "CONT", *ADM1_CODES):
        return True
    return entry.population >= BIG_POPULATION


_UNIT_CUES = ADMIN1_CUES | ADMIN2_CUES | CITY_CUES


def _cue(doc: Any, start: int, end: int) -> str | None:
    """'province', 'district', 'city', 'rural' or None from the words around the span."""
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    if (
        before == "of"
        and start > 2
        and doc[start - 3].is_title
        and before2 in _UNIT_CUES
        and load_gazetteer().demonym_country(doc[start - 3].text) is None
    ):
        # 'the Mukuru district of Nairobi': Nairobi holds a district, is none (but 'the
        # Romanian county of Brăila' is one)
        before2 = ""
    if after in ADMIN1_CUES | GOVERNED_BY or (before == "of" and before2 in ADMIN1_CUES):
        return "province"
    if after in ADMIN2_CUES or (before == "of" and before2 in ADMIN2_CUES):
        return "district"
    if before in RURAL_MODIFIERS:
        return "rural"
    if after in CITY_CUES or (before == "of" and before2 in CITY_CUES):
        return "city"
    if before in SUBCITY_MODIFIERS and not doc[start - 1].is_title:
        return "subcity"
    return None


def _locative(doc: Any, start: int, end: int) -> bool:
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in LOCATIVE_WORDS:
        return True
    if start > 1 and doc[start - 2].lower_ in LOCATIVE_WORDS and doc[start - 1].lower_ in (
        SUBCITY_MODIFIERS | RURAL_MODIFIERS | {"the"}
    ):
        return True
    # "Pandi, Bulacan" / "Sofia, Bulgaria": a name next to another name across a comma
    if end + 1 < len(doc) and doc[end].text == "," and _is_name_token(doc[end + 1]):
        return before in LOCATIVE_WORDS or (start > 1 and doc[start - 2].text == ",")
    # "Darfur and Malakal", "Pandi, Bulacan": next to another name in a list
    return before in (",", "and") and start > 1 and _is_name_token(doc[start - 2])


# ---------------------------------------------------------------- resolution


def resolve_candidates(
    text: str, candidates: Sequence[Candidate], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Pick one entry per candidate in two passes (priors, then article context)."""
    return _resolve_all(text, list(candidates), gazetteer, keep_unmatched=False)



@dataclass(slots=True)
class _Context:
    """What the article says around each candidate: containers, list neighbours, focus."""

    containers: dict[int, tuple[GazetteerEntry, ...]]
    contained: dict[int, tuple[GazetteerEntry, ...]]
    neighbours: dict[int, list[int]]
    focus: dict[str, float] | None = None
    admin_seen: set[tuple[str, str]] | None = None
    # (country, admin1) → how many mentions of each name the first pass put there
    admin_names: dict[tuple[str, str], Counter[str]] | None = None
    # (country, admin1) of each state or province the article names → the names used
    units_named: dict[tuple[str, str], set[str]] | None = None
    # (country, admin1, admin2) of each district or county the article names → the names used
    districts_named: dict[tuple[str, str, str], set[str]] | None = None
    first: list[GazetteerEntry | None] | None = None
    # candidate index → the entries (ids) that longer names containing its name resolved to
    named_in_full: dict[int, set[int]] | None = None
    # name → the focus of the article's other names, for names several countries share
    focus_without: dict[str, dict[str, float]] | None = None


def _resolve_all(
    text: str, candidates: list[Candidate], gazetteer: Gazetteer, *, keep_unmatched: bool
) -> list[PlaceMention]:
    context = _context(text, candidates)
    first = [
        _best(c, _score_all(i, c, context), contained=context.contained.get(i))
        for i, c in enumerate(candidates)
    ]
    context.focus = _country_weights(first)
    context.focus_without = _focus_without(candidates, first)
    context.admin_seen = {(e.country, e.admin1) for e, _ in first if e is not None}
    context.admin_names = defaultdict(Counter)
    for candidate, (entry, _) in zip(candidates, first, strict=True):
        if entry is not None and entry.admin1 and not entry.is_country:
            context.admin_names[(entry.country, entry.admin1)][candidate.key] += 1
    context.units_named = defaultdict(set)
    context.districts_named = defaultdict(set)
    for candidate, (entry, _) in zip(candidates, first, strict=True):
        if entry is not None and entry.feature_code == "ADM1":
            context.units_named[(entry.country, entry.admin1)].add(candidate.key)
        elif entry is not None and entry.feature_code == "ADM2":
            district = (entry.country, entry.admin1, entry.admin2)
            context.districts_named[district].add(candidate.key)
    context.first = [e for e, _ in first]
    context.named_in_full = _named_in_full(candidates, context.first)
    chosen = [
        _best(
            c, _score_all(i, c, context), in_unit_list=_in_unit_list(i, context),
            contained=context.contained.get(i),
        )
        for i, c in enumerate(candidates)
    ]
    chosen = _one_sense(candidates, chosen)
    far = {
        i for i, (e, _) in enumerate(chosen)
        if e and _far_namesake(
            e,
            context.focus
            if name_key(e.name) == candidates[i].key
            or e.feature_class != "P"
            or e.population >= BIG_POPULATION  # never far: no need for the other focus
            else _focus_of_others(candidates, first, candidates[i].key),
        )
    }
    far |= _outside_named_container(candidates, chosen, context)
    far |= _stray_weak_matches(candidates, chosen)
    far |= _stray_unit_namesakes(candidates, chosen)
    far |= {
        i for i, (e, _) in enumerate(chosen)
        if e is not None and candidates[i].country and e.country != candidates[i].country
    }  # 'the German island Rügen' is no town of another country, whatever its name
    kept = [(None, 0.0) if i in far else pick for i, pick in enumerate(chosen)]
    out: list[PlaceMention] = []
    for i, candidate in enumerate(candidates):
        entry, confidence = kept[i]
        if entry is None and (keep_unmatched or i in far):
            entry, confidence = _fallback(text, i, candidates, context.containers, kept), 0.2
            if candidate.country and (entry is None or entry.country != candidate.country):
                # the country its nationality word gives, not a neighbour abroad
                entry = gazetteer.country(candidate.country) or entry
            if entry is None and keep_unmatched and candidate.key:
                # named nowhere near another place: the country the article is about
                entry, confidence = _focus_country(context.focus, gazetteer), 0.1
            if entry is not None and entry.is_country:
                # ... at the one unit of that country the article names most, if one leads
                entry = _leading_unit(entry.country, kept) or entry
        if entry is None:
            if keep_unmatched:
                out.append(_mention_without_entry(text, candidate))
            continue
        out.append(_mention(text, candidate, entry, confidence, gazetteer))
    return out


def _focus_without(
    candidates: list[Candidate], first: list[tuple[GazetteerEntry | None, float]]
) -> dict[str, dict[str, float]]:
    """For a name first read as a country that places in other countries also bear
    ('Georgia'), the article's focus with all its own mentions left out: a country, counted
    twice in the focus, must not vote for its own reading (the country Georgia, read first
    by its prior, outweighed the US states listed around 'Georgia'). A town read first keeps
    its vote: with few other names ('Havana hotels … U.S. involvement') they would carry it
    abroad."""
    total: dict[str, float] = defaultdict(float)
    own: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    read_as_country: set[str] = set()
    for candidate, (entry, confidence) in zip(candidates, first, strict=True):
        if entry is not None and entry.country:
            weight = confidence * (2.0 if entry.is_country else 1.0)
            total[entry.country] += weight
            own[candidate.key][entry.country] += weight
            if entry.is_country:
                read_as_country.add(candidate.key)
    out: dict[str, dict[str, float]] = {}
    for key, mine in own.items():
        if key not in read_as_country:
            continue  # a town read first keeps its vote: 'Havana hotels … U.S. involvement'
        entries = next(c.entries for c in candidates if c.key == key)
        if len({e.country for e in entries}) < 2:
            continue
        rest = {cc: w - mine.get(cc, 0.0) for cc, w in total.items()}
        rest = {cc: w for cc, w in rest.items() if w > 1e-9}
        left = sum(rest.values())
        out[key] = {cc: w / left for cc, w in rest.items()} if left else {}
    return out


def _named_in_full(
    candidates: list[Candidate], first: list[GazetteerEntry | None]
) -> dict[int, set[int]]:
    """A short name read as the place the article named in full with a longer name ending
    in it: after 'the Republic of Congo', 'Congo' is that country, not the Democratic Republic
    (which the name also fits); after 'Democratic Republic of the Congo', the other way."""
    full = [
        (candidate.key, entry.geonameid)
        for candidate, entry in zip(candidates, first, strict=True)
        if entry is not None and " " in candidate.key
    ]
    out: dict[int, set[int]] = {}
    if not full:
        return out
    for i, candidate in enumerate(candidates):
        if len(candidate.entries) < 2 or not candidate.key:
            continue
        word = f" {candidate.key}"
        # the name ends the longer one, as its head: 'New York City' is not what a later
        # 'New York' means
        ids = {gid for key, gid in full if key != candidate.key and f" {key}".endswith(word)}
        if ids:
            out[i] = ids
    return out


def _outside_named_container(
    candidates: list[Candidate],
    chosen: list[tuple[GazetteerEntry | None, float]],
    context: _Context,
) -> set[int]:
    """'Stroud, Ontario, Canada' where no Stroud of Ontario is known: the town abroad that
    won is not it, however big ('Bradford, Ontario' is not Bradford, England), nor is a town of
    another state or province ('Santa Rosa, Laguna' is not the Santa Rosa of Nueva Ecija); the
    name falls back to the container the text gives."""
    out: set[int] = set()
    for i, (entry, _) in enumerate(chosen):
        container = chosen[i + 1][0] if i + 1 < len(chosen) else None
        if (
            entry is None
            or container is None
            or i not in context.containers
            or entry.feature_class != "P"
            or container.feature_class != "A"
        ):
            continue
        if container not in context.containers[i]:
            continue
        if container.feature_code == "ADM2":
            # a town of another district of the same province may be the district's (its
            # district unknown, or split off since): only another province rules it out
            outside = not _in_province_of(entry, container)
        else:
            outside = not _inside(entry, container)
        if outside:
            out.add(i)
    return out


def _stray_weak_matches(
    candidates: list[Candidate], chosen: list[tuple[GazetteerEntry | None, float]]
) -> set[int]:
    """A place found inside a longer given name ("Islington" of "Islington Bay") or by its
    loose spelling only ("Kibera" ~ Kibara) stands for it only in a country the article's
    other places are in; elsewhere it is a chance namesake."""
    weak = {i for i, c in enumerate(candidates) if c.evidence <= WEAK_EVIDENCE}
    if not weak:
        return set()
    others = _country_weights([pick for i, pick in enumerate(chosen) if i not in weak])
    return {
        i
        for i in weak
        if (entry := chosen[i][0]) is not None
        and others
        and not entry.is_country  # 'Mauritious' is still Mauritius
        and others.get(entry.country, 0.0) < 0.2
    }


def _stray_unit_namesakes(
    candidates: list[Candidate], chosen: list[tuple[GazetteerEntry | None, float]]
) -> set[int]:
    """A unit name that several countries use ('Western', 'Central', 'North Eastern'), read
    as the unit of a country nothing else in an article about another country is in: a
    guess among namesakes (Kenya's former Western Province is not Uganda's Western Region)."""
    out: set[int] = set()
    total: dict[str, float] = defaultdict(float)
    by_name: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for candidate, (entry, confidence) in zip(candidates, chosen, strict=True):
        if entry is not None and entry.country:
            weight = confidence * (2.0 if entry.is_country else 1.0)
            total[entry.country] += weight
            by_name[candidate.key][entry.country] += weight
    for i, (entry, _) in enumerate(chosen):
        if entry is None or entry.feature_code not in ("ADM1", "ADM2"):
            continue
        namesakes = {
            e.country for e in candidates[i].entries if e.feature_code == entry.feature_code
        }
        if len(namesakes) < 2:
            continue
        # the countries of the article's other names (all mentions of this name left out)
        own = by_name[candidates[i].key]
        others = {cc: w - own.get(cc, 0.0) for cc, w in total.items()}
        weight = sum(w for w in others.values() if w > 0)
        if weight <= 0 or others.get(entry.country, 0.0) >= 0.2 * weight:
            continue
        if max(others.values()) >= 0.5 * weight:
            out.add(i)
    return out


def _focus_country(focus: dict[str, float] | None, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country most of the article's places are in, when one clearly leads."""
    if not focus:
        return None
    top = max(focus, key=lambda cc: focus[cc])
    return gazetteer.country(top) if focus[top] >= 0.5 else None


def _leading_unit(
    country: str, chosen: list[tuple[GazetteerEntry | None, float]]
) -> GazetteerEntry | None:
    """The province, district or region of ``country`` that the article names most often,
    the first named of those named as often (a village the gazetteer lacks, in a report on
    an outbreak in Kasai, is placed in Kasai rather than at the middle of the DR Congo)."""
    counts: Counter[int] = Counter()
    units: dict[int, GazetteerEntry] = {}
    for entry, _ in chosen:
        if (
            entry is not None
            and entry.country == country
            and entry.feature_class in ("A", "L")
            and not entry.is_country
        ):
            counts[entry.geonameid] += 1
            units[entry.geonameid] = entry
    if not counts:
        return None
    top = max(counts.values())
    return next(units[gid] for gid in counts if counts[gid] == top)  # first named wins ties


def _far_namesake(entry: GazetteerEntry, focus: dict[str, float] | None) -> bool:
    """A small town abroad in an article about one country ('Jobar' → Jübar, Germany, in a
    report on Damascus): more likely a local place the gazetteer lacks."""
    if not focus or entry.feature_class != "P" or entry.population >= BIG_POPULATION:
        return False
    top = max(focus, key=lambda cc: focus[cc])
    return focus[top] >= 0.5 and entry.country != top and focus.get(entry.country, 0.0) < 0.2


def _fallback(
    text: str,
    index: int,
    candidates: list[Candidate],
    containers: dict[int, tuple[GazetteerEntry, ...]],
    chosen: list[tuple[GazetteerEntry | None, float]],
) -> GazetteerEntry | None:
    """For a name the gazetteer lacks: the smallest unit the text names next to it (the
    container the text gives after it — "Kampungu, Kasai Occidental", "Mouillee state game
    area in Monroe County" — else the nearest resolved place within 200 characters and the
    same list item: not "Laos" for "Attapeu, Laos; Binh Phuoc, Vietnam")."""
    here = candidates[index]
    best: tuple[int, GazetteerEntry] | None = None
    for j, (entry, _) in enumerate(chosen):
        if entry is None or j == index or not _can_contain(entry):
            continue
        after = j > index
        start, end = (here.end, candidates[j].start) if after else (candidates[j].end, here.start)
        gap = end - start
        if not 0 <= gap <= 200:
            continue
        between = text[start:end]
        if _CLAUSE_BREAK.search(between):
            continue
        if _SENTENCE_BREAK.search(text, start, end + 1):  # the name after it starts capitalised
            gap += 200  # a place of the same sentence first: 'X is a township in Taoyuan'
        elif entry.is_country:
            gap += 20  # and a unit or town before the country it is in ('X, Bulacan, PH')
        words = between.split()
        if after and (
            (j == index + 1 and index in containers)
            or (len(words) <= 4 and words[-1:] in (["in"], ["of"]))
        ):
            gap = -1  # the container the text gives
        if best is None or gap < best[0]:
            best = (gap, entry)
    return best[1] if best else None


_CLAUSE_BREAK = re.compile(r";")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]|\n")


def _can_contain(entry: GazetteerEntry) -> bool:
    """Whether a place can stand for an unknown place named beside it: not a sea, an ocean,
    a continent or a region of several countries ('Kogelo in Nyanza province' may take
    Nyanza, a region of Kenya; nothing may take 'the Middle East')."""
    code = entry.feature_code
    if code in ("SEA", "OCN", "CONT"):
        return False
    return bool(entry.country) or code not in REGION_CODES


CONTAINER_GAPS = frozenset(
    {",", "in", ", in", "located in", ", located in", "in the", ", in the"}
)


def _gap_joins(gap: str) -> bool:
    return gap.strip() in CONTAINER_GAPS or gap.strip() in ("", "and", ", and", "or", ", or")


def _in_lists(gaps: list[str]) -> list[bool]:
    """For each gap: does it sit in a run of names that an 'and'/'or' closes (a list, as in
    'Washington, New York and San Francisco'), rather than a 'Village, Town, Province' chain?"""
    flags = [False] * len(gaps)
    i = 0
    while i < len(gaps):
        if not _gap_joins(gaps[i]):
            i += 1
            continue
        j = i
        while j < len(gaps) and _gap_joins(gaps[j]):
            j += 1
        is_list = any(g.strip().split()[-1:] in (["and"], ["or"]) for g in gaps[i:j])
        for k in range(i, j):
            flags[k] = is_list
        i = j
    return flags


def _context(text: str, candidates: list[Candidate]) -> _Context:
    """Containers ('Pandi, Bulacan'), contained names ('Buffalo, New York') and list
    neighbours ('Georgia, Idaho and Illinois') of each candidate."""
    containers: dict[int, tuple[GazetteerEntry, ...]] = {}
    contained: dict[int, tuple[GazetteerEntry, ...]] = {}
    neighbours: dict[int, list[int]] = defaultdict(list)
    gaps = [text[a.end : b.start] for a, b in pairwise(candidates)]
    in_list = _in_lists(gaps)
    for i, gap in enumerate(gaps):
        here, there = candidates[i], candidates[i + 1]
        if not _gap_joins(gap):
            continue
        neighbours[i].append(i + 1)
        neighbours[i + 1].append(i)
        if gap.strip() in CONTAINER_GAPS and not in_list[i]:
            containers[i] = tuple(e for e in there.entries if e.feature_class in ("A", "L"))
            contained[i + 1] = here.entries
            if i + 2 < len(candidates) and text[there.end : candidates[i + 2].start].strip() == ",":
                containers[i] += tuple(
                    e for e in candidates[i + 2].entries if e.feature_class == "A"
                )
    return _Context(containers, contained, neighbours)


def _prior(entry: GazetteerEntry, candidate: Candidate) -> float:
    code = entry.feature_code
    population = entry.population
    if population == 0 and code in (*REGION_CODES, "CONT"):
        population = 50_000_000
    score = math.log10(population + 10)
    if code.startswith("PCL"):
        score += 3.0
    elif code == "CONT":
        score += 4.0
    elif code == "PPLC":
        score += 1.5
    elif code in REGION_CODES:
        score += 2.5
    elif code == "ADM1":
        score += 0.3
    elif code == FORMER_ADM1:
        score += 0.1
    elif code == "ADM2":
        score -= 0.5
    elif entry.feature_class == "P":
        score += 0.8
    if name_key(entry.name) == candidate.key:
        # the place whose own name is written beats one that merely lists it among its
        # alternate names ('Cancun' is also a spelling of Changchun, four times bigger)
        score += 2.0 if entry.is_country else 1.2
    return score + _cue_bonus(entry, candidate.cue)


_BARE = Candidate(0, 0, "", (), None, 0.0)


def _cue_bonus(entry: GazetteerEntry, cue: str | None) -> float:
    if cue is None:
        return 0.0
    code = entry.feature_code
    if cue == "province":
        return 5.0 if code in (*ADM1_CODES, "RGN") else (2.0 if code == "ADM2" else -1.0)
    if cue == "district":
        return 5.0 if code in ("ADM2", "ADM3") else (1.5 if code in ADM1_CODES else -1.0)
    if cue == "rural":
        return 2.0 if entry.feature_class == "A" else 0.0
    if cue == "city":
        return 2.0 if entry.feature_class == "P" else -1.0
    if cue == "subcity":  # 'eastern Aleppo' (a city) and 'southern Indiana' (a state) alike
        return 0.5 if entry.feature_class == "P" else 0.0
    return 0.0


def _inside(entry: GazetteerEntry, container: GazetteerEntry) -> bool:
    if container.feature_code.startswith("PCL"):
        return entry.country == container.country
    if container.feature_code == "ADM1":
        return entry.country == container.country and entry.admin1 == container.admin1
    if container.feature_code == "ADM2":
        return (entry.country, entry.admin1, entry.admin2) == (
            container.country, container.admin1, container.admin2)
    return False


def _in_city(place: GazetteerEntry, city: GazetteerEntry) -> bool:
    """A smaller place that lies within a city's reach ('Brooklyn' of 'Brooklyn, New York')."""
    return (
        place.geonameid != city.geonameid
        and place.country == city.country
        and place.population < city.population
        and _km(place.lat, place.lon, city.lat, city.lon) <= IN_CITY_KM
    )


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2
    ) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _score_all(
    index: int, candidate: Candidate, context: _Context
) -> list[tuple[float, GazetteerEntry]]:
    containers = context.containers.get(index)
    contained = context.contained.get(index)
    # the provinces (country, admin1) where the name is also a unit, once per candidate
    unit_areas = {(e.country, e.admin1) for e in candidate.entries if e.feature_class == "A"}
    unit_countries = {cc for cc, _ in unit_areas}
    foreign_country = {e.country for e in candidate.entries if e.is_country}
    scored = []
    for entry in candidate.entries:
        score = _prior(entry, candidate) + _container_bonus(entry, containers)
        if contained and entry.feature_class == "A" and any(_inside(c, entry) for c in contained):
            score += 3.0
        elif contained and entry.feature_class == "P" and any(
            _in_city(c, entry) for c in contained
        ):
            score += 3.0  # 'Queens, New York': the city, not the state
        focus = context.focus
        if focus and context.focus_without and candidate.key in context.focus_without:
            focus = context.focus_without[candidate.key]
        if candidate.country and entry.country == candidate.country:
            score += NATIONALITY_BONUS  # 'the Syrian town of X': Syria's X
        if focus and entry.country:
            score += 5.0 * focus.get(entry.country, 0.0)
        elif focus and entry.feature_code in REGION_CODES:
            # a sea or a region of no one country is no namesake abroad: it loses nothing to
            # the article's country ('The Atlantic flyway' in a story on the US is the ocean,
            # not Atlantic, Iowa)
            score += 5.0 * max(focus.values())
        if context.admin_seen and entry.feature_class == "P" and (
            entry.country, entry.admin1
        ) in context.admin_seen:
            score += 0.5
            if context.admin_names and (entry.country, entry.admin1) not in unit_areas:
                # ... and more for each other place of that province the article names:
                # 'Fairfield' among Tyler, Longview and Dallas is the Texas town (not where
                # the name is also a unit there: 'Pandi, Bulacan')
                names = context.admin_names.get((entry.country, entry.admin1), Counter())
                others = sum(n for key, n in names.items() if key != candidate.key)
                score += min(SAME_PROVINCE_CAP, SAME_PROVINCE_STEP * max(0, others - 1))
        if (
            context.units_named
            and (entry.feature_code == "ADM2" or entry.feature_class == "P")
            and context.units_named.get((entry.country, entry.admin1), {candidate.key})
            - {candidate.key}
        ):
            score += STATE_NAMED_BONUS  # 'Monroe County' in an article that names Michigan
        if (
            context.districts_named
            and entry.feature_class == "P"
            and context.districts_named.get(
                (entry.country, entry.admin1, entry.admin2), {candidate.key}
            ) - {candidate.key}
        ):
            score += STATE_NAMED_BONUS  # 'Mabini' in a report that names Bohol province
        score += _list_bonus(index, entry, context, unit_countries)
        if (
            entry.feature_code == "ADM1"
            and foreign_country - {entry.country}
            and _units_named_beside(candidate, context) >= 2
        ):
            # 'Georgia' in a report that names Alabama and Iowa is the state, not the country
            score += UNIT_AMONG_UNITS_BONUS
        if context.named_in_full and entry.geonameid in context.named_in_full.get(index, ()):
            score += 3.0  # 'the Republic of Congo … the government of Congo'
        scored.append((score, entry))
    scored.sort(key=lambda item: (-item[0], item[1].geonameid))
    return scored


def _container_bonus(
    entry: GazetteerEntry, containers: tuple[GazetteerEntry, ...] | None
) -> float:
    """+6 for lying in a container the text names ("Paris, Texas"), +2 more for each further
    level of a chain it also lies in: in "Midland, Michigan, USA" the Midland in Michigan
    beats the bigger one in Texas, which is only in the USA."""
    if not containers:
        return 0.0
    levels = {(c.feature_code, c.country, c.admin1) for c in containers if _inside(entry, c)}
    if levels:
        return 6.0 + 2.0 * (len(levels) - 1)
    if any(c.feature_code == "ADM2" and _in_province_of(entry, c) for c in containers):
        return NEAR_DISTRICT_BONUS  # 'Santa Maria, Davao del Sur': since moved to a new district
    return 0.0


# a town in the province of the district the text names, but filed under another district
# (districts split and are renamed: the town may have been the named district's then)
NEAR_DISTRICT_BONUS = 3.0


def _in_province_of(entry: GazetteerEntry, district: GazetteerEntry) -> bool:
    return bool(entry.admin1) and (entry.country, entry.admin1) == (
        district.country, district.admin1)


def _list_bonus(
    index: int,
    entry: GazetteerEntry,
    context: _Context,
    unit_countries: Collection[str] = (),
) -> float:
    """'Arizona, California, Georgia': names in a list share a level (and a country)."""
    if context.first is None:
        return 0.0
    bonus = 0.0
    for j in context.neighbours.get(index, ()):
        other = context.first[j]
        if other is None:
            continue
        chained = (j == index + 1 and index in context.containers) or (
            j == index - 1 and index in context.contained
        )  # 'Buffalo, New York' is a chain of containers, not a list
        if (
            not chained
            and other.feature_class == "P" == entry.feature_class
            and other.country == entry.country
        ):
            # 'San Juan, Choropampa, and Magdalena': towns of one country, most often of one
            # province (a San Juan beside a village of Cajamarca is Cajamarca's San Juan)
            # (not where the name is also a unit of that country: 'New York City and Florida')
            same_unit = (
                bool(entry.admin1)
                and other.admin1 == entry.admin1
                and other.country not in unit_countries
            )
            bonus = max(bonus, LIST_SAME_UNIT_BONUS if same_unit else 1.5)
        if other.feature_code != entry.feature_code:
            continue
        if entry.is_country:
            bonus = max(bonus, 1.5)
        elif other.country == entry.country and entry.feature_class == "A":
            bonus = max(bonus, 3.0)
    return bonus


def _best(
    candidate: Candidate,
    scored: list[tuple[float, GazetteerEntry]],
    *,
    in_unit_list: bool = False,
    contained: tuple[GazetteerEntry, ...] | None = None,
) -> tuple[GazetteerEntry | None, float]:
    if not scored:
        return None, 0.0
    top, entry = scored[0]
    if not in_unit_list:
        entry = _prefer_city(entry, scored, candidate, contained or ())
    margin = top - scored[1][0] if len(scored) > 1 else 4.0
    certainty = 1.0 / (1.0 + math.exp(-margin))
    confidence = max(0.05, min(0.99, certainty * (0.5 + candidate.evidence * 0.55)))
    return entry, round(confidence, 3)


def _in_unit_list(index: int, context: _Context) -> bool:
    """A list neighbour resolved (first pass) to a province or state: 'Virginia, Washington
    and Wyoming', 'New Brunswick and Quebec' name states and provinces, not their cities."""
    if context.first is None:
        return False
    return any(
        (other := context.first[j]) is not None and other.feature_code == "ADM1"
        for j in context.neighbours.get(index, ())
    )


def _units_named_beside(candidate: Candidate, context: _Context) -> int:
    """How many first-level units (of the country of a unit the candidate may name) the
    article names under other names."""
    named = context.units_named or {}
    countries = {e.country for e in candidate.entries if e.feature_code == "ADM1"}
    return max(
        (
            sum(1 for (cc, _), keys in named.items() if cc == country and keys - {candidate.key})
            for country in countries
        ),
        default=0,
    )


def _one_sense(
    candidates: list[Candidate], chosen: list[tuple[GazetteerEntry | None, float]]
) -> list[tuple[GazetteerEntry | None, float]]:
    """One sense per discourse: an article that names a place twice means the same place.
    Each name takes the reading of its most confident mention when that one is clearly surer
    (a mention with a container or cue, "Scott County, Indiana", settles the bare ones)."""
    best: dict[str, tuple[GazetteerEntry, float]] = {}
    for candidate, (entry, confidence) in zip(candidates, chosen, strict=True):
        if entry is not None and confidence > best.get(candidate.key, (entry, -1.0))[1]:
            best[candidate.key] = (entry, confidence)
    out = []
    for candidate, (entry, confidence) in zip(candidates, chosen, strict=True):
        top = best.get(candidate.key)
        if (
            entry is not None and top is not None and top[0].geonameid != entry.geonameid
            and top[1] - confidence >= ONE_SENSE_MARGIN
            and top[0] in candidate.entries and candidate.cue in (None, "subcity")
        ):
            entry = top[0]
        out.append((entry, confidence))
    return out


def _prefer_city(
    entry: GazetteerEntry,
    scored: list[tuple[float, GazetteerEntry]],
    candidate: Candidate,
    contained: tuple[GazetteerEntry, ...] = (),
) -> GazetteerEntry:
    """'Aleppo' names the city, not the governorate of the same name, unless a cue or the
    context (a contained place, a list of provinces) says the unit is meant: 'Pandi,
    Bulacan' is the province, 'Queens, New York' the city that holds Queens."""
    if entry.feature_code not in ("ADM1", "ADM2") or candidate.cue in ("province", "district"):
        return entry
    holds = any(_inside(c, entry) for c in contained)
    top = scored[0][0]
    for score, other in scored[1:6]:
        if holds and not any(_in_city(c, other) for c in contained):
            continue
        same_area = other.country == entry.country and other.admin1 == entry.admin1
        capital = other.feature_code == "PPLC" and other.country == entry.country
        close = top - score < 2.5
        if other.feature_class == "P" and (same_area or capital) and close and (
            other.population >= 50_000
        ):
            return other
    return entry


def _focus_of_others(
    candidates: list[Candidate], first: list[tuple[GazetteerEntry | None, float]], key: str
) -> dict[str, float]:
    """The article's focus from its other names, for a namesake abroad matched by one of
    its alternate names only, which must not vote for itself ('Palmyra … Jobar … Damascus':
    Jübar, Germany, was a third of the focus). A place bearing the name itself keeps its
    vote ('Bundibugyo' among Ebola strains in a report on the Philippines)."""
    return _country_weights(
        [pick for c, pick in zip(candidates, first, strict=True) if c.key != key]
    )


def _country_weights(first: list[tuple[GazetteerEntry | None, float]]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    for entry, confidence in first:
        if entry is not None and entry.country:
            weights[entry.country] += confidence * (2.0 if entry.is_country else 1.0)
    total = sum(weights.values())
    return {cc: w / total for cc, w in weights.items()} if total else {}


# ---------------------------------------------------------------- records


def precision_of(entry: GazetteerEntry) -> LocationPrecision | None:
    """PLOVER precision for a gazetteer feature: PPL → city, ADM1 → province, …"""
    code = entry.feature_code
    if code.startswith("PCL"):
        return "country"
    if code in (*ADM1_CODES, *REGION_CODES) and entry.country:
        return "province"
    if code in OPEN_FEATURES:
        return None
    if code in ("ADM2", "ADM3", "ADM4", "ADM5", "ADMD"):
        return "district"
    if code in ("PPLX", "PPLL") or entry.feature_class in ("S", "R", "T", "H", "V"):
        return "sub-city"
    if entry.feature_class == "P":
        return "city"
    return None


def _mention(
    text: str,
    candidate: Candidate,
    entry: GazetteerEntry,
    confidence: float,
    gazetteer: Gazetteer,
) -> PlaceMention:
    precision = precision_of(entry)
    if precision == "city" and candidate.cue == "subcity":
        precision = "sub-city"
    return PlaceMention(
        text=text[candidate.start : candidate.end],
        start=candidate.start,
        end=candidate.end,
        name=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=gazetteer.country_iso3(entry.country),
        admin1=gazetteer.admin1_name(entry.country, entry.admin1) if entry.admin1 else None,
        feature_class=entry.feature_class,
        feature_code=entry.feature_code,
        precision=precision,
        confidence=confidence,
    )


def _mention_without_entry(text: str, candidate: Candidate) -> PlaceMention:
    return PlaceMention(
        text=text[candidate.start : candidate.end], start=candidate.start, end=candidate.end,
        name=None, geonameid=None, lat=None, lon=None, country=None, admin1=None,
        feature_class=None, feature_code=None, precision=None, confidence=0.0,
    )


def _no_match(text: str, span: object) -> PlaceMention:
    start, end = _as_pair(span) or (0, 0)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return PlaceMention(
        text=text[start:end], start=start, end=end, name=None, geonameid=None, lat=None,
        lon=None, country=None, admin1=None, feature_class=None, feature_code=None,
        precision=None, confidence=0.0,
    )


# ---------------------------------------------------------------- given spans


def _as_pair(span: object) -> tuple[int, int] | None:
    if not isinstance(span, (list, tuple)) or len(span) != 2:
        return None
    start, end = span
    if isinstance(start, bool) or isinstance(end, bool):
        return None
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return start, end


def _tokenize(text: str, nlp: Any | None) -> Any:
    if nlp is None:
        from sitrep.nlp import load_tokenizer

        nlp = load_tokenizer()
    return nlp(text)


def _state_after(
    text: str, end: int, entries: Sequence[GazetteerEntry], gazetteer: Gazetteer
) -> tuple[int, int, GazetteerEntry] | None:
    """The US state abbreviated right after a town, when the town has a namesake there:
    'Springfield, IL', 'Columbus, Ga.', 'Buffalo, N.Y.' → (start, end, the state)."""
    match = _STATE_AFTER.match(text, end)
    code = _state_code(match.group("abbr")) if match is not None else None
    if match is None or code is None:
        return None
    if not any(e.country == "US" and e.admin1 == code for e in entries):
        return None  # 'Paris, OK' only for a Paris of Oklahoma
    state = gazetteer.admin1("US", code)
    if state is None:
        return None
    start = match.start("abbr")
    stop = match.end("abbr")
    return start, stop, state


def _given_state(text: str, start: int, end: int, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """A given span that abbreviates a US state right after a town and a comma."""
    if not _TOWN_COMMA.search(text, max(0, start - 60), start):
        return None
    match = _STATE_AFTER.match(text, text.rfind(",", 0, start))
    if match is None or (match.start("abbr"), match.end("abbr")) != (start, end):
        return None
    code = _state_code(match.group("abbr"))
    return gazetteer.admin1("US", code) if code is not None else None


def _state_code(written: str) -> str | None:
    """The USPS code of a state abbreviation as written: 'IL' → IL, 'Ga.' → GA, 'N.Y.' →
    NY, 'W. Va.' → WV; None for anything else."""
    bare = written.replace(".", "").replace(" ", "")
    if written.isupper() and len(written) == 2:
        code: str | None = bare
    else:
        code = AP_STATE_ABBREVIATIONS.get(bare.lower()) if written.endswith(".") else None
    return code if code in US_STATE_CODES else None


_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,\s*$")


def has_latin_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of the Latin script (the gazetteer's names are all
    Latin-script: a name in Arabic or Chinese script cannot be looked up)."""
    return any(char.isalpha() and ord(char) < 0x250 for char in text)


def _span_candidate(
    text: str, span: object, doc: Any, gazetteer: Gazetteer
) -> Candidate | None:
    pair = _as_pair(span)
    if pair is None:
        return None
    start, end = pair
    if not (0 <= start < end <= len(text)):
        return None
    surface = text[start:end]
    if not has_latin_letters(surface):
        return None  # 'دمشق', '東京': no Latin-script name to look up, so no match
    key = name_key(surface)
    evidence = 0.8
    entries = gazetteer.lookup([key]).get(key)
    state = _given_state(text, start, end, gazetteer)
    if state is not None:
        entries = [state]  # 'Springfield, IL', 'Columbus, Ga.': the state
    if key in DIRECTION_WORDS:
        key, entries = _shared_head(text, end, key, gazetteer) or (key, entries)
    if not entries and _word_aligned(text, start, end):
        loose = gazetteer.lookup([loose_key(surface)], loose=True).get(loose_key(surface), [])
        entries = _similar(surface, loose)
        evidence = 0.4
    span_doc = doc.char_span(start, end, alignment_mode="expand")
    country = _nationality(doc, span_doc.start, gazetteer) if span_doc is not None else None
    if not entries:
        inner = _inner_name(doc, span_doc, gazetteer) if span_doc is not None else None
        if inner is None:
            return Candidate(start, end, key, (), None, 0.0, country)
        inner_start, inner_end, inner_key, entries = inner
        cue = _cue(doc, inner_start, inner_end)
        return Candidate(start, end, inner_key, tuple(entries), cue, INNER_EVIDENCE, country)
    cue = _cue(doc, span_doc.start, span_doc.end) if span_doc is not None else None
    return Candidate(start, end, key, tuple(entries), cue, evidence, country)


_COORDINATED = re.compile(
    r"\s+(?:and|or|&)\s+[A-Z][\w'’.-]*\s+(?P<head>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)


def _shared_head(
    text: str, end: int, key: str, gazetteer: Gazetteer
) -> tuple[str, list[GazetteerEntry]] | None:
    """A direction word given alone that shares the name after it: 'North' of 'North and
    South Kivu' is North Kivu, 'Central' of 'Central and South America' Central America."""
    match = _COORDINATED.match(text, end)
    if match is None:
        return None
    words = match.group("head").split()
    for size in range(len(words), 0, -1):
        full = f"{key} {name_key(' '.join(words[:size]))}"
        entries = gazetteer.lookup([full]).get(full)
        if entries:
            return full, entries
    return None


def _inner_name(
    doc: Any, span: Any, gazetteer: Gazetteer
) -> tuple[int, int, str, list[GazetteerEntry]] | None:
    """The longest known place named inside a given span the gazetteer lacks: "Da Nang
    International Airport" → Da Nang, "Rift Valley Province" → Rift Valley, "Swat Valley" →
    Swat: what detection would have found there. Capitalised words only, never a cue or
    common word alone ("Province", "North")."""
    grams: list[tuple[int, int, str]] = []
    for size in range(min(len(span) - 1, MAX_NGRAM), 0, -1):
        for first in range(span.start, span.end - size + 1):
            last = first + size
            words = doc[first:last]
            if not _is_name_token(doc[first]) or not _is_name_token(doc[last - 1]):
                continue
            key = name_key(words.text)
            if size > 1 and all(w.lower_ in GENERIC_WORDS for w in words):
                continue  # 'South West' of 'South West England'
            if size == 1 and (
                _looks_common(doc, first, last, key)
                or key in ADMIN1_CUES | ADMIN2_CUES | CITY_CUES | DIRECTION_WORDS
                or key in FEATURE_WORDS
                or len(key) <= 2
            ):
                continue
            grams.append((first, last, key))
    if not grams:
        return None
    found = gazetteer.lookup({key for _, _, key in grams})
    for first, last, key in grams:  # longest first, then leftmost
        # a small place must bear the name itself, not as one of its aliases
        entries = [e for e in found.get(key, ()) if name_key(e.name) == key or _is_big(e)]
        outside = (*doc[span.start : first], *doc[last : span.end])
        if any(w.lower_ in NATURAL_FEATURES for w in outside):
            # 'Ural Mountains', 'Plum Island' name a mountain range, an island: not the town
            # of that name (a unit or a region still may be meant: 'Gulf of Aden')
            entries = [e for e in entries if e.feature_class != "P"]
        if entries:
            return first, last, key, entries
    return None


def _similar(surface: str, entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Loose-key namesakes that still look like the written name ("Deir al-Zour" ~ "Deir
    ez-Zor"; not "Oppland" ~ "Upland")."""
    from difflib import SequenceMatcher

    key = name_key(surface)
    kept = []
    for entry in entries:
        other = name_key(entry.name)
        if other[:1] != key[:1]:
            continue
        if SequenceMatcher(None, key, other).ratio() >= 0.7 or key in other or other in key:
            kept.append(entry)
    return kept


def _word_aligned(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    inner = text[start:end]
    return not (before.isalnum() or after.isalnum() or inner[:1].isspace() or inner[-1:].isspace())


# ---------------------------------------------------------------- event location

EVENT_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "inside", "around", "across", "throughout", "on", "into",
     "within", "off", "by", "over", "along", "between", "of", "from"}
)
STRONG_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "inside", "around", "across",
                                 "throughout", "within", "off", "along", "between"})
PRECISION_RANK: dict[str | None, int] = {
    "sub-city": 5, "city": 4, "district": 3, "province": 2, "country": 1, None: 0,
}


def locate_event(
    sentence: Any,
    trigger: Any,
    places: Sequence[PlaceMention],
    *,
    focus: PlaceMention | None = None,
    parties: Collection[int] = (),
) -> Location | None:
    """Where the event of ``trigger`` happened: its attached place, else the sentence's, else
    the article focus. Places attached to another verb of the sentence are never taken, nor
    a mention (by start offset in ``parties``) that names a party, attached or not ("U.S.
    officials accused …", "Germany gave aid to …" did not act in their own country)."""
    inside = [
        p for p in places
        if p.geonameid is not None and sentence.start_char <= p.start and p.end <= sentence.end_char
    ]
    doc = sentence.doc
    attached: list[tuple[float, PlaceMention]] = []
    free: list[tuple[float, PlaceMention]] = []
    for place in inside:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        kind, distance = _attachment(span.root, trigger)
        if kind == "attached" and place.start not in parties:
            attached.append((distance, place))
        elif kind == "free" and place.start not in parties:
            free.append((abs(span.root.i - trigger.i) + 5, place))
    if attached:
        return _as_location(_most_specific(attached, inside))
    if free:
        return _as_location(_most_specific(free, inside))
    return _as_location(focus) if focus is not None and focus.geonameid is not None else None


def _attachment(token: Any, trigger: Any) -> tuple[str, float]:
    """('attached', distance) when the place hangs off the trigger; ('other', …) when it hangs
    off a different verb; ('free', …) otherwise (no parse, or a loose attachment)."""
    if not token.doc.has_annotation("DEP"):
        return "free", 0.0
    steps = 0.0
    node = token
    while node.head.i != node.i and steps < 8:
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in EVENT_PREPOSITIONS:
            steps += 0.0 if head.lower_ in STRONG_PREPOSITIONS else 1.0
        if (
            head.i == trigger.i
            and node.dep_ == "prep"
            and node.lower_ in GRIEVANCE_PREPOSITIONS
            and trigger.lemma_.lower() in GRIEVANCE_HEADS
        ):
            # 'in protest of Israeli actions … in Jerusalem': where the grievance is, not
            # where the protest was
            return "other", steps
        if trigger.i in (head.i, node.i):
            return "attached", steps
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "acl", "aux"):
            return ("free", steps) if _governs(head, trigger) else ("other", steps)
        node = head
        steps += 1
    return ("attached", steps) if node.i == trigger.i else ("free", steps)


def _governs(verb: Any, trigger: Any) -> bool:
    """True when ``trigger`` sits under ``verb`` (a light verb or reporting frame)."""
    node = trigger
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _most_specific(
    scored: list[tuple[float, PlaceMention]], inside: list[PlaceMention]
) -> PlaceMention:
    """The nearest attached place, narrowed to a contained place named next to it."""
    scored.sort(key=lambda item: (item[0], -PRECISION_RANK[item[1].precision]))
    best = scored[0][1]
    for other in inside:
        near = 0 < best.start - other.end <= 3 or 0 < other.start - best.end <= 3
        if near and PRECISION_RANK[other.precision] > PRECISION_RANK[best.precision] and (
            other.country == best.country
        ):
            best = other
    return best


def _as_location(place: PlaceMention | None) -> Location | None:
    if place is None:
        return None
    return Location(
        text=place.text,
        start=place.start,
        end=place.end,
        name=place.name,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        admin1=place.admin1,
        precision=place.precision,
    )
