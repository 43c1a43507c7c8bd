"""Who did it to whom: actor and recipient phrases from the dependency parse.

For a verb trigger the actor is the subject (or the ``by`` agent of a passive), the recipient
the object (or the passive subject, or the dative of give/offer verbs), or the object of
"against/on/at/targeting". Subjects are inherited along ``xcomp`` ("tried to expel") and verb
coordination, and relative pronouns are replaced by the noun they modify; a participle takes
the noun it modifies ("a statement calling on X", "a man held in jail") and an infinitive the
holder of the noun ("its commitment to support X"). For a noun trigger the actor is its
possessor, its ``by`` phrase, a nationality or organisation modifier ("Russian airstrikes")
or the subject of a light verb ("made an offer", "launched attacks", "cut military aid").
Coordinated phrases are split; two-sided fighting ("clashed with", "fighting between X and Y")
puts every party among the actors (PLOVER's rule).

When the object is a thing rather than a party, the party is found in its complement ("lifted
sanctions on X", "rejected a request by X", "a resolution proposed by X") or in the verb's
("granted asylum to X"); things given, sent or withdrawn go to their receiver or source ("sent
troops into X", "withdrew peacekeepers from X"); a verb with no recipient takes its
complement clause's ("decided to lift sanctions on X"); with a named actor and still no
recipient (or only things), a place in an "in"/"from" phrase stands for the party acted on
(CAMEO's convention: "imposed a curfew in parts of X", "agreed to a ceasefire in X"). The
sides a trigger stands "between" are its recipients; a verb or event noun acting on no party
takes the party of its purpose clause ("sent aid to help X", "called X to apologize"); object
pronouns of such clauses take the governing verb's object; the subject of "die" undergoes
the event. Mentions take appositions ("Goodluck Jonathan, the then president") and a
party's place or institution ("a court in Bishkek", "the president of Kosovo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.magnitudes import fell_to_fire
from sitrep.headline import capitalised, text_as_parsed
from sitrep.resolve.actors import load_actor_resolver
from sitrep.resolve.actors.store import Agent
from sitrep.resolve.dates import HOLIDAYS, MONTHS, WEEKDAYS

Token = Any  # spacy.tokens.Token

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_RECIPIENT_PREPS = frozenset({"against", "on", "at", "upon", "targeting", "into", "to"})
_THING_PREPS = _RECIPIENT_PREPS | frozenset({"for", "by", "from", "with", "between"})
_PLACE_PREPS = frozenset({"in", "from"})
_PARTY_PREPS = frozenset({"with", "between", "among"})
# Common nouns that name a place ("parts of Kashmir", "Niger's Maradi region", "the town").
_PLACE_NOUNS = frozenset(
    {"region", "province", "district", "area", "part", "zone", "town", "city", "village",
     "border", "county", "territory", "enclave", "capital", "republic", "state", "country",
     "neighbourhood", "neighborhood", "camp", "island", "coast", "valley", "governorate"}
)
# Things said or asked: acting on one acts on its author ("rejected accusations by X").
_SAID_THINGS = frozenset(
    {"accusation", "allegation", "charge", "claim", "criticism", "request", "demand", "call",
     "proposal", "offer", "appeal", "invitation", "ultimatum", "threat", "warning", "plea"}
)
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Verbs of sending people out of a country: with no agent, the country named by "from" does it.
_EXPELLING = frozenset({"expel", "deport", "banish", "oust"})
_LIGHT_VERBS = frozenset(
    {"make", "launch", "carry", "conduct", "stage", "hold", "mount", "unleash", "begin",
     "continue", "intensify", "step", "wage", "issue", "extend", "announce", "declare", "give",
     "start", "open", "initiate",
     "deliver", "send", "impose", "lead", "organise", "organize", "perpetrate", "commit",
     "call", "plan"}
)
_AGENT_MODIFIERS = frozenset(
    {"government", "army", "military", "police", "rebel", "militant", "regime", "coalition",
     "israeli", "insurgent", "jihadist", "opposition", "security", "state"}
)
_PROVIDING = frozenset(
    {"provide", "reduce", "cut", "increase", "suspend", "resume", "offer", "pledge", "approve",
     "authorize", "authorise", "boost", "deliver", "extend", "send", "give", "grant", "halt",
     "withhold", "freeze", "expand", "restore", "double", "continue", "slash", "end", "stop",
     "promise", "announce", "release"}
)
_GIVING = frozenset(
    {"give", "send", "provide", "deliver", "offer", "grant", "extend", "supply", "deploy",
     "dispatch", "donate", "hand", "lend", "pledge", "transfer", "sell", "ship", "return",
     "award", "present", "bestow", "confer"}
)
# Verbs of asking for something: the party it is asked "from" is acted on.
_ASKING = frozenset({"demand", "request", "seek", "ask", "want", "solicit", "beg", "expect"})
_WITHDRAWING = frozenset({"withdraw", "pull", "evacuate", "recall", "redeploy", "relocate"})
_DEPLOYING = frozenset(
    {"mobilize", "mobilise", "deploy", "dispatch", "station", "mass", "contribute", "send",
     "commit", "move", "rush"}
)
_ENVOYS = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "delegation", "spokesman",
     "spokeswoman", "spokesperson", "director", "adviser", "advisor", "emissary", "minister",
     "secretary", "commissioner", "coordinator", "rapporteur"}
)
# Verbs whose subject undergoes the event ("the prisoner died after torture"): a recipient.
_UNDERGOING = frozenset({"die", "perish", "succumb", "starve", "drown"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_REPORTING = frozenset(
    {"say", "tell", "announce", "state", "declare", "add", "insist", "warn", "vow", "pledge",
     "promise", "claim", "confirm", "threaten", "write", "argue", "assert", "reiterate",
     "affirm", "reaffirm", "stress", "maintain"}
)
_JOINING_VERBS = frozenset(
    {"go", "take", "join", "participate", "engage", "stage", "hold", "launch", "remain",
     "resort", "help", "assist", "collude", "connive"}
)
_SPEECH_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "report", "announcement", "declaration",
     "message", "letter", "video", "post",
     # texts a body adopts or files: "passed a resolution condemning X", "filed a lawsuit
     # accusing X" (who adopts or files it does what it says)
     "resolution", "motion", "lawsuit", "petition", "complaint"}
)
_TWO_SIDED = frozenset({"clash", "fight", "fighting", "battle", "meet", "meeting", "talk",
                        "negotiate", "negotiation", "cooperate", "cooperation", "agree",
                        "agreement", "deal", "summit", "truce", "ceasefire", "cease-fire"})
# Verbs of working or talking together ("pledged to work with China", "discussed Libya with
# X"): the "with" party is the other side (as verbs only: "the work of groups", "partners").
_WITH_VERBS = frozenset(
    {"work", "collaborate", "coordinate", "partner", "consult", "confer", "discuss"}
)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december day days week weeks month
    months year years night morning evening afternoon weekend today yesterday tomorrow
    midnight noon dawn hour hours""".split()
)
_FIGHTING = frozenset({"clash", "fight", "fighting", "battle"})
_GENERIC_HEADS = frozenset(
    {"force", "troop", "member", "fighter", "supporter", "army", "unit", "militant", "soldier",
     "government", "official", "leader", "militia", "regime", "loyalist", "ally",
     "thousand", "hundred", "dozen", "score", "ten", "million", "number", "group", "crowd", "one",
     "some", "many", "most", "all", "hundreds", "thousands", "dozens", "scores",
     "section", "part", "contingent", "team", "squad", "batch", "detachment"}
)
_PARTY_NOUNS = _GENERIC_HEADS | _AGENT_MODIFIERS | frozenset(
    {"people", "person", "civilian", "resident", "villager", "man", "woman", "child", "police",
     "protester", "demonstrator", "worker", "student", "journalist", "authority", "minister",
     "president", "agency", "ministry", "court", "party", "country", "nation", "administration",
     "rebel", "insurgent", "official", "troops", "refugee", "migrant", "prisoner", "delegation",
     "embassy", "navy", "parliament", "committee", "council", "union", "community", "company",
     "organization", "organisation", "family", "victim", "leadership", "side", "staff",
     "one", "ones", "other", "others",  # pro-forms stand for a party named elsewhere
     "spokesman", "spokeswoman", "spokesperson", "chief",
     "head", "envoy", "ambassador", "commander", "chairman", "director", "secretary",
     "governor", "mayor", "representative", "critic", "activist", "politician", "lawmaker",
     "diplomat", "general", "king", "queen", "prince", "premier", "chancellor", "senator"}
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase found in a role: its head token and char offsets into the doc text.

    ``text`` is the phrase as parsed: the doc's text, except that in a Title Case headline
    common words are in lower case (``sitrep.headline``); same length, same offsets."""

    head: Token
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Roles:
    actors: list[Phrase] = field(default_factory=list)
    recipients: list[Phrase] = field(default_factory=list)
    speech_source: Phrase | None = None  # "a statement released on state media" -> media


def phrase(head: Token, *, appositive: bool = False, wide: bool = False) -> Phrase:
    """The noun phrase headed by ``head``: left modifiers, the head, compounds, "of X"; with
    ``appositive`` (role mentions), a following apposition too ("Goodluck Jonathan, the then
    president"), a party's "in"/"of" phrase ("a court in Bishkek"), an envoy's "to"/"for"
    phrase ("the ambassador to Bahrain"); with ``wide``, a thing's "in"/"of" phrase too."""
    tokens = [head]
    for child in head.lefts:  # not "17 July 2017" in "17 July 2017 Russia's Supreme Court"
        dated = appositive and child.lower_ in _TIME_WORDS
        if child.dep_ not in ("punct", "cc", "prep", "relcl", "appos", "npadvmod") and not dated:
            tokens.extend(child.subtree)
    for child in head.rights:
        of_phrase = child.dep_ == "prep" and child.lower_ == "of" and (
            _generic(head) or _partitive(head)  # "11 of Iran's prisoners"
        )
        if child.dep_ in ("compound", "flat", "nummod", "case") or of_phrase:
            tokens.extend(child.subtree)
        elif appositive and child.dep_ == "appos" and _names_someone(child):
            tokens.extend(_trimmed_subtree(child))
        elif appositive and child.dep_ == "prep" and _locates(head, child, wide=wide):
            tokens.extend(_trimmed_subtree(child))  # "a court in Bishkek", "the president of X"
        elif appositive and _dwelling(head, child):
            tokens.append(child)  # "1,500 people now living in Greek refugee camps"
            tokens.extend(t for c in child.children if c.dep_ in ("advmod", "prep")
                          for t in _trimmed_subtree(c))
        elif appositive and _composition(head, child):
            tokens.append(child)  # "a force made up of Kenyan and Ugandan troops"
            tokens.extend(t for c in child.children if c.dep_ == "prt" or c.lower_ == "of"
                          for t in c.subtree)
        elif appositive and child.dep_ == "prep" and _members_named(head, child):
            clauses = [t for t in child.subtree if t.dep_ in ("relcl", "acl")]
            stop = min((c.left_edge.i for c in clauses), default=child.right_edge.i + 1)
            tokens.extend(t for t in child.subtree if t.i < stop)  # "groups including X, Y"
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    dash = _dateline_end(head)
    if dash is not None and first.i <= dash < head.i:  # "KABUL - A Taliban attack"
        first = head.doc[dash + 1]
    span = head.doc[first.i : last.i + 1]
    while len(span) > 1 and span[0].dep_ in ("punct", "cc"):
        span = span[1:]
    while len(span) > 1 and span[-1].dep_ in ("punct", "cc") and not _closes(span):
        span = span[:-1]
    after = span.end
    opened = sum(t.text == "(" for t in span) - sum(t.text == ")" for t in span)
    if opened > 0 and after < len(head.doc) and head.doc[after].text == ")":
        span = head.doc[span.start : after + 1]  # "The Nigerian Air Force (NAF)"
    return Phrase(head, span.start_char, span.end_char, text_as_parsed(span))


_DASHES = frozenset({"-", "--", "—", "–", ":"})


def _dateline_end(token: Token) -> int | None:
    """The index of the dash closing a dateline at the start of the token's sentence
    ("KABUL - …", "Washington - …", "ISLAMABAD -- …": names, commas, a dash), if any."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:  # cheaper than token.sent
        start -= 1
    for index in range(start, min(len(doc), start + 12)):
        candidate = doc[index]
        if index > start and candidate.is_sent_start:
            return None
        if candidate.text in _DASHES:
            if index == start:
                return None
            place = doc[start:index].text
            return index if _is_dateline(place, candidate.text) else None
        if candidate.pos_ not in ("PROPN", "NUM") and candidate.text not in (",", "(", ")"):
            return None
    return None


def _is_dateline(text: str, dash: str) -> bool:
    """A dateline names a place: written in capitals ("KABUL -"), or a bare place the actor
    dictionary resolves to a country before a long dash ("Cebu City--"); not a hyphenated
    word split by the tokeniser ("Secretary - General", "Vietnamese - led")."""
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "MOSCOW (Sputnik) -", "KABUL (Pajhwok):"
    if text.replace(",", "").replace(" ", "").isupper():
        return True
    city = text.split(",")[0].replace(" ", "")
    if "," in text and len(city) > 2 and city.isupper():  # "GAZA CITY, Gaza Strip --",
        return True  # "ADDIS ABABA, May 15 --": the AP form, a city in capitals first
    if _agency_dateline(text):
        return True
    if dash in ("-", ":"):
        return False
    found = load_actor_resolver().resolve(text)
    return len(found) == 1 and found[0].sector is None and found[0].country is not None


def _agency_dateline(text: str) -> bool:
    """A news agency's dateline: a place, a date and the agency's name in capitals ("Tehran,
    March 15, IRNA -", "Nairobi, 3 May, KNA -")."""
    parts = [p.strip() for p in text.split(",")]
    agency = parts[-1]
    dated = any(
        any(ch.isdigit() for ch in p) or p.split(" ")[0].lower() in MONTHS for p in parts[1:-1]
    )
    return len(parts) >= 3 and dated and agency.isalpha() and agency.isupper() and len(agency) > 1


def _only_dateline(token: Token) -> bool:
    """A word of a dateline whose phrase ends before the dash ("BERLIN -- A court …"), not
    one the parser hung the real subject on ("ISTANBUL -- President X of Turkey gave …")."""
    dash = _dateline_end(token)
    return dash is not None and max(t.i for t in token.subtree if not t.is_punct) < dash


def _past_dateline(token: Token) -> Token:
    """'QUITO, Ecuador -- Police have …' parsed with the police in apposition to the
    dateline: the first noun after the dash hung on it is the subject."""
    dash = _dateline_end(token)
    if dash is None or token.i > dash:
        return token
    after = [
        c for c in token.children
        if c.i > dash and c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN")
    ]
    return after[0] if after else token


def _in_dateline(token: Token) -> bool:
    dash = _dateline_end(token)
    return dash is not None and token.i < dash


def _locates(head: Token, prep: Token, *, wide: bool = False) -> bool:
    """'a court in Bishkek', 'the president of Kosovo': a party's place or institution is
    part of its mention; with ``wide`` (something acted on by a named actor) a thing's too:
    'attacked the mosque in Mosul' (not 'buy some weed in Auckland'; not inside a name)."""
    named = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if head.pos_ == "PROPN" and prep.lower_ in ("of", "for", "against") and named:
        return True  # one name: "the Department of Justice", "Action Against Hunger"
    party = head.pos_ == "NOUN" and (wide or not _is_thing(head))
    if prep.lower_ in ("to", "for"):  # "the ambassador to Bahrain", "a spokesman for X"
        return bool(head.lemma_.lower() in _ENVOYS)
    if prep.lower_ == "in":
        return bool(head.pos_ == "PROPN" or party)
    named = [o for o in prep.children if o.dep_ == "pobj" and not _is_thing(o)]
    return bool(prep.lower_ == "of" and party and named)  # not "accused X of the killing"


def _members_named(head: Token, prep: Token) -> bool:
    """'several student groups including X, Y and Z': a plural party named by its members
    (its mention runs on to the names); not "killed 12 people including a child"."""
    if prep.lower_ != "including" or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


_DWELLING = frozenset({"live", "stay", "shelter", "camp", "reside", "strand"})
_DWELLERS = frozenset(
    {"people", "person", "civilian", "resident", "refugee", "migrant", "family", "child",
     "woman", "asylum-seeker", "seeker", "villager", "citizen", "national", "worker"}
)


def _dwelling(head: Token, clause: Token) -> bool:
    """'people living in Greek camps', 'refugees sheltering in Jordan', 'migrants stranded
    in Libya': unnamed people are known by where they live or are stuck."""
    if clause.dep_ != "acl" or clause.tag_ not in ("VBG", "VBN") or head.lemma_.lower() not in (
        _DWELLERS
    ):
        return False
    if clause.lemma_.lower() not in _DWELLING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") for c in clause.children)


_COMPOSING = frozenset({"comprise", "compose", "make", "consist", "form"})


def _composition(head: Token, clause: Token) -> bool:
    """'a force comprised of (composed of, made up of, consisting of, formed of) Kenyan and
    Ugandan troops': what the party is made of names who it is."""
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBG") or head.pos_ != "NOUN":
        return False
    if clause.lemma_.lower() not in _COMPOSING:
        return False
    of = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "of"]
    return bool(of) and all(c.dep_ in ("prep", "prt") for c in clause.children)


def _listed(appos: Token) -> bool:
    """An apposition that is an item of a list: it or its head is coordinated with "and"."""
    return any(c.dep_ == "conj" for c in (*appos.children, *appos.head.children))


def _names_someone(token: Token) -> bool:
    """An apposition that names or describes a party ("Goodluck Jonathan", "the Taliban
    spokesman"), not a thing ("…, its first involvement in …")."""
    if _listed(token):
        return False  # "the Police, the DSS and other agencies" is a list, not an apposition
    return bool(token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not _is_thing(token)))


def _closes(span: Any) -> bool:
    """Whether the span's last token closes a bracket opened inside it: "Force (NAF)"."""
    return bool(span[-1].text in ")]" and any(t.text in "([" for t in span[:-1]))


def _trimmed_subtree(head: Token) -> list[Token]:
    """The subtree of an apposition up to (not including) a relative or participle clause."""
    clauses = [c for c in head.rights if c.dep_ in ("relcl", "acl")]
    stop = min((c.left_edge.i for c in clauses), default=head.right_edge.i + 1)
    return [t for t in head.subtree if t.i < stop]


def _generic(head: Token) -> bool:
    return bool(head.lemma_.lower() in _GENERIC_HEADS)


def _conjuncts(head: Token) -> list[Token]:
    """The head and its coordinated nouns ("Syria and Russia" -> [Syria, Russia])."""
    result = [head]
    for child in head.children:
        listed = child.dep_ == "appos" and _listed(child)
        if (child.dep_ == "conj" or listed) and child.pos_ in ("NOUN", "PROPN", "PRON"):
            result.extend(_conjuncts(child))
    return result


def _resolve_relative(token: Token) -> Token:
    """'officials who …' -> officials; 'US and other officials who …' -> US (and its conjuncts)."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
        node = token.head.head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        return node
    return token


def _resolve_pronoun(token: Token) -> Token:
    """'Russia said it will …' -> Russia: a subject pronoun inside a reported clause stands
    for the speaker. Other pronouns are left alone."""
    if token.lower_ not in _SUBJECT_PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
        return token
    node = token.head
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in _REPORTING:
            speakers = [
                c for c in node.head.children if c.dep_ == "nsubj" and not _in_dateline(c)
            ]
            if speakers and speakers[0].pos_ in ("NOUN", "PROPN"):
                return speakers[0]
            return token
        if node.head.i == node.i:
            return token
        node = node.head
    return token


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _resolve_object_pronoun(token: Token) -> Token:
    """'called X on Wednesday to congratulate him', 'met X and praised her': an object
    pronoun of a purpose or coordinated verb stands for the object of the verb it depends on.
    Other pronouns are left alone."""
    if token.lower_ not in _OBJECT_PRONOUNS or token.dep_ not in ("dobj", "dative"):
        return token
    verb = token.head
    if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
        return _antecedent(token)
    objects = [
        c for c in verb.head.children
        if c.dep_ in ("dobj", "oprd") and c.pos_ in ("NOUN", "PROPN") and not _is_thing(c)
    ]
    return objects[0] if objects else _antecedent(token)


_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "oprd", "pobj", "dative", "appos", "conj"})


def _antecedent(pronoun: Token) -> Token:
    """'X was released after Kiir pardoned him' -> X: an object pronoun stands for the nearest
    earlier noun of its sentence that agrees in number and is not the subject of its own
    verb (a pronoun is free in its clause: "Kiir pardoned him" is not Kiir). Left alone when
    that noun names no party ("hit positions and destroyed them") or there is none; "him"
    and "her" name people, so they pass over things."""
    verb = pronoun.head
    own = {t.i for t in _subject(verb)[0]}
    plural = pronoun.lower_ == "them"
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if token.i in own or token.dep_ not in _NOUN_ROLES or _is_time(token):
            continue
        if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "President Erdogan of Turkey": the party is the whole phrase's head
        if token.pos_ not in ("NOUN", "PROPN") or (token.tag_ in ("NNS", "NNPS")) != plural:
            continue
        if token.pos_ == "PROPN" or token.lemma_.lower() in _PARTY_NOUNS:
            return token
        if plural:  # "hit military positions and destroyed them": a thing, no party
            return pronoun
    return pronoun


def _phrases(tokens: list[Token]) -> list[Phrase]:
    out: list[Phrase] = []
    for token in tokens:
        token = _resolve_object_pronoun(token)
        for conj in _conjuncts(_resolve_relative(_resolve_pronoun(token))):
            if conj.pos_ in ("NOUN", "PROPN", "ADJ") or conj.ent_type_ or _partitive(conj):
                out.append(phrase(conj, appositive=True))
    return out


def _of_whole(token: Token) -> Token:
    """'ease some of its restrictions': a pronoun quantifier, or a numeral share of a thing,
    acts through the whole named in its "of" phrase (a numeral of people stays the mention:
    "one of the critics")."""
    if token.pos_ not in ("PRON", "DET", "NUM"):
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for whole in prep.children:
                noun = whole.dep_ == "pobj" and whole.pos_ in ("NOUN", "PROPN")
                if noun and (token.pos_ != "NUM" or _is_thing(whole)):
                    return whole
    return token


# Nouns that count a run of acts or events ("a wave of arrests", "a spate of attacks").
_RUNS = frozenset(
    {"wave", "spate", "series", "string", "rash", "spree", "litany", "slew", "flurry", "round",
     "catalogue", "catalog", "raft", "succession", "chain", "cycle", "barrage", "volley"}
)


def _run_of(token: Token) -> Token:
    """'criticised a spate of rights abuses in X', 'condemned a series of attacks on X': a
    run of acts is acted on through the acts, whose complement names the party (people
    keep the whole mention: "a string of activists")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _RUNS:
        return token
    for acts in _pobjs(token, frozenset({"of"})):
        if acts.pos_ == "NOUN" and _is_thing(acts):
            return acts
    return token


def _partitive(token: Token) -> bool:
    """'charged one of the Kremlin's critics': a numeral heading an "of" phrase of people
    (not "94% of military equipment")."""
    return bool(token.pos_ == "NUM" and any(
        c.dep_ == "prep" and c.lower_ == "of"
        and any(o.dep_ == "pobj" and _people(o) for o in c.children)
        for c in token.children
    ))


# Verbs whose complement clause says what its subject must do ("demanded that X resign"):
# the clause's subject is the party asked; accusing verbs likewise name the accused.
_MANDATIVE = frozenset(
    {"demand", "insist", "urge", "ask", "request", "order", "require", "recommend", "propose",
     "instruct", "direct", "allege", "charge", "accuse", "blame"}
)


# Verbs of helping or letting whose bare-infinitive clause's subject is the one helped ("aid to
# help the country cope with floods", "allowed the inspectors to return").
_ENABLING = frozenset({"help", "assist", "enable", "allow", "let", "permit"})


def _clause_subjects(verb: Token) -> list[Token]:
    """The party a verb acts on through its complement clause: the subject of a small clause
    ("found Barbarin guilty", "declared X the winner" parsed as a clause), of an infinitive
    clause (an object the parser made its subject: "convicted the bank to pay damages") or
    of the clause of a demanding, accusing or helping verb ("demanded that Yediyurappa step
    down", "help X cope")."""
    found: list[Token] = []
    lemma = verb.lemma_.lower()
    mandative = lemma in _MANDATIVE or lemma in _ENABLING
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        infinitive = clause.pos_ == "VERB" and _infinitive(clause)  # "convicted X to pay"
        if clause.pos_ in ("ADJ", "NOUN") or infinitive or (
            mandative and clause.pos_ in ("VERB", "AUX")
        ):
            found += [
                c for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
            ]
    return found


def _subject(verb: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a verb and whether the verb is passive; inherits along xcomp/conj."""
    node = verb
    passive = False
    own_passive = any(c.dep_ == "auxpass" for c in verb.children) or _participle_clause(verb)
    for _ in range(4):
        passive = passive or any(c.dep_ == "auxpass" for c in node.children)
        # "BERLIN -- A court …": the parser may make the dateline a second subject
        subjects = [
            _past_dateline(c) for c in node.children
            if c.dep_ in _SUBJ and not _only_dateline(c)
        ]
        if subjects:
            # "the leaders left the office and were arrested": a passive verb's inherited
            # subject is still what it is done to
            passive = own_passive or any(c.dep_ == "nsubjpass" for c in subjects) or any(
                c.dep_ == "auxpass" for c in node.children
            )
            if node is not verb and _infinitive(verb) and node.lemma_.lower() in _DEPLOYING:
                passive = own_passive  # "troops were deployed to relieve X": they relieve X
                # (not "was summoned to protest …": the one who summoned protests)
            return subjects, passive
        misread = _misread_subject(node)
        if misread is not None:  # "…, USAID provided tents": an acronym read as an adverb
            return [misread], own_passive
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            if node.tag_ == "VB":  # "its commitment to support X": who is committed
                return _noun_holder(node.head), passive
            if any(c.dep_ == "oprd" for c in node.children):
                return [], False  # "towns called Miramar" names, it does not call
            if node.tag_ == "VBG" and not _can_act(node.head):
                return [], False  # "prices giving 44,000 observations"
            # "a statement calling on X" (the noun does it), "a man held in jail" (done to it)
            if node.tag_ == "VBN" and _fired_at_someone(node):
                return [_phrase_top(node.head)], passive
            if _calling_for(node):  # "a U.N. report called for sanctions against X": the
                return [node.head], False  # report calls; nothing is "called for X"
            return [node.head], node.tag_ == "VBN" or passive
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _OBJECT_CONTROL:
            objects = [c for c in node.head.children if c.dep_ == "dobj"]
            if objects:  # "forced the police to open fire": the police opened fire
                return objects, passive
        if node.dep_ in ("xcomp", "conj", "advcl", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and _culpable(node.head):
            return _culprits(node.head.head), passive  # "X is guilty of violating the truce"
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.head.pos_ == "VERB":
            node = node.head.head  # "resorted to throwing stones", "responded by firing"
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and _prospect(node.head):
            node = node.head.head.head  # "explored the possibility of sending troops"
            continue
        break
    return [], False


def _misread_subject(verb: Token) -> Token | None:
    """A name the parser read as a modifier of a verb that has no subject ("In cooperation
    with partners, USAID provided …": "USAID" as an adverb): a word that opens the clause
    right before the verb (after the sentence start or a comma), written in capitals or
    known to the actor dictionary."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    while before.i > 0 and before.head.i == verb.i and before.dep_ in ("aux", "auxpass", "neg"):
        before = verb.doc[before.i - 1]  # "USAID had announced …"
    if before.head.i != verb.i or before.dep_ not in ("advmod", "amod", "npadvmod", "dep"):
        return None
    opening = before.i == before.sent.start or before.doc[before.i - 1].text in (",", ";")
    if not opening or not before.is_alpha or not before.text[:1].isupper():
        return None
    if before.is_upper and len(before.text) > 1:
        return before
    return before if load_actor_resolver().resolve(before.text) else None


# Nouns whose "of" gerund is an act their holder has in view ("is exploring the possibility
# of sending troops", "rejected the option of imposing sanctions").
_PROSPECTS = frozenset(
    {"possibility", "option", "idea", "prospect", "plan", "intention", "aim", "goal"}
)


def _prospect(prep: Token) -> bool:
    """An "of" on a prospect noun that is the object of a verb."""
    noun = prep.head
    return bool(
        prep.lower_ == "of" and noun.lemma_.lower() in _PROSPECTS
        and noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB"
    )


def _calling_for(verb: Token) -> bool:
    """'called for' / 'called on' read as a participle of the noun before it ("a report
    called for sanctions", "the resolution called on Israel to withdraw"): the appeal verb
    is active, as nothing is "called for X" in that sense."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in verb.children
    ) and not any(c.dep_ in ("auxpass", "oprd", "dobj") for c in verb.children)


def _phrase_top(noun: Token) -> Token:
    """The noun a prepositional phrase belongs to: "duty" → "policemen" in "the policemen
    on duty"."""
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = prep.head
    return noun


def _fired_at_someone(verb: Token) -> bool:
    """ "the policemen on duty fired at the attackers" parsed as a noun with a participle:
    firing at someone named is done by the noun ("policemen fired at by militants" leaves
    the "at" without its object)."""
    return bool(
        verb.lemma_.lower() in ("fire", "shoot")
        and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and any(
                o.dep_ == "pobj" for o in c.children
            )
            for c in verb.children
        )
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _participle_clause(verb: Token) -> bool:
    """'escape when attacked by the army', 'Attacked by gunmen, the convoy turned back': a
    bare past participle heading an adverbial clause is passive; the subject it shares with
    its clause is what it is done to."""
    return bool(
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


# Verbs whose object does what their infinitive says ("forced the police to open fire").
# (Causatives only: after "urged X to withdraw" the urging is the event coded, by its subject.)
_OBJECT_CONTROL = frozenset(
    {"force", "compel", "oblige", "prompt", "provoke", "cause", "lead", "drive", "push"}
)


def _can_act(noun: Token) -> bool:
    """A noun that can be the doer of an action: a name, a party or a statement."""
    lemma = noun.lemma_.lower()
    return bool(noun.pos_ == "PROPN" or lemma in _PARTY_NOUNS or lemma in _SPEECH_NOUNS
                or not _is_thing(noun))


def _noun_holder(noun: Token) -> list[Token]:
    """Who holds a commitment, decision or plan: its possessor, else the subject of the verb
    it is the object of ("X reiterated its commitment to …", "X made a decision to …")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if owners:
        return owners
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    return []


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the given prepositions under ``token``, dates and times left out."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj" and not _is_time(c))
            out.extend(_misparsed_pobj(child))
            out.extend(_amount_wholes(child))
    return out


def _amount_wholes(prep: Token) -> list[Token]:
    """'tariffs on $120 billion of X's exports', 'sanctions on 40 of its officials': an amount
    or count (read as a number, so left out as a time) acts through the whole its "of"
    phrase names."""
    return [
        w for c in prep.children if c.dep_ == "pobj" and c.like_num
        for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
        for w in of.children
        if w.dep_ == "pobj" and w.pos_ in ("NOUN", "PROPN") and not _is_time(w)
    ]


# Participles used as adjectives before a name, which the parser reads as a gerund with an
# object after a preposition ("against visiting Prince X").
_ADJECTIVAL_PARTICIPLES = frozenset(
    {"visiting", "ruling", "outgoing", "incoming", "acting", "governing", "warring",
     "opposing", "exiled", "occupied", "ousted", "jailed", "detained", "deposed", "embattled"}
)


def _misparsed_pobj(prep: Token) -> list[Token]:
    """'in occupied Karabakh', 'against visiting Prince X': a preposition whose object the
    parser made the object of an adjectival participle; the name is the preposition's object."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return []
    return [
        o for c in prep.children
        if c.dep_ == "pcomp" and c.lower_ in _ADJECTIVAL_PARTICIPLES and c.i == prep.i + 1
        for o in c.children
        if o.dep_ == "dobj" and o.pos_ == "PROPN" and o.left_edge.i == c.i + 1
        and (c.tag_ != "VBG" or _titled(o))  # not the gerund of "warned against visiting X"
    ]


def _titled(name: Token) -> bool:
    """A name with a title or office word in it ("Crown Prince Mohammed", "President X")."""
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in _PARTY_NOUNS for c in name.children
    )


def _is_time(token: Token) -> bool:
    return bool(token.lower_ in _TIME_WORDS or token.like_num or token.ent_type_ in ("DATE",
                                                                                       "TIME"))


def _datives(verb: Token) -> list[Token]:
    """Indirect objects: "gave Syria aid", and "granted asylum to X" when parsed as a dative."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dative", "iobj"):
            if child.pos_ == "ADP":
                out.extend(c for c in child.children if c.dep_ == "pobj" and not _is_time(c))
            else:
                out.append(child)
    return out


def _thing_parties(thing: Token, depth: int = 1) -> list[Token]:
    """Parties named in a thing's complement: "sanctions on X", "sanctions imposed on X".
    What someone said or asked is acted on through its author: "rejected accusations by X
    against Y", "accepted an offer from X to Y" act on X."""
    if thing.lemma_.lower() in _SAID_THINGS:
        authors = _pobjs(thing, frozenset({"by", "from"}))
        if authors:
            return authors
    # inside a thing acted on, "of" names whose it is ("a ban on imports of British beef")
    found = _pobjs(thing, _THING_PREPS if depth > 0 else _THING_PREPS | frozenset({"of"}))
    for child in thing.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "sanctions imposed on X",
            found += _pobjs(child, _RECIPIENT_PREPS | frozenset({"by"}))  # "a plan made by X"
        elif child.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in child.children):
            found += _pobjs(child, _RECIPIENT_PREPS)  # "the embargo it imposed on X"
    if depth > 0 and all(_is_thing(t) for t in found):  # "a ban on imports of British beef"
        found += [p for t in found if _is_thing(t) for p in _thing_parties(t, depth - 1)]
    return found


# Acts of moving someone away or back, whose "from" or "to" phrase names only a place.
_MOVEMENTS = frozenset(
    {"withdrawal", "pullout", "pull-out", "departure", "exit", "evacuation", "removal",
     "expulsion", "redeployment", "relocation", "return", "repatriation", "deportation"}
)


def _moved_first(things: list[Token], roles: Roles) -> None:
    """Whom a verb acts on through a movement it asks for or orders: the party moved,
    named by "of", not the place it moves from or to ("demanded the withdrawal of all X
    troops from the town", "ordered the evacuation of civilians from Y"). The places found in
    the movement's own "from"/"to" phrases give way to the party."""
    moved = [
        (t, p) for t in things if t.lemma_.lower() in _MOVEMENTS
        for p in _pobjs(t, frozenset({"of"}))
        if p.pos_ in ("NOUN", "PROPN") and _people(p) and not p.like_num
        and not (_forces(p) and not _named_party(p))  # "its withdrawal of troops": its own
    ]
    if not moved:
        return
    places = {
        p.i for t, _ in moved for p in _pobjs(t, frozenset({"from", "to", "in"}))
    }
    roles.recipients = _phrases([p for _, p in moved]) + [
        r for r in roles.recipients if r.head.i not in places and r.head.i not in {
            p.i for _, p in moved
        }
    ]


def _named_party(noun: Token) -> bool:
    """A noun whose modifiers name whose it is ("Ugandan troops", "NATO forces")."""
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON" and _proper(c)
        for c in noun.children
    )


def _misplaced_authors(verb: Token, things: list[Token]) -> list[Token]:
    """The author of what an active verb acts on, when the parser hung the "by" phrase on
    the verb ("denied charges by the chamber that …", "rejected a proposal by X"): a party
    named by "by" after a said thing with no author of its own."""
    said = [t for t in things if t.lemma_.lower() in _SAID_THINGS
            and not _pobjs(t, frozenset({"by", "from"}))]
    if not said:
        return []
    first = min(t.i for t in said)
    return [a for a in _pobjs(verb, frozenset({"by"})) if a.i > first and not _is_thing(a)]


def _accused(thing: Token) -> list[Token]:
    """Who a claim or allegation with no author named is about: the subject of its "that"
    clause ("an investigation into claims that two servicemen abused children"). Used for
    event nouns acting on the claim; a verb rejecting it ("rejected accusations that her
    government …") is usually the accused's own denial, so verbs do not use it."""
    if thing.lemma_.lower() not in _SAID_THINGS or _pobjs(thing, frozenset({"by", "from"})):
        return []
    return [
        s for c in thing.children
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                              for m in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") and _people(s)
    ]


def _purposes(verb: Token, objects: list[Token]) -> list[Token]:
    """The verb's complement clause ("decided to lift …"), then its purpose infinitives ("sent
    aid to help X", "an effort designed to help X", "money to promote development in X")."""
    found = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for holder in (verb, *objects):
        for child in holder.children:
            clause = child.dep_ in ("advcl", "acl") and child.pos_ == "VERB"
            if clause and (_infinitive(child) or child.tag_ == "VBN"):
                found.append(child)
    return found


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _receiver_in(objects: list[Token]) -> list[Token]:
    """'returned 12 skulls that date back to 640 AD to Peru': the parser often hangs the
    receiver's "to" phrase inside a long object; the last one there names the receiver."""
    tos = [t for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"]
    if not tos:
        return []
    last = max(tos, key=lambda t: t.i)
    return [c for c in last.children if c.dep_ == "pobj" and not _is_time(c) and not _is_thing(c)]


# Heads of a "to" phrase that is no receiver ("according to X", "in response to X").
_NOT_RECEIVING = frozenset(
    {"according", "due", "owing", "thanks", "addition", "prior", "close", "next", "contrary",
     "compare", "compared", "relation", "response", "regard", "respect", "reference", "up",
     "back", "return", "way", "route", "trip", "visit", "journey", "flight", "road", "access"}
)


def _receiver_beyond(verb: Token, objects: list[Token]) -> list[Token]:
    """The receiver of what is given, told in a "to" phrase the parser hung on a phrase
    after the thing given: "provide arms alongside aid to X", "sent food along with medicine
    to X", "returned the painting, stolen in 1940, to X" (a participle with no subject)."""
    after = max((o.i for o in objects), default=verb.i)
    holders: list[Token] = []
    for child in verb.children:
        if child.i <= after:
            continue
        if child.dep_ == "prep" and child.lower_ != "to" and child.lemma_ not in _NOT_RECEIVING:
            holders += [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        elif child.dep_ in ("advcl", "acl") and child.tag_ in ("VBN", "VBG") and not any(
            c.dep_ in _SUBJ or c.dep_ == "mark" for c in child.children
        ):
            holders.append(child)
    tos = [
        c for h in holders for c in h.children
        if c.dep_ == "prep" and c.lower_ == "to" and h.lemma_.lower() not in _NOT_RECEIVING
    ]
    return [
        o for t in tos[-1:] for o in t.children
        if o.dep_ == "pobj" and not _is_time(o) and not _is_thing(o) and o.pos_ != "PRON"
    ]


_OBTAINING = frozenset({"obtain", "receive", "get", "acquire", "buy", "purchase", "import"})


def _obtainers(objects: list[Token]) -> list[Token]:
    """ "supplied most of the weapons Armenia has obtained": who obtains what is given, told
    in a relative clause on the thing given, receives it."""
    return [
        s for o in objects for c in o.children
        if c.dep_ == "relcl" and c.lemma_.lower() in _OBTAINING
        for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")
        and not _is_thing(s)
    ]


def _misparsed_obtainers(verb: Token, objects: list[Token]) -> list[Token]:
    """ "supplied most of the arms Armenia has bought": the parser often makes a relative
    clause with no "that" a second clause of the verb (or its subject an apposition of the
    thing given); the one who obtains what is given right after it names is the receiver."""
    if not objects:
        return []
    end = max(t.i for o in objects for t in o.subtree)
    found: list[Token] = []
    for clause in verb.children:
        if (clause.dep_ not in ("conj", "advcl", "ccomp") or clause.i <= end + 1
                or clause.lemma_.lower() not in _OBTAINING
                or any(c.dep_ in ("mark", "cc", "dobj") for c in clause.children)
                or any(c.dep_ == "cc" and end < c.i < clause.i for c in verb.children)):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects and verb.doc[end].dep_ == "appos":  # "the drones Serbia has bought"
            subjects = [verb.doc[end]]
        found += [
            s for s in subjects
            if s.pos_ in ("PROPN", "NOUN") and not _is_thing(s)
            and (s.left_edge.i == end + 1 or s.i == end)
            and all(t.dep_ in ("aux", "advmod") for t in verb.doc[s.i + 1 : clause.i])
        ]
    return found


_SETTLING = frozenset(
    {"agreement", "deal", "accord", "talk", "talks", "negotiation", "meeting", "reach",
     "agree", "sign", "negotiate", "settlement"}
)


def _settled_with(verb: Token) -> list[Token]:
    """The other side of the agreement or talks after which an act came ("called off the
    strike after reaching agreement with the government", "ended their strike after talks
    with the ministry")."""
    for after in verb.subtree:
        if after.lower_ != "after" or after.dep_ != "prep":
            continue
        if verb.i not in (after.head.i, after.head.head.i):
            continue  # only in the verb's own clause ("hours after …" counts)
        for prep in after.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "with" and (
                prep.head.lemma_.lower() in _SETTLING
            ):
                return [o for o in prep.children if o.dep_ == "pobj" and not _is_thing(o)]
    return []


_MEETINGS = frozenset(
    {"meeting", "talk", "talks", "negotiation", "summit", "conversation", "call",
     "discussion", "consultation", "session", "visit", "encounter"}
)


def _met_with(verb: Token) -> list[Token]:
    """The other side of the meeting in which an act was done ("in a meeting with X, Y agreed
    to …", "during talks with X, Y pledged …"): the party the act was done with or to."""
    return [
        p for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for m in prep.children
        if m.dep_ == "pobj" and m.lemma_.lower() in _MEETINGS
        for p in _pobjs(m, frozenset({"with"})) if not _is_thing(p)
    ]


# Nouns of handing something over: "to" after them names who receives it.
_TRANSFERS = frozenset(
    {"sale", "delivery", "shipment", "supply", "transfer", "export", "provision", "donation",
     "aid", "assistance", "loan", "grant", "funding", "payment", "disbursement"}
)


def _transfer_receivers(things: list[Token]) -> list[Token]:
    """ "approved the delivery of tanks to X", "authorized the release of $1 billion in aid
    to X": who receives what a transfer named in the thing acted on hands over."""
    return [
        o for t in things for n in t.subtree if n.lemma_.lower() in _TRANSFERS
        for c in n.children if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj" and not _is_time(o) and not _is_thing(o) and o.pos_ != "PRON"
    ][-1:]


# Verbs of giving or backing something for someone: the one it is "for" benefits.
_BENEFITING = _GIVING | frozenset(
    {"support", "fund", "finance", "allocate", "earmark", "raise", "pay", "secure", "buy"}
)


def _beneficiaries(verb: Token) -> list[Token]:
    """ "sent blankets for the flood victims", "support health services for children in X":
    the people something is given or backed for."""
    if verb.lemma_.lower() not in _BENEFITING:
        return []
    return [p for p in _pobjs(verb, frozenset({"for"})) if p.pos_ in ("NOUN", "PROPN")
            and _people(p)]


def _gerund_parties(things: list[Token]) -> list[Token]:
    """ "accepted a formula for settling the dispute with X", "a plan for ending the war with
    X", "a proposal for punishing X": the party of the act a thing acted on is for."""
    found: list[Token] = []
    for thing in things:
        for prep in thing.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "to", "of"):
                continue
            for act in prep.children:
                if act.dep_ != "pcomp" or act.tag_ != "VBG":
                    continue
                objects = [o for o in act.children if o.dep_ == "dobj"]
                found += [o for o in objects if not _is_thing(o) and o.pos_ != "PRON"]
                found += [p for o in objects if _is_thing(o) for p in _thing_parties(o)
                          if not _is_thing(p)]
                found += [p for p in _pobjs(act, _RECIPIENT_PREPS | frozenset({"with"}))
                          if not _is_thing(p)]
    return found


def _content_parties(objects: list[Token], own: set[int]) -> list[Phrase]:
    """ "adopted a resolution condemning X", "passed a law banning X", "a resolution
    extending the mission in X": what a text or measure acted on does (a present participle
    on it) acts on the party of that act, or its place."""
    for thing in objects:
        if not _is_thing(thing):
            continue
        for act in thing.children:  # an act on an object (not "inspectors charging that …")
            if act.dep_ != "acl" or act.tag_ != "VBG" or not any(
                c.dep_ == "dobj" for c in act.children
            ):
                continue
            inherited = [r for r in verb_roles(act, sides=False).recipients
                         if r.head.i not in own]
            found = [r for r in inherited if _not_thing(r.head)] or _phrases(
                _named_places([r.head for r in inherited])
            ) or _phrases(  # "its decision upholding the conviction of X": X
                [p for p in _of_parties([r.head for r in inherited]) if p.i not in own]
            )
            if found:
                return found
    return []


_REGARDING = frozenset({"relation", "regard", "respect", "connection", "reference"})


def _regarding(verb: Token) -> list[Token]:
    """ "imposed sanctions in relation to X", "took measures with regard to X": whom an act
    is about, told by a complex preposition."""
    return [
        p for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "with")
        for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in _REGARDING
        for p in _pobjs(n, frozenset({"to", "with"})) if not _is_thing(p)
    ]


def _conditioned_on(verb: Token) -> list[Token]:
    """ "will not lift the embargo until X holds elections", "won't end the strike unless the
    management meets their demands": a refusal until someone acts is aimed at that party (the
    subject of the condition, or its "by" agent); not one of the refuser's own ("until their
    members vote")."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return []
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in ("until", "unless", "till") for m in clause.children
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        subjects += _pobjs(clause, frozenset({"by"}))
        found += [
            s for s in subjects
            if s.pos_ in ("PROPN", "NOUN") and not _is_thing(s)
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children)
        ]
    return found


def _of_parties(things: list[Token]) -> list[Token]:
    """Whose act or decision a verb acts on, or whom an act it acts on is done to, told by
    "of" ("welcomed the decision of X", "ordered the release of X", "seized control of X"):
    a party named by "of" after a thing the verb acts on."""
    return [
        p for t in things if t.lemma_.lower() not in _PLACE_NOUNS  # "the enclave of X" is X
        for p in _pobjs(t, frozenset({"of"}))
        if p.pos_ in ("PROPN", "NOUN") and _people(p) and not p.like_num
    ]


def _given_where(verb: Token, objects: list[Token]) -> list[Token]:
    """The named place a gift goes to when no receiver is named: an "in" phrase on the verb,
    on what is given or on what it is "for" ("provided funds for relief in Yemen")."""
    holders = [verb, *objects, *_pobjs(verb, frozenset({"for"}))]
    holders += [p for o in objects for p in _pobjs(o, frozenset({"for"}))]
    return [p for h in holders for p in _pobjs(h, frozenset({"in"})) if p.pos_ == "PROPN"][:1]


def _deployed_against(verb: Token) -> list[Token]:
    """Where or against whom forces are sent: "mobilized troops against X", "deployed troops
    in Syria", "along the X corridor", "mobilized the army for an assault against X" (the
    forces are not the party)."""
    found = _pobjs(verb, frozenset({"to", "into", "against"}))
    found += [p for p in _pobjs(verb, frozenset({"in"})) if p.pos_ == "PROPN"]
    found += [  # "stationed along the Lachin corridor", "deployed as peacekeepers across X"
        p for h in (verb, *_pobjs(verb, frozenset({"as"})))
        for p in _pobjs(h, frozenset({"along", "across"}))
        if _is_place(p) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in p.children)
    ]
    if not found:
        purposes = [
            t for t in _pobjs(verb, frozenset({"for"})) if _is_thing(t) or _named_campaign(t)
        ]
        found = [p for t in purposes for p in _pobjs(t, frozenset({"against", "on"}))]
    return found


def _named_campaign(token: Token) -> bool:
    """A named war or operation ("the Gulf War", "Operation Desert Storm"): a thing, though
    a proper noun."""
    return bool(token.pos_ == "PROPN" and token.lower_ in ("war", "operation", "offensive",
                                                           "campaign", "invasion"))


def _named_places(tokens: list[Token]) -> list[Token]:
    """Places in "in"/"from" phrases of these tokens: when someone acts on no named party,
    the place where (or from which) they act stands for it (CAMEO's convention). A place is
    a proper name or a place noun ("imposed a curfew in parts of Kashmir", "in the town")."""
    return [p for t in tokens for p in _pobjs(t, _PLACE_PREPS) if _is_place(p)]


def _is_place(token: Token) -> bool:
    return bool(token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and token.lemma_.lower() in _PLACE_NOUNS
    ))


def area_noun(token: Token) -> bool:
    """A common noun for an unnamed stretch of land ("the area", "border villages", "parts of
    the region"); not a state or country, which the actor dictionary reads."""
    return bool(token.pos_ == "NOUN" and token.lemma_.lower() in _PLACE_NOUNS
                and token.lemma_.lower() not in ("state", "country", "republic", "capital"))


# "a state of siege", "the state of emergency": a condition declared, not a state.
_CONDITIONS = frozenset(
    {"siege", "emergency", "alert", "war", "readiness", "calamity", "disaster", "exception",
     "insurrection", "mourning", "unrest", "shock", "uncertainty"}
)


def condition_noun(token: Token) -> bool:
    """'a state of siege', 'the state of emergency': a condition, not a party."""
    return token.lemma_.lower() == "state" and any(
        o.lemma_.lower() in _CONDITIONS
        for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    )


def _is_thing(token: Token) -> bool:
    """A common-noun object that is not a party itself ("sanctions", "a request", "a state
    of siege": its place stands for the party acted on)."""
    if token.pos_ == "NOUN" and condition_noun(token):
        return True
    if token.pos_ != "NOUN" or token.lemma_.lower() in _PARTY_NOUNS:
        return False
    return not any(  # "the Romanian authorities' request", "the JIA demand" name a party
        c.dep_ in ("poss", "compound", "amod", "nmod") and _proper(c) and c.pos_ != "PRON"
        for c in token.children
    )


def _agent_noun(token: Token) -> bool:
    """A word the actor dictionary knows as a generic actor ("farmers", "employees",
    "individuals", "servicemen"): people, not a thing. Place nouns stay places ("the city")."""
    if token.lemma_.lower() in _PLACE_NOUNS:
        return False
    tables = load_actor_resolver().tables
    return any(
        isinstance(tables.lookup(word), Agent) for word in {token.lower_, token.lemma_.lower()}
    )


def _people(token: Token) -> bool:
    """A party word or a word for people the actor dictionary knows (stricter about things
    than ``_is_thing``, which leaves "farmers" or "individuals" as things for the weak-trigger
    and place rules)."""
    return not _is_thing(token) or _agent_noun(token)


_FORCE_WORDS = frozenset({"troop", "troops", "force", "forces", "soldier", "unit", "personnel"})


def _forces(token: Token) -> bool:
    """Armed forces or police ("troops", "its army", "2,000 soldiers", "peacekeepers")."""
    if token.lemma_.lower() in _FORCE_WORDS or token.lower_ in _FORCE_WORDS:
        return True
    tables = load_actor_resolver().tables
    return any(
        isinstance(entry, Agent) and entry.sector in ("MIL", "COP")
        for entry in (tables.lookup(token.lower_), tables.lookup(token.lemma_.lower()))
    )


def _not_thing(token: Token) -> bool:
    return not _is_thing(token)


def people_noun(token: Token) -> bool:
    """Whether a noun names a party or people (see ``_people``)."""
    return _people(token)


def agent_in_circumstance(verb: Token, shot: bool = False) -> list[Phrase]:
    """'killed in police firing', 'wounded during army shelling': the force named in the
    circumstance is the actor of a passive verb with no "by" agent; with ``shot``, also the
    force whose bullets it fell to ('fell to police bullets')."""
    preps = ("in", "during", "amid", "to") if shot else ("in", "during", "amid")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for noun in _pobjs(verb, frozenset({child.lower_})):
                found = _circumstance_agent(noun)
                if found is not None:
                    return [phrase_of_tokens([found])]
    return []


def _circumstance_agent(noun: Token) -> Token | None:
    """The force that carried out the circumstance: a modifier of the circumstance noun
    ("police firing", "army shelling"), its "by"/"with" party ("clashes with police"), or the
    noun itself when a participle names the act ("police firing" parsed as "police" + verb).
    Not a force named deeper inside ("in the presence of police officials", "in the area of
    X police station"): that one did not act."""
    for current in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        candidates = [
            c for c in current.children if c.dep_ in ("compound", "amod", "nmod", "poss")
        ]
        parties = [
            g for p in current.children if p.dep_ == "prep" and p.lower_ in ("by", "with")
            for g in p.children if g.dep_ == "pobj"
        ]
        candidates += parties
        candidates += [  # "an encounter with the city police crime branch"
            t for g in parties for t in g.subtree if t.dep_ == "compound" and t.i < g.i
        ]
        if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in current.children) or _compound_act(
            current
        ):
            candidates.append(current)
        for token in candidates:
            if token.lemma_.lower() in _AGENT_MODIFIERS and token.pos_ in ("NOUN", "ADJ"):
                return token
    return None


def _compound_act(noun: Token) -> bool:
    """ "in police firing" whatever its parse: a force word right before a violence noun."""
    if noun.i + 1 >= len(noun.doc):
        return False
    entry = load_lexicon().lookup(noun.doc[noun.i + 1].lower_, "NOUN")
    return entry is not None and entry.event_type == "ASSAULT"


# Verbs of harm and capture that are not used without an object: "4 policemen killed",
# "militant shot dead" with no object are headlines' passives, not acts of the subject.
_HARMING = frozenset(
    {"kill", "injure", "wound", "behead", "lynch", "massacre", "arrest", "detain", "abduct",
     "kidnap", "nab"}
)
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "aux", "auxpass", "neg"})


def _reduced_passive(verb: Token) -> bool:
    """A harm or capture verb in the past with a subject but no object, auxiliary or
    negation: "4 policemen and 4 civilians also killed", "second terrorist shot dead"."""
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT":
        return False
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    dead = any(c.lower_ == "dead" for c in children)
    if lemma not in _HARMING and not (lemma == "shoot" and dead):
        return False
    if any(c.dep_ in _OBJECT_DEPS or (c.dep_ == "conj" and c.pos_ == "VERB") for c in children):
        return False  # "the gunmen killed and injured many": a shared object
    return any(c.dep_ == "nsubj" and c.lower_ not in _SUBJECT_PRONOUNS for c in children)


def verb_roles(verb: Token, *, sides: bool = True) -> Roles:
    """The roles of a verb trigger; ``sides=False`` (the verb lends its roles to a noun or
    clause) keeps both sides of a two-sided act among the actors."""
    roles = Roles()
    subjects, passive = _subject(verb)
    agents = _pobjs(verb, frozenset({"by"}))
    objects = [_of_whole(c) for c in verb.children if c.dep_ in ("dobj", "obj", "attr")]
    objects = [_run_of(o) for o in objects]  # "condemned a wave of attacks on X": the attacks
    if not objects:  # "called the ambassador a very stupid guy" parsed as a predicate
        objects = [
            c for c in verb.children
            if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") and not _is_thing(c)
            and any(g.dep_ == "appos" for g in c.children)
        ]
    datives = _datives(verb)
    if verb.lemma_.lower() in _GIVING and not datives:
        datives = (
            _pobjs(verb, frozenset({"to"})) or _receiver_in(objects) or _obtainers(objects)
            or _receiver_beyond(verb, objects) or _misparsed_obtainers(verb, objects)
        )  # "sent troops to X": X receives them
    elif verb.lemma_.lower() in _WITHDRAWING and not datives:
        datives = _pobjs(verb, frozenset({"from"}))  # "withdrew its troops from X"
    if verb.lemma_.lower() in _DEPLOYING and not datives:
        datives = _deployed_against(verb)
    fell = verb.lemma_.lower() == "fall" and fell_to_fire(verb)
    if passive and not agents and verb.lemma_.lower() in _DEPLOYING and subjects and all(
        _forces(s) for s in subjects
    ):  # "2,000 soldiers were deployed along the border", "peacekeepers are being deployed
        # to relieve X": forces sent by no one named are the party; where or against whom
        # they are sent is acted on
        passive = False
    if passive or fell or verb.lemma_.lower() in _UNDERGOING or _reduced_passive(verb):
        # "was killed", "died in custody", the headline's "4 policemen also killed"
        roles.actors = _phrases(agents) or agent_in_circumstance(verb, fell)
        undergoers = [s for s in subjects if s.dep_ != "csubj"]
        if datives and not fell and all(_is_thing(s) for s in undergoers):
            undergoers = datives  # "the bookmark was returned by X to Spanish authorities"
        roles.recipients = _phrases(undergoers)
        passive = True
        if not roles.actors and verb.lemma_.lower() in _EXPELLING:
            # "inspectors were expelled from North Korea": the country expels (CAMEO 1663)
            roles.actors = _phrases(
                [p for p in _pobjs(verb, frozenset({"from"})) if p.pos_ == "PROPN"]
            )
    else:
        roles.actors = _phrases(subjects)
        moved = verb.lemma_.lower() in _DEPLOYING or verb.lemma_.lower() in _WITHDRAWING
        # "mobilized troops", "withdrew its troops": the forces moved are the actor's own,
        # not whom the act is aimed at
        created = _created_for(verb, objects) if _creates(verb) else None
        roles.recipients = _phrases(
            datives or created
            if created is not None
            else datives or [o for o in objects if not (moved and _forces(o))]
        )
    things = [o for o in objects if _is_thing(o)]
    if not fell and (not roles.recipients or (things and not datives)):
        # "lifted sanctions on Iran", "granted asylum to X", "rejected a request by X": the
        # object is a thing, so the party is in its complement or in the verb's
        asked = verb.lemma_.lower() in _ASKING  # "demanded support from X": X is asked
        roles.recipients += _phrases(
            [p for o in things for p in _thing_parties(o)]
            + _pobjs(verb, _RECIPIENT_PREPS | frozenset({"from"}) if asked else _RECIPIENT_PREPS)
            + _misplaced_authors(verb, things)
        )
    demanding = verb.lemma_.lower() in _ASKING or verb.lemma_.lower() in _MANDATIVE
    if demanding and not passive and not datives:  # "demanded the withdrawal of X from Y"
        _moved_first(things, roles)
    if not passive and verb.lemma_.lower() in _GIVING and all(
        _is_thing(r.head) for r in roles.recipients
    ):  # "provided $340 million for assistance in northern Iraq": given where it goes
        roles.recipients += _phrases(_given_where(verb, objects))
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "called off the
        # strike after an agreement with the government": whom it settled with
        roles.recipients += _phrases(_settled_with(verb))
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "in a meeting
        # with X, agreed to …": the one met
        roles.recipients += _phrases(_met_with(verb))
    if not passive and roles.recipients and all(_is_thing(r.head) for r in roles.recipients):
        # "accepted a formula for settling the dispute with X"
        roles.recipients += _phrases(_gerund_parties([r.head for r in roles.recipients]))
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "imposed
        # sanctions in relation to X"
        roles.recipients += _phrases(_regarding(verb))
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "sent blankets
        # for flood victims": for whom
        roles.recipients += _phrases(_beneficiaries(verb))
    if not passive and roles.recipients and all(_is_thing(r.head) for r in roles.recipients):
        # "blocked the sale of jets to X": who receives it
        roles.recipients += _phrases(_transfer_receivers([r.head for r in roles.recipients]))
    if sides and not passive and roles.recipients and all(
        _is_thing(r.head) for r in roles.recipients
    ):  # "welcomed the decision of X", "seized control of X": the party the thing is of
        roles.recipients += _phrases(_of_parties([r.head for r in roles.recipients]))
    if not passive and not roles.recipients:  # "found X guilty", "demanded that X resign"
        roles.recipients = _phrases(_clause_subjects(verb))
    if passive:  # the patient is the subject; a "by" phrase anywhere names the agent
        pass
    elif all(_is_thing(r.head) for r in roles.recipients):  # "agreed to a ceasefire in X",
        # "called for sanctions against X", "respond to a request from X"
        things = [t for t in _pobjs(verb, _THING_PREPS) if _is_thing(t)]
        known = {r.head.i for r in roles.recipients}
        roles.recipients += _phrases(
            [p for t in things for p in _thing_parties(t) if p.i not in known]
        )
    if not passive and all(_is_thing(r.head) for r in roles.recipients):
        # "decided to lift sanctions on X", "sent aid to help X": a verb that acts on no party
        # takes the party of its complement or purpose clause
        own = {a.head.i for a in roles.actors}
        for child in _purposes(verb, objects):
            inherited = [
                r for r in verb_roles(child, sides=False).recipients if r.head.i not in own
            ]
            # a purpose clause ("launched raids to detain 50 individuals") names whom the act
            # is for, people included; a complement ("want to meet girls") only a party
            party = _people if child.dep_ != "xcomp" else _not_thing
            found = [r for r in inherited if party(r.head)] or _phrases(
                _named_places([r.head for r in inherited])  # "agreed to lay down their
            )  # weapons in Iraq": the place stands for the party
            if found:
                roles.recipients += found
                break
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "adopted a
        # resolution condemning X"
        roles.recipients += _content_parties(objects, {a.head.i for a in roles.actors})
    if not passive and all(_is_thing(r.head) for r in roles.recipients):  # "will not lift
        # the embargo until X holds elections": X is asked
        roles.recipients += _phrases(_conditioned_on(verb))
    if (
        all(_is_thing(r.head) for r in roles.recipients)
        and not passive and verb.dep_ in ("xcomp", "advcl")
        and (_infinitive(verb) or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
    ):  # "called Erdogan to apologize": the one called is the one apologized to, and the
        # one talked with ("called Lavrov to discuss Syria-related topics", "called King
        # Salman on Saturday, discussing ways to …")
        called = _phrases([
            c for c in verb.head.children
            if (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not _is_thing(c))
            or (c.dep_ == "oprd" and c.pos_ == "PROPN")  # "called President X" misparsed
        ])
        if called:
            roles.recipients = called
    if not passive and not roles.recipients:  # "stopped work, protesting X"
        roles.recipients = _protested([verb, *objects])
    if not passive and not roles.recipients:  # "protested outside the X embassy"
        roles.recipients = _protest_site(verb, [verb, *objects])
    if roles.actors and not roles.recipients:  # "withdrew from Syria", "a curfew in Jamaica",
        things = [t for t in _pobjs(verb, _THING_PREPS) if _is_thing(t)]  # "agreed to a
        roles.recipients = _phrases(_named_places([verb, *objects, *things]))  # ceasefire in X"
    elif roles.actors and all(_is_thing(r.head) for r in roles.recipients):
        # only things acted on ("imposed a curfew in parts of Kashmir", "sought refuge in X"):
        # their place stands for the party too
        roles.recipients += _phrases(_named_places([verb, *(r.head for r in roles.recipients)]))
    _add_parties(verb, roles)
    if sides:
        _split_sides(verb, roles)
    _speech_subject(roles)
    _widen_recipients(roles)
    roles.recipients = _unique(_join_places(roles.recipients))
    return roles


def _unique(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases in order, each span once (two rules may find the same party)."""
    seen: set[tuple[int, int]] = set()
    out: list[Phrase] = []
    for found in phrases:
        if (found.start, found.end) not in seen:
            seen.add((found.start, found.end))
            out.append(found)
    return out


_CREATING = frozenset({"establish", "build", "create", "found", "construct"})


def _created_for(verb: Token, objects: list[Token]) -> list[Token] | None:
    """Whom or where something founded or built is for: the party it is set up "with" or
    the place it is set up in ("established ties with X", "set up a company in Berlin",
    "set up field hospitals and a team of health workers in Louisiana"); None when neither
    is named (then what is created stays the recipient)."""
    holders = [verb, *objects]
    found = [p for h in holders for p in _pobjs(h, frozenset({"with"})) if _people(p)]
    if found:
        return found
    places = [
        p for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ == "in"
        for p in t.children if p.dep_ == "pobj" and _is_place(p)
    ] + _named_places([verb])
    return places[-1:] or None


def _creates(verb: Token) -> bool:
    """A verb of founding or building ("set up a company", "established a centre")."""
    lemma = verb.lemma_.lower()
    return lemma in _CREATING or (
        lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    )


_KIND_PREPS = frozenset({"for", "against", "on"})
# Nouns of joint undertakings whose kind a trigger names ("mediation efforts with X").
_EFFORTS = frozenset(
    {"effort", "process", "initiative", "mission", "bid", "attempt", "campaign", "programme",
     "program", "plan", "project", "exercise", "drill", "operation"}
)
_PROTESTING = frozenset({"protest", "denounce", "oppose", "decry", "condemn"})


def _protested(holders: list[Token]) -> list[Phrase]:
    """What an act is in protest of, when it names no one acted on: the object of a
    participle clause of protest ("started a hunger strike, protesting X") or of an "in
    protest at/against/over X" phrase ("went on strike in protest at X")."""
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "acl") and child.tag_ == "VBG" and (
                child.lemma_.lower() in _PROTESTING
            ):
                found = [r for r in verb_roles(child).recipients if r.head.i != holder.i]
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("in", "as"):
                for protest in child.children:
                    if protest.dep_ == "pobj" and protest.lemma_.lower() == "protest":
                        # "at X" hangs on the protest or, misparsed, on what holds it
                        found = [
                            p for h in (protest, *holders)
                            for p in _pobjs(h, frozenset({"at", "against", "over", "of"}))
                        ]
                        if found:
                            return _phrases(found[:1])
    return []


# Acts of protest, and the diplomatic posts a protest held at one is aimed at.
_PROTEST_WORDS = frozenset(
    {"protest", "demonstrate", "demonstration", "rally", "picket", "march", "vigil", "sit-in",
     "gather", "gathering", "chant", "protester", "demonstrator"}
)
_POSTS = frozenset({"embassy", "consulate", "legation", "chancery"})
_SITE_PREPS = frozenset({"outside", "at", "near", "before", "to", "towards", "toward",
                         "opposite", "in", "on"})


def _protest_site(trigger: Token, holders: list[Token]) -> list[Phrase]:
    """The embassy or consulate a protest is held at stands for the state it protests
    against ("protested outside the Russian embassy in Warsaw", "held a rally in front of
    the Chinese consulate", "marched to the US embassy"): the post, whose modifier or "of"
    phrase names its state."""
    if not any(_hyphened_lemma(h) in _PROTEST_WORDS for h in (trigger, *holders)):
        return []  # "held a protest outside …" is a protest too
    found: list[Token] = []
    for holder in holders:
        for site in _pobjs(holder, _SITE_PREPS):
            if site.lower_ == "front":  # "in front of the embassy"
                found += _pobjs(site, frozenset({"of"}))
            else:
                found.append(site)
    return _phrases([t for t in found if t.lemma_.lower() in _POSTS][:1])


def _join_places(recipients: list[Phrase]) -> list[Phrase]:
    """A place whose "in" phrase comes right after a party, or a site that names one, locates
    it, whatever the parser hung it on: "attacked an army camp in western Kabul" is one
    mention, not the camp and Kabul."""
    out = list(recipients)
    for place in recipients:
        prep = place.head.head
        if place.head.dep_ != "pobj" or prep.lower_ != "in" or prep.i == 0:
            continue
        before = prep.doc[prep.i - 1]
        for k, thing in enumerate(out):
            head = thing.head
            located = not _is_thing(head) or head.lemma_.lower() in _PLACE_NOUNS or bool(
                party_modifiers(head)
            )  # not "extend the curfew in X", "sought refuge in X": X stands for the party
            if thing is not place and located and thing.end == before.idx + len(before.text):
                doc = prep.doc
                span = doc.char_span(thing.start, place.end)
                if span is None:
                    break
                out[k] = Phrase(thing.head, thing.start, place.end, span.text)
                out.remove(place)
                break
    return out


# Acts done to someone, whatever the event type: their "of" names who it is done to ("the
# release of the hostages", "the extradition of the former minister", "its rejection of the
# plan"), and so does their possessor when no "of" follows ("the journalist's arrest", "the
# tanker's release"); a place of confinement they come "from" is no party ("release from
# prison").
_DONE_TO = frozenset(
    {"release", "freeing", "extradition", "deportation", "expulsion", "arrest", "detention",
     "imprisonment", "jailing", "abduction", "kidnapping", "capture", "execution",
     "assassination", "rejection", "recognition", "endorsement", "pardon", "reinstatement",
     "acquittal", "impeachment", "ouster", "prosecution", "conviction"}
)
# Of these, acts on persons, whose possessor is the one they are done to ("Morsi's ouster");
# "Iran's rejection", "Trump's endorsement" are the owner's own acts.
_DONE_TO_OWNER = _DONE_TO - frozenset({"rejection", "recognition", "endorsement", "prosecution"})
_CONFINEMENT = frozenset(
    {"prison", "jail", "gaol", "detention", "custody", "captivity", "arrest", "confinement"}
)


def _shared_complement(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The complement an act done to someone shares with the act conjoined after it ("its
    rejection and condemnation of X's declaration": the declaration)."""
    return [
        p for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i
        for p in _pobjs(c, preps | frozenset({"of"}))
    ]


def _done_to(noun: Token, possessors: list[Token]) -> tuple[list[Token], list[Token]]:
    """Who does and who undergoes an act done to someone (see _DONE_TO): the possessors
    split into (doers, undergoers), with "by" and "from" phrases among the doers."""
    doers = [
        p for p in _pobjs(noun, frozenset({"by", "from"}))
        if not (p.lemma_.lower() in _CONFINEMENT and p.head.lower_ == "from")
    ]
    of = frozenset({"of"})
    lemma = noun.lemma_.lower()
    if lemma not in _DONE_TO_OWNER or _pobjs(noun, of) or _shared_complement(noun, of):
        return possessors + doers, []
    return doers, possessors


def _owned_act_of(noun: Token) -> list[Token]:
    """The party an act told as a noun with its doer as possessor is aimed at, named in its
    "of" phrase ("his strong support of President X", "Turkey's condemnation of the
    militants"): a possessor already says who acts, so "of" can only name whom it is done
    to. Only a name or a word for people; a thing keeps its own rules."""
    return [
        p for p in _pobjs(noun, frozenset({"of"}))
        if p.pos_ in ("NOUN", "PROPN") and _people(p)
    ]


def noun_roles(noun: Token, *, of_is_recipient: bool = True) -> Roles:
    roles = Roles()
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    modifiers = party_modifiers(noun)
    doers, undergoers = _done_to(noun, possessors)
    roles.actors = _phrases(doers)
    if not roles.actors and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # "the Chinese government's assistance package": the owner of the thing the trigger
        # names the kind of gives it
        roles.actors = _phrases([c for c in noun.head.children if c.dep_ == "poss"])
    speakers = _expressed_by(noun)
    callers, called = _call_parties(noun)
    if not speakers and callers:  # "X called Y to convey Turkey's support": X conveys it
        speakers = _phrases(callers)
    if speakers:  # "Erdogan reiterated Turkey's support for X": who voices it is the actor
        roles.actors = speakers
    if not roles.actors and not any(_proper(m) for m in modifiers) and _provided(noun):
        # "the US reduced military aid to X": "military" is the kind of aid, not who gave it
        roles.actors = verb_roles(noun.head, sides=False).actors
    sides = _hyphen_sides(noun) if not roles.actors else None
    if sides is not None:  # "the police-VHP clash", "India-Pakistan talks"
        first, second = phrase_of_tokens([sides[0]]), phrase_of_tokens([sides[1]])
        fighting = noun.lemma_.lower() in _FIGHTING or noun.lower_ in _FIGHTING
        roles.actors = [first, second] if fighting else [first]
        if not fighting:
            roles.recipients = [second]
    elif not roles.actors and modifiers and not _kind_of_act(noun, modifiers):
        roles.actors = [phrase_of_tokens(modifiers)]
    if not roles.actors and noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in _LIGHT_VERBS:
        roles = verb_roles(noun.head, sides=False)
        roles.recipients = []
    elif (
        not roles.actors
        and noun.dep_ in ("pobj", "pcomp")
        and noun.head.head.lemma_ in _JOINING_VERBS
    ):  # "workers went on strike", "took part in protests", "police resorted to firing"
        roles = verb_roles(noun.head.head, sides=False)
        roles.recipients = []
    elif not roles.actors and noun.dep_ == "pobj" and _culpable(noun.head):
        # "Kony and the LRA are responsible for mass killings", "leaders guilty of war crimes"
        roles.actors = _phrases(_culprits(noun.head.head))
    elif not roles.actors and noun.dep_ == "pobj" and _claimed_responsibility(noun):
        claim = noun.head.head.head  # "X claimed responsibility for the attack"
        roles.actors = _phrases([c for c in claim.children if c.dep_ == "nsubj"])
    preps = _RECIPIENT_PREPS | frozenset({"of"}) if of_is_recipient else _RECIPIENT_PREPS
    recipients = undergoers + _pobjs(noun, preps)
    if not recipients and noun.lemma_.lower() in _DONE_TO:  # "the release of the hostages"
        recipients = _pobjs(noun, frozenset({"of"})) or _shared_complement(noun, preps)
    if noun.dep_ in ("dobj", "obj"):
        recipients += _datives(noun.head)
        recipients += _pobjs(noun.head, frozenset({"to", "against", "on", "into"}))
    if not recipients:  # "an investigation into whether X was spied on", "into how X …"
        light = noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _LIGHT_VERBS
        recipients = [
            s for holder in ([noun, noun.head] if light else [noun])
            for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in preps
            for clause in prep.children if clause.dep_ == "pcomp" and clause.pos_ == "VERB"
            for s in clause.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") and _people(s)
        ]
    if not recipients and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # "an arrest warrant for X", "a deportation order against X": the document the
        # trigger names the kind of is issued for its recipient
        recipients = [
            p for p in _pobjs(noun.head, _KIND_PREPS | (
                frozenset({"with"}) if noun.head.lemma_.lower() in _EFFORTS else frozenset()
            ))
            if _people(p)  # "mediation efforts with X"
        ]
    recipients = [p for r in recipients for p in (_accused(r) or [r])]
    # a thing acted on names its party in its complement ("a suspension of air links with
    # X", "the lifting of sanctions on X")
    recipients = [
        p for r in recipients
        for p in ((_thing_parties(r) or [r]) if r.dep_ == "pobj" and _is_thing(r) else [r])
    ]
    if not recipients and called:  # "called President X to express support": X
        recipients = called
    if not recipients and (possessors or speakers):  # "his support of X": the owner backs X
        recipients = _owned_act_of(noun)
    if recipients or sides is None:
        roles.recipients = _phrases(recipients)
    if not roles.recipients:  # "a mediation effort to resolve the rift between X and Y"
        holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in _LIGHT_VERBS:
            holders = [noun, noun.head]  # "launched an appeal … to help X": the light verb's
        for child in _purposes(holders[-1], holders[:-1]):  # purpose is the event's
            found = [r for r in verb_roles(child).recipients if _people(r.head)]
            if found:
                roles.recipients = found
                break
    if not roles.recipients:  # "mediation in the dispute between X and Y"
        roles.recipients = _phrases(_disputed(
            [noun, noun.head] if noun.dep_ == "compound" else [noun]
        ))
    if not roles.recipients:  # "started a hunger strike, protesting X"
        holders = {"dobj": [noun, noun.head], "obj": [noun, noun.head]}.get(noun.dep_, [noun])
        if noun.dep_ == "pobj":  # "went on strike in protest at X"
            holders = [noun, noun.head.head]
        roles.recipients = _protested(holders)
    if not roles.recipients:  # "held a protest outside the X embassy"
        roles.recipients = _protest_site(noun, [noun, noun.head])
    if roles.actors and not roles.recipients:  # "X declared a ceasefire in Somalia"
        holders = [noun, noun.head] if noun.dep_ in ("dobj", "obj") else [noun]
        holders += _postposed(noun)  # "a ceasefire effective from Sunday in Somalia"
        roles.recipients = _phrases(_named_places(holders))
    _add_parties(noun, roles)
    _split_sides(noun, roles)
    _speech_subject(roles)
    _widen_recipients(roles)
    return roles


_JOINT_PREPS = frozenset({"between", "among", "amongst", "with"})


def beneficiaries(noun: Token) -> list[Phrase]:
    """Whom support or aid goes to, by its "for" or "to" phrase: the party named, or the
    parties of the talks or process it goes to ("support for the talks between X and Y",
    "backing to the negotiations among the clans")."""
    found: list[Token] = []
    for target in _pobjs(noun, frozenset({"for", "to"})):
        parties = _pobjs(target, _JOINT_PREPS) if _is_thing(target) else []
        found += [p for p in parties if not _is_thing(p)] or [target]
    return _phrases(found)


# Disputes and undertakings an act can be "in", whose parties it acts on.
_DISPUTES = frozenset(
    {"dispute", "conflict", "crisis", "war", "standoff", "row", "feud", "rift", "talks",
     "negotiations", "negotiation", "process", "fighting", "confrontation"}
)


def _disputed(holders: list[Token]) -> list[Token]:
    """The parties of the dispute or talks an act is "in" ("mediation efforts in the
    border dispute between X and Y" → X, Y), or the dispute itself when it names none
    ("mediation in the Arab-Israeli dispute")."""
    found: list[Token] = []
    for dispute in (d for h in holders for d in _pobjs(h, frozenset({"in"}))):
        if dispute.lemma_.lower() not in _DISPUTES and dispute.lower_ not in _DISPUTES:
            continue
        parties = _pobjs(dispute, _JOINT_PREPS | frozenset({"against"}))
        found += [p for p in parties if not _is_thing(p)] or [dispute]
    return found


def _postposed(noun: Token) -> list[Token]:
    """Adjectives after an event noun that carry its phrases ("a ceasefire effective from
    Sunday in Somalia", "a curfew valid in three districts")."""
    return [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i and c.pos_ == "ADJ"]


def _kind_of_act(noun: Token, modifiers: list[Token]) -> bool:
    """'the Israeli army launched a military assault', 'police conducted a security
    operation': a common word before an act carried out by a named subject says what kind
    of act it is; the subject of the light verb did it."""
    if any(_proper(m) or m.pos_ != "ADJ" for m in modifiers):
        return False
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in _LIGHT_VERBS:
        return False
    return any(c.dep_ == "nsubj" for c in noun.head.children)


# Verbs that voice a stance held as a noun ("expressed its support", "reiterated Turkey's
# support", "conveyed Pakistan's solidarity"): the one who voices it is the source.
_EXPRESSING = frozenset(
    {"express", "reiterate", "reaffirm", "voice", "convey", "restate", "renew", "pledge",
     "promise", "assure", "affirm"}
)


def _expressed_by(noun: Token) -> list[Phrase]:
    """The subject of the verb of expression whose object is ``noun``, when it names a party."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in _EXPRESSING:
        return []
    subjects, passive = _subject(noun.head)
    if passive:
        return []
    return _phrases([s for s in subjects if s.pos_ in ("NOUN", "PROPN")])


# Verbs of getting in touch with someone, whose purpose clause may express an attitude
# to them ("phoned X to express support", "met X to convey condolences").
_CONTACT_VERBS = frozenset(
    {"call", "phone", "telephone", "ring", "meet", "visit", "receive", "contact", "write"}
)


def _call_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """(who, whom) when ``noun`` is expressed in the purpose of getting in touch with
    someone ("X called President Y on Sunday to convey Turkey's support"): the one called
    is whom the attitude is for, and the caller voices it. The parser often reads "X called
    Y" as "X, named Y" (a participle with Y as its predicate); that reading is undone."""
    verb = noun.head
    if (
        noun.dep_ not in ("dobj", "obj")
        or verb.lemma_.lower() not in _EXPRESSING
        or verb.dep_ not in ("xcomp", "advcl")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return [], []
    contact = verb.head
    aimed = frozenset({"for", "to", "with"})  # "to express support for X": X
    if contact.lemma_.lower() not in _CONTACT_VERBS or _pobjs(noun, aimed) or _pobjs(verb, aimed):
        return [], []
    named = contact.dep_ == "acl" and contact.lower_ == "called"  # "X, called Y, ..."
    called = [
        c for c in contact.children
        if (c.dep_ in ("dobj", "obj") or (named and c.dep_ == "oprd"))
        and c.pos_ in ("NOUN", "PROPN") and _people(c)
    ]
    called += [p for p in _pobjs(contact, frozenset({"with"})) if _people(p)]
    if not called:
        return [], []
    callers = [contact.head] if named and contact.head.pos_ in ("NOUN", "PROPN") else []
    return callers, called


def _hyphen_sides(noun: Token) -> tuple[Token, Token] | None:
    """The two sides a two-sided event noun names in a hyphenated modifier: "the police-VHP
    clash", "India-Pakistan talks", "Israel-Hamas fighting" (one side must be a name or a
    word for an armed or governing body, so "a two-day meeting" and "face-to-face talks"
    name none)."""
    if noun.lemma_.lower() not in _TWO_SIDED and noun.lower_ not in _TWO_SIDED:
        return None
    for second in noun.children:
        if second.dep_ not in ("compound", "amod", "nmod") or second.i > noun.i:
            continue
        doc = noun.doc
        if second.i < 2 or doc[second.i - 1].text not in ("-", "–"):
            continue
        first = doc[second.i - 2]
        if first.head.i != second.i or first.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if first.whitespace_ or doc[second.i - 1].whitespace_:
            continue  # "police - the VHP": not one hyphenated word
        if any(_side(t) for t in (first, second)):
            return first, second
    return None


def _side(token: Token) -> bool:
    return bool(
        token.pos_ == "PROPN"
        or token.ent_type_ in ("NORP", "GPE", "ORG")
        or token.lemma_.lower() in _AGENT_MODIFIERS
    )


def party_modifiers(noun: Token, *, adjectives: bool = True) -> list[Token]:
    """Modifiers of an event noun that name who did it: "Russian airstrikes", "Hamas
    attacks", "government shelling" (not "a January attack", not "Heavy fighting").
    ``adjectives=False`` leaves out capitalised common adjectives (in a title-case headline
    every word is capitalised)."""
    return [
        c for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"
             or (adjectives and c.pos_ == "ADJ" and capitalised(c)
                 and not _first_word(c))
             or c.lemma_.lower() in _AGENT_MODIFIERS)
        and c.lower_ not in MONTHS and c.lower_ not in WEEKDAYS  # "a January attack"
        and c.lower_ not in HOLIDAYS  # "the Easter bombings"
    ]


def _first_word(token: Token) -> bool:
    """The sentence's first word, capitalised by position ("Sweeping sanctions …"); a
    nationality there keeps its capital for its own sake ("Russian airstrikes …")."""
    first = next((t for t in token.sent if t.is_alpha), None)
    if first is None or first.i != token.i:
        return False
    known = load_actor_resolver().resolve(token.text)
    return not any(a.country or a.sector not in (None, "UNK") for a in known)


def _proper(token: Token) -> bool:
    return bool(token.pos_ == "PROPN" or capitalised(token))


def _provided(noun: Token) -> bool:
    """A noun that is the object of a verb of giving or changing ("cut aid", "offered help")."""
    return bool(
        noun.dep_ in ("dobj", "obj")
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in _PROVIDING
    )


# Adjectives that make someone the doer of the act their "of" / "for" names ("guilty of
# violating the ceasefire", "responsible for mass killings").
_CULPABLE = frozenset({"guilty", "responsible", "culpable", "accountable", "liable"})


def _culpable(prep: Token) -> bool:
    """A preposition "of" / "for" attached to a culpability adjective."""
    return (
        prep.dep_ == "prep" and prep.lower_ in ("of", "for")
        and prep.head.pos_ == "ADJ" and prep.head.lemma_.lower() in _CULPABLE
    )


def _culprits(adjective: Token) -> list[Token]:
    """Who a culpability adjective holds to be the doer: the subject of its copula or of its
    small clause ("X is guilty", "found X guilty", "held X responsible" parsed as a clause),
    the object of a verb that holds or finds someone so ("held X responsible"), or the noun
    it modifies ("leaders responsible for …")."""
    own = [c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own
    if adjective.dep_ == "acomp":
        return [c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if adjective.dep_ == "oprd":
        return [c for c in adjective.head.children if c.dep_ == "dobj"]
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        return [adjective.head]
    return []


def _claimed_responsibility(noun: Token) -> bool:
    holder = noun.head.head
    return bool(
        holder.lemma_.lower() == "responsibility" and holder.head.lemma_.lower() == "claim"
    )


def phrase_of_tokens(tokens: list[Token]) -> Phrase:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    span = first.doc[first.i : last.i + 1]
    return Phrase(last, span.start_char, span.end_char, text_as_parsed(span))


def _add_parties(trigger: Token, roles: Roles) -> None:
    """Two-sided fighting: "clashed with X", "fighting between X and Y" make X (and Y) actors
    (PLOVER's rule). For meetings, talks and deals "with X" makes X the recipient."""
    lemma = _hyphened_lemma(trigger)
    carriers = [trigger]
    with_verb = trigger.pos_ == "VERB" and lemma in _WITH_VERBS
    # "discussed the crisis with X", however the parser hangs "with X"
    discussed = [c for c in trigger.children if c.dep_ == "dobj"] if with_verb else []
    if lemma not in _TWO_SIDED and not with_verb:  # "held talks with X": the noun carries it
        nouns = [c for c in trigger.children if c.dep_ == "dobj" and _hyphened_lemma(c)
                 in _TWO_SIDED]
        if not nouns:
            _between(trigger, roles)
            return
        lemma = _hyphened_lemma(nouns[0])
        carriers += nouns
    parties = _phrases([p for c in carriers + discussed for p in _pobjs(c, _PARTY_PREPS)])
    carrier_ids = {c.i for c in carriers}
    if parties:  # not "violated the government's ceasefire": whose truce it is stays
        roles.recipients = [r for r in roles.recipients if r.head.i not in carrier_ids]
    if lemma not in _FIGHTING:
        # the other side of a meeting or deal is its recipient, before a thing discussed or
        # a party of its purpose ("held a meeting with X, now on trial", "agreed with X to
        # repatriate Y")
        if parties:
            roles.recipients = parties
        between = _pobjs_of(carriers, frozenset({"between"}))
        if not roles.actors and len(between) > 1:  # "cooperation between X and Y": X acts
            roles.actors, roles.recipients = between[:1], between[1:]
        return
    if parties:
        roles.actors.extend(p for p in parties if p not in roles.actors)
        roles.recipients = [r for r in roles.recipients if r not in parties]


# Verbs of agreeing or dealing together ("X and Y signed a pact", "agreed to share data").
_JOINT_VERBS = frozenset({"sign", "reach", "conclude", "strike", "agree", "exchange", "share"})


def _joint(trigger: Token) -> bool:
    """A trigger of a two-sided act that is not fighting: meeting, talks, agreements."""
    lemma = _hyphened_lemma(trigger)
    if lemma in _FIGHTING:
        return False
    if lemma in _TWO_SIDED or lemma in _JOINT_VERBS or (
        trigger.pos_ == "VERB" and lemma in _WITH_VERBS
    ):
        return True
    return any(
        c.dep_ == "dobj" and _hyphened_lemma(c) in _TWO_SIDED - _FIGHTING
        for c in trigger.children
    )


def _split_sides(trigger: Token, roles: Roles) -> None:
    """'X and Y signed a pact', 'Trump and Putin agreed to share information': the parties
    of a two-sided act named together as its subject are its two sides; with no other party
    acted on (things aside), the first is the actor and the others its recipients (PLOVER's
    dyad). Fighting keeps every side an actor."""
    if len(roles.actors) < 2 or any(not _is_thing(r.head) for r in roles.recipients):
        return  # not "X and Y agreed with Z", "agreed to lift a ban on imports from Z"
    first = roles.actors[0].head
    if any(a.head.dep_ != "conj" or not _conjunct_of(a.head, first) for a in roles.actors[1:]):
        return
    if not _joint(trigger) and not (
        trigger.dep_ == "xcomp" and _joint(trigger.head)  # "agreed to undertake exercises"
    ):
        return
    roles.recipients = roles.actors[1:]
    roles.actors = roles.actors[:1]


def _conjunct_of(token: Token, first: Token) -> bool:
    node = token
    for _ in range(8):
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
        if node.i == first.i:
            return True
    return False


def _pobjs_of(holders: list[Token], preps: frozenset[str]) -> list[Phrase]:
    return _phrases([p for h in holders for p in _pobjs(h, preps)])


def _hyphened_lemma(token: Token) -> str:
    """The lemma of a word with the hyphen-joined word before it ("cease-fire", split by
    the tokeniser into "cease", "-", "fire"), else its own lemma; only looked up in word lists."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "cease - fire" in tokenised text too
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return str(token.lemma_.lower())


def _between(trigger: Token, roles: Roles) -> None:
    """'a mediation effort between India and Pakistan', 'mediated between X and Y': the two
    sides a trigger stands between are its recipients (when it has none)."""
    if roles.recipients:
        return
    holders = [trigger]
    if trigger.dep_ == "compound":  # "a mediation effort between X and Y"
        holders.append(trigger.head)
    roles.recipients = _phrases([p for h in holders for p in _pobjs(h, frozenset({"between"}))])


def _widen_recipients(roles: Roles) -> None:
    """When a named actor acts on a thing, the thing's place is part of what was acted on
    ("attacked the mosque in Mosul"): its mention takes its "in"/"of" phrase."""
    if roles.actors:
        roles.recipients = [
            phrase(r.head, appositive=True, wide=True) if r.head.pos_ == "NOUN" else r
            for r in roles.recipients
        ]


def _speech_subject(roles: Roles) -> None:
    """'A statement made on behalf of X … offered' -> actor X; 'released on Y media' -> source."""
    replaced: list[Phrase] = []
    for actor in roles.actors:
        if actor.head.lemma_.lower() not in _SPEECH_NOUNS:
            replaced.append(actor)
            continue
        behalf = _find_behalf(actor.head) or _issuer(actor.head)
        replaced.extend(behalf or [actor])  # "a congressional report called for …"
        media = _find_released_on(actor.head)
        if media is not None:
            roles.speech_source = media
    roles.actors = replaced


def _issuer(noun: Token) -> list[Phrase]:
    """'X issued a statement calling on …', 'X put out a report accusing …' -> X."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB":
        return []
    subjects = [  # not "TIRANA, Albania (AP) --" made a second subject
        _past_dateline(c) for c in noun.head.children
        if c.dep_ == "nsubj" and not _only_dateline(c)
    ]
    return _phrases(subjects)


def _find_behalf(noun: Token) -> list[Phrase]:
    found: list[Phrase] = []
    for token in noun.subtree:
        if token.lower_ == "behalf":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    found.extend(_phrases([c for c in prep.children if c.dep_ == "pobj"]))
        elif token.dep_ in ("agent",) or (token.dep_ == "prep" and token.lower_ == "from"):
            found.extend(_phrases([c for c in token.children if c.dep_ == "pobj"]))
    return found


def _find_released_on(noun: Token) -> Phrase | None:
    for token in noun.subtree:
        released = token.head.lemma_ in ("release", "publish", "broadcast", "air", "carry", "post")
        if token.dep_ == "prep" and token.lower_ in ("on", "in", "via", "through") and released:
            objs = [c for c in token.children if c.dep_ == "pobj"]
            if objs:
                return phrase(objs[0])
    return None


def sentence_parties(sentence: Any, exclude: set[int]) -> list[Phrase]:
    """Every noun chunk head of the sentence (candidates for implicit two-sided fighting)."""
    out: list[Phrase] = []
    for chunk in sentence.noun_chunks:
        if chunk.root.i in exclude:
            continue
        root = chunk.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _REPORTING:
            continue  # "police said two clashing groups …": the source, not a party
        out.append(phrase(root))
    return out
