"""Turn the parsed sentences of one article into Event records.

Stage contract: needs a spaCy ``Doc`` whose text is exactly ``Article.text``, with sentence
boundaries everywhere and a dependency parse on the sentences worth coding (the others may be
tokenised only); sets nothing on the Doc and returns ``Event`` records whose offsets index the
article text. Resolution of actors, places, dates and counts is delegated to ``sitrep.resolve``
and ``sitrep.extract.magnitudes`` through :class:`Resolvers`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sitrep.extract import modality as modality_rules
from sitrep.extract.lexicon import Entry, Lexicon, inflections, load_lexicon
from sitrep.extract.magnitudes import Counts, extract_counts, with_lethal_outcome
from sitrep.extract.retyper import active_retyper, event_features, feature_sink
from sitrep.extract.roles import (
    _LIGHT_VERBS,
    _PARTY_NOUNS,
    Phrase,
    Roles,
    area_noun,
    beneficiaries,
    condition_noun,
    noun_roles,
    party_modifiers,
    people_noun,
    phrase,
    phrase_of_tokens,
    sentence_parties,
    verb_roles,
)
from sitrep.extract.triggers import (
    DENYING,
    POLICE_ARREST,
    WILLING,
    Trigger,
    find_triggers,
    legal_context,
    noun_before_gerund,
    summoned_to_appear,
    willed,
)
from sitrep.extract.verbs import VerbDictionary
from sitrep.headline import capitalised
from sitrep.model import Actor, Article, Event, Location, Modality, PloverType, TextSpan
from sitrep.ontology.acled import acled_types
from sitrep.ontology.plover import APPEAL_VERBS, cameo_root, type_info
from sitrep.resolve.actors import ActorResolver, sector_to_inter
from sitrep.resolve.actors.codes import actor_country
from sitrep.resolve.dates import (
    HOLIDAYS,
    MONTHS,
    WEEKDAYS,
    ResolvedDate,
    period_end,
    resolve_event_date,
)
from sitrep.resolve.places import (
    GRIEVANCE_PREPOSITIONS,
    PlaceMention,
    article_focus,
    find_places,
    locate_event,
    nationality_country,
)

Span = Any
Token = Any

UNPARSED = "unparsed"  # the label sitrep.pipeline gives sentences it did not parse

ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY", "CRM"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "PRE", "ELI", "REF"})
_SPORT_WORDS = frozenset(
    {"match", "goal", "goals", "league", "cup", "coach", "tournament", "championship", "team",
     "season", "player", "players", "striker", "innings", "wicket", "semifinal",
     "quarterfinal", "stadium", "midfielder", "defender", "goalkeeper", "playoff", "playoffs",
     "olympic", "olympics", "medal", "scored", "touchdown", "inning", "batsman", "bowler",
     "fifa", "uefa", "nba", "nfl", "premier", "halftime", "referee", "penalty", "lap"}
)
# Violence words whose subject, when only a country or a city, is usually a team.
_SPORT_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "trounce", "edge", "outplay"})
_WORD = re.compile(r"[a-z]+")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b(?!-)")
# Sectors that make a weak trigger political: anything but "unknown".
_KILLING_WORDS = frozenset(
    {"kill", "murder", "shoot", "stab", "wound", "injure", "behead", "massacre", "lynch",
     "slaughter", "gun", "hack", "execute"}
)
_NATURAL_CAUSES = frozenset(
    {"virus", "covid", "disease", "flood", "earthquake", "storm", "cyclone", "accident",
     "crash", "collapse", "landslide", "avalanche", "heatwave", "drown", "lightning",
     "outbreak", "epidemic", "pandemic", "cholera", "fever", "tornado", "hurricane",
     "typhoon", "wildfire", "stampede", "derail", "malaria", "ebola", "measles"}
)
_PEOPLE = frozenset(
    {"people", "person", "civilian", "villager", "resident", "man", "woman", "child",
     "student", "worker", "farmer", "passenger", "protester", "soldier", "policeman",
     "officer", "member", "supporter", "youth", "boy", "girl", "persons", "others"}
)
_THINGS = frozenset(
    {"airstrike", "strike", "bomb", "shell", "missile", "rocket", "explosion", "blast",
     "mine", "drone", "announcement", "statement", "report", "decision", "move", "law",
     "measure", "policy", "plan", "order", "ruling", "bill", "video", "footage", "fire",
     "violence", "conflict", "war", "crisis", "flood", "storm", "earthquake", "virus"}
)
_SERIES = frozenset({"round", "series", "wave", "spate", "string", "number", "day", "week"})
_PROTEST_WORDS = frozenset(
    {"strike", "protest", "demonstration", "boycott", "march", "rally", "sit-in", "walkout"}
)
_FOR_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
_GROUP_NOUNS = frozenset(
    {"tribe", "clan", "group", "movement", "party", "front", "army", "militia", "council",
     "committee", "union", "alliance", "coalition", "brigade", "government", "ministry",
     "court", "police", "forces", "force", "organisation", "organization", "association",
     "federation", "league", "assembly", "parliament", "administration", "authority",
     "authorities", "commission", "agency", "junta", "regime", "rebels", "fighters"}
)
# What a demand asks for, by the type of the demanded act (PLOVER REQUEST modes).
_REQUEST_MODES: dict[str, str] = {
    "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield",
    "CONSULT": "meet", "AGREE": "meet",
}
# Fighting with no syntactic actor takes the armed parties named in its sentence.
_TWO_SIDED_FIGHTING = frozenset(
    {
        "fight",
        "fighting",
        "clash",
        "battle",
        "combat",
        "hostility",
        "skirmish",
        "firefight",
        "gunbattle",
    }
)
# Verbs of dying: their subject is the victim, and they are events only with a violent cause.
_DYING = frozenset({"die", "perish", "succumb"})
# "the killing of X", "the arrest of X": X is the recipient; "an offer of aid" has none.
_OF_IS_VICTIM = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"})
_COUNTED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_MODE_CUES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"suicide"}), "suicide-attack"),
    (frozenset({"drone", "drones", "uav"}), "drone"),
    (
        frozenset(
            {
                "airstrike",
                "airstrikes",
                "warplane",
                "warplanes",
                "jet",
                "jets",
                "aerial",
                "helicopter",
                "helicopters",
                "air",
            }
        ),
        "aerial",
    ),
    (
        frozenset(
            {
                "shell",
                "shells",
                "shelling",
                "artillery",
                "mortar",
                "mortars",
                "rocket",
                "rockets",
                "missile",
                "missiles",
                "tank",
                "tanks",
            }
        ),
        "heavy-weapons",
    ),
    (
        frozenset(
            {
                "bomb",
                "bombs",
                "ied",
                "explosive",
                "explosives",
                "car-bomb",
                "landmine",
                "mine",
                "grenade",
            }
        ),
        "explosives",
    ),
    (
        frozenset(
            {
                "gunmen",
                "gunman",
                "gun",
                "guns",
                "gunfire",
                "shot",
                "shooting",
                "rifle",
                "rifles",
                "fire",
            }
        ),
        "firearms",
    ),
    (frozenset({"knife", "knives", "machete", "machetes", "stabbed", "axe"}), "primitive"),
    (frozenset({"kidnapped", "abducted", "hostage", "hostages"}), "abduct"),
)


@dataclass(frozen=True, slots=True)
class Resolvers:
    """The resolution stages and fallback verb dictionary the coder uses (swappable in tests)."""

    actors: ActorResolver
    verbs: VerbDictionary | None = None


@dataclass(frozen=True, slots=True)
class _Context:
    article: Article
    focus_country: str | None
    places: tuple[PlaceMention, ...]
    sport: bool
    focus: PlaceMention | None
    earlier: list[Event]  # the article's events so far, in text order
    party_places: frozenset[int]  # starts of place mentions that name a party ("U.S. troops")


def code_doc(article: Article, doc: Any, *, lexicon: Lexicon, resolvers: Resolvers) -> list[Event]:
    """All event mentions of one article (Doc built by ``sitrep.pipeline``)."""
    places, focus, use, country = _focus(doc, resolvers.actors, article.date)
    events: list[Event] = []
    parties = frozenset(start for start, weight in use.items() if weight < 1.0)
    context = _Context(article, country, places, _is_sport(doc), focus, events, parties)
    for sentence in doc.sents:
        if not _is_parsed(sentence):
            continue
        first = len(events)
        coded: list[tuple[Token, Event]] = []
        for trigger in find_triggers(sentence, lexicon, resolvers.verbs):
            event = _code_trigger(trigger, sentence, context, resolvers)
            if event is not None:
                coded.append((trigger.token, event))
                events.append(event)  # later triggers may refer back to it (context.earlier)
        events[first:] = _background_modifiers(coded, _objects_of_acts(coded))
    return events


def _focus(
    doc: Any, actors: ActorResolver | None = None, date: dt.date | None = None
) -> tuple[tuple[PlaceMention, ...], PlaceMention | None, dict[int, float], str | None]:
    """The article's place mentions, its focus, how much each mention is used as a place,
    and its focus country, as actors write it (Kosovo KOS): the focus's, else (no place
    named) that of its parties'
    strongest nationality ("Afghan officials said police …": AFG). A place word inside a
    person's name ("Ben Roberts-Smith", a known "President Gloria Arroyo")
    is no place for the focus; a known person's country counts as a nationality does."""
    places = tuple(find_places(doc))
    parsed = _in_parsed_sentences(places, doc)
    starts = frozenset(p.start for p in places)
    named = [(p, _person_named(doc, p, actors, date, starts)) for p in places]
    persons = _person_votes([who for _, who in named])
    pool = places
    if any(who is not None for _, who in named):
        kept = {id(p) for p, who in named if who is None}
        pool = tuple(p for p in places if id(p) in kept)
        parsed = tuple(p for p in parsed if id(p) in kept)
    use = _place_use(parsed, doc)
    votes = _nationality_votes(parsed, doc)
    for code, vote in persons.items():
        votes[code] = votes.get(code, 0.0) + vote
    focus = article_focus(parsed or pool, weights=use, votes=votes)
    if focus is not None:
        return places, focus, use, actor_country(focus.country)
    country = max(votes.items(), key=lambda item: item[1])[0] if votes and not pool else None
    return places, focus, use, actor_country(country)


_NAME_RUN = 3  # capitalised words looked at before a place word ("President Gloria Arroyo")


def _name_before(doc: Any, index: int) -> int | None:
    """The first token of the capitalised words right before the place word at token
    ``index``, or None: where a place word may end a person's name."""
    i = index
    while i > max(0, index - _NAME_RUN) and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
        i -= 1
    return i if i < index else None


def _person_named(
    doc: Any,
    place: PlaceMention,
    actors: ActorResolver | None,
    date: dt.date | None,
    starts: frozenset[int],
) -> str | None:
    """A known person's country (ISO3, or "" when not known) when the place word ends a
    person's name, else None (see :func:`_focus`); ``starts``: where place mentions start."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) != 1 or place.precision == "country" or span.start < 1:
        return None
    i = span.start
    if i >= 2:
        before, word = doc[i - 1], doc[i - 2]
        glued = not before.whitespace_ and not word.whitespace_
        if (
            before.text == "-" and glued and word.is_title and word.is_alpha and len(word) >= 4
            and word.idx not in starts
        ):
            return ""  # "Roberts-Smith"; not "Al-Raqqa", "Bab-Sinjar", "Kabul-Jalalabad"
    first = _name_before(doc, i)
    if first is None or actors is None:
        return None
    phrase = doc[first : i + 1].text
    for actor in actors.resolve(phrase, date=date):
        if actor.name and actor.end == len(phrase) and actor.country:
            return actor.country if len(actor.country) == 3 else ""
    return None


def _person_votes(countries: list[str | None]) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    for rank, code in enumerate(c for c in countries if c):
        votes[code] += PARTY_USE_WEIGHT / (1 + rank / 10)
    return votes


def resolve_mentions(
    article: Article, doc: Any, spans: Sequence[tuple[int, int]], *, resolvers: Resolvers
) -> list[list[Actor]]:
    """The actors each given character span of ``article.text`` names, resolved as the coder
    resolves a participant: with the article's date and its focus country for bare mentions
    ("the police"). One list per span, in order; [] where the span names no actor or lies
    outside the text. Offsets index ``article.text``."""
    hint = _focus(doc, resolvers.actors, article.date)[3]
    text = article.text
    out: list[list[Actor]] = []
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            out.append([])
            continue
        resolved = resolvers.actors.resolve(
            text[start:end], date=article.date, country_hint=hint
        )
        out.append(list(local_names([item.to_actor(start) for item in resolved], hint)))
    return out


def local_names(actors: Sequence[Actor], focus_country: str | None) -> tuple[Actor, ...]:
    """Unknown proper names given the article's focus country: a person, firm or group the
    actor dictionary lacks ("Reliance Jio", "Oommen Chandy"), named in a story set in one
    country, is most likely of that country. Applied once an event is decided, so a guessed
    country never makes a name a political party."""
    if focus_country is None:
        return tuple(actors)
    return tuple(
        replace(actor, country=focus_country)
        if actor.sector == "UNK" and actor.country is None and not actor.implicit
        else actor
        for actor in actors
    )


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _objects_of_acts(coded: list[tuple[Token, Event]]) -> list[Event]:
    """An event noun that another event's verb acts on ("violated the ceasefire", "rejected
    the deal") is that act's object, not the sentence's main predication: it loses the
    main-clause share of its confidence and ranks below the act. A light verb's noun
    ("declared a ceasefire", "launched attacks") is the event itself and keeps it."""
    verbs = {token.i: event for token, event in coded if token.pos_ == "VERB"}
    out: list[Event] = []
    for token, event in coded:
        head = token.head
        act = verbs.get(head.i) if token.dep_ in _OBJECT_DEPS else None
        if token.pos_ == "NOUN" and act is not None and head.lemma_.lower() not in _LIGHT_VERBS:
            # below the act itself, and without the main-clause share
            lowered = min(event.confidence - 0.1, act.confidence - 0.05)
            event = replace(event, confidence=round(max(lowered, 0.0), 2))
        out.append(event)
    return out


# Clause links that stay inside a participant's mention when walking up from a trigger.
_MENTION_DEPS = frozenset(
    {"prep", "pobj", "dobj", "nsubj", "nsubjpass", "agent", "compound", "amod", "appos",
     "conj", "poss", "nmod", "npadvmod", "attr", "oprd", "acomp", "dative"}
)


def _modified_noun(token: Token) -> Token | None:
    """The noun whose relative clause or participial modifier holds the trigger ("six
    farmers who were killed", "workers held captive since March", "those who died in the
    attack"), else None. An infinitive ("the decision to send troops") says what the noun
    is, not what befell it, so it is no background."""
    node = token
    for _ in range(8):
        if node.dep_ == "relcl" or (
            node.dep_ == "acl" and node.tag_ in ("VBN", "VBG")
            and not any(c.dep_ == "aux" for c in node.children)
        ):
            return node.head if node.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if node.dep_ not in _MENTION_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _background_modifiers(
    coded: list[tuple[Token, Event]], events: list[Event]
) -> list[Event]:
    """An event told in a relative clause or participle of another event's participant
    ("freed two journalists who had been detained for a year", "sent condolences to the
    families of soldiers killed in an ambush") describes that participant's past; the event
    whose participant it is ranks above it, as a CAMEO coder codes the main clause."""
    if len(events) < 2:
        return events
    triggers = {token.i: index for index, (token, _) in enumerate(coded)}
    out = list(events)
    for index, (token, _) in enumerate(coded):
        noun = _modified_noun(token)
        if noun is None:
            continue
        main = next((triggers[a.i] for a in (noun, *noun.ancestors) if a.i in triggers
                     and triggers[a.i] != index), None)
        if main is None or _modified_noun(coded[main][0]) is not None:
            continue
        event, act = out[index], out[main]
        if event.confidence >= act.confidence:
            lowered = min(event.confidence - 0.1, act.confidence - 0.05)
            out[index] = replace(event, confidence=round(max(lowered, 0.0), 2))
    return out


def _in_parsed_sentences(places: tuple[PlaceMention, ...], doc: Any) -> tuple[PlaceMention, ...]:
    """Places in sentences that may hold events: the article's focus is where things happen,
    not where the author's other outlets are ("… has appeared in the Toronto Star")."""
    spans = [(s.start_char, s.end_char) for s in doc.sents if _is_parsed(s)]
    return tuple(p for p in places if any(a <= p.start < b for a, b in spans))


# How much a place mention counts toward the article's focus when it names a party rather
# than a place ("U.S. troops", "Washington alleges", "strikes against the U.S.").
PARTY_USE_WEIGHT = 0.3


def _place_use(places: tuple[PlaceMention, ...], doc: Any) -> dict[int, float]:
    """Mention start → focus weight: :data:`PARTY_USE_WEIGHT` when the mention names a party
    (it modifies a word for people or a name — "U.S. troops", "U.S. President Biden" —, is
    coordinated with one — "US and other Western officials" —, is a subject — "Washington
    alleges" — or the object of "by", "against" or "with"), else 1 ("in Kabul", "a school in
    Kabul's western district", a dateline "Rafai, Mbomou, CAR")."""
    weights: dict[int, float] = {}
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        weights[place.start] = PARTY_USE_WEIGHT if _names_party(span.root) else 1.0
    return weights


# '-led', '-backed' after a place: the place names who led or backed ('US-led raids',
# 'Iran-backed militias', 'a Kyiv-based group'), not where it happened
_AGENT_SUFFIXES = frozenset(
    {"led", "backed", "based", "funded", "sponsored", "brokered", "allied", "aligned",
     "supported", "owned", "run", "trained", "armed"}
)


def _names_party(token: Token) -> bool:
    after = token.i + 2
    if (
        after < len(token.doc)
        and token.doc[token.i + 1].text == "-"
        and token.doc[after].lower_ in _AGENT_SUFFIXES
    ):
        return True
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if any(c.dep_ == "conj" and _party_word(c) for c in token.children):
        return True
    if token.dep_ in ("compound", "amod", "nmod", "poss"):
        return _party_word(token.head)
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("by", "against", "with")


def _party_word(token: Token) -> bool:
    """A word for people or an organisation, or a person's or organisation's name (not a
    word for a unit of land: "DR Congo's Ituri Province" names a place)."""
    if token.lower_ in _UNIT_HEADS:
        return False
    return bool(
        token.lemma_.lower() in _PARTY_NOUNS
        or (token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "FAC"))
    )


_UNIT_HEADS = frozenset(
    {"province", "region", "district", "state", "county", "city", "governorate", "division",
     "prefecture", "department", "municipality", "town", "village", "valley", "island",
     "islands", "territory", "oblast", "krai", "zone", "area", "countryside", "border"}
)


_nationality = lru_cache(maxsize=8192)(nationality_country)  # words repeat across articles


def _nationality_votes(places: tuple[PlaceMention, ...], doc: Any) -> dict[str, float]:
    """Country (ISO3) → focus weight from the nationality words of parsed sentences
    ("Afghan officials", "the Afghan army"): each counts like a place naming a party, the
    n-th weighing 1 / (1 + n/10) as place mentions do."""
    taken = {p.start for p in places}
    votes: dict[str, float] = defaultdict(float)
    rank = 0
    for sentence in doc.sents:
        if not _is_parsed(sentence):
            continue
        for token in sentence:
            if token.pos_ not in ("ADJ", "PROPN") or not capitalised(token):
                continue
            if token.idx in taken or token.ent_type_ not in ("NORP", ""):
                continue
            country = _nationality(token.text)
            if country is None:
                continue
            votes[country] += PARTY_USE_WEIGHT / (1 + rank / 10)
            rank += 1
    return votes


def _is_parsed(sentence: Span) -> bool:
    return bool(sentence[0].dep_ not in ("", UNPARSED))


def _code_trigger(
    trigger: Trigger, sentence: Span, context: _Context, resolvers: Resolvers
) -> Event | None:
    """One event from one trigger, or None when the trigger is not an event here."""
    if _dying(trigger.token) and not _violent_cause(trigger):
        return None  # "died of cancer", "died in the crash": a death is no event by itself
    actors, recipients, roles, media = _participants(trigger, sentence, context, resolvers)
    if trigger.entry is POLICE_ARREST and not any(a.sector == "COP" for a in actors):
        return None  # "picked up the children", "caught fire": no police, no arrest
    if not _is_event(trigger, actors, recipients, sentence, context) and not _named_in_politics(
        trigger, actors, sentence, context, resolvers
    ):
        # "one person died in the clash": a death in an event told of before is that event's
        actors = _antecedent_actors(trigger, context) if _dying(trigger.token) else []
        if not actors:
            return None
    if not actors:  # "one person was killed in the firing": the firing told of before
        actors = (
            _occasion_actors(trigger, context, resolvers)
            or _antecedent_actors(trigger, context)
            or _toll_actors(trigger, context)
        )
    if trigger.entry.event_type == "ASSAULT" and not actors:
        actors = [_implicit_actor(trigger, context)]
    trigger, refusal = _retype(trigger, actors)
    modality = modality_rules.modality(trigger.token, sentence, publication=context.article.date)
    if refusal:
        modality = "asserted"  # the refusal itself was stated
    trigger, modality, actors, recipients = _speech_acts(
        trigger, modality, actors, recipients, context, resolvers
    )
    if modality == "future" and trigger.entry.event_type in _FORSWORN and (
        modality_rules.negated(trigger.token)
    ):
        modality = "negated"  # "said it will not attack anyone": forsworn, no threat
    event_type, token = trigger.entry.event_type, trigger.token
    mode = trigger.mode
    if event_type == "ASSAULT" and mode in (None, "firearms"):
        # a weapon the trigger absorbed or has for subject, before the verb's default
        # ('Airstrikes hit …' is aerial, not the firearms of 'hit')
        mode = _weapon_mode(trigger) or mode or _assault_mode(token, sentence)
    trigger, mode = _second_opinion(trigger, sentence, context, mode, modality, actors, recipients)
    attribution = _attribution(token, sentence, roles, media, context, resolvers)
    return _build_event(trigger, sentence, context, mode, modality, actors, recipients, attribution)


def _second_opinion(
    trigger: Trigger,
    sentence: Span,
    context: _Context,
    mode: str | None,
    modality: Modality,
    actors: list[Actor],
    recipients: list[Actor],
) -> tuple[Trigger, str | None]:
    """The learned retyper's type for the event, when it is confident (see retyper.py).

    Triggers of the hand-written lexicon and context rules keep their type: the retyper only
    refines what the generic CAMEO verb dictionary proposed."""
    model, sink = active_retyper(), feature_sink()
    if trigger.entry.source != "cameo":
        model = None
    if model is None and sink is None:
        return trigger, mode
    event_type, token = trigger.entry.event_type, trigger.token
    features = event_features(
        token, event_type, trigger.entry.source, mode, modality, trigger.absorbed, actors,
        recipients,
    )
    if sink is not None:
        sink[(context.article.id, trigger.start)] = features
    new_type = model.retype(features, event_type) if model is not None else event_type
    if new_type == event_type:
        return trigger, mode
    new_mode = _assault_mode(token, sentence) if new_type == "ASSAULT" else None
    return _as(trigger, new_type, new_mode), new_mode


def _participants(
    trigger: Trigger, sentence: Span, context: _Context, resolvers: Resolvers
) -> tuple[list[Actor], list[Actor], Roles, list[Actor]]:
    """Resolved actors and recipients, with the fallbacks for nouns and merged triggers."""
    token = trigger.token
    harmful = trigger.entry.event_type in _OF_IS_VICTIM
    as_verb = token.pos_ == "VERB" and trigger.entry.pos != "N"  # not "in police firing"
    roles = verb_roles(token) if as_verb else noun_roles(token, of_is_recipient=harmful)
    if trigger.entry is WILLING:
        roles = _willing_roles(token)
    elif trigger.entry.source == "rule" and token.lemma_.lower() in ("want", "wish"):
        # "wants Germany to pay more": the wisher asks it of the act's own doer
        roles = verb_roles(token)
        roles.recipients = [
            phrase(g) for c in token.children if c.dep_ in ("ccomp", "xcomp")
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
        ]
    elif as_verb:
        roles.actors = _acts_as_doers(roles.actors)
    if not as_verb and not roles.actors and token.pos_ == "VERB":
        roles.actors = _gerund_doers(token)
    elif as_verb and not roles.actors and noun_before_gerund(token) is not None:
        roles.actors = _gerund_doers(token)  # "deaths in police firing on Sunday" ("fire on")
    # (the dead of "three people died in police firing" are made recipients by verb_roles)
    accused = modality_rules.blame(token) if token.lemma_.lower() == "responsible" else None
    if accused is not None:  # "X said Y was responsible": X accuses Y
        roles = Roles(actors=[phrase(accused[0])], recipients=[phrase(accused[1])])
    actors, media = _resolve_all(roles.actors, context, resolvers)
    if not actors and media and _carried_out(token):
        actors = list(media)  # "Haaretz conducted an investigation into X": the outlet did it
    recipients, outlets = _resolve_all(roles.recipients, context, resolvers, undergone=True)
    recipients += outlets  # "banned national newspapers": media acted on are recipients
    recipients = [  # "fired on a village in Kashmir": Kashmir is part of that one recipient
        r for r in recipients
        if not any(o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start
                   for o in recipients)
    ]
    if token.lemma_.lower() == "custody":  # "in the custody of the police": the holder
        actors += [r for r in recipients if r.sector == "COP"]
        recipients = [r for r in recipients if r.sector != "COP"]
    if not as_verb:  # "the Ghazni attacks": a town or region naming the noun says where
        actors = [a for a in actors if not _local_place(a, trigger, context)]
    inside = [a for a in actors if trigger.start <= a.start and a.end <= trigger.end]
    actors = [a for a in actors if a not in inside]  # "military" of "military exercises"
    if not actors:
        actors = _borrowed_actors(trigger, context, resolvers)
    if not actors and roles.actors and all(_pronominal(p.head) for p in roles.actors):
        actors = _speaker_actors(token, context, resolvers)
    if not recipients and as_verb and any(a.country for a in actors):
        recipients = _unnamed_areas(roles.recipients, context)
    if not recipients and token.pos_ == "NOUN" and trigger.entry.event_type in _FOR_TYPES:
        recipients = _beneficiaries(token, context, resolvers)
    fighting = token.lemma_.lower() in _TWO_SIDED_FIGHTING
    if trigger.entry.event_type == "ASSAULT" and not actors and fighting:
        actors = _sentence_armed_parties(sentence, roles, context, resolvers, recipients)
    arrest = trigger.entry.event_type == "COERCE" and trigger.mode == "arrest"
    ordered = _ordered_gerund(token) and not any(a.sector in ARMED_SECTORS for a in actors)
    if ordered:
        actors = []  # "the collector ordered firing at the mob": others fired
    unnamed = ordered or not roles.actors  # not "it was Jaffri who fired at the mob"
    if not actors and (_crowd_control(trigger) or (unnamed and _fired_on_crowd(trigger))):
        actors = [_implicit_police(trigger, context)]  # tear gas, baton charges: the police
    named = trigger.entry is not POLICE_ARREST or legal_context(token)
    if arrest and not actors and trigger.entry.source != "cameo" and named:
        # arrests are made by the police; a verb read as an arrest only by the CAMEO verb
        # dictionary ("hunted down", "confined to their campuses") is too uncertain for that
        actors = [_local_police(trigger, context, resolvers) or _implicit_police(trigger, context)]
    spans = {(a.start, a.end) for a in actors if a.text}
    recipients = [r for r in recipients if (r.start, r.end) not in spans]  # one role each
    if trigger.entry.event_type in _JURISDICTION_TYPES:
        recipients = _under_jurisdiction(actors, recipients)
    elif trigger.entry.event_type in _YIELDING_TYPES:
        recipients = _under_jurisdiction(actors, recipients, _STATE_SECTORS)
        recipients = _domestic_state(recipients, actors)
    return actors, recipients, roles, media


def _unnamed_areas(found: list[Phrase], context: _Context) -> list[Actor]:
    """ "struck a rebel-held area", "imposed blockades in the worst-damaged areas": an unnamed
    area acted on when no party is, in the country of a place named in it, else of the
    article's focus."""
    out: list[Actor] = []
    for area in found:
        if not area_noun(area.head):
            continue
        inside = [actor_country(p.country) for p in context.places
                  if area.start <= p.start and p.end <= area.end and p.country]
        text = context.article.text[area.start : area.end]
        country = inside[0] if inside else context.focus_country
        out.append(Actor(text=text, start=area.start, end=area.end, country=country))
    return out


def _carried_out(token: Token) -> bool:
    """An event noun a light verb takes as object ("conducted an investigation", "launched a
    campaign"): its subject, even a news outlet, carries it out."""
    return bool(
        token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj")
        and token.head.lemma_.lower() in _LIGHT_VERBS
    )


def _willing_roles(token: Token) -> Roles:
    """Who is willing (the subject of "is willing", "is committed") and to whom the act it
    is willing to do goes ("willing to send doctors to Chad": Chad)."""
    holder = token.head if token.dep_ in ("acomp", "oprd") else token
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    recipients: list[Phrase] = []
    for index in sorted(willed(token)):
        if token.doc[index].pos_ == "VERB":
            recipients += verb_roles(token.doc[index]).recipients
    return Roles(actors=[phrase(s, appositive=True) for s in subjects], recipients=recipients)


_PERSONAL = frozenset({"he", "she", "they", "we", "it"})
_OWN_SIDE = frozenset({"his", "her", "their", "our", "its"})
# What a speaker's own side is called when the speaker reports its acts ("Putin said his
# country will not lift the ban").
_SIDE_NOUNS = frozenset(
    {"country", "government", "nation", "administration", "party", "movement", "group",
     "organization", "organisation", "forces", "troops", "army", "state", "ministry"}
)


def _pronominal(head: Token) -> bool:
    """A subject that names no one but refers to someone: "they", "his country"."""
    if head.lower_ in _PERSONAL and head.pos_ == "PRON":
        return True
    return head.lemma_.lower() in _SIDE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in head.children
    )


def _speaker_actors(token: Token, context: _Context, resolvers: Resolvers) -> list[Actor]:
    """The reporting speaker of a clause whose subject is a pronoun ("the ministry said it
    will not lift the ban", "Putin said his country would …"): the speaker, or the side the
    speaker stands for, does the act."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return []
        edge, node = node.dep_, node.head
        if edge == "ccomp" and node.lemma_.lower() in modality_rules.SPEECH_VERBS:
            speakers = [c for c in node.children if c.dep_ == "nsubj"]
            if not speakers or _pronominal(speakers[0]):
                return []
            actors, _ = _resolve_all([phrase(speakers[0], appositive=True)], context, resolvers)
            return actors
        if edge not in ("xcomp", "ccomp", "conj", "aux", "dobj", "pobj", "prep", "pcomp"):
            return []
    return []


# Releases, pardons and surrenders happen inside one state: a government freeing people
# with no country of their own frees its own ("the Venezuelan government released 40
# activists"); the authorities someone surrenders to are those of his country ("a
# Venezuelan opposition leader surrendered to the authorities").
_YIELDING_TYPES = frozenset({"RETREAT", "CONCEDE"})
_STATE_SECTORS = frozenset({"GOV", "JUD", "COP"})


def _domestic_state(recipients: list[Actor], actors: list[Actor]) -> list[Actor]:
    countries = {a.country for a in actors if a.country}
    if len(countries) != 1:
        return recipients
    country = next(iter(countries))
    return [
        replace(r, country=country)
        if r.country is None and not r.implicit and r.sector in _STATE_SECTORS
        and (r.text[:1].islower() or r.text.lower().startswith("the ")) else r
        for r in recipients
    ]


# Acts of courts and police on someone: the one acted on is, failing anything else known,
# within the acting state ("a court in Lyon found X guilty", "the FBI opened an
# investigation of X"). Named foreigners keep their own country ("a Chinese actor").
_JURISDICTION_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})
_JURISDICTION_SECTORS = frozenset({"JUD", "COP", "SPY"})


def _under_jurisdiction(
    actors: list[Actor], recipients: list[Actor], sectors: frozenset[str] = _JURISDICTION_SECTORS
) -> list[Actor]:
    states = {a.country for a in actors if a.sector in sectors and a.country}
    if len(states) != 1 or any(a.country not in states for a in actors if a.country):
        return recipients
    country = next(iter(states))
    return [
        replace(r, country=country) if r.country is None and not r.implicit else r
        for r in recipients
    ]


def _acts_as_doers(actors: list[Phrase]) -> list[Phrase]:
    """An act as a verb's subject ("coordinated airstrikes by the army killed 50", "heavy
    shelling killed 12") is not a party: its own named doers (a possessor, a "by" phrase)
    stand in for it; a phrase whose modifier names one ("Russian airstrikes") stays for the
    resolver to read; otherwise nobody is named."""
    lexicon = load_lexicon()
    out: list[Phrase] = []
    for found in actors:
        head = found.head
        nominal = head.pos_ == "NOUN" or (head.tag_ == "VBG" and head.dep_ == "nsubj")
        entry = lexicon.lookup(head.lemma_.lower(), "NOUN") if nominal else None
        if entry is None and nominal:
            entry = lexicon.lookup(head.lower_, "NOUN")  # "heavy shelling"
        if entry is None or entry.event_type != "ASSAULT":
            out.append(found)
            continue
        explicit = [
            d for d in noun_roles(head).actors
            if d.head.dep_ == "poss"
            or (d.head.dep_ == "pobj" and d.head.head.lower_ in ("by", "from"))
        ]
        if explicit:
            out += explicit
        elif party_modifiers(head, adjectives=False):
            out.append(found)
    return out


_CROWDS = frozenset(
    {"crowd", "mob", "protester", "protestor", "demonstrator", "rioter", "demonstration",
     "protest", "rally", "gathering", "march", "marcher", "sit-in", "procession"}
)


def _crowd_control(trigger: Trigger) -> bool:
    """Crowd control with no one named: tear gas, water cannon, a baton charge, or
    dispersing a crowd ("tear-gas shells were lobbed to disperse the crowd")."""
    if trigger.entry.event_type != "ASSAULT" or trigger.mode != "crowd-control":
        return False
    if trigger.entry.strength == "strong":
        return True
    objects = [c for c in trigger.token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _CROWDS for o in objects)


# Crowds that nobody but the police fires on without being named ("firing on rioters").
_UNRULY_CROWDS = frozenset(
    {"crowd", "mob", "protester", "protestor", "demonstrator", "rioter", "agitator"}
)
_AT_PREPS = frozenset({"at", "on", "upon", "into"})


def _ordered_gerund(token: Token) -> bool:
    """ "ordered firing at the mob": the act an order names, whose doer the parse gives as
    the one who ordered it."""
    return bool(
        token.tag_ == "VBG"
        and token.dep_ in ("xcomp", "dobj")
        and token.head.lemma_.lower() == "order"
    )


def _fired_on_crowd(trigger: Trigger) -> bool:
    """Gunfire at a mob, rioters or protesters with no one named ("ordered firing at mobs",
    "opening fire on rioters", "shots were fired into the crowd"): in news reporting the one
    who fires on a crowd unnamed is the police, as with tear gas; gunmen or militants who do
    so are named."""
    if trigger.entry.event_type != "ASSAULT" or trigger.mode != "firearms":
        return False
    token = trigger.token
    targets = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [
        o for p in token.children if p.dep_ == "prep" and p.lower_ in _AT_PREPS
        for o in p.children if o.dep_ == "pobj"
    ]
    crowds = [t for t in targets if t.lemma_.lower() in _UNRULY_CROWDS]
    # "firing on the mob from inside the house": where the shooters were, not the police
    return bool(crowds) and not any(
        c.dep_ == "prep" and c.lower_ == "from" for t in (token, *crowds) for c in t.children
    )


def _word_entry(lexicon: Lexicon, token: Token) -> Entry | None:
    """The lexicon entry of a word as tagged, else as a noun ("firing" tagged as a verb)."""
    return lexicon.lookup(token.lemma_.lower(), token.pos_) or lexicon.lookup(
        token.lower_, "NOUN"
    )


def _dying(token: Token) -> bool:
    return bool(token.pos_ == "VERB" and token.lemma_.lower() in _DYING)


def _violent_cause(trigger: Trigger) -> bool:
    """Whether a death verb has a violent cause: an absorbed attack word ("died in police
    firing") or one in its "in"/"during" phrase however parsed ("perished in police firing"
    with "firing" read as a verb)."""
    lexicon = load_lexicon()
    causes = list(trigger.absorbed)
    for prep in trigger.token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "from"):
            for noun in prep.children:
                if noun.dep_ in ("pobj", "pcomp"):
                    causes.append(noun)
                    if noun.i + 1 < len(noun.doc):
                        causes.append(noun.doc[noun.i + 1])  # "in police firing"
    for other in causes:
        entry = _word_entry(lexicon, other)
        if entry is not None and entry.event_type == "ASSAULT":
            return True
    return False


def _gerund_doers(token: Token) -> list[Phrase]:
    """Who did what a gerund read as a noun names: "police firing" parsed as "police" with a
    participle, or as the gerund's subject."""
    if token.dep_ == "acl" and token.head.i == token.i - 1 and token.head.pos_ == "NOUN":
        return [phrase(token.head)]
    before = noun_before_gerund(token)
    if before is not None:  # "the toll in police firing", "firing" hung on "toll"
        return [phrase(before)]
    return [phrase(c) for c in token.children if c.dep_ == "nsubj"]


def _local_place(actor: Actor, trigger: Trigger, context: _Context) -> bool:
    """An actor that is just the name of a place below a country, right before the trigger
    noun ("the Ghazni attacks", "the Kiev bombing"): a place, not a party (a country's name
    may stand for its state: "US strikes")."""
    if actor.end > trigger.start or trigger.start - actor.end > 30:
        return False
    return any(
        p.start == actor.start and p.end == actor.end and p.geonameid is not None
        and not (p.feature_code or "").startswith("PCL")
        for p in context.places
    )


# Verbs whose subject perceives, reports, undergoes or judges the event noun they take, and
# so is not its doer ("residents heard gunfire", "villagers survived the bombing").
_WITNESS_VERBS = frozenset(
    {"hear", "heard", "see", "saw", "seen", "witness", "watch", "report", "describe",
     "recall", "remember", "recount", "suffer", "endure", "experience", "undergo", "face",
     "survive", "escape", "flee", "fear", "dread", "expect", "predict", "document", "record",
     "monitor", "film", "photograph", "mourn", "investigate", "probe", "deny", "confirm",
     "blame", "condemn", "denounce", "criticize", "criticise", "decry", "protest", "oppose",
     "link", "tie", "attribute", "connect", "trace"}
)


@lru_cache(maxsize=1)
def _light_forms() -> frozenset[str]:
    """Inflected forms of the light verbs (the lemmatiser reads "staged" as "stag")."""
    return frozenset(form for verb in _LIGHT_VERBS for form in inflections(verb))


def _borrowed_actors(trigger: Trigger, context: _Context, resolvers: Resolvers) -> list[Actor]:
    """Actors for a trigger whose own syntax names none: the doer of the verb governing an
    event noun ("pledged full support", "launched a mediation effort"), then the actors of
    triggers merged into it ("killed in police firing")."""
    token = trigger.token
    carrier = token
    for _ in range(4):  # "a mediation effort", "a new round of joint exercises"
        if carrier.dep_ == "compound" and carrier.head.i != carrier.i:
            carrier = carrier.head
        elif carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and (
            carrier.head.head.lemma_.lower() in _SERIES
        ):
            carrier = carrier.head.head
        else:
            break
    witness = carrier.head.lemma_.lower() in _WITNESS_VERBS or carrier.head.lower_ in (
        _WITNESS_VERBS
    )
    if token.pos_ == "NOUN" and carrier.dep_ in ("dobj", "obj") and not witness:
        actors, _ = _resolve_all(verb_roles(carrier.head).actors, context, resolvers)
        if actors:
            return actors
    if token.pos_ == "NOUN" and carrier.dep_ == "nsubjpass" and (
        carrier.head.lemma_.lower() in _LIGHT_VERBS or carrier.head.lower_ in _light_forms()
    ):  # "the exercise was staged by US marines": the light verb's agents do it
        actors, _ = _resolve_all(verb_roles(carrier.head).actors, context, resolvers)
        if actors:
            return actors
    held = modality_rules.blamed(carrier.head.head) if carrier.dep_ == "pobj" else None
    if held is not None and carrier.head.lower_ == "for":  # "Y was responsible for the attack"
        actors, _ = _resolve_all([phrase(held)], context, resolvers)
        if actors:
            return actors
    caller = carrier.head.head  # "called for a general strike", "appealed for a ceasefire"
    if token.pos_ == "NOUN" and carrier.dep_ == "pobj" and carrier.head.lower_ == "for" and (
        caller.pos_ == "VERB"
    ):
        actors, _ = _resolve_all(verb_roles(caller).actors, context, resolvers)
        if actors:
            return actors
    for other in trigger.absorbed:
        lexicon = load_lexicon()
        entry = _word_entry(lexicon, other)
        if entry is None or entry.event_type != trigger.entry.event_type:
            continue  # "condemned the attack by X": X did not condemn
        actors = _doers(other, entry.pos == "N", context, resolvers)
        if actors:
            return actors
    return []


def _doers(other: Token, noun_entry: bool, context: _Context, resolvers: Resolvers) -> list[Actor]:
    """The resolved actors of another trigger word of the sentence."""
    as_noun = other.pos_ != "VERB" or noun_entry  # "police firing"
    other_roles = noun_roles(other) if as_noun else verb_roles(other)
    if as_noun and not other_roles.actors and other.pos_ == "VERB":
        other_roles.actors = _gerund_doers(other)
    actors, _ = _resolve_all(other_roles.actors, context, resolvers)
    return actors


def _occasion_actors(trigger: Trigger, context: _Context, resolvers: Resolvers) -> list[Actor]:
    """'the police firing at the village in which one person was killed': a relative clause
    opened by "in/during which" tells what happened during an event, so the event is the
    nearest word of the same type above the clause (the parser often hangs the clause on the
    last noun, "village"), and its doers are the actors."""
    token = trigger.token
    if token.dep_ != "relcl" or not any(
        p.dep_ == "prep" and p.lower_ in ("in", "during")
        and any(w.lower_ == "which" for w in p.children)
        for p in token.children
    ):
        return []
    lexicon = load_lexicon()
    kind = trigger.entry.event_type
    coded = {e.trigger.start: e for e in context.earlier if e.event_type == kind}
    above = token.head
    for _ in range(6):  # "fire on a crowd in the village in which"
        event = coded.get(above.idx)  # "opened fire on a crowd in which ...": coded already
        if event is not None:
            return [a for a in event.actors if not a.implicit]
        entry = _word_entry(lexicon, above)
        if entry is not None and entry.event_type == trigger.entry.event_type:
            return _doers(above, entry.pos == "N", context, resolvers)
        if above.head.i == above.i:
            break
        above = above.head
    return []


def _toll_actors(trigger: Trigger, context: _Context) -> list[Actor]:
    """ "Police had to open fire to quell the mob. 'Four persons have been killed …'": a
    death with no doer and no cause of its own that is what its sentence tells (its main
    verb, or what a speaker said), right after a sentence whose last violent event has named
    doers, is that event's toll."""
    token = trigger.token
    if token.lemma_.lower() not in ("kill", "die") or trigger.entry.event_type != "ASSAULT":
        return []
    if any(c.dep_ in ("prep", "agent") and c.lower_ in _CAUSE_PREPS for c in token.children):
        return []  # "killed in a road accident", "died of cancer": a cause of its own
    main = token.dep_ == "ROOT" or (
        token.dep_ in ("conj", "ccomp") and token.head.dep_ == "ROOT"
        and (token.dep_ == "conj" or token.head.lemma_.lower() in modality_rules.SPEECH_VERBS)
    )
    if not main:
        return []  # "the Godhra incident where people travelling in a train were killed"
    sentence = token.sent
    if sentence.start == 0:
        return []
    previous = token.doc[sentence.start - 1].sent
    while previous.start > 0 and all(t.is_space or t.is_punct for t in previous):
        previous = token.doc[previous.start - 1].sent  # a line break or a lone quote mark
    start, end = previous.start_char, sentence.start_char
    for event in reversed(context.earlier):
        if event.trigger.start >= sentence.start_char:
            continue
        if event.trigger.start < start:
            return []
        if event.event_type == "ASSAULT":
            return [a for a in event.actors if not a.implicit] if event.trigger.end <= end else []
    return []


_CAUSE_PREPS = frozenset({"in", "during", "by", "from", "of", "after", "when", "as", "near"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWN_MODIFIERS = frozenset(
    {"poss", "compound", "amod", "nmod", "prep", "relcl", "acl", "appos", "nummod"}
)


def _antecedent_actors(trigger: Trigger, context: _Context) -> list[Actor]:
    """The actors of an earlier event of the article that an event with no actor of its own
    refers back to with a bare definite noun of the same kind: "the firing", "the clashes"
    (the trigger itself, a trigger word merged into it, or the cause of a death verb: "one
    person was killed in the firing"). A definite noun with its own modifiers ("the attack on
    the Sabarmati Express", "the police firing") introduces an event rather than refers back.
    Same kind: the same type, and the same mode when the noun has one ("the firing": an
    earlier firearms attack), else the same word ("the clashes": an earlier clash). The
    nearest such earlier event with named actors is the one referred to."""
    token, event_type = trigger.token, trigger.entry.event_type
    nouns = [token, *trigger.absorbed]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "from", "after"):
            nouns += [noun for noun in prep.children if noun.dep_ == "pobj"]
    lexicon = load_lexicon()
    for noun in nouns:
        if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children
        ):
            continue
        if any(c.dep_ in _OWN_MODIFIERS and c.pos_ != "ADJ" for c in noun.children):
            continue
        lemma = noun.lemma_.lower()
        entry = lexicon.lookup(lemma, "NOUN") or lexicon.lookup(noun.lower_, "NOUN")
        if entry is None or entry.event_type != event_type:
            continue
        for event in reversed(context.earlier):
            named = [a for a in event.actors if not a.implicit]
            if event.event_type != event_type or not named:
                continue
            if entry.mode is not None and event.event_mode == entry.mode:
                return named
            if entry.mode is None and lemma in event.trigger.text.lower():
                return named
        return []
    return []


def _beneficiaries(token: Token, context: _Context, resolvers: Resolvers) -> list[Actor]:
    """'support for X', 'aid for X': the beneficiary is the recipient (roles.beneficiaries)."""
    recipients, _ = _resolve_all(beneficiaries(token), context, resolvers)
    return recipients


def _is_event(
    trigger: Trigger,
    actors: list[Actor],
    recipients: list[Actor],
    sentence: Span,
    context: _Context,
) -> bool:
    """Strong triggers always are; weak ones need participants that make them political."""
    if trigger.entry.strength == "strong":
        return True
    event_type, token = trigger.entry.event_type, trigger.token
    if event_type == "ASSAULT" and not recipients and _fights_a_thing(token):
        return False  # "the fight against diabetes", "a war on drugs", "fight corruption"
    if event_type == "ASSAULT" and _effort(token) and not any(
        a.sector in ARMED_SECTORS for a in actors
    ):  # armed fighters "fight to control villages": fighting
        return False
    violent = event_type in ("ASSAULT", "COERCE")
    if event_type == "ASSAULT" and _weapon_mode(trigger) is not None:
        return True  # "Airstrikes hit Sanaa", "shelling hit Donetsk": the weapon says it
    if event_type == "RETREAT" and _freed_from_custody(token):
        return True  # "were released from detention": the holding authority frees them
    if not violent and any(_named(a, sentence) for a in actors):
        return True
    if event_type == "REQUEST" and summoned_to_appear(token):
        return True  # "the NCB ordered him to appear for questioning": a legal summons
    strict = violent and (context.sport or token.lemma_.lower() in _SPORT_VERBS)
    protest = event_type == "PROTEST" or any(
        t.lemma_.lower() in _PROTEST_WORDS for t in trigger.absorbed
    )  # "the union will not end the strike": about a protest, so workers count
    if trigger.entry.source == "cameo":  # the generic dictionary's verbs are the noisiest:
        # a bare place or country on the receiving end does not make them political
        recipients = [r for r in recipients if r.sector not in (None, "UNK")]
    if _political(actors + recipients, strict=strict and not _rioting(actors), civil=protest):
        return True
    return event_type == "ASSAULT" and _killing_people(token, recipients, sentence)


_CAMPAIGN_WORDS = frozenset(
    {"fight", "battle", "war", "struggle", "combat", "campaign", "crusade", "fighting"}
)


def _fights_a_thing(token: Token) -> bool:
    """A fight whose opponent is a thing, not a party: "the fight against diabetes", "a war
    on drugs", "fight corruption" (no recipient was found for it)."""
    if token.lemma_.lower() not in _CAMPAIGN_WORDS:
        return False
    opponents = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
        for g in c.children if g.dep_ == "pobj"
    ]
    return any(o.pos_ == "NOUN" for o in opponents)


_EFFORT_VERBS = frozenset({"fight", "battle", "struggle", "strive", "scramble", "race"})


_CUSTODY = frozenset({"detention", "prison", "jail", "custody", "captivity", "arrest"})


def _freed_from_custody(token: Token) -> bool:
    """'released from detention', 'freed from prison': someone held is let go (CAMEO 0841)."""
    if token.lemma_.lower() not in ("release", "free"):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ == "from"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _CUSTODY for o in prep.children)
        for prep in token.children
    )


def _effort(token: Token) -> bool:
    """'Doctors struggled to save lives', 'firefighters battled to contain the blaze': a fight
    verb with an infinitive of a non-violent act means effort, not fighting ("troops fought
    to retake the town" stays an attack: its infinitive is one)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _EFFORT_VERBS:
        return False
    lexicon = load_lexicon()
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            entry = lexicon.lookup(child.lemma_.lower(), child.pos_)
            return entry is None or entry.event_type not in ("ASSAULT", "COERCE")
    return False


def _retype(trigger: Trigger, actors: list[Actor]) -> tuple[Trigger, bool]:
    """Context rules that change the type; returns the trigger and whether it is a refusal."""
    token, event_type = trigger.token, trigger.entry.event_type
    sending = token.lemma_.lower() in (
        "send", "deploy", "dispatch", "contribute", "commit", "participate", "serve", "join"
    )
    if (event_type == "MOBILIZE" or sending) and _peacekeeping(token):
        # deploying peacekeepers is military protection given to the recipient (CAMEO 0743)
        return _as(trigger, "AID", None), False
    if event_type == "MOBILIZE" and token.lemma_.lower() in _EXERCISES and len(
        {a.country for a in actors if a.country}
    ) >= 2:
        # forces of two or more countries exercising together: military cooperation (CAMEO
        # 062), as "joint exercises" is in the lexicon
        return _as(trigger, "COOPERATE", None), False
    if event_type == "MOBILIZE" and _civil_deployment(token):
        # deploying election observers or doctors, mobilising funds: help given, not forces
        # readied (CAMEO 07 provide aid, not 15)
        return _as(trigger, "AID", None), False
    if _refused_to_stop(token):  # "will not end the strike until …": a refusal to yield
        return _as(trigger, "REJECT", "yield"), True
    if event_type == "ASSAULT" and _rioting(actors):
        # protesters, strikers or rioters throwing stones or torching cars: a riot (PLOVER
        # PROTEST:riot; ACLED Riots)
        return _as(trigger, "PROTEST", "riot"), False
    if event_type == "REQUEST" and _sanctions_asked(trigger):
        # "called for / urged sanctions against X": asking others to punish X condemns X
        # (PLOVER ACCUSE disapprove; the MIT verb dictionary's 1312 is verbal conflict too),
        # it is no appeal to X
        return _as(trigger, "ACCUSE", "disapprove"), False
    cut = _cut_relation(token, event_type, trigger.absorbed)
    if cut is not None:
        # reducing aid, ending mediation, withdrawing peacekeepers: a reduction of existing
        # relations (CAMEO 16: 162 reduce aid, 164-165 halt negotiations or mediation, 166
        # withdraw peacekeepers), PLOVER SANCTION, not the cooperation that is cut
        return _as(trigger, "SANCTION", cut), False
    by_force = (event_type, trigger.mode) in (("COERCE", "seize"), ("SANCTION", "expel"))
    if by_force and _armed_taking(actors):
        # troops seizing oil fields or expelling fighters from a town act by force: ASSAULT,
        # not a confiscation or an expulsion of diplomats (PLOVER's COERCE:seize, SANCTION:expel)
        return _as(trigger, "ASSAULT", None), False
    return trigger, False


_CUTTING_VERBS = frozenset(
    {"reduce", "cut", "end", "halt", "suspend", "stop", "terminate", "cancel", "freeze",
     "slash", "curtail", "withdraw", "pull", "discontinue", "scale", "break", "sever", "abandon"}
)
_COOPERATIVE_TYPES = frozenset({"AID", "CONSULT", "COOPERATE"})
# People sent on a mission whose withdrawal CAMEO codes 166 (1661 peacekeepers, 1662 inspectors
# and observers, 1663 aid agencies).
_MISSION_NOUNS = frozenset(
    {"peacekeeper", "peacekeeping", "observer", "monitor", "inspector", "mission", "envoy"}
)


def _cut_relation(
    token: Token, event_type: PloverType, absorbed: tuple[Token, ...] = ()
) -> str | None:
    """The SANCTION mode when the trigger is a cooperation or a mission that a cutting verb
    takes as object ("reduced military aid", "ended mediation efforts", "withdrew
    peacekeepers"), else None."""
    if event_type == "RETREAT" and token.lemma_.lower() in _CUTTING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MISSION_NOUNS
        for c in token.children
    ):
        return "withdraw"
    if token.pos_ == "VERB" and token.lemma_.lower() in _CUTTING_VERBS:
        # the cooperation was absorbed by a cutting verb that is a trigger of its own ("may
        # halt mediation efforts", "froze aid"): the same reduction of relations
        objects = {c.i for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
        lexicon = load_lexicon()
        for word in absorbed:
            entry = _word_entry(lexicon, word)
            noun = word.head if word.dep_ == "compound" else word
            if entry is not None and entry.event_type in _COOPERATIVE_TYPES and noun.i in objects:
                return "discontinue"
    if event_type not in _COOPERATIVE_TYPES or token.pos_ != "NOUN":
        return None
    noun = token.head if token.dep_ == "compound" else token
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CUTTING_VERBS:
        return None
    return "discontinue"


def _speech_acts(
    trigger: Trigger,
    modality: Modality,
    actors: list[Actor],
    recipients: list[Actor],
    context: _Context,
    resolvers: Resolvers,
) -> tuple[Trigger, Modality, list[Actor], list[Actor]]:
    """PLOVER's readings of demands ("X says Y must …" is a REQUEST by X of Y) and of stated
    intentions (a promised cooperative act is AGREE, a refused one REJECT)."""
    token, event_type = trigger.token, trigger.entry.event_type
    demand = modality_rules.demanded_of(token)
    if demand is not None:
        speaker, addressee = demand
        trigger = _as(trigger, "REQUEST", _REQUEST_MODES.get(event_type, "change"))
        actors = [a for a, _ in _resolve_phrase(phrase(speaker), context, resolvers)] or actors
        recipients = [a for a, _ in _resolve_phrase(phrase(addressee), context, resolvers)]
        return trigger, "asserted", actors, recipients
    intended = modality_rules.intent_type(token, event_type, modality)
    if intended is not None:  # the stated intention is the event, and it was stated
        mode = None
        if intended == "THREATEN":
            mode = _THREATENED.get(trigger.mode or "", _THREATENED.get(event_type))
        actors = _announcing(token, actors, context, resolvers)
        return _as(trigger, intended, mode), "asserted", actors, recipients
    return trigger, modality, actors, recipients


def _announcing(
    token: Token, actors: list[Actor], context: _Context, resolvers: Resolvers
) -> list[Actor]:
    """Who states an intention announced for others of the same side ("the party leaders
    said the fighters will lay down their arms", "the prime minister announced that the
    government will extend the curfew"): the announcer, whose statement the sentence
    reports. Not when the two name different countries ("Turkey said Russia will withdraw"
    is Turkey's word about Russia's act)."""
    head = modality_rules.announcer(token)
    if head is None or _pronominal(head):
        return actors
    speakers, _ = _resolve_all([phrase(head, appositive=True)], context, resolvers)
    if not speakers or any(a.start == s.start for a in actors for s in speakers):
        return actors
    theirs = {a.country for a in actors if a.country}
    ours = {s.country for s in speakers if s.country}
    if theirs and ours and not theirs & ours:
        return actors
    return speakers


# The THREATEN mode of an announced coercive act, by its mode or type.
_THREATENED: dict[str, str] = {
    "arrest": "arrest", "deport": "expel", "expel": "expel", "seize": "territory",
    "COERCE": "restrict", "SANCTION": "relations",
}


def _as(trigger: Trigger, event_type: PloverType, mode: str | None) -> Trigger:
    return replace(trigger, entry=replace(trigger.entry, event_type=event_type), mode=mode)


def _without_grievance_counts(counts: Counts, trigger: Token) -> Counts:
    """A protest's counts, less those inside what it protests against ('protested in Paris
    against the killing of a teenager': no one died at the protest)."""
    spans = [
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for child in trigger.children
        if child.dep_ == "prep" and child.lower_ in GRIEVANCE_PREPOSITIONS
    ]
    if not spans:
        return counts
    for category in ("fatalities", "injured", "arrested"):
        span = getattr(counts, f"{category}_span")
        if span is not None and any(a <= span.start < b for a, b in spans):
            counts = replace(counts, **{category: None, f"{category}_span": None})
    return counts


def _text_between(sentence: Span, start: int, end: int) -> str:
    """The document's text from ``start`` to ``end`` (character offsets), read from the
    sentence when it holds them (``Doc.text`` rebuilds the whole text on every call)."""
    base = sentence.start_char
    if base <= start <= end <= sentence.end_char:
        return str(sentence.text[start - base : end - base])
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    return str(span.text) if span is not None else ""


# a locative preposition right before a place, as in "militias in (the) (eastern) Djugu"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|inside)\s+(?:the\s+)?(?:[a-z]+ern\s+)?$"
)


def _build_event(
    trigger: Trigger,
    sentence: Span,
    context: _Context,
    mode: str | None,
    modality: Modality,
    actors: list[Actor],
    recipients: list[Actor],
    attribution: Actor | None,
) -> Event:
    event_type = trigger.entry.event_type
    info = type_info(event_type)
    token = trigger.token
    armed = sum(1 for a in actors + recipients if a.sector in ARMED_SECTORS) >= 2
    acled_type, acled_sub = acled_types(
        event_type,
        mode,
        actor_inters=[a.inter for a in actors],
        recipient_inters=[r.inter for r in recipients],
    )
    # a place modifying the event's own actor mention names who, not where ("US officials";
    # not "security forces in Somalia", where it ends the mention, nor "militias in Djugu
    # (DRC)", which a locative preposition introduces)
    inside_actors = {
        p.start for p in context.places for a in actors
        if a.start <= p.start and p.end < a.end
        and not _LOCATIVE_BEFORE.search(_text_between(sentence, a.start, p.start))
    }
    location: Location | None = locate_event(
        sentence, token, context.places, focus=context.focus,
        parties=context.party_places | inside_actors,
    )
    resolved_date = resolve_event_date(sentence, context.article.date, trigger=token)
    modality = _date_modality(modality, resolved_date, context.article.date)
    counts = extract_counts(sentence, trigger=token) if event_type in _COUNTED_TYPES else None
    if counts is not None and event_type == "ASSAULT":
        counts = with_lethal_outcome(counts, sentence, token, trigger.absorbed)
    if counts is not None and event_type == "PROTEST":
        counts = _without_grievance_counts(counts, token)
    evidence = _evidence(sentence)
    confidence = _confidence(trigger, actors, recipients, location)
    appeal = trigger.entry.source in ("lexicon", "rule") and token.lemma_.lower() in APPEAL_VERBS
    root = cameo_root(
        event_type, mode, armed_clash=armed, appeal=appeal, sanctions=_sanctions(trigger)
    )
    if _statement(trigger):
        root = "01"
    elif modality == "future" and root in _MATERIAL_INTENTS:
        # an act announced for later is coded by CAMEO as the intent: to cooperate (03) or,
        # for coercion or violence, a threat (13) ("will extend the curfew")
        root = _MATERIAL_INTENTS[root]
    return Event(
        event_type=event_type,
        event_mode=mode,
        modality=modality,
        quad_class=info.quad_class,
        intensity=info.intensity,
        cameo_root=root,
        acled_event_type=acled_type,
        acled_sub_event_type=acled_sub,
        actors=local_names(actors, context.focus_country),
        recipients=local_names(recipients, context.focus_country),
        location=location,
        date=resolved_date.date if resolved_date else None,
        date_precision=resolved_date.precision if resolved_date else None,
        fatalities=counts.fatalities if counts else None,
        injured=counts.injured if counts else None,
        arrested=counts.arrested if counts else None,
        trigger=TextSpan(
            context.article.text[trigger.start : trigger.end], trigger.start, trigger.end
        ),
        evidence=evidence,
        attribution=attribution,
        confidence=confidence,
        article_id=context.article.id,
        url=context.article.url,
    )


# What a party is accused of or held responsible for; rejecting a proposal, a suggestion or a
# claim to something stays a rejection (CAMEO 12).
_CHARGE_NOUNS = frozenset(
    {"accusation", "allegation", "charge", "responsibility", "involvement", "wrongdoing",
     "complicity", "culpability", "guilt"}
)


# Types whose announced act is a threat (CAMEO 13) unless the announcement forswears it.
_FORSWORN = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
def _allegation(noun: Token) -> bool:
    """A claim or report about someone ("rejected claims of populism", "denied reports that
    …"), not a claim to something ("rejected Serbia's claim to Kosovo": a rejection)."""
    if noun.lemma_.lower() not in ("claim", "report", "rumor", "rumour"):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children))
        for c in noun.children
    )


_MATERIAL_INTENTS: dict[str, str] = {
    "06": "03", "07": "03", "08": "03", "14": "13", "15": "13", "17": "13", "18": "13",
    "19": "13", "20": "13",
}
_EMPATHY_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "regret"})


_DENYING = DENYING | {"reject"}


def _statement(trigger: Trigger) -> bool:
    """Acts CAMEO codes as statements (root 01) whatever their PLOVER type: denying charges or
    responsibility ("rejected accusations that …", CAMEO 016 deny responsibility), offering
    condolences or sympathy (018) and agreeing with a view ("said they agree with the NCAA that
    …", "agreed that the situation was grave": CAMEO 019 express accord)."""
    token = trigger.token
    lemma = token.lemma_.lower()
    children = list(token.children)
    if trigger.entry.event_type == "REJECT" and lemma in _DENYING:
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for c in children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj"]  # "rejected as baseless
        # accusations that …" (read with "as")
        objects += [c for o in objects for c in o.conjuncts]
        return any(o.lemma_.lower() in _CHARGE_NOUNS or _allegation(o) for o in objects)
    objects = [c for c in children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "compound"]
    if any(o.lemma_.lower() in _EMPATHY_NOUNS for o in objects):
        return True  # "offered his condolences", "sent a condolence message" (CAMEO 018)
    if trigger.entry.event_type == "AGREE" and lemma == "agree" and not trigger.absorbed:
        preps = {c.lower_ for c in children if c.dep_ == "prep"}
        acts = any(c.dep_ in ("xcomp", "dobj") for c in children)
        if not acts and not preps & {"on", "to", "upon"} and any(
            c.dep_ == "ccomp" and c.lemma_.lower() == "be" for c in children
        ):
            return True  # "agreed there was an urgent need for …": a shared view (019)
        return "with" in preps and not preps & {"on", "to", "upon"} and not acts
    return False


_SANCTION_WORDS = frozenset({"sanction", "embargo", "boycott"})


def _sanctions_asked(trigger: Trigger) -> bool:
    """The request asks for sanctions ("called for sanctions against", "urged an embargo")."""
    token = trigger.token
    words = [c for c in token.children if c.dep_ == "dobj"]  # not "urged the UN to renew …"
    words += [g for p in token.children if p.lower_ == "for" for g in p.children
              if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in _SANCTION_WORDS for w in words)


def _sanctions(trigger: Trigger) -> bool:
    """The trigger imposes sanctions ("imposed sanctions on", "an arms embargo")."""
    token = trigger.token
    words = [token, *trigger.absorbed]
    words += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(w.lemma_.lower() in _SANCTION_WORDS for w in words)


def _date_modality(
    modality: Modality, resolved: ResolvedDate | None, publication: dt.date | None
) -> Modality:
    """An asserted event dated by the text more than a year before publication is
    background ("in March 2019 the army shelled the town"): historical."""
    if modality != "asserted" or resolved is None or resolved.span is None or not publication:
        return modality
    end = period_end(resolved.date, resolved.precision)
    return "historical" if (publication - end).days > 365 else modality


def _evidence(sentence: Span) -> TextSpan:
    text = sentence.text
    stripped = text.strip()
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return TextSpan(stripped, start, start + len(stripped))


def _resolve_all(
    phrases: list[Phrase], context: _Context, resolvers: Resolvers, *, undergone: bool = False
) -> tuple[list[Actor], list[Actor]]:
    """Resolve role phrases; returns (actors, media outlets found among them). With
    ``undergone`` (recipients), an event acted on that has no owner stands for the party it
    happened to ("an investigation into the death of a Palestinian man")."""
    actors: list[Actor] = []
    media: list[Actor] = []
    if undergone and len(phrases) > 1:  # "declared a state of siege in Pando": Pando
        phrases = [p for p in phrases if not condition_noun(p.head)] or phrases
    for found in phrases:
        if _is_thing(found):  # "Airstrikes killed 50": no one named; "Israeli air strikes"
            owner = _owner(found)  # name their owner
            if owner is None:
                continue
            found = owner
        for actor, is_media in _resolve_phrase(found, context, resolvers):
            (media if is_media else actors).append(actor)
    if undergone and not actors and not media:  # "into the death of a Palestinian man"
        for found in phrases:
            party = _undergoer(found)
            if party is not None:
                for actor, is_media in _resolve_phrase(party, context, resolvers):
                    (media if is_media else actors).append(actor)
    return actors, media


def _owner(found: Phrase) -> Phrase | None:
    """The possessor or nationality/organisation modifier of a thing ("Russian missiles",
    "the army's shelling"), if any."""
    owners = [
        c for c in found.head.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        and (c.pos_ == "PROPN" or capitalised(c) or c.dep_ == "poss")
        and not _date_word(c)  # "Saturday's meeting", not "Theresa May's agreement"
    ]
    if not owners:  # "the missiles fired by the Israeli military": who fired them
        owners = [
            g for c in found.head.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
        ]
        if owners:
            return phrase(owners[0])
    # a possessor with its own modifiers: "the Greek government's plans" is owned by "the
    # Greek government", not by "government"
    tokens = [
        t for c in owners for t in (c.subtree if c.dep_ == "poss" else (c,)) if t.dep_ != "case"
    ]
    return phrase_of_tokens(tokens) if tokens else None


def _date_word(token: Token) -> bool:
    """A month, weekday or feast standing alone ("Saturday's meeting", "the Easter
    bombings"), not the end of a name."""
    word = token.lower_
    return (word in MONTHS or word in WEEKDAYS or word in HOLIDAYS) and not any(
        c.dep_ == "compound" for c in token.children
    )


# What happens to someone, besides the lexicon's event nouns ("the death of X").
_HAPPENINGS = frozenset(
    {"death", "fate", "plight", "treatment", "handling", "trial", "conviction", "sentence",
     "execution", "disappearance", "abduction", "release", "extradition", "case"}
)


def _undergoer(found: Phrase) -> Phrase | None:
    """The party an event acted on happened to, named in its "of" phrase ("the death of a
    man", "the killing of civilians", "the demands of the truck drivers"): a name or a word
    for people, not a thing ("the killing of livestock")."""
    head = found.head
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or (
        lemma not in _HAPPENINGS and load_lexicon().lookup(lemma, "NOUN") is None
    ):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and people_noun(noun):
                    return phrase(noun, appositive=True)
    return None


def _is_thing(found: Phrase) -> bool:
    """A phrase headed by an event, weapon or document word, which names no actor."""
    head = found.head.lemma_.lower()
    if head in _THINGS:
        return True
    entry = load_lexicon().lookup(head, "NOUN")
    return entry is not None and found.head.pos_ == "NOUN"


def _resolve_phrase(
    found: Phrase, context: _Context, resolvers: Resolvers
) -> list[tuple[Actor, bool]]:
    resolved = resolvers.actors.resolve(
        found.text, date=context.article.date, country_hint=context.focus_country
    )
    out: list[tuple[Actor, bool]] = []
    for item in resolved:
        start = found.start + item.start
        end = found.start + item.end
        actor = Actor(
            text=context.article.text[start:end],
            start=start,
            end=end,
            name=item.name,
            country=item.country,
            sector=item.sector,
            inter=item.inter,
        )
        out.append((actor, item.is_media))
    return out


def _political(actors: list[Actor], *, strict: bool = False, civil: bool = False) -> bool:
    """Whether the participants make a weak trigger an event: someone armed or political,
    protesters or rioters, or (unless ``strict``: violence words in a sport story) a country.
    Business, civilians, schools or "girls" alone do not ("five companies bid higher"),
    except for protests (``civil``): workers and students do go on strike."""
    for actor in actors:
        if civil and actor.sector not in (None, "UNK"):
            return True
        if actor.sector in ARMED_SECTORS or actor.sector in POLITICAL_SECTORS:
            return True
        if actor.inter in (5, 6):
            return True
        if actor.country and not actor.implicit and not strict:
            return True
    return False


def _is_sport(doc: Any) -> bool:
    """A sport story: two sport words, or one and a score ("2-1"), anywhere in the article."""
    found = len(set(_WORD.findall(doc.text.lower())) & _SPORT_WORDS)
    return found >= 2 or (found == 1 and bool(_SCORE.search(doc.text)))


def _sentence_armed_parties(
    sentence: Span,
    roles: Roles,
    context: _Context,
    resolvers: Resolvers,
    recipients: list[Actor],
) -> list[Actor]:
    """Fighting with no syntactic actor: the armed parties named in the sentence."""
    exclude = {p.head.i for p in roles.recipients}
    taken = {(r.start, r.end) for r in recipients}
    parties: list[Actor] = []
    for found in sentence_parties(sentence, exclude):
        root = found.head
        if root.pos_ != "PROPN" and not resolvers.actors.resolve(root.text):
            continue  # "a total military victory" names no party
        for actor, is_media in _resolve_phrase(found, context, resolvers):
            if is_media or actor.sector not in ARMED_SECTORS or (actor.start, actor.end) in taken:
                continue
            if all((p.start, p.end) != (actor.start, actor.end) for p in parties):
                parties.append(actor)
    return parties


def _named(actor: Actor, sentence: Span) -> bool:
    """A named group the dictionary does not know ("the Jani Khel tribe", "the Sanaa
    Committee"): a proper noun headed by a word for an organised group."""
    if actor.implicit or not actor.text:
        return False
    doc = sentence.doc
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    proper = any(t.pos_ == "PROPN" for t in span)
    return proper and span[-1].lemma_.lower() in _GROUP_NOUNS


def _named_in_politics(
    trigger: Trigger, actors: list[Actor], sentence: Span, context: _Context,
    resolvers: Resolvers,
) -> bool:
    """A weak non-violent verb of the lexicon ("agreed", "demanded", "refused", "ordered")
    whose subject is a proper name the actor dictionary does not know, in a sentence that
    names a political or armed party ("Papandreou agreed to resign because of the insistence
    of opposition parties", "Dehghan refused to respond to a request from 20 MPs"): the named
    person or body acts in public life. A name alone is not enough ("Hall has agreed to
    release Enron"), nor does a name modifying a noun trigger count ("the GISB Agreement")."""
    entry, token = trigger.entry, trigger.token
    if entry.strength != "weak" or entry.event_type in ("ASSAULT", "COERCE"):
        return False
    if entry.source == "cameo" or token.pos_ != "VERB" or entry.pos == "N":
        return False
    named = [
        a for a in actors
        if a.sector in (None, "UNK") and _proper_name(a, sentence)
        and not _commentator(a, sentence)
    ]
    if not named:
        return False
    taken = {a.start for a in actors}
    for found in sentence_parties(sentence, set()):
        if found.start in taken:
            continue
        parties = [actor for actor, is_media in _resolve_phrase(found, context, resolvers)
                   if not is_media]
        if _political(parties, strict=True):
            return True
    return False


# Words that present a named person as one who comments on events, not a party to them.
_COMMENTATORS = frozenset(
    {"analyst", "professor", "expert", "researcher", "scholar", "economist", "academic",
     "commentator", "fellow", "lecturer", "historian", "strategist", "consultant"}
)


def _commentator(actor: Actor, sentence: Span) -> bool:
    """"analyst Atilla Yesilada", "Matthew Brummer, a professor at …": a named commentator."""
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    near = [*root.subtree, *(root.head.subtree if root.dep_ == "appos" else ())]
    return any(t.lemma_.lower() in _COMMENTATORS for t in near)


def _proper_name(actor: Actor, sentence: Span) -> bool:
    """An actor headed by a proper noun ("Papandreou", "the NCB")."""
    if actor.implicit or not actor.text:
        return False
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "PROPN"


def _rioting(actors: list[Actor]) -> bool:
    return bool(actors) and all(a.inter in (5, 6) for a in actors)


def _peacekeeping(token: Token) -> bool:
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.head.subtree}
    return any(w.startswith("peacekeep") for w in words)


_EXERCISES = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame"})
# People and means that are sent to help, observe or heal, not to fight.
_CIVIL_DEPLOYED = frozenset(
    {"observer", "monitor", "inspector", "expert", "doctor", "medic", "nurse", "paramedic",
     "volunteer", "fund", "funding", "money", "resource", "aid", "assistance", "supply",
     "vaccine", "food", "relief", "humanitarian", "rescuer", "firefighter", "engineer"}
)


def _civil_deployment(token: Token) -> bool:
    """ "deployed election observers", "mobilising additional funds", "the deployment of
    monitors": what is deployed is help or observation, not armed force."""
    if token.pos_ == "VERB":
        deployed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        deployed = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    deployed += [c for d in deployed for c in d.conjuncts]
    return bool(deployed) and all(d.lemma_.lower() in _CIVIL_DEPLOYED for d in deployed)


_STOPPING = frozenset({"end", "stop", "halt", "lift", "cease", "suspend", "abandon", "drop"})


def _refused_to_stop(token: Token) -> bool:
    """'will not end the strike', 'refuse to lift the blockade'."""
    verb = token if token.lemma_.lower() in _STOPPING else token.head
    if verb.lemma_.lower() not in _STOPPING or verb.pos_ != "VERB":
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "reject")
    return negated or refused


def _armed_taking(actors: list[Actor]) -> bool:
    return any(a.sector in ARMED_SECTORS - {"COP", "CRM"} for a in actors)


def _killing_people(token: Token, recipients: list[Actor], sentence: Span) -> bool:
    """'Four people were killed …': killing words with people as victims are violence even
    with no one named as the killer, unless the sentence blames nature, disease or an accident."""
    if token.lemma_.lower() not in _KILLING_WORDS:
        return False
    if {t.lemma_.lower() for t in sentence} & _NATURAL_CAUSES:
        return False
    if token.dep_ == "acl" and (token.head.like_num or token.head.lemma_.lower() in _PEOPLE):
        return True  # "including 30 killed in police firing"
    objectless = not any(c.dep_ == "dobj" for c in token.children)
    victim_deps = ("nsubjpass", "dobj", "nsubj") if objectless else ("nsubjpass", "dobj")
    return any(r.text for r in recipients) or any(  # "killed 11 miners", "… two teachers"
        c.dep_ in victim_deps and (c.lemma_.lower() in _PEOPLE or c.like_num)
        for c in token.children
    )  # "69 were killed yesterday", "two killed in police firing"


def _implicit_police(trigger: Trigger, context: _Context) -> Actor:
    return Actor(
        text="",
        start=trigger.start,
        end=trigger.start,
        name="police",
        country=context.focus_country,
        sector="COP",
        inter=1,
        implicit=True,
    )


def _local_police(trigger: Trigger, context: _Context, resolvers: Resolvers) -> Actor | None:
    """'X was arrested in Niger': an arrest made where a state rules is made by its police,
    and the place names that state (CAMEO's convention); the actor is the place's mention."""
    for prep in trigger.token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.pos_ != "PROPN":
                continue
            found = phrase(place)
            resolved = resolvers.actors.resolve(found.text, date=context.article.date)
            if len(resolved) != 1:
                continue
            state = resolved[0]
            if state.sector is not None or state.country is None or state.name is None:
                continue
            adjective = resolvers.actors.tables.countries.get(state.country, ("", ""))[1]
            return Actor(
                text=context.article.text[found.start + state.start : found.start + state.end],
                start=found.start + state.start,
                end=found.start + state.end,
                name=f"{adjective} police".strip(),
                country=state.country,
                sector="COP",
                inter=1,
            )
    return None


def _implicit_actor(trigger: Trigger, context: _Context) -> Actor:
    return Actor(
        text="",
        start=trigger.start,
        end=trigger.start,
        name="unidentified armed forces",
        country=None,
        sector="UAF",
        inter=sector_to_inter("UAF", None),
        implicit=True,
    )


def _weapon_mode(trigger: Trigger) -> str | None:
    """The mode a weapon word names that the trigger absorbed or has for subject
    ('Airstrikes hit …': aerial; 'Rockets hit …', 'Shelling hit …': heavy weapons), before
    the verb's own default ('hit': firearms)."""
    subjects = [c for c in trigger.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.children if c.dep_ in ("compound", "amod")]
    return _cued_mode({t.lower_ for t in (*trigger.absorbed, *subjects)}, _WEAPON_MODES)


def _cued_mode(words: set[str], modes: frozenset[str] | None = None) -> str | None:
    """The first mode of :data:`_MODE_CUES` (of ``modes``, when given) whose cue words
    ``words`` holds."""
    for cues, mode in _MODE_CUES:
        if (modes is None or mode in modes) and words & cues:
            return mode
    return None


_WEAPON_MODES = frozenset({"suicide-attack", "drone", "aerial", "heavy-weapons", "explosives"})


def _assault_mode(token: Token, sentence: Span) -> str | None:
    """Refine an ASSAULT mode from weapon words in the trigger's clause, then the sentence."""
    clause = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.head.subtree}
    return _cued_mode(clause) or _cued_mode({t.lower_ for t in sentence})


def _attribution(
    token: Token,
    sentence: Span,
    roles: Roles,
    media: list[Actor],
    context: _Context,
    resolvers: Resolvers,
) -> Actor | None:
    source = modality_rules.attribution_source(token, sentence)
    if source is not None:
        found = phrase(source)
        resolved = _resolve_phrase(found, context, resolvers)
        if resolved:
            return resolved[0][0]
        text = context.article.text[found.start : found.end]
        return Actor(text=text, start=found.start, end=found.end)
    if roles.speech_source is not None:
        resolved = _resolve_phrase(roles.speech_source, context, resolvers)
        if resolved:
            return resolved[0][0]
    return media[0] if media else None


def _confidence(
    trigger: Trigger, actors: list[Actor], recipients: list[Actor], location: Location | None
) -> float:
    """A heuristic 0–1 score: how much of the event the text pinned down (documented)."""
    score = 0.45 if trigger.entry.strength == "strong" else 0.35
    if any(a.name and not a.implicit for a in actors):
        score += 0.2
    elif any(not a.implicit for a in actors):
        score += 0.1
    if recipients:
        score += 0.1
    if location is not None and location.geonameid is not None:
        score += 0.1
    if _main_clause(trigger.token):
        score += 0.1
    return round(min(score, 0.95), 2)


# Prepositions whose object is the circumstance of the predication, not the predication.
_CIRCUMSTANCE_PREPS = frozenset({"despite", "after", "amid", "amidst", "following", "since"})
_OCCASIONS = frozenset({"visit", "trip", "tour", "sideline", "sidelines", "stopover"})
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "csubj", "parataxis", "pcomp", "xcomp"})


# Verbs that only say where in its course an act is ("began deploying", "continued to shell
# the town"): the act in their complement is the predication itself.
_PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "commence"})


def _main_clause(token: Token) -> bool:
    """Whether the trigger is the sentence's main predication (or its object, or what a
    reporting verb reports) rather than a subordinate or background clause."""
    node = token
    for _ in range(10):
        if node.head.i == node.i:
            return True
        phase = node.dep_ == "xcomp" and node.head.lemma_.lower() in _PHASE_VERBS
        if node.dep_ in _SUBORDINATE and not phase:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in _CIRCUMSTANCE_PREPS:
            return False  # "pledged support despite the attack": the attack is circumstance
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "during") and (
            node.lemma_.lower() in _OCCASIONS and node.head.head.pos_ in ("VERB", "AUX")
        ):
            return False  # "on a visit to Harare, X voiced support": the visit is the occasion
        if node.dep_ == "ccomp" and node.head.lemma_.lower() not in modality_rules.SPEECH_VERBS:
            return False
        node = node.head
    return True
