"""Resolving an actor mention (a noun phrase) to canonical name, country, sector and ACLED inter.

How a phrase is read (docs/ACTORS.md has the full story):

1. tokens are matched against the dictionary, longest match first, left to right
   (dict lookups on normalised token n-grams);
2. the phrase is split into conjuncts at a free "and"/"&"/"as well as" (and at commas of an
   "A, B and C" list); a conjunct with a country but no head noun borrows the head of the last
   conjunct ("the Syrian and Russian governments" -> Syrian government, Russian government);
3. each conjunct is cut at its first free preposition: the part before it holds the head, the
   part after it ("a court *in Bishkek*") can only supply the country;
4. the head is the last named actor, country or agent noun before the preposition; a named
   group right before an agent noun wins ("Hamas fighters" is Hamas), a person or a
   possessive gives its country to the head noun ("Assad's forces" -> Syrian military);
5. office holders take the role they held on ``date``; "former"/"ex-"/"late" make it ELI;
6. a missing country comes from the article's ``country_hint`` (with lower confidence).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sitrep.model import Actor
from sitrep.resolve.actors.codes import (
    NON_STATE_CODES,
    SECTOR_NOUNS,
    actor_country,
    date_to_int,
    sector_to_inter,
)
from sitrep.resolve.actors.store import (
    CASE_GUARDED,
    ActorTables,
    Agent,
    CountryName,
    Entry,
    NamedActor,
    Role,
    load_tables,
)
from sitrep.resolve.actors.text import POSSESSIVE, Token, normalise_phrase, tokenise

MAX_TOKENS = 64  # longer phrases are read up to here (a 500-word "noun phrase" is not one)
CONJUNCTIONS = frozenset({"and", "&"})
MULTIWORD_CONJUNCTIONS = (("as", "well", "as"), ("along", "with"), ("together", "with"))
PREPOSITIONS = frozenset(
    [
        "of",
        "for",
        "in",
        "from",
        "at",
        "on",
        "with",
        "by",
        "near",
        "under",
        "against",
        "to",
        "within",
        "inside",
        "across",
        "outside",
        "over",
        "during",
        "after",
        "before",
        "between",
        "among",
        "amid",
    ]
)
FORMER = frozenset({"former", "ex", "late", "deposed", "ousted", "exiled", "retired", "onetime"})
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "five",
        "its",
        "their",
        "his",
        "her",
    ]
)
FLAG_INTER = {"protest": 6, "riot": 5, "identity": 4, "external": 8, "militia": 3}
# "Iran-backed militias", "Australian-born militant", "a U.S.-designated terrorist group",
# "Russian-made drones": the country before these is not the actor's own.
SPONSOR_WORDS = frozenset(
    {
        "designated",
        "listed",
        "blacklisted",
        "sanctioned",
        "brokered",
        "mediated",
        "made",
        "built",
        "supplied",
        "armed",
        "inspired",
        "linked",
        "affiliated",
        "educated",
        "backed",
        "sponsored",
        "funded",
        "supported",
        "allied",
        "aligned",
        "born",
        "based",
        "trained",
        "held",
        "run",
        "controlled",
        "occupied",
        "friendly",
    }
)


_COLLECTIVE = re.compile(
    r"^(?:(?:a|an|the|some|several|about|around|over|more than)\s+)*"
    r"(?:[\w,.-]+\s+){0,2}?"
    r"(?:group|groups|number|crowd|crowds|band|dozens|hundreds|thousands|tens|scores|"
    r"millions|members|some|many|most|all|majority)\s+of\s+(.+)$",
    re.IGNORECASE,
)

# Words that place a generic actor outside the article's focus country.
_NOT_LOCAL = frozenset(
    {"western", "european", "arab", "african", "asian", "gulf", "nordic", "foreign",
     "international", "allied", "coalition", "regional", "neighbouring", "neighboring",
     "overseas", "latin"}
)


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """One resolved actor; ``start``/``end`` are offsets into the text passed to ``resolve``."""

    text: str
    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    secondary_sector: str | None
    inter: int | None
    confidence: float
    is_media: bool

    def to_actor(self, offset: int = 0) -> Actor:
        """The public :class:`sitrep.model.Actor`, with offsets shifted by ``offset`` (the
        position of the resolved phrase in the article text)."""
        return Actor(
            self.text,
            self.start + offset,
            self.end + offset,
            self.name,
            self.country,
            self.sector,
            self.inter,
        )


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary hit over tokens ``first`` .. ``last`` (inclusive)."""

    first: int
    last: int
    entry: Entry

    @property
    def weak(self) -> bool:
        return isinstance(self.entry, Agent) and "weak" in self.entry.flags


@dataclass(frozen=True, slots=True)
class Shared:
    """What a compound's last conjunct lends to the others."""

    head: Match | None
    country: str | None


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI"})
# Titles whose country word names the assignment, not the holder's nationality ("the UN
# Syria envoy", "a US Iran envoy" is American).
ASSIGNMENT_TITLES = frozenset(
    {"envoy", "envoys", "emissary", "mediator", "negotiator", "rapporteur", "representative",
     "coordinator", "czar", "tsar"}
)


@dataclass(frozen=True, slots=True)
class Reading:
    """The parts of one conjunct the resolver decides from. ``stated`` is the first country
    the head names as a nationality ("Mauritania's President …", "British envoy …")."""

    head: list[Match]
    tail: list[Match]
    former: bool
    possessive_before: frozenset[int]
    stated: Match | None = None
    assignment: frozenset[int] = frozenset()  # countries before "envoy": not the actor's


class ActorResolver:
    """Resolves actor mentions against the shipped dictionary; build with
    :func:`load_actor_resolver`."""

    def __init__(self, tables: ActorTables) -> None:
        self.tables = tables

    # ------------------------------------------------------------------ public

    def resolve(
        self, text: str, *, date: dt.date | None = None, country_hint: str | None = None
    ) -> list[ResolvedActor]:
        """Resolve a noun phrase to the actors it names (several for a compound mention).

        ``date`` is the article date (default: today) and picks office holders' roles;
        ``country_hint`` (ISO3) supplies the country of bare "police", "government troops".
        Returns [] only when nothing in the phrase looks like an actor.
        """
        if not isinstance(text, str):
            raise TypeError(f"resolve() takes the mention text as str, not {type(text).__name__}")
        collective = _COLLECTIVE.match(text)
        if collective:  # "a small group of strikers", "hundreds of protesters": the members
            inner = self.resolve(
                collective.group(1), date=date, country_hint=country_hint
            )
            if inner:
                shift = collective.start(1)
                return [replace(a, start=a.start + shift, end=a.end + shift) for a in inner]
        tokens = tokenise(text)[:MAX_TOKENS]
        if not tokens:
            return []
        day = date_to_int(date or dt.date.today())
        hint = actor_country(country_hint.upper() if country_hint else None)
        if any(token.norm in _NOT_LOCAL for token in tokens):
            hint = None  # "Western officials", "foreign diplomats" are not the article's own
        matches = self._scan(tokens)
        groups = self._conjuncts(tokens, matches)
        if not any(group for _, _, group in groups):
            groups = [(0, len(tokens) - 1, [])]
        shared = self._shared(text, tokens, groups, day)
        results: list[ResolvedActor] = []
        for first, last, group in groups:
            actor = self._resolve_conjunct(text, tokens, first, last, group, day, hint, shared)
            if actor is not None:
                results.append(_inherit_country(results, actor, group))
        return results

    # ------------------------------------------------------------------ matching

    def _scan(self, tokens: list[Token]) -> list[Match]:
        """Longest-first, left-to-right dictionary matches."""
        matches: list[Match] = []
        norms = [token.norm for token in tokens]
        index = 0
        while index < len(tokens):
            longest = self.tables.first_max.get(norms[index], 0)
            found = None
            for size in range(min(longest, len(tokens) - index), 0, -1):
                key = " ".join(norms[index : index + size])
                entry = self.tables.lookup(key)
                if entry is not None and self._allowed(key, tokens[index], entry, size):
                    found = Match(index, index + size - 1, entry)
                    break
            if found is None:
                found = self._bare_possessive(tokens, index)
            if found is None:
                index += 1
                continue
            matches.append(found)
            index = found.last + 1
        return matches

    def _bare_possessive(self, tokens: list[Token], index: int) -> Match | None:
        """A country's possessive written without its apostrophe before a noun ("Nepals
        government", "Indias army"): the country. Only a country's own name, capitalised."""
        token = tokens[index]
        norm = token.norm
        if len(norm) < 5 or not norm.endswith("s") or not token.raw[:1].isupper():
            return None
        if index + 1 >= len(tokens) or not tokens[index + 1].norm.isalpha():
            return None
        entry = self.tables.lookup(norm[:-1])
        if not isinstance(entry, CountryName) or entry.sector is not None:
            return None
        name = self.tables.countries.get(entry.code, ("", ""))[0]
        return Match(index, index, entry) if normalise_phrase(name) == norm[:-1] else None

    @staticmethod
    def _allowed(key: str, token: Token, entry: Entry, size: int) -> bool:
        """ "us"/"un"/"who" name an actor only in capitals (US, U.N., WHO); a one-word name
        only when not written in lower case ("let" is not Lashkar-e-Taiba)."""
        if key in CASE_GUARDED:
            return token.raw.isupper() or "." in token.raw
        return size > 1 or not isinstance(entry, NamedActor) or not token.raw.islower()

    # ------------------------------------------------------------------ conjuncts

    def _conjuncts(
        self, tokens: list[Token], matches: list[Match]
    ) -> list[tuple[int, int, list[Match]]]:
        """Token ranges (first, last) of the conjuncts with their matches."""
        covered = {i for match in matches for i in range(match.first, match.last + 1)}
        cuts = self._conjunction_cuts(tokens, covered)
        if not cuts:
            return [(0, len(tokens) - 1, matches)]
        cuts = self._list_commas(tokens, covered, cuts) + cuts
        cuts.sort()
        ranges: list[tuple[int, int]] = []
        start = 0
        for cut_first, cut_last in cuts:
            ranges.append((start, cut_first - 1))
            start = cut_last + 1
        ranges.append((start, len(tokens) - 1))
        return [
            (first, last, [m for m in matches if first <= m.first and m.last <= last])
            for first, last in ranges
            if first <= last
        ]

    @staticmethod
    def _conjunction_cuts(tokens: list[Token], covered: set[int]) -> list[tuple[int, int]]:
        cuts: list[tuple[int, int]] = []
        index = 0
        in_phrase = False  # a free preposition since the last cut: "Minister of X and Y"
        while index < len(tokens):
            if index in covered:
                index += 1
                continue
            if tokens[index].norm in PREPOSITIONS:
                in_phrase = True
            elif tokens[index].norm == ",":
                in_phrase = False
            if tokens[index].norm in CONJUNCTIONS and not in_phrase:
                cuts.append((index, index))
            for words in MULTIWORD_CONJUNCTIONS:
                window = tuple(token.norm for token in tokens[index : index + len(words)])
                if window == words:
                    cuts.append((index, index + len(words) - 1))
                    index += len(words) - 1
                    break
            index += 1
        return [cut for cut in cuts if cut[0] > 0 and cut[1] < len(tokens) - 1]

    @staticmethod
    def _list_commas(
        tokens: list[Token], covered: set[int], cuts: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Commas before the first conjunction of an "A, B and C" list (not appositions)."""
        first_cut = cuts[0][0]
        commas = [i for i in range(1, first_cut) if tokens[i].norm == "," and i not in covered]
        if len(commas) >= 2:
            return [(i, i) for i in commas]
        pieces = [*commas, first_cut]
        start = 0
        for end in pieces:
            if end - start > 4:  # a long piece before a comma reads as an apposition
                return []
            start = end + 1
        return [(i, i) for i in commas]

    def _shared(
        self, text: str, tokens: list[Token], groups: list[tuple[int, int, list[Match]]], day: int
    ) -> Shared:
        """What the last conjunct lends to earlier ones: its head noun (to bare countries,
        "the Syrian and Russian governments") and its complement's country ("the government
        and people of Saudi Arabia")."""
        if len(groups) < 2 or not groups[-1][2]:
            return Shared(None, None)
        first, last, matches = groups[-1]
        reading = self._read(text, tokens, first, last, matches)
        head = reading.head[-1] if reading.head else None
        noun = head if head is not None and isinstance(head.entry, Agent) else None
        country = next((c for m in reading.tail if (c := _country_of(m.entry, day))), None)
        return Shared(noun, country)

    # ------------------------------------------------------------------ one conjunct

    def _resolve_conjunct(
        self,
        text: str,
        tokens: list[Token],
        first: int,
        last: int,
        matches: list[Match],
        day: int,
        hint: str | None,
        shared: Shared,
    ) -> ResolvedActor | None:
        start, end = tokens[first].start, tokens[last].end
        span = text[start:end]
        reading = self._read(text, tokens, first, last, matches)
        if not reading.head and not reading.tail:
            return self._unknown(tokens[first : last + 1], span, start, end)
        builder = _Builder(self.tables, day, hint)
        builder.decide(reading, shared)
        return builder.result(span, start, end)

    @staticmethod
    def _read(
        text: str, tokens: list[Token], first: int, last: int, matches: list[Match]
    ) -> Reading:
        """Cut the conjunct at its first free preposition that follows some content."""
        covered = {i for match in matches for i in range(match.first, match.last + 1)}
        cut = last + 1
        for index in range(first + 1, last + 1):
            free = index not in covered and tokens[index].norm in PREPOSITIONS
            if free and (any(m.last < index for m in matches) or index > first + 1):
                cut = index
                break
        kept = [m for m in matches if not _sponsor(text, tokens, m.last, last)]
        head = [m for m in kept if m.last < cut]
        tail = [m for m in kept if m.first > cut]
        former = any(
            tokens[i].norm in FORMER and i not in covered for i in range(first, min(cut, last + 1))
        ) or any(_is_former_title(m) for m in head[:-1])
        possessive = frozenset(
            m.last for m in head if m.last + 1 <= last and tokens[m.last + 1].norm == POSSESSIVE
        )
        assignment = frozenset(  # "the UN Syria envoy", "a US Iran envoy" (not "US envoy")
            m.last
            for index, m in enumerate(head)
            if index > 0
            and isinstance(m.entry, CountryName)
            and _assignment(tokens, m.last + 1, last)
            and isinstance(head[index - 1].entry, CountryName | NamedActor)
        )
        stated = next(
            (
                m
                for m in head[:-1]
                if isinstance(m.entry, CountryName)
                and m.entry.code not in NON_STATE_CODES
                and m.last not in assignment
                and (m.last + 1 > last or tokens[m.last + 1].norm != ",")  # "Syria, Minister X"
            ),
            None,
        )
        return Reading(head, tail, former, possessive, stated, assignment)

    @staticmethod
    def _unknown(tokens: list[Token], span: str, start: int, end: int) -> ResolvedActor | None:
        """An unknown proper name or a name in another script: an actor we cannot place."""
        words = [token for token in tokens if token.norm not in DETERMINERS and token.raw.isalpha()]
        if not words:
            return None
        all_caps = all(token.raw.isupper() for token in words) and len(words) > 1
        other_script = any(_non_latin(token.raw) for token in words)
        proper = not all_caps and any(token.raw[:1].isupper() for token in words)
        if not (other_script or proper):
            return None
        return ResolvedActor(span, start, end, None, None, "UNK", None, None, 0.2, False)


def _inherit_country(
    earlier: list[ResolvedActor], actor: ResolvedActor, matches: list[Match]
) -> ResolvedActor:
    """ "Israeli helicopters and battle tanks": a bare noun of the same sector as the
    conjunct before it shares that conjunct's country."""
    if actor.country or not earlier or len(matches) != 1:
        return actor
    previous = earlier[-1]
    if not isinstance(matches[0].entry, Agent) or previous.sector != actor.sector:
        return actor
    if previous.country is None or previous.name is None:
        return actor
    return replace(
        actor,
        country=previous.country,
        name=previous.name,
        inter=sector_to_inter(actor.sector, previous.country)
        if actor.inter is None
        else actor.inter,
        confidence=0.6,
    )


def _sponsor(text: str, tokens: list[Token], index: int, last: int) -> bool:
    """Is token ``index`` hyphen-joined to a sponsor word ("Iran-backed", "rebel-held")?"""
    if index + 1 > last or tokens[index + 1].norm not in SPONSOR_WORDS:
        return False
    end = tokens[index].end
    return tokens[index + 1].start - end == 1 and text[end] in "-‐–"


def _assignment(tokens: list[Token], index: int, last: int) -> bool:
    """Is the token after a country (past a possessive) a title such as "envoy"?"""
    if index <= last and tokens[index].norm == POSSESSIVE:
        index += 1
    return index <= last and tokens[index].norm in ASSIGNMENT_TITLES


def _is_former_title(match: Match) -> bool:
    """A title such as "former president" (an ELI agent) before a name."""
    return isinstance(match.entry, Agent) and match.entry.sector == "ELI"


def _non_latin(word: str) -> bool:
    return any(char.isalpha() and "LATIN" not in unicodedata.name(char, "") for char in word)


class _Builder:
    """Collects name, country, sectors and flags for one conjunct."""

    def __init__(self, tables: ActorTables, day: int, hint: str | None) -> None:
        self.tables = tables
        self.day = day
        self.hint = hint
        self.name: str | None = None
        self.country: str | None = None
        self.sector: str | None = None
        self.secondary: str | None = None
        self.inter: int | None = None
        self.flags: frozenset[str] = frozenset()
        self.confidence = 0.4
        self.named = False
        self.fallback_country: str | None = None  # an agent's own code ("peacekeepers": UNO)

    # -------------------------------------------------------------- decisions

    def decide(self, reading: Reading, shared: Shared) -> None:
        main = _main(reading.head) or (None if reading.head else _main(reading.tail))
        if main is None:
            return
        if main.weak and self._from_tail_group(reading, main):
            return
        self._from_main(main, reading)
        if self.sector is None and shared.head is not None and isinstance(main.entry, CountryName):
            assert isinstance(shared.head.entry, Agent)
            self._take_agent(shared.head.entry)
        self._fill_sector_from_weak(reading.head)
        if main.weak and self.sector == "UNK":
            self._sector_from_tail(reading)
        if self.country is None and shared.country and not self.named:
            self.country, self.confidence = shared.country, 0.6
        self._fill_country(reading, main)
        if reading.former and self.sector != "ELI":
            self.secondary, self.sector = self.sector, "ELI"

    def _from_tail_group(self, reading: Reading, main: Match) -> bool:
        """ "the leader of Hamas", "a spokesman for the Taliban": the member takes the group."""
        named = [m.entry for m in reading.tail if isinstance(m.entry, NamedActor)]
        if not named or named[0].is_person or reading.head[:-1]:
            return False
        self._take_named(named[0])
        self.confidence = 0.7
        return True

    def _from_main(self, main: Match, reading: Reading) -> None:
        entry = main.entry
        if isinstance(entry, NamedActor):
            self._take_named(entry)
            stated = _stated_office(reading, main)
            if stated and stated != self.country:
                # the mention says whose official this is ("Mauritania's President …",
                # "his Iranian counterpart, …"): it outranks a dictionary entry of the same
                # name, which may be a namesake or a stale role
                self.country, self.confidence = stated, 0.8
        elif isinstance(entry, CountryName):
            self.country, self.sector = entry.code, entry.sector
            self.confidence = 0.75
        else:
            self._take_agent(entry)
            self._modifiers(main, reading)

    def _take_named(self, entry: NamedActor) -> None:
        role = entry.role_on(self.day)
        self.name, self.named = entry.name, True
        self.country, self.sector, self.secondary = role.country, role.sector, role.secondary
        self.inter, self.flags, self.confidence = entry.inter, entry.flags, 0.9

    def _take_agent(self, entry: Agent) -> None:
        self.sector, self.secondary = entry.sector, entry.secondary
        self.flags = entry.flags
        self.fallback_country = self.fallback_country or entry.country

    def _modifiers(self, main: Match, reading: Reading) -> None:
        """What stands before the head noun: a named group, a possessor, a country, a noun."""
        before = [m for m in reading.head if m.last < main.first]
        if not before:
            return
        previous = before[-1]
        entry = previous.entry
        if isinstance(entry, NamedActor) and _state_before_body(entry, before, self.day):
            pass  # "the U.S. UN ambassador" is the United States' ambassador to the UN
        elif isinstance(entry, NamedActor):
            if not entry.is_person and previous.last not in reading.possessive_before:
                agent_sector = self.sector
                self._take_named(entry)
                self.sector = self.sector or agent_sector
                return
            role = entry.role_on(self.day)
            self.country, self.confidence = role.country, 0.8
        elif isinstance(entry, CountryName) and previous.last not in reading.assignment:
            self.country, self.confidence = entry.code, 0.8
        elif isinstance(entry, Agent) and self.sector == "UNK" and entry.sector:
            self.sector, self.secondary, self.flags = entry.sector, entry.secondary, entry.flags
        elif isinstance(entry, Agent) and entry.sector not in (None, self.sector):
            self.secondary = self.secondary or entry.sector
        for match in before[:-1]:
            if match.last in reading.assignment:
                continue
            if isinstance(match.entry, CountryName) and self.country is None:
                self.country, self.confidence = match.entry.code, 0.8

    def _fill_sector_from_weak(self, head: list[Match]) -> None:
        """ "US officials", "Syrian sources": a country with a weak noun is its government."""
        if self.sector is None and not self.named:
            weak = [m for m in head if m.weak]
            if weak:
                agent = weak[-1].entry
                assert isinstance(agent, Agent)
                self.sector = agent.sector

    def _sector_from_tail(self, reading: Reading) -> None:
        """ "leaders of Romania's new government": the member noun takes the group's sector."""
        agents = [m.entry for m in reading.tail if isinstance(m.entry, Agent)]
        if agents and agents[-1].sector:
            self.sector, self.secondary = agents[-1].sector, agents[-1].secondary

    def _fill_country(self, reading: Reading, main: Match) -> None:
        if self.country is not None:
            return
        for match in [*reading.head, *reading.tail]:
            if match is main or (match.last in reading.assignment and match in reading.head):
                continue
            code = _country_of(match.entry, self.day)
            if code:
                self.country, self.confidence = code, min(self.confidence, 0.6)
                return
        if self.fallback_country:
            self.country = self.fallback_country
        elif self.hint and not self.named:
            self.country, self.confidence = self.hint, 0.5

    # -------------------------------------------------------------- output

    def result(self, span: str, start: int, end: int) -> ResolvedActor:
        name = self.name if self.named else self._composite_name()
        inter = self.inter
        if inter is None:
            inter = next((FLAG_INTER[f] for f in self.flags if f in FLAG_INTER), None)
        if inter is None:
            inter = sector_to_inter(self.sector, self.country)
        is_media = "media" in self.flags
        return ResolvedActor(
            span,
            start,
            end,
            name,
            self.country,
            self.sector,
            self.secondary,
            inter,
            round(self.confidence, 2),
            is_media,
        )

    def _composite_name(self) -> str | None:
        if self.country is None:
            return None
        country_name, adjective = self.tables.countries.get(self.country, (self.country,) * 2)
        if self.country == "UNO" and self.sector == "MIL":
            return "UN peacekeepers"
        if self.sector is None or self.country in NON_STATE_CODES:
            return country_name
        noun = SECTOR_NOUNS.get(self.sector, self.sector.lower())
        return f"{adjective} {noun}"


def _state_before_body(entry: NamedActor, before: list[Match], day: int) -> bool:
    """An international body named after a state ("U.S. UN ambassador"): the state owns
    the title, and the loop over earlier modifiers gives its country."""
    own = entry.role_on(day).country
    return bool(
        own in NON_STATE_CODES
        and any(
            isinstance(m.entry, CountryName) and m.entry.code not in NON_STATE_CODES
            for m in before[:-1]
        )
    )


def _stated_office(reading: Reading, main: Match) -> str | None:
    """The country of "<country> <title> <name>": a nationality word, then a state title
    ("President", "High Commissioner", "counterpart"), then the named actor."""
    stated = reading.stated
    if stated is None or not isinstance(stated.entry, CountryName):
        return None
    titled = any(
        isinstance(m.entry, Agent)
        and m.entry.sector in STATE_SECTORS
        and stated.last < m.first
        and m.last < main.first
        for m in reading.head
    )
    return stated.entry.code if titled else None


def _main(matches: list[Match]) -> Match | None:
    """The head: the last match that is not a weak noun ("spokesman"), else the last one."""
    strong = [m for m in matches if not m.weak]
    if strong:
        return strong[-1]
    return matches[-1] if matches else None


def _country_of(entry: Entry, day: int) -> str | None:
    if isinstance(entry, CountryName):
        return entry.code
    if isinstance(entry, NamedActor):
        role: Role = entry.role_on(day)
        return role.country
    return None


@lru_cache(maxsize=4)
def load_actor_resolver(path: Path | None = None) -> ActorResolver:
    """The resolver over the shipped dictionary (cached; loads in well under 0.5 s)."""
    return ActorResolver(load_tables(path))
