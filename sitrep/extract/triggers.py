"""Find event triggers in a parsed sentence.

A trigger is the word (or words) that names the event: a verb ("shelled"), a noun
("airstrikes") or a fixed phrase ("open fire", "call for"). Each trigger gets a PLOVER type,
a mode and a strength from the lexicon; a few context rules refine them:

* "strike" is an air/drone strike next to "air", "drone", "missile"…, a labour strike next
  to "workers", "general", "union"…, and otherwise needs a military subject;
* a noun trigger that is the object or complement of another trigger in the same clause is
  absorbed by it ("offered … aid", "threatened to attack", "condemned the attack"): one event,
  the governing one, keeping the absorbed trigger's mode when it has none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sitrep.extract.lexicon import Entry, Lexicon
from sitrep.extract.magnitudes import INQUIRIES, fell_to_fire
from sitrep.extract.modality import blame
from sitrep.extract.verbs import VerbDictionary

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

_ADJUNCT_PREPS = frozenset(
    {"at", "during", "after", "before", "amid", "amidst", "following", "since", "despite",
     "until", "near", "outside"}
)
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "ROOT"})
_ABSORBING_TYPES = frozenset(
    {"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE", "SANCTION",
     "RETREAT"}
)
_AIR_WORDS = frozenset(
    {"air", "drone", "missile", "rocket", "artillery", "military", "precision", "retaliatory",
     "israeli", "russian", "american", "u.s.", "coalition", "airstrike"}
)
_LABOUR_WORDS = frozenset(
    {"general", "worker", "union", "labour", "labor", "teacher", "nurse", "doctor", "driver",
     "nationwide", "indefinite", "national", "staff", "employee", "miner"}
)
_MILITARY_SUBJECTS = frozenset(
    {"warplane", "jet", "plane", "aircraft", "drone", "missile", "rocket", "force", "troop",
     "military", "army", "helicopter", "navy", "coalition"}
)


_PORTRAY_VERBS = frozenset(
    {"portray", "depict", "paint", "present", "describe", "brand", "label", "call", "cast",
     "characterize", "characterise", "denounce"}
)
_PEJORATIVE = frozenset(
    {"savage", "brutal", "terrorist", "criminal", "murderer", "killer", "butcher", "thug",
     "aggressor", "occupier", "illegitimate", "dictator", "tyrant", "fascist", "nazi", "barbaric",
     "barbarian", "extremist", "puppet", "traitor", "liar", "corrupt", "evil", "inhumane",
     "genocidal", "rogue", "bandit", "mercenary", "invader", "warmonger", "oppressor", "tyranny",
     "murderous", "ruthless", "lawless", "repressive", "authoritarian"}
)
# Verbs that only say an action was done ("launched an assault"): their object is the event.
_LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "mount", "make", "begin", "continue", "unleash",
     "wage", "step", "intensify", "resume", "commit", "perpetrate", "execute", "open",
     "start", "join", "initiate", "order", "approve", "announce", "engage", "participate",
     "involve", "take", "organize", "organise", "spearhead", "coordinate", "manage", "force",
     "compel", "prompt", "voice", "express", "issue"}
)
_GATHERING = frozenset(
    {"gather", "assemble", "converge", "come", "turn", "pour", "take", "descend", "flood",
     "fill", "throng", "block", "barricade", "occupy", "chant", "stage", "hold", "mass",
     "storm", "burn", "continue", "camp", "besiege", "surround"}
)
_PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "crowd",
     "protesters", "protestors", "demonstrators"}
)
_DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "video", "figure", "data", "album", "film", "footage", "image",
     "photo", "document", "record", "list", "audio", "recording", "communique", "study",
     "book", "song", "version", "update", "result", "budget", "plan", "schedule"}
)


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the head word of the trigger
    start: int  # char offsets into the doc text
    end: int
    entry: Entry
    mode: str | None
    absorbed: tuple[Token, ...] = ()  # trigger words merged into this one


# Parts of speech no trigger has (the lexicon's are verbs, nouns and adjectives).
_NEVER_TRIGGERS = frozenset(
    {"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "SYM", "SPACE", "AUX"}
)


def find_triggers(
    sentence: Span, lexicon: Lexicon, verbs: VerbDictionary | None = None
) -> list[Trigger]:
    """All triggers of one parsed sentence, after absorption, in text order.

    The hand-written lexicon is asked first; verbs it lacks fall back to the CAMEO verb
    dictionary (``verbs``), whose triggers are always weak.
    """
    found: list[Trigger] = []
    for token in sentence:
        if token.pos_ in _NEVER_TRIGGERS:
            continue
        if token.lemma_.lower() == "rule" and _rules_out_a_finding(token):
            continue  # "police ruled out foul play": an investigator's finding, no rejection
        trigger = _match(token, lexicon)
        document = token.lemma_.lower() == "release" and _releases_a_document(token)
        verb = token.pos_ == "VERB" and not any(c.dep_ == "det" for c in token.children)
        if trigger is None and verbs is not None and verb and not document:
            # (a "verb" with a determiner is a mistagged noun: "an al qaida suspect")
            trigger = _match_cameo(token, verbs)
            if trigger is not None and trigger.mode == "arrest" and _reflexive(token):
                trigger = None  # "the police held themselves back"
        if trigger is not None:
            found.append(trigger)
    if any(t.entry is WILLING for t in found):
        starts = {t.token.i for t in found}
        found = [t for t in found if t.entry is not WILLING or not starts & willed(t.token)]
    return _absorb(_outermost(found))


# "is willing / ready / prepared / committed to <act>": a stated intention to cooperate
# (CAMEO 03, PLOVER AGREE) whatever the act ("committed to opening up the economy", "willing
# to send more doctors"); when the act is a trigger of its own ("ready to withdraw its
# troops"), that trigger carries the intention (modality.intent_type) and this one goes.
WILLING = Entry(("<willing>",), "A", "AGREE", None, "weak", "rule")
_WILLING_WORDS = frozenset({"willing", "ready", "prepared", "committed"})


def willed(token: Token) -> set[int]:
    """The token indices of the act a willingness word takes ("willing to send": send;
    "committed to opening up": opening; "committed to reforms": reforms)."""
    acts = {c.i for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            acts |= {g.i for g in prep.children if g.dep_ in ("pcomp", "pobj")}
    return acts


def _willingness(token: Token, lemma: str) -> bool:
    if token.pos_ == "ADJ" and lemma in _WILLING_WORDS:
        return bool(willed(token))
    # spaCy reads "is committed to" as a passive verb: "commit" with a passive auxiliary
    return (lemma == "commit" and token.lower_ == "committed"
            and any(c.dep_ == "auxpass" for c in token.children) and bool(willed(token)))


def _outermost(found: list[Trigger]) -> list[Trigger]:
    """Drop triggers inside a longer one ("military exercises" in "joint military exercises")."""
    return [
        t for t in found
        if not any(o is not t and o.entry.pos == "N" and o.start <= t.start and t.end <= o.end
                   and (o.end - o.start) > (t.end - t.start) for o in found)
    ]


# Participles that state a relation when they modify a noun ("men linked to the group").
_RELATION_PARTICIPLES = frozenset(
    {"link", "tie", "connect", "affiliate", "associate", "relate", "align", "close"}
)


# What "take" takes as a light verb (the CAMEO dictionary's default reading of "take" is a
# seizure, CAMEO 171): "took steps / measures / action / a decision to …".
_TAKEN_STEPS = frozenset(
    {"step", "measure", "action", "move", "initiative", "decision", "stand", "stance"}
)


_WISHING = frozenset({"want", "wish"})


def _wished_of_another(verb: Token) -> bool:
    """ "X wants Y to do Z": the act wished for has a doer of its own, so the wish is a request
    of that party (CAMEO 02 appeal), neither X's intention (03) nor a threat (13) by X."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _match_cameo(token: Token, verbs: VerbDictionary) -> Trigger | None:
    if token.dep_ == "acl" and token.tag_ == "VBN" and (
        token.lemma_.lower() in _RELATION_PARTICIPLES
    ):
        return None  # "websites linked to al-Shabab": who they belong to, not an act
    if token.lemma_.lower() in _WISHING and _wished_of_another(token):
        end = token.idx + len(token.text)  # "wants Germany to pay more": asked of Germany
        return Trigger(token, token.idx, end, _entry("REQUEST", None, "weak"), None)
    found = verbs.match(token)
    if found is None:
        return None
    if found.mode == "seize" and token.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TAKEN_STEPS for c in token.children
    ):
        return None  # "took steps to enhance freedoms": no seizure; the act taken is coded
    end = token.idx + len(token.text)
    if found.particle is not None:
        end = max(end, found.particle.idx + len(found.particle.text))
    entry = Entry((token.lemma_.lower(),), "V", found.event_type, found.mode, "weak", "cameo")
    return Trigger(token, token.idx, end, entry, found.mode)


def _match(token: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if lemma == "fire":  # "a mortar bomb was fired at the town": the weapon types it first
        typed = _typed_by_object(token, lemma)
        if typed is not None:
            return typed
    multi = _match_multi(token, lemma, lexicon)
    if multi is not None:
        return multi
    if lemma == "strike" or token.lower_ in ("strikes", "strike"):
        # "struck a deal with the UN": an agreement, typed by its object
        return _typed_by_object(token, lemma) or _match_strike(token)
    if lemma == "leave" and token.pos_ == "VERB" and _left_dead(token):
        end = token.idx + len(token.text)
        return Trigger(token, token.idx, end, _entry("ASSAULT", None, "weak"), None)
    if lemma in _GATHERING and token.pos_ == "VERB" and _protesters_subject(token):
        end = token.idx + len(token.text)
        return Trigger(token, token.idx, end, _entry("PROTEST", "demo", "weak"), "demo")
    typed = _typed_by_object(token, lemma)
    if typed is not None:
        return typed
    if lemma in ("explode", "detonate", "blow") and token.pos_ == "VERB" and _bomb_subject(token):
        end = token.idx + len(token.text)  # "a pipe bomb explodes near police headquarters"
        return Trigger(token, token.idx, end, _entry("ASSAULT", "explosives", "strong"),
                       "explosives")
    if lemma in _ARREST_RULE_LEMMAS and (
        _custody(token, lemma)
        or (lemma == "hold" and _held_people(token))
        or _booked(token)
        or _in_custody(token)
    ):
        end = token.idx + len(token.text)  # "taken into custody", "50 persons were held"
        return Trigger(token, token.idx, end, _entry("COERCE", "arrest", "weak"), "arrest")
    if lemma == "fall" and fell_to_fire(token):
        end = token.idx + len(token.text)  # "fell to police bullets": shot dead
        return Trigger(token, token.idx, end, _entry("ASSAULT", "firearms", "strong"), "firearms")
    if lemma == "succumb" and _violent_pobj(token, lexicon):
        end = token.idx + len(token.text)  # "succumbed to police firing": a death verb
        return Trigger(token, token.idx, end, _entry("ASSAULT", None, "weak"), None)
    if lemma in _SEIZING and _seized_person(token, lemma):
        end = token.idx + len(token.text)  # "picked up by police", "the police caught them"
        return Trigger(token, token.idx, end, POLICE_ARREST, "arrest")
    if lemma in ("hold", "keep") and token.pos_ == "VERB":
        return None  # only as typed above
    if (lemma in _WILLING_WORDS or lemma == "commit") and _willingness(token, lemma):
        end = token.idx + len(token.text)  # "is willing to send", "is committed to"
        return Trigger(token, token.idx, end, WILLING, None)
    if lemma == "apprehend" and _feared(token):
        return None  # "apprehending trouble": the fear sense, not an arrest
    if lemma in ("call", "ring", "telephone") and _called_to_talk(token):
        end = token.idx + len(token.text)  # "called his counterpart to discuss the deal": a
        # telephone call (CAMEO 040 consult), not "called X a liar"
        return Trigger(token, token.idx, end, _entry("CONSULT", "phone", "weak"), "phone")
    if lemma == "summon" and _envoy_object(token):
        end = token.idx + len(token.text)  # summoning an ambassador is a diplomatic protest
        return Trigger(token, token.idx, end, _entry("ACCUSE", "disapprove", "weak"), "disapprove")
    if lemma in _ORDERING and ordered_to_stop_publishing(token):
        end = token.idx + len(token.text)  # "ordered the weekly to suspend publication"
        return Trigger(token, token.idx, end, _entry("COERCE", "censor", "weak"), "censor")
    if lemma in _SUMMONING and summoned_to_appear(token):
        end = token.idx + len(token.text)  # "summoned the minister to appear for questioning":
        # a legal summons is a demand (CAMEO 10), not a meeting
        return Trigger(token, token.idx, end, _entry("REQUEST", None, "weak"), None)
    if lemma == "responsible" and blame(token) is not None:
        end = token.idx + len(token.text)  # "the government said the rebels were responsible"
        return Trigger(token, token.idx, end, _entry("ACCUSE", "allege", "weak"), "allege")
    if lemma in ("deny", "refuse", "bar") and _entry_object(token):
        end = token.idx + len(token.text)  # "denied entry to a journalist"
        return Trigger(token, token.idx, end, _entry("REJECT", None, "weak"), None)
    if lemma in DENYING and token.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DENIED_CLAIMS
        for c in token.children
    ):
        end = token.idx + len(token.text)  # "denied charges that it tortured a priest": a
        # denial (CAMEO 016, a statement: coder._statement), the sentence's act
        return Trigger(token, token.idx, end, _entry("REJECT", None, "weak"), None)
    if lemma in _PORTRAY_VERBS and token.pos_ == "VERB" and _pejorative_as(token):
        end = token.idx + len(token.text)
        return Trigger(token, token.idx, end, _entry("ACCUSE", "disapprove", "weak"), "disapprove")
    entry = lexicon.lookup(lemma, token.pos_)
    if entry is None and token.pos_ in ("NOUN", "VERB"):
        entry = lexicon.lookup(token.lower_, token.pos_)
    if entry is None and token.tag_ == "VBG" and nominal_gerund(token):
        entry = lexicon.lookup(token.lower_, "NOUN")  # "died in police firing"
    if entry is None or (entry.mode == "release" and _releases_a_document(token)):
        return None
    if token.pos_ in ("NOUN", "PROPN") and _names_no_act(token, entry.event_type):
        if entry.event_type == "COERCE" and token.head.lemma_.lower() in _LEGAL_INSTRUMENTS:
            # "issued an arrest warrant", "deportation orders": the instrument is a coercive
            # act of its own, the arrest or deportation it names is not reported
            return Trigger(token, token.idx, token.idx + len(token.text), entry, None)
        return None
    if lemma == "meet" and _unmet_object(token):
        return None  # "to meet the health needs", "met the deadline": no meeting
    if lemma in ("accept", "meet", "grant") and _demands_object(token):
        end = token.idx + len(token.text)  # "accepted the protesters' demands": a concession
        return Trigger(token, token.idx, end, _entry("CONCEDE", None, "weak"), None)
    return Trigger(token, token.idx, token.idx + len(token.text), entry, entry.mode)


# Nouns for the instruments, rules and powers that name an act without reporting it: "an
# arrest warrant", "the detention law", "attack plans", "shoot-at-sight orders".
_INSTRUMENT_NOUNS = _DOCUMENT_NOUNS | frozenset(
    {"warrant", "order", "law", "act", "ordinance", "bill", "rule", "power", "policy",
     "provision", "procedure", "threat", "call", "notice", "memo", "permit", "licence",
     "license", "centre", "center", "facility", "cell"}
)
_LEGAL_INSTRUMENTS = frozenset({"warrant", "order", "notice", "ordinance", "memo"})
# Weapons and gear named after the act they are for ("assault rifles", "attack
# helicopters"): no act is reported. (Not units: a verb the parser misreads as a modifier,
# "rebels attack police", would be lost.)
_EQUIPPED_NOUNS = frozenset(
    {"gear", "shield", "helmet", "van", "vehicle", "rifle", "weapon", "gun", "helicopter",
     "aircraft", "jet", "boat", "ship", "submarine", "dog", "equipment", "drone", "craft"}
)
# The medical senses of "arrest": "cardiac arrest", "a heart arrest".
_BODY_WORDS = frozenset({"cardiac", "heart", "respiratory", "cardio", "cardiopulmonary"})


def _names_no_act(noun: Token, event_type: str | None = None) -> bool:
    """An event noun that modifies an instrument, rule or place of the act ("his arrest
    warrant", "a preventive detention law", "detention centres"), or a weapon or gear named
    after an attack ("assault rifles", "attack helicopters"), or the
    medical "cardiac arrest": no act is reported. ("riot police" and "riot gear" still code
    a riot: in protest reports that is often the only protest word the parse yields, and
    dropping it lost 8 of 1,000 Mass Mobilization protests.)"""
    head = noun.head
    if noun.dep_ == "compound" and head.pos_ == "NOUN" and head.i > noun.i and (
        head.lemma_.lower() in _INSTRUMENT_NOUNS
        or (
            head.lemma_.lower() in _EQUIPPED_NOUNS
            and event_type != "PROTEST"
            and head.i == noun.i + 1  # not a verb read as a modifier: "attack army troops"
        )
    ):
        return True
    return noun.lemma_.lower() == "arrest" and any(
        c.lemma_.lower() in _BODY_WORDS for c in noun.children if c.dep_ in ("amod", "compound")
    )


def nominal_gerund(token: Token) -> bool:
    """An -ing form tagged as a verb that has no subject or object of its own and stands
    where a noun stands: "died in police firing", "injured in the firing" (the small model
    often tags these as verbs, more so in lower-cased text)."""
    if token.tag_ != "VBG":
        return False
    arguments = {c.dep_ for c in token.children} & _ARGUMENT_DEPS
    if token.dep_ == "pcomp" and arguments <= {"nsubj", "xcomp"}:
        # "died in police firing" parsed with "police" as the gerund's subject; "resorted to
        # firing to disperse the mob"
        return True
    if arguments:
        return False
    if token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj", "compound"):
        return True
    # "in police firing" parsed as "police" modified by a participle: the noun is a modifier
    # (hung on "police" or, with no word of its own, on the noun "police" comes under: "the
    # toll in police firing")
    if token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return False
    return token.head.i == token.i - 1 or noun_before_gerund(token) is not None


_FORCE_WORDS = frozenset({"police", "army", "military", "security", "paramilitary"})


def noun_before_gerund(token: Token) -> Token | None:
    """The noun right before an -ing participle that the parse hung elsewhere, when the two
    are one noun ("the toll in police firing", "two deaths in police firing on Sunday"): an
    object of a preposition followed by a bare participle, or by any participle without
    arguments when the noun is a force word."""
    if token.dep_ != "acl" or token.tag_ != "VBG" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.pos_ != "NOUN" or before.dep_ != "pobj":
        return None
    children = list(token.children)
    if not children:
        return before
    arguments = any(c.dep_ in _ARGUMENT_DEPS for c in children)
    return before if before.lemma_.lower() in _FORCE_WORDS and not arguments else None


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "ccomp", "xcomp"})


def _match_multi(token: Token, lemma: str, lexicon: Lexicon) -> Trigger | None:
    for entry in lexicon.multi.get(lemma, ()):
        rest = entry.term[1:]
        following = token.doc[token.i + 1 : token.i + 1 + len(rest)]
        if [t.lemma_.lower() for t in following] == list(rest) and entry.pos != "V":
            # the last word heads "hunger strike"; "cessation of hostilities" is headed by
            # its first, whose roles are the event's ("X declared a cessation of …")
            last = following[-1]
            head = token if "of" in rest else last
            return Trigger(head, token.idx, last.idx + len(last.text), entry, entry.mode)
        if entry.pos != "N" and token.pos_ == "VERB":
            # the particle follows the verb closely: "called on Iran", "called publicly for",
            # not "called the president on Saturday"
            children = [c for c in token.children
                        if c.lemma_.lower() in rest and 0 < c.i - token.i <= 2]
            if len(children) == len(rest):
                end_tok = max(children, key=lambda c: c.i)
                end = max(token.idx + len(token.text), end_tok.idx + len(end_tok.text))
                return Trigger(token, token.idx, end, entry, entry.mode)
            if [t.lemma_.lower() for t in following] == list(rest) and all(
                t.pos_ in ("ADJ", "ADV", "ADP", "PART") for t in following
            ):  # "let free activists", "set free two workers": "free" parsed as a modifier
                end_tok = following[-1]
                return Trigger(token, token.idx, end_tok.idx + len(end_tok.text), entry,
                               entry.mode)
    return None


def _match_strike(token: Token) -> Trigger | None:
    near = {t.lemma_.lower() for t in token.children}
    near.update(t.lemma_.lower() for t in token.doc[max(token.i - 2, 0) : token.i])
    governor = token.head.head if token.head.dep_ == "prep" else token.head
    near.update(c.lemma_.lower() for c in governor.children if c.dep_ in ("nsubj", "nsubjpass"))
    end = token.idx + len(token.text)
    if token.head.lower_ == "on" and governor.lemma_.lower() in ("go", "be", "remain", "stay"):
        return Trigger(token, token.idx, end, _entry("PROTEST", "strike", "weak"), "strike")
    labour_sentence = {t.lemma_.lower() for t in token.sent} & _LABOUR_WORDS
    if near & _LABOUR_WORDS or (labour_sentence and not near & _AIR_WORDS):
        return Trigger(token, token.idx, end, _entry("PROTEST", "strike", "weak"), "strike")
    if near & _AIR_WORDS:
        mode = "drone" if "drone" in near else "aerial"
        if near & {"missile", "rocket", "artillery"}:
            mode = "heavy-weapons"
        return Trigger(token, token.idx, end, _entry("ASSAULT", mode, "strong"), mode)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.pos_ == "VERB" and any(s.lemma_.lower() in _MILITARY_SUBJECTS for s in subjects):
        return Trigger(token, token.idx, end, _entry("ASSAULT", None, "strong"), None)
    if token.pos_ in ("NOUN", "VERB"):
        return Trigger(token, token.idx, end, _entry("ASSAULT", None, "weak"), None)
    return None


# What censors close or suspend ("closed the newspaper", "suspended publication").
_OUTLETS = frozenset(
    {"newspaper", "paper", "outlet", "website", "site", "station", "channel", "broadcaster",
     "radio", "television", "tv", "media", "internet", "publication", "magazine", "blog",
     "platform", "account", "network", "press", "daily", "broadcast", "newsroom", "weekly",
     "broadcasting", "transmission"}
)
_ORDERING = frozenset({"order", "force", "direct", "instruct", "compel"})
_STOPPING = frozenset({"suspend", "stop", "halt", "cease", "close", "shut", "end"})


def ordered_to_stop_publishing(verb: Token) -> bool:
    """ "ordered the weekly to suspend publication", "forced the radio station to shut down":
    an order that silences an outlet is censorship (COERCE censor) by the one who orders."""
    if verb.pos_ != "VERB":
        return False
    stops = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _STOPPING]
    if not stops:
        return False
    named = [c for c in verb.children if c.dep_ == "dobj"]
    named += [t for c in named for t in c.children if t.dep_ in ("compound", "amod", "appos")]
    named += [o for c in stops for o in c.children if o.dep_ == "dobj"]
    return any(t.lemma_.lower() in _OUTLETS for t in named)


# Verbs whose event type is decided by their object: (verbs, objects, type, mode).
_OBJECT_RULES: tuple[tuple[frozenset[str], frozenset[str], str, str | None], ...] = (
    (frozenset({"give", "provide", "send", "deliver", "donate", "supply", "ship", "airlift",
                "fly", "distribute", "pledge", "allocate", "hand", "grant"}),
     frozenset({"aid", "assistance", "equipment", "supply", "supplies", "vaccine", "food",
                "medicine", "money", "fund", "funding", "grant", "loan", "relief", "shelter",
                "tent", "weapon", "arm", "ammunition", "donation", "medical", "asylum",
                "refuge", "sanctuary"}),
     "AID", None),
    (frozenset({"return", "repatriate", "hand", "handover"}),
     frozenset(), "RETREAT", "release"),
    # training or equipping another party's forces is military aid (CAMEO 072)
    (frozenset({"train", "equip", "retrain"}),
     frozenset({"pilot", "soldier", "troop", "force", "police", "policeman", "officer",
                "army", "personnel", "recruit", "cadet", "commando", "guard", "fighter"}),
     "AID", None),
    # violating a ban, an embargo or a resolution defies norms and law (CAMEO 128, as the MIT
    # verb dictionary codes "violate … embargo / convention")
    (frozenset({"violate", "defy", "flout", "breach", "contravene"}),
     frozenset({"ban", "embargo", "sanction", "resolution", "law", "convention", "treaty",
                "rule", "regulation", "order", "norm", "curfew", "moratorium"}),
     "REJECT", None),
    # laying down arms is disarming (CAMEO 0873 demobilize armed forces)
    (frozenset({"lay", "put", "surrender"}), frozenset({"arm", "weapon"}), "RETREAT", "disarm"),
    # closing or sealing a border or its crossings restricts movement (CAMEO 191 / PLOVER
    # COERCE restrict); roads and routes are left out: police close them after accidents
    (frozenset({"close", "shut", "seal"}),
     frozenset({"border", "crossing", "airspace", "checkpoint", "frontier",
                "corridor", "passage"}),
     "COERCE", "restrict"),
    (frozenset({"open", "reopen"}),
     frozenset({"border", "crossing", "corridor", "airspace", "port", "road", "checkpoint",
                "passage", "route"}),
     "RETREAT", "access"),
    (frozenset({"lift", "ease", "reduce", "cut", "roll", "relax", "scrap", "remove", "end",
                "halt", "stop"}),
     frozenset({"sanction", "embargo", "tariff", "blockade", "restriction", "curfew", "ban",
                "siege", "lockdown", "duty", "boycott", "closure", "suspension"}),
     "RETREAT", None),
    (frozenset({"agree", "reach", "conclude", "seal", "finalize", "finalise", "strike", "ink"}),
     frozenset({"agreement", "deal", "accord", "pact", "treaty", "text", "memorandum",
                "contract", "framework"}),
     "SUPPORT", None),
    (frozenset({"hold", "keep", "take", "use"}),
     frozenset({"hostage", "shield", "captive", "prisoner"}),
     "ASSAULT", "abduct"),
    (frozenset({"throw", "hurl", "lob", "toss", "plant", "detonate", "fire", "launch"}),
     frozenset({"bomb", "grenade", "molotov", "cocktail", "explosive", "device", "ied",
                "mortar", "rocket", "missile", "shell"}),
     "ASSAULT", "explosives"),
    (frozenset({"present", "provide", "submit", "produce", "show", "publish", "release",
                "gather", "compile", "file"}),
     frozenset({"evidence", "proof", "dossier"}),
     "ACCUSE", "allege"),
    (frozenset({"throw", "hurl", "pelt"}),
     frozenset({"stone", "rock", "brick", "bottle"}),
     "ASSAULT", "primitive"),
    (frozenset({"accept", "admit", "receive", "welcome", "resettle", "host", "take"}),
     frozenset({"refugee", "migrant", "asylum", "seeker", "evacuee", "displaced"}),
     "AID", None),
    (frozenset({"link", "tie", "attribute", "connect", "trace"}),
     frozenset({"attack", "bombing", "killing", "assassination", "blast", "explosion", "plot",
                "shooting", "murder", "massacre", "kidnapping", "abduction", "strike", "raid",
                "ambush", "poisoning", "hack", "hacking", "cyberattack", "violence", "unrest",
                "riot", "crime", "incident"}),
     "ACCUSE", "allege"),
    (frozenset({"close", "shut", "block", "suspend", "ban", "censor", "jam", "silence"}),
     _OUTLETS, "COERCE", "censor"),
    (frozenset({"seek", "request", "ask", "apply", "claim", "solicit"}),
     frozenset({"refuge", "asylum", "shelter", "protection", "sanctuary", "aid", "assistance",
                "support", "help", "funding", "loan", "relief"}),
     "REQUEST", "assist"),
    (frozenset({"charge", "indict", "prosecute", "file", "bring", "level", "press"}),
     frozenset({"charge", "indictment", "lawsuit", "case", "accusation", "suit", "crime",
                "murder", "corruption", "fraud", "terrorism", "treason"}),
     "ACCUSE", "allege"),
    # turning down what another party asked or offered is a rejection (CAMEO 12), whatever
    # the verb ("dismissed an appeal", "spurned the offer", "turned down the proposal")
    (frozenset({"dismiss", "spurn", "turn", "brush", "shrug", "snub"}),
     frozenset({"appeal", "call", "request", "offer", "proposal", "demand", "plea",
                "suggestion", "overture", "bid", "ultimatum", "invitation", "proposition"}),
     "REJECT", None),
    # stopping others' protest is repression (CAMEO 17, PLOVER COERCE): "police prevented
    # the demonstration", "banned the rally", "thwarted a planned march"
    (frozenset({"prevent", "block", "thwart", "foil", "disrupt", "prohibit", "forbid",
                "outlaw", "ban", "bar", "obstruct"}),
     frozenset({"demonstration", "protest", "rally", "march", "sit", "gathering", "vigil",
                "procession", "picket", "strike", "walkout"}),
     "COERCE", "restrict"),
    # condolences and sympathy expressed to a party: an empathetic comment (CAMEO 018, a
    # statement: coder._statement gives it root 01), the act of the sentence
    # ("offered condolences" and "sent a condolence message" keep their verbs' types)
    (frozenset({"express", "extend", "convey", "voice", "pass"}),
     frozenset({"condolence", "sympathy"}),
     "SUPPORT", None),
    # a blockade is CAMEO 191 (fight: impose blockade, restrict movement): ASSAULT
    (frozenset({"impose", "enforce", "tighten"}), frozenset({"blockade"}), "ASSAULT", None),
    (frozenset({"impose", "declare", "extend", "enforce", "tighten"}),
     frozenset({"curfew", "ban", "restriction", "lockdown", "siege", "emergency", "law",
                "closure"}),
     "COERCE", "restrict"),
)


# Object-rule verbs that need their particle ("turned down the offer").
_NEEDED_PARTICLES = {"turn": "down", "brush": "aside", "shrug": "off"}


def _typed_by_object(verb: Token, lemma: str) -> Trigger | None:
    """'gave medical equipment to Nicaragua' (AID), 'returned the artefacts to Italy'
    (RETREAT), 'opened its borders' (RETREAT access), 'imposed a curfew' (COERCE)."""
    if verb.pos_ != "VERB":
        return None
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                for g in c.children if g.dep_ in ("compound", "amod")}
    # "agreed on the text of a deal", "held civilians as human shields"
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                and c.lower_ in ("on", "as", "with", "in") for g in c.subtree}
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
                for p in c.children if p.lower_ == "of" for g in p.subtree}
    if lemma == "agree":  # "agreed to a trade deal"
        objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                    and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"}
        objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                    and c.lower_ == "to" for p in c.children for g in p.children
                    if g.dep_ == "compound"}
    if not objects:
        return None
    particle = _NEEDED_PARTICLES.get(lemma)
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return None  # "turned the page", "brushed her hair": only "turned down" rejects
    if lemma in ("open", "reopen") and objects & _GATES and _opened_to_refugees(verb):
        end = verb.idx + len(verb.text)  # "opened its borders to refugees": shelter (AID)
        return Trigger(verb, verb.idx, end, _entry("AID", None, "weak"), None)
    if lemma in _SHARING and objects & _INFORMATION and _shared_with_party(verb, lemma):
        end = verb.idx + len(verb.text)  # "shared intelligence with Kenya" (CAMEO 064)
        return Trigger(verb, verb.idx, end, _entry("COOPERATE", None, "weak"), None)
    for verbs, wanted, event_type, mode in _OBJECT_RULES:
        if lemma in verbs and (not wanted or objects & wanted):
            end = verb.idx + len(verb.text)
            # firing, planting or hurling explosives is violence whoever does it
            strength = "strong" if mode == "explosives" else "weak"
            return Trigger(verb, verb.idx, end, _entry(event_type, mode, strength), mode)
    return None


# A summons to appear before an authority: the verbs, and what one appears for or before.
_SUMMONING = frozenset({"summon", "order", "ask", "direct", "call", "serve", "notice"})
_APPEARING = frozenset({"appear", "report", "depose", "testify"})
_HEARINGS = frozenset({"questioning", "interrogation", "hearing", "trial", "deposition",
                       "investigation", "inquiry", "probe", "court", "judge", "magistrate",
                       "tribunal", "committee", "commission", "panel", "investigator",
                       "police", "agency", "bureau", "prosecutor", "court-martial"})


def summoned_to_appear(verb: Token) -> bool:
    """ "ordered the actor to appear for questioning", "summoned him to appear before the
    court": the summoner acts as an authority (a legal summons, CAMEO 10 demand)."""
    if verb.pos_ != "VERB":
        return False
    for comp in verb.children:
        if comp.dep_ not in ("xcomp", "advcl") or comp.lemma_.lower() not in _APPEARING:
            continue
        if any(
            prep.dep_ == "prep" and prep.lower_ in ("for", "before")
            and o.dep_ in ("pobj", "pcomp")
            and (o.lower_ in _HEARINGS or o.lemma_.lower() in _HEARINGS)
            for prep in comp.children for o in prep.children
        ):
            return True
    return False


# Opening borders or doors to refugees is giving them shelter (AID, as accepting or hosting
# refugees is in _OBJECT_RULES), not the easing of a closure (RETREAT access).
_GATES = frozenset({"border", "door", "frontier", "gate"})
_DISPLACED = frozenset({"refugee", "migrant", "asylum", "seeker", "evacuee", "displaced",
                        "exile", "fleeing"})


def _opened_to_refugees(verb: Token) -> bool:
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to"
        and any(t.lemma_.lower() in _DISPLACED or t.lower_ in _DISPLACED
                for t in prep.subtree)
        for prep in verb.children
    )


# Sharing intelligence or information with another party is cooperation (CAMEO 064).
_SHARING = frozenset({"share", "exchange", "give", "provide", "hand", "pass", "supply",
                      "transfer"})
_INFORMATION = frozenset({"intelligence", "information", "data", "record"})
# Receivers that make it reporting, not cooperation ("gave information to reporters").
_AUDIENCES = frozenset({"reporter", "journalist", "media", "press", "newspaper", "public",
                        "agency", "outlet", "correspondent"})


def _shared_with_party(verb: Token, lemma: str) -> bool:
    """ "shared intelligence with Kenya", "handed bank records to the Swiss authorities":
    a receiver is named ("to"/"with"), and it is no audience of the press; "share" and
    "exchange" need none ("the two armies agreed to share intelligence")."""
    receivers = [g for c in verb.children if c.dep_ in ("prep", "dative")
                 and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
    receivers += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    receivers += [g for o in verb.children if o.dep_ == "dobj" for c in o.subtree
                  if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]  # "gave details of the suspects to India": misattached
    if any(r.lemma_.lower() in _AUDIENCES for r in receivers):
        return False
    return bool(receivers) or lemma in ("share", "exchange")


# What investigators rule out ("ruled out foul play"): a finding, not a party's proposal.
_FINDINGS = frozenset({"play", "terrorism", "terror", "sabotage", "arson", "suicide",
                       "homicide", "motive", "cause", "link", "fracture", "infection"})


def _rules_out_a_finding(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FINDINGS
        for c in verb.children
    )


def _violent_pobj(verb: Token, lexicon: Lexicon) -> bool:
    """ "succumbed to police firing", "succumbed in the attack"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
            for noun in prep.children:
                entry = lexicon.lookup(noun.lower_, "NOUN") or lexicon.lookup(
                    noun.lemma_.lower(), "NOUN"
                )
                if noun.dep_ in ("pobj", "pcomp") and entry and entry.event_type == "ASSAULT":
                    return True
    return False


def _reflexive(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children)


def _in_custody(noun: Token) -> bool:
    """ "a suspect now in custody", "remains in police custody", "in the custody of the
    police": held by the authorities (not "in the custody of their mother")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "custody" or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ != "in":
        return False
    holders = [g for p in noun.children if p.lower_ == "of" for g in p.children]
    holders += [c for c in noun.children if c.dep_ in ("compound", "amod")]
    if not holders:
        return True
    return any(h.lemma_.lower() in _CUSTODIANS for h in holders)


_CUSTODIANS = frozenset(
    {"police", "judicial", "agency", "army", "authority", "security", "military", "state",
     "federal", "protective", "jail", "prison", "government", "investigator"}
)


def _custody(verb: Token, lemma: str) -> bool:
    """ "taken into custody", "remanded in custody", "sent to jail", "put behind bars"."""
    if verb.pos_ != "VERB" or lemma not in _CONFINING:
        return False
    return any(
        o.lemma_.lower() in _CONFINEMENT
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("into", "in", "to", "behind")
        for o in prep.children
    )


_CONFINING = frozenset({"take", "remand", "place", "put", "send", "lodge", "throw"})
_ARREST_RULE_LEMMAS = _CONFINING | {"hold", "book", "custody"}  # checked first: cheap
_CONFINEMENT = frozenset({"custody", "jail", "prison", "bar", "bars", "lockup", "lock-up"})
# An arrest only when the police (or a legal context) are named: "picked up", "caught".
POLICE_ARREST = Entry(("<police-arrest>",), "A", "COERCE", "arrest", "weak", "rule")
_SEIZING = frozenset({"pick", "catch", "lock"})
_LEGAL_NOUNS = frozenset(
    {"offence", "offense", "crime", "charge", "murder", "arson", "theft", "rioting", "robbery",
     "possession", "sedition", "fraud", "corruption", "violation", "assault", "rape", "role",
     "section", "act", "law", "case", "connection", "questioning", "interrogation"}
)


def _seized_person(verb: Token, lemma: str) -> bool:
    """ "was picked up by police", "the police caught some of them", "locked up the leaders":
    verbs that are arrests when a person is taken (the coder then wants the police named, or
    a legal context)."""
    if verb.pos_ != "VERB" or lemma not in _SEIZING:
        return False
    particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma in ("pick", "lock") and not particle:
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "catch":  # "caught fire", "caught a cold"
        return any(_person(c) for c in patients)
    # lower-cased names are tagged as common nouns ("siddiqui was picked up by police")
    return any(
        _person(c) or (c.pos_ == "NOUN" and c.lemma_.lower() not in _PICKED_THINGS)
        for c in patients
    )


_PICKED_THINGS = frozenset(
    {"body", "evidence", "weapon", "arm", "sample", "debris", "phone", "call", "pace", "speed",
     "momentum", "bag", "tab", "bill", "piece", "signal", "trash", "litter", "vehicle", "car"}
)


def _person(token: Token) -> bool:
    if token.pos_ in ("PRON", "PROPN") or token.lower_ in ("who", "whom"):
        return token.lower_ not in ("it", "this", "that", "which", "what")
    return token.lemma_.lower() in _PERSON_WORDS or any(
        c.dep_ == "nummod" for c in token.children
    )


def legal_context(verb: Token) -> bool:
    """ "in connection with the carnage", "under preventive sections", "for questioning"."""
    return any(
        o.lemma_.lower() in _LEGAL_NOUNS or prep.lower_ == "under"
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "for", "under")
        for o in prep.children if o.dep_ == "pobj"
    )


def _booked(verb: Token) -> bool:
    """ "booked for murder", "booked under the anti-terror law": charged by the police (in
    Indian and American usage the booking of a suspect). Not "booked for the concert"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "book":
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        patients.append(verb.head)  # "workers booked for murder"
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        patients += [c for c in verb.children if c.dep_ == "nsubj"]  # the same, parsed so
    if not any(_person(c) for c in patients):
        return False
    return legal_context(verb) or any(
        o.lemma_.lower() in _LEGAL_NOUNS
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
        for o in prep.children
    )


def _held_people(verb: Token) -> bool:
    """ "50 persons were held", "three suspects have been held" (not talks, not hostages)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    people = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _HELD]
    holders = [
        g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children if g.lemma_.lower() in _CUSTODIANS | {"policeman", "cop"}
    ]  # "is currently held by the Gujarat police"
    if not people and not holders:
        return False
    return not any(t.lower_ in _HOSTAGE_WORDS for t in verb.subtree)


_HELD = frozenset(
    {"people", "person", "man", "woman", "youth", "protester", "demonstrator", "activist",
     "suspect", "student", "journalist", "member", "militant", "rioter", "accused", "leader",
     "worker", "persons", "others", "supporter"}
)
_HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "ransom", "gunpoint"})
_PERSON_WORDS = _HELD | frozenset({"one", "all", "some", "most", "many", "those", "criminal",
                                    "terrorist", "thief", "gang", "culprit", "offender",
                                    "agent", "smuggler", "gangster", "boy", "them"})


_FEARED_THINGS = frozenset(
    {"threat", "danger", "trouble", "violence", "attack", "risk", "breach", "disturbance"}
)


def _feared(verb: Token) -> bool:
    """ "apprehending trouble", "apprehended a threat": the object is no person."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "he apprehended that it may cause riots"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _FEARED_THINGS for o in objects):
        return True  # "apprehended a threat to the life of Edwin Britto"
    return any(
        o.pos_ == "NOUN" and o.lemma_.lower() not in _PERSON_WORDS
        and not any(t.pos_ in ("PROPN", "NUM") for t in o.subtree)
        for o in objects
    )


def _bomb_subject(verb: Token) -> bool:
    return any(
        t.lemma_.lower() in ("bomb", "device", "ied", "grenade", "mine", "explosive")
        for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    )


def _envoy_object(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in ("ambassador", "envoy", "diplomat", "charge", "attache", "consul")
        for c in verb.children
    )


def _entry_object(verb: Token) -> bool:
    """ "denied entry to a journalist", "refused visas", and any thing withheld from a party
    ("denied land to the community", "denied the opposition a permit"): a refusal, not the
    denial of a charge."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lemma_.lower() in ("entry", "access", "permission", "visa", "landing", "request")
           for c in objects):
        return True
    if verb.lemma_.lower() != "deny" or not objects:
        return False
    withheld_from = any(c.dep_ == "dative" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    return withheld_from and not any(o.lemma_.lower() in _DENIED_CLAIMS for o in objects)


# What is denied as untrue rather than withheld ("denied the charges to reporters").
_DENIED_CLAIMS = frozenset(
    {"charge", "allegation", "accusation", "claim", "report", "rumor", "rumour", "involvement",
     "responsibility", "wrongdoing", "role", "link", "existence", "knowledge", "that"}
)


# What one meets without meeting anyone: needs, targets, deadlines, standards, costs.
_MET_THINGS = frozenset(
    {"need", "requirement", "target", "deadline", "goal", "expectation", "standard",
     "criterion", "criteria", "obligation", "cost", "challenge", "threshold", "quota", "demand"
     }
)


def _unmet_object(verb: Token) -> bool:
    """'to meet the needs of the displaced', 'failed to meet the deadline' (not 'met the
    demands': a concession, read by ``_demands_object``)."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MET_THINGS - {"demand"}
        for c in verb.children
    )


def _demands_object(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("demand", "condition", "request")
        for c in verb.children
    )


def _left_dead(verb: Token) -> bool:
    """'the firing left two dead and five injured'."""
    return any(
        t.lower_ in ("dead", "injured", "wounded", "killed") and t.i > verb.i
        for t in verb.subtree
    )


def _protesters_subject(verb: Token) -> bool:
    """'protesters came out', 'thousands of students gathered' (the subject or its "of")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            heads = [child, *(g for p in child.children if p.lower_ == "of" for g in p.children)]
            if any(h.lemma_.lower() in _PROTESTERS for h in heads):
                return True
    return False


def _pejorative_as(verb: Token) -> bool:
    """'presenting X as brutal savages', 'branded them terrorists'."""
    for child in verb.children:
        if (child.dep_ == "prep" and child.lower_ == "as") or child.dep_ in ("oprd", "xcomp"):
            words = {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
            if words & _PEJORATIVE:
                return True
    return False


def _releases_a_document(token: Token) -> bool:
    """'a statement released on state media' is no prisoner release."""
    related = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if token.dep_ in ("acl", "amod"):
        related.append(token.head)
    return any(t.lemma_.lower() in _DOCUMENT_NOUNS for t in related)


# What a call is for when it is a consultation ("to congratulate" or "to express condolences"
# is the praise or statement itself).
_TALKING = frozenset({"discuss", "talk", "review", "negotiate", "consult", "brief", "exchange",
                      "coordinate", "confer", "explain", "inform", "update", "clarify"})


def _called_to_talk(verb: Token) -> bool:
    """ "X called Y to discuss …": a call to someone named, with a purpose of talking."""
    return bool(
        verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _TALKING
                for c in verb.children)
    )


# Verbs that deny a charge, claim or report when it is their object ("denied charges that …",
# "dismissed the allegations"); the lexicon's "reject" does too (coder._statement).
DENYING = frozenset({"deny", "refute", "dismiss", "rebut"})


def _entry(event_type: str, mode: str | None, strength: str) -> Entry:
    """An entry made by a context rule rather than read from the lexicon."""
    return Entry(("<rule>",), "A", event_type, mode, strength, "rule")  # type: ignore[arg-type]


def _governor(token: Token, triggers: dict[int, Trigger]) -> Trigger | None:
    """The nearest trigger above ``token`` within its clause, if any.

    A trigger inside the governor's subject or a time/place adjunct is another event ("the
    scandal-plagued president urged …", "the killing sparked protests", "at a rally, leaders
    demanded …") unless both are of one type ("aid was delivered").
    """
    node = token
    subject = False
    for _ in range(5):
        if node.dep_ in ("advcl", "acl") and node.tag_ == "VBG" and not _has_subject(node):
            pass  # "struck targets, killing 12", "killed in police firing": the same event
        elif node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in ("nsubj", "nsubjpass"):
            pass  # "the missiles fired by the army struck the depot": one attack
        elif _offered_act(node):
            pass  # "offered rebels safe passage to flee the city": the flight is what is offered
        elif node.dep_ in _CLAUSE_EDGES or node.head.i == node.i:
            return None
        subject = subject or node.dep_ in ("nsubj", "nsubjpass")
        subject = subject or (node.dep_ == "prep" and node.lower_ in _ADJUNCT_PREPS)
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in INQUIRIES and node.i < token.i:
            return None  # "demanded a probe into the police firing": the firing happened
        found = triggers.get(node.i)
        if found is not None:
            own = triggers.get(token.i)
            if subject and own is not None and own.entry.event_type != found.entry.event_type:
                return None
            return found
    return None


def _offered_act(node: Token) -> bool:
    """An infinitive that says what a verb's object is for ("safe passage to flee", "a plan
    to withdraw", "permission to leave"): the act belongs to that object, and the verb acting
    on it governs it."""
    return bool(
        node.dep_ in ("relcl", "acl")
        and node.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and not _has_subject(node)
        and node.head.dep_ == "dobj"
        and node.head.head.pos_ == "VERB"
    )


def _ordered_act(trigger: Trigger) -> bool:
    """What an order names as its object: a noun ("ordered the arrest of") or an attack named
    by a gerund read as a verb ("ordered firing at the mob", told once shots were fired; not
    "ordered rounding up of rowdies", a directive)."""
    token = trigger.token
    if token.pos_ == "NOUN":
        return token.dep_ in ("dobj", "nsubjpass")
    return (
        trigger.entry.event_type == "ASSAULT"
        and token.tag_ == "VBG"
        and token.dep_ in ("dobj", "xcomp")
        and not _has_subject(token)
    )


def _absorbed_mode(governor: Trigger, trigger: Trigger) -> str | None:
    """The governing trigger's mode, else the absorbed one's; crowd-control weapons name the
    mode over the act of firing them ("lobbed tear-gas shells", "fired tear gas")."""
    if trigger.mode == "crowd-control":
        return trigger.mode
    return governor.mode or trigger.mode


def _prenominal_participle(token: Token) -> bool:
    return bool(token.tag_ == "VBN" and token.dep_ == "amod" and token.head.i > token.i)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


_THREAT_MODES: dict[str, str] = {"ASSAULT": "violence", "MOBILIZE": "violence",
                                  "SANCTION": "relations", "COERCE": "restrict"}
_THREAT_BY_MODE: dict[str, str] = {"arrest": "arrest", "seize": "territory", "expel": "expel",
                                   "deport": "expel"}


# Verbs whose object names what they brought about ("sparked clashes"), and verbs whose
# "to"/"in" phrase does ("led to the arrest", "resulted in deaths").
_CAUSING = frozenset({"cause", "prompt", "trigger", "spark", "provoke"})
_CAUSING_VIA = {"lead": "to", "result": "in"}


def _caused(token: Token, governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if lemma in _CAUSING:
        return bool(token.dep_ == "dobj" and token.head.i == governor.i)
    prep = token.head
    return bool(
        lemma in _CAUSING_VIA
        and token.dep_ == "pobj"
        and prep.lower_ == _CAUSING_VIA[lemma]
        and prep.head.i == governor.i
    )


def _threat_mode(governor: Trigger, trigger: Trigger) -> str | None:
    """The THREATEN mode when a CAMEO intent verb ("plan", "want", "intend") governs a
    coercive or violent act, else None."""
    if governor.entry.source != "cameo" or governor.entry.event_type != "AGREE":
        return None
    kind = trigger.entry.event_type
    if kind not in _THREAT_MODES:
        return None
    return _THREAT_BY_MODE.get(trigger.mode or "", _THREAT_MODES[kind])


def _absorb(found: list[Trigger]) -> list[Trigger]:
    by_index = {t.token.i: t for t in found}
    kept: dict[int, Trigger] = {}
    for trigger in found:
        governor = _governor(trigger.token, by_index)
        if governor is None:
            kept.setdefault(trigger.token.i, trigger)
            continue
        same_type = governor.entry.event_type == trigger.entry.event_type
        if not same_type and _prenominal_participle(trigger.token):
            kept.setdefault(trigger.token.i, trigger)  # "released the arrested workers":
            continue  # the arrest is an earlier event of its own
        protest_called = trigger.entry.event_type == "PROTEST" and governor.entry.event_type in (
            "REQUEST", "AGREE", "CONSULT"
        )
        light_cameo = (
            governor.entry.source == "cameo"
            and trigger.entry.source != "cameo"
            and governor.token.lemma_.lower() in _LIGHT_VERBS
        )
        # "ordered an investigation", "ordered the arrest of": an authority's order is the act;
        # "pledged full support for": the support is the event
        ordered = (
            governor.token.lemma_.lower() == "order"
            and _ordered_act(trigger)
            and trigger.token.head.i == governor.token.i
        )
        pledged = (
            governor.entry.event_type == "AGREE"
            and trigger.entry.event_type == "SUPPORT"
            and trigger.token.pos_ == "NOUN"
        )
        light_cameo = light_cameo or ordered or pledged
        if protest_called or light_cameo:
            # "called a general strike": the protest is the event; "launched an assault": a
            # CAMEO reading of a light verb gives way to the lexicon's noun
            by_index[governor.token.i] = trigger
            kept[governor.token.i] = trigger
            continue
        if governor.entry.source == "cameo" and _caused(trigger.token, governor.token):
            kept.setdefault(trigger.token.i, trigger)  # "it led to the arrest of X": the
            continue  # arrest happened, an event of its own
        threat = _threat_mode(governor, trigger)
        blamed_for = governor.token.lemma_.lower() == "responsible"  # both events stand
        if threat is not None:  # "plans to impose restrictions", "wants to expel": an intent
            # to act against someone is a threat, not an intent to cooperate (CAMEO 13)
            upgraded = replace(
                governor,
                entry=replace(governor.entry, event_type="THREATEN"),
                mode=threat,
                absorbed=(*governor.absorbed, trigger.token),
            )
        elif (governor.entry.event_type in _ABSORBING_TYPES or same_type) and not blamed_for:
            # "killed in police firing": one event; "will not end the strike": the strike is
            # what the governing act is about. Either way the absorbed word is remembered.
            upgraded = replace(
                governor,
                mode=_absorbed_mode(governor, trigger) if same_type else governor.mode,
                absorbed=(*governor.absorbed, trigger.token),
            )
        else:
            kept.setdefault(trigger.token.i, trigger)
            continue
        by_index[governor.token.i] = upgraded
        if governor.token.i in kept:
            kept[governor.token.i] = upgraded
    return sorted((by_index.get(i, t) for i, t in kept.items()), key=lambda t: t.start)
