"""Did it happen? Modality and attribution of an event mention.

Modality is read from the trigger's clause and the clauses above it, in this order (the first
that applies wins):

0. ``asserted`` – a participle before its noun presupposes its act ("release the arrested
   workers", "the detained activists"), and so does an event noun whose participle names its
   doer ("hear about the arrests made by the police");
1. ``hypothetical`` – a condition ("if", "unless") on the trigger's clause or a clause above it,
   a modal (could, would, might, may, should), "possible/potential/likely", or a verb of
   wanting/seeking/fearing governing it ("looking to kill"; a past or perfect "was able to",
   "have been able to" is not: it happened; nor is a finite clause the parser hangs on a verb
   that takes only infinitives, "workers trying to enforce the bandh were arrested"), a
   main verb in the imperative ("Arrest the planner!"), an auxiliary before its subject in a
   subordinate clause ("had Singhal been detained in Lucknow, …");
2. ``future`` – "will/shall", "going to", plans, promises, vows, warnings ("vowed to retaliate",
   "plans to withdraw");
2b. ``hypothetical`` – an act named by a "to"-infinitive complement ("orders to arrest him",
   "allow the police to arrest anyone", "in a position to nab him", "difficult to arrest"),
   unless its verb says it happened (implicatives and causatives: "managed to", "began to",
   "were forced to", "prompting the police to", past "had to"); purpose clauses of verbs
   ("moved in to arrest them") are left alone, but an infinitive right after a noun of
   orders, powers or attempts is unrealised wherever the parser hangs it ("re-imposed with
   orders to arrest anyone", "in a bid to nab him");
3. ``negated`` – a negation on the trigger or its governing verb ("did not attack", "no
   airstrikes"), a denial governing it ("denied carrying out the attack"), or a subject that
   says no one ("nobody was arrested", "not a single activist has been arrested"; not "no
   one was injured in the firing", which denies casualties, not the firing);
4. ``historical`` – habitual or long-past background: frequency phrases ("on several
   occasions", "repeatedly", "in the past", "used to") in the clause, or a year at least two
   years before publication (the coder also makes an asserted event historical when the
   date it resolves ends more than a year before publication);
5. ``claimed`` – reported by a source while the sentence reports a dispute ("…, which denied
   it", "could not be independently verified");
6. otherwise ``asserted``.

Attribution is the speaker of a reporting verb governing the trigger ("X said that…"),
"according to X", or the outlet a statement was "released on".

Two PLOVER readings of speech acts live here too: ``intent_type`` (a promised cooperative act
is AGREE, a refused one REJECT) and ``demanded_of`` ("X says Y must …" is X's REQUEST of Y).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitrep.model import Modality, PloverType

Token = Any
Span = Any

_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
_HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should", "must", "can", "'d"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_HEADS = frozenset(
    {"want", "seek", "look", "hope", "try", "attempt", "fear", "risk", "consider", "propose",
     "wish", "aim", "offer", "ask", "urge", "call", "demand", "agree", "able", "contemplate",
     "mull", "ponder", "weigh", "explore", "debate", "pessimistic", "optimistic", "skeptical",
     "sceptical", "hopeful", "doubtful", "doubt"}
)
_FUTURE_HEADS = frozenset(
    {"plan", "intend", "prepare", "vow", "pledge", "promise", "threaten", "warn", "expect",
     "set", "go", "schedule"}
)
_HYPOTHETICAL_MODS = frozenset(
    {"possible", "potential", "likely", "proposed", "planned", "hypothetical", "future",
     "would-be", "alleged"}
)
# Nouns whose "that"-clause is their content ("no sign that deals were accepted").
_CONTENT_NOUNS = frozenset(
    {"sign", "chance", "possibility", "prospect", "hope", "risk", "fear", "threat", "evidence",
     "indication", "likelihood", "danger", "rumor", "rumour", "claim", "allegation", "report",
     "accusation", "charge", "pessimism", "optimism", "wish", "doubt", "skepticism",
     "scepticism", "ability", "estimate", "speculation", "suspicion", "guess", "assumption",
     "belief", "impression"}
)
# Content nouns whose clause is one party's word, not a possibility: what they hold is claimed
# (or denied, when a denial governs them), not hypothetical.
_REPORT_NOUNS = frozenset({"evidence", "report", "claim", "accusation", "charge"})
# Taking responsibility for an act (CAMEO 015): the doer is known by its own claim.
_RESPONSIBILITY_VERBS = frozenset({"claim", "accept", "admit", "assume", "take", "acknowledge"})
_DENIAL_HEADS = frozenset({"deny", "refute", "reject", "dismiss", "refuse", "decline"})
_HISTORICAL_PATTERNS = re.compile(
    r"\b(on (several|many|numerous|multiple|previous|other) occasions|repeatedly|in the past|"
    r"previously|(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )used to|"
    r"have long|has long|had long|historically|over the (past )?(years|decades)|"
    r"at times|in previous years|years ago|decades ago|in recent years)\b",
    re.IGNORECASE,
)
_DISPUTE_PATTERNS = re.compile(
    r"\b(denied|denies|deny|disputed|disputes|rejected the (claim|report|allegation)s?|"
    r"could not be (independently )?(verified|confirmed)|unverified|dismissed the)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Reporting verbs that present what they report as one side's claim, not as fact.
_CLAIM_VERBS = frozenset({"claim", "allege", "purport"})
_SPEECH_VERBS = frozenset(
    {"say", "tell", "claim", "report", "announce", "state", "allege", "add", "confirm", "insist",
     "declare", "write", "post", "tweet", "quote", "assert", "note", "explain", "argue",
     "maintain", "acknowledge", "admit", "reveal", "show", "indicate", "suggest"}
)
SPEECH_VERBS = _SPEECH_VERBS
_CLAUSE_UP = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "acl", "relcl", "parataxis"})


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and governing heads reached without crossing a reporting verb."""
    out = [trigger]
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            break
        edge = node.dep_
        content_clause = edge == "acl" and node.head.lemma_.lower() in _CONTENT_NOUNS
        if edge in ("relcl", "acl", "advcl") and not content_clause:
            break  # a relative or adverbial clause carries its own modality
        node = node.head
        if node.lemma_.lower() in _SPEECH_VERBS and edge in ("ccomp", "parataxis"):
            break
        out.append(node)
    return out


def modality(trigger: Token, sentence: Span, *, publication: dt.date | None) -> Modality:
    """The modality of the event whose trigger is ``trigger``."""
    chain = _clause_chain(trigger)
    if _presupposed(trigger):
        return "asserted"
    if _purpose(trigger):
        # a purpose clause is as unrealised as the act it is the purpose of ("is considering
        # sending aid to help the victims", "did not send troops to protect them")
        governing = modality(trigger.head, sentence, publication=publication)
        if governing in ("hypothetical", "future", "negated"):
            return governing
    if _reported_future(chain):
        return "future"
    if _hypothetical(trigger, chain):
        return "hypothetical"
    if _future(trigger, chain):
        return "future"
    if _unrealised_infinitive(trigger):
        return "hypothetical"
    if _negated(trigger, chain):
        return "negated"
    if _responsibility_claimed(trigger):
        # "the Taliban claimed responsibility for the attack": who did it rests on the claim,
        # however long ago ("for attacks in the past two days")
        return "claimed"
    if _historical(trigger, chain, publication):
        return "historical"
    speech = _attribution_head(trigger)
    if speech is not None and _DISPUTE_PATTERNS.search(sentence.text):
        return "claimed"
    if speech is not None and speech.lemma_.lower() in _CLAIM_VERBS:
        return "claimed"  # "the rebels claimed that they had shot down a helicopter"
    return "asserted"


def _purpose(trigger: Token) -> bool:
    """A purpose clause: an adverbial "to"-infinitive ("sent aid to help the victims")."""
    return bool(
        trigger.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    )


def _responsibility_claimed(trigger: Token) -> bool:
    """"claimed/admitted/took responsibility for the attack": who did it rests on the claim."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return False
    noun = trigger.head.head
    if noun.lemma_.lower() in _RESPONSIBILITY_VERBS:  # "claimed responsibility on Sunday for
        # the attack": the "for" phrase hangs on the verb
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"
                   for c in noun.children)
    return bool(
        noun.lemma_.lower() == "responsibility"
        and noun.head.lemma_.lower() in _RESPONSIBILITY_VERBS
    )


_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "csubj"})


def _imperative(verb: Token) -> bool:
    """ "Arrest the planner of the Godhra attack": a base-form main verb with no subject or
    auxiliary is a demand, not a report."""
    return bool(
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in _SUBJECT_OR_AUX for c in verb.children)
    )


def _inverted_condition(verb: Token) -> bool:
    """ "had Singhal been detained in Lucknow, …", "were they arrested, …": an auxiliary
    before its subject in a clause under another one is a condition (or a question)."""
    if verb.dep_ == "ROOT":
        return False
    subjects = [
        c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"
    ]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < subjects[0]
        for c in verb.children
    )


# Heads that take only an infinitive: a finite clause the parser hangs on them ("workers
# trying to enforce the bandh were arrested") is not their complement.
_INFINITIVE_ONLY = frozenset({"try", "attempt", "seek", "look", "aim", "able", "offer"})


def _hypothetical(trigger: Token, chain: list[Token]) -> bool:
    asked = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    if asked is not None and asked.lemma_.lower() in _HYPOTHETICAL_HEADS:
        return True  # "called for a general strike", "asked for aid": not (yet) done
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _SOUGHT:
        return True  # "will seek support from Abbas": asked of another, not given
    if _imperative(trigger) or _inverted_condition(trigger):
        return True
    for index, node in enumerate(chain):
        children = list(node.children)
        if index > 0 and chain[index - 1].dep_ == "ccomp" and _finite(chain[index - 1]) and (
            node.lemma_.lower() in _INFINITIVE_ONLY
        ):
            break
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in children):
            return True
        if index > 0 and node.lemma_.lower() in _HYPOTHETICAL_HEADS and chain[index - 1].dep_ in (
            "xcomp", "ccomp"
        ):
            return not _managed(node)
        if index > 0 and chain[index - 1].dep_ == "ccomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _HYPOTHETICAL_HEADS for c in children
        ):
            return True  # "is pessimistic that the games will go ahead" (clause on the copula)
        if index > 0 and node.lemma_.lower() in _CONTENT_NOUNS - _REPORT_NOUNS:
            return not any(c.lower_ == "no" for c in node.children)
        if node.lemma_.lower() in ("likely", "unlikely", "possible", "impossible"):
            return True
    return any(c.lower_ in _HYPOTHETICAL_MODS for c in trigger.children if c.dep_ == "amod")


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )


# Verbs whose infinitive complement happened: "managed to arrest", "began to shell",
# "was forced to flee".
_IMPLICATIVE = frozenset(
    {"manage", "begin", "start", "continue", "proceed", "resume", "keep", "go", "happen",
     "force", "compel", "oblige", "make", "succeed", "dare", "get", "come", "move", "turn",
     "prompt", "provoke", "cause", "lead", "drive", "push"}
)


# Nouns whose "to"-infinitive names an act not (yet) done, wherever the parser hangs it.
_LICENCE_NOUNS = frozenset(
    {"order", "direction", "directive", "instruction", "power", "permission",
     "right", "bid", "attempt", "effort", "plan", "move", "call", "demand", "request",
     "warrant", "mandate", "proposal", "plea", "threat", "time"}
)


def _unrealised_infinitive(trigger: Token) -> bool:
    """ "orders to arrest him", "allow the police to arrest anyone", "finding it difficult to
    arrest him": an act named by a "to"-infinitive complement has not happened, unless its
    verb says it did ("managed to", "began to", "were forced to"; "able" is handled above).
    Purpose clauses ("moved in to arrest them") are left to the main rules."""
    if trigger.tag_ != "VB" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return False
    head = trigger.head
    before = trigger.doc[trigger.i - 2] if trigger.i >= 2 else None
    if trigger.doc[trigger.i - 1].lower_ != "to":
        before = None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in _LICENCE_NOUNS:
        return True  # "orders to arrest anyone", "powers to detain", "efforts to nab him"
    complement = trigger.dep_ in ("xcomp", "ccomp", "acl", "relcl")
    if not complement and not (trigger.dep_ == "advcl" and head.pos_ in ("ADJ", "NOUN")):
        return False  # a purpose clause of a verb
    if head.lemma_.lower() in _IMPLICATIVE or head.lemma_.lower() == "able":
        return False
    if head.lemma_.lower() == "have" and head.tag_ == "VBD":
        return False  # "the police had to open fire": it did
    return not (trigger.dep_ == "acl" and head.pos_ in ("PRON",))


def _presupposed(trigger: Token) -> bool:
    """ "release the arrested workers", "the detained activists": a participle before its
    noun takes the act as done, whatever the sentence asks or plans about the noun; so does
    an event noun with a participle naming its doer ("if one were to hear about the arrests
    made by the police")."""
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
        for c in trigger.children
    ):
        return True  # "the arrests made by the Abids police", "the attack carried out by X"
    return bool(
        trigger.tag_ == "VBN"
        and trigger.dep_ == "amod"
        and trigger.head.i > trigger.i
        and not any(c.dep_ == "neg" for c in trigger.children)
    )


def _managed(node: Token) -> bool:
    """ "police were able to arrest 31", "have been able to arrest only one": a past ability
    that entails the act (not "would be able to", "was not able to", "will be able to")."""
    if node.lemma_.lower() != "able":
        return False
    verb = node.head if node.dep_ == "acomp" else node
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    past = verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in words)
    unrealised = _HYPOTHETICAL_AUX | _FUTURE_AUX
    return past and not any(c.dep_ == "neg" or c.lower_ in unrealised for c in words)


# Past reporting verbs whose "would" clause reports a "will" ("said they would blockade
# Paris", "announced it would free 150 prisoners").
_REPORTED_INTENT_VERBS = frozenset({"say", "tell", "announce", "state", "declare", "confirm"})


def _reported_future(chain: list[Token]) -> bool:
    """ "Farmers said they would blockade Paris": "would" under a past reporting verb is the
    reported "will" of the speaker's own clause, not a condition ("would … if", "could",
    "might" stay hypothetical)."""
    top = chain[-1]
    speech = top.head
    if top.dep_ != "ccomp" or speech.tag_ != "VBD" or (
        speech.lemma_.lower() not in _REPORTED_INTENT_VERBS
    ):
        return False
    would = False
    for node in chain:
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return False
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _CONDITIONAL_MARKS for g in child.children
            ):
                return False  # "would withdraw if the PA assumed control"
            if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
                if child.lower_ not in ("would", "'d"):
                    return False
                would = would or node is top
    return would


def _future(trigger: Token, chain: list[Token]) -> bool:
    for index, node in enumerate(chain[:4]):
        children = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children):
            return True
        if index > 0 and node.lemma_.lower() in _FUTURE_HEADS and chain[index - 1].dep_ in (
            "xcomp", "ccomp", "pcomp"
        ):
            return True
    return any(c.lower_ in ("upcoming", "planned", "scheduled") for c in trigger.children)


def _in_event(verb: Token) -> bool:
    """ "no one was injured in the firing": the casualties are denied, not the firing."""
    return any(
        g.dep_ in ("pobj", "pcomp") and g.pos_ in ("NOUN", "VERB")
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children
    )


_NOBODY = frozenset({"nobody", "none", "no-one", "noone", "nothing"})


def _nobody(subject: Token) -> bool:
    """ "nobody", "none of them", "no one", "no protesters", "not a single activist": a
    subject that says no one did it (or had it done to them); not "not only the police"."""
    if subject.lower_ in _NOBODY:
        return True
    children = list(subject.children)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children):
        return True
    return any(c.dep_ == "neg" for c in children) and not any(
        c.lower_ in ("only", "just", "merely") for c in subject.subtree
    )


def negated(trigger: Token) -> bool:
    """Whether the trigger's own clause (or a denial or refusal above it) negates the act."""
    return _negated(trigger, _clause_chain(trigger))


def _negated(trigger: Token, chain: list[Token]) -> bool:
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        return True  # "buried him without allowing his family to see the body"
    if trigger.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in trigger.children
    ) and not _in_event(trigger):
        return True  # "nobody was arrested", "not a single activist has been arrested"
    if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod")
           for c in trigger.children):
        return True
    for index, node in enumerate(chain[1:5], start=1):
        if node.lemma_.lower() in _DENIAL_HEADS:
            return True
        if node.lemma_.lower() in _CONTENT_NOUNS and any(c.lower_ == "no" for c in node.children):
            return True
        edge = chain[index - 1].dep_
        if edge == "xcomp" and any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def _historical(trigger: Token, chain: list[Token], publication: dt.date | None) -> bool:
    text = _clause_text(trigger)
    verb = _clause_verb(trigger)
    if verb.dep_ in ("xcomp", "ccomp") and any(c.lower_ == "to" for c in verb.children):
        text += " " + _clause_text(verb.head)  # "has on several occasions made deals to …"
    match = _HISTORICAL_PATTERNS.search(text)
    if match and (match.group(0).lower() != "used to" or _habitual_used(verb)):
        return True
    if publication is not None:
        years = [int(y) for y in _YEAR.findall(text)]
        if years and max(years) <= publication.year - 2:
            return True
    return False


def _habitual_used(verb: Token) -> bool:
    """ "they used to attack convoys" (habitual past), not "machinery used to make missiles"
    (a participle: what the machinery serves for)."""
    return any(
        token.lower_ == "used" and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
        and token.dep_ not in ("acl", "amod") and token.tag_ == "VBD"
        for token in verb.sent
    )


def _clause_verb(trigger: Token) -> Token:
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _clause_text(trigger: Token) -> str:
    """The text of the trigger's own clause, without the other clauses hanging from it."""
    verb = _clause_verb(trigger)
    keep = [verb]
    for child in verb.children:
        inside = trigger in child.subtree or child.i == trigger.i
        if child.dep_ in _CLAUSE_UP and not inside:
            continue
        keep.extend(child.subtree)
    indexes = sorted(t.i for t in keep)
    return " ".join(trigger.doc[i].text for i in indexes)


def _attribution_head(trigger: Token) -> Token | None:
    """The reporting verb governing the trigger, if any."""
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            return None
        edge = node.dep_
        node = node.head
        if node.lemma_.lower() in _SPEECH_VERBS and edge in ("ccomp", "parataxis", "xcomp"):
            return node
    return None


def blamed(token: Token) -> Token | None:
    """The party held responsible: the subject of "… is/was/were responsible"."""
    if token.lemma_.lower() != "responsible" or token.dep_ != "acomp":
        return None
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("it", "this", "that", "which"):
        return None
    return subjects[0]


def blame(token: Token) -> tuple[Token, Token] | None:
    """'X said Y was responsible': (speaker, blamed) — an accusation by X of Y."""
    held = blamed(token)
    verb = _attribution_head(token.head) if held is not None else None
    if held is None or verb is None:
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers:
        return None
    return speakers[0], held


def attribution_source(trigger: Token, sentence: Span) -> Token | None:
    """The head token of who says so: the speaker of a reporting verb or "according to X"."""
    verb = _attribution_head(trigger)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    for token in sentence:
        if token.lower_ == "according":
            for to in token.children:
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                objs = [c for c in nxt.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# Acts whose announcement is a threat: coercion, sanctions, and protest ("said they would
# boycott the vote", "will hold a protest outside the embassy": a warning to its target).
_COERCIVE = frozenset({"COERCE", "SANCTION", "PROTEST"})
_GOING_ON = frozenset({"continue", "keep", "resume", "remain"})
_WILLING = frozenset(
    {"willing", "ready", "prepared", "committed", "determined", "eager", "open", "keen"}
)


def intent_type(
    trigger: Token, event_type: PloverType, modality_: Modality
) -> PloverType | None:
    """PLOVER's rule for stated intentions: a promised cooperative act is AGREE, a refused
    one REJECT ("will visit", "is ready to provide aid" -> AGREE; "will not lift the ban"
    -> REJECT); an agreement promised for later ("will accept the proposal") is one too, and
    stated like the others. Returns the new type, or None to keep the event as it is."""
    chain = _clause_chain(trigger)
    refused = _negated(trigger, chain)
    if _purpose(trigger):
        return None  # the purpose of another act is no promise of its own
    if event_type == "AGREE" and refused:
        return "REJECT"  # "will not accept", "refused to agree"
    if event_type in _COERCIVE and modality_ == "future" and not refused:
        # an announced coercive act is a threat (PLOVER THREATEN, CAMEO 13): "will extend the
        # curfew", "will impose sanctions", "said they would boycott the election"; not when
        # it is asked of or hoped for by others
        conditional_or_asked = any(
            n.lemma_.lower() in _ASKING_HEADS | _UNPROMISED for n in chain[1:4]
        )
        ongoing = any(n.lemma_.lower() in _GOING_ON for n in chain[1:3])
        # "will continue to demonstrate": an act under way goes on, it is not threatened
        return None if conditional_or_asked or ongoing else "THREATEN"
    if event_type not in _COOPERATIVE and event_type != "AGREE":
        return None
    conditional = any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for n in chain for c in n.children
    )
    if any(n.lemma_.lower() in _ASKING_HEADS for n in chain[1:4]):
        return None  # "asked the bank to help finance it": requested of another, not promised
    if len(chain) > 1 and chain[1].lemma_.lower() in ("want", "wish") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children
    ):
        return None  # "wants Germany to pay more": wished of another, not promised
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _SOUGHT:
        return None  # "will seek support from Abbas": asked of another (CAMEO 02)
    if any(n.lemma_.lower() in _UNPROMISED or any(
        c.dep_ == "acomp" and c.lemma_.lower() in _UNPROMISED for c in n.children
    ) for n in chain[1:4]):
        return None  # "is considering sending aid", "hopes Japan will persuade": weighed or
        # hoped for, not promised (CAMEO 014 consider policy option, 012/013 comments)
    willing = any(
        n.lemma_.lower() in _WILLING and not (n.lower_.startswith("open") and n.pos_ == "VERB")
        for n in chain[1:4]
    )  # "is open to talks" is willingness, "opened talks" is the act
    if conditional or not (modality_ in ("future", "hypothetical") or willing):
        return None
    return "REJECT" if refused else "AGREE"


# Heads under which an act is weighed, hoped for or doubted rather than promised.
_UNPROMISED = frozenset(
    {"consider", "contemplate", "mull", "ponder", "weigh", "deliberate", "reconsider", "explore",
     "study", "examine", "debate", "hope", "wish", "fear", "doubt", "pessimistic", "optimistic",
     "skeptical", "sceptical", "hopeful", "doubtful", "possibility", "pessimism", "optimism",
     "ability", "skepticism", "scepticism", "expect", "anticipate", "predict", "foresee",
     "forecast", "expectation", "likely", "unlikely", "chance", "prospect", "likelihood"}
)
_SOUGHT = frozenset({"seek", "solicit", "request", "want", "need"})
_OBLIGATION = frozenset({"must", "should"})
# Verbs that ask an act of someone else; the act in their complement is no promise.
_ASKING_HEADS = frozenset(
    {"ask", "urge", "call", "appeal", "request", "demand", "order", "press", "pressure",
     "invite", "encourage", "persuade", "tell", "instruct", "push", "implore", "beg", "plead"}
)


def demanded_of(trigger: Token) -> tuple[Token, Token] | None:
    """'X said Y must disarm' ("must be ready to mediate"): a speaker demanding an act of
    someone else.

    Returns (speaker, addressee) head tokens, or None. The addressee is the subject of the
    obliged clause and must differ from the speaker ("we must" is a pledge, not a demand).
    """
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    heads = [trigger, trigger.head]
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "acomp":
        heads.append(trigger.head.head)  # "the EU must be ready to mediate"
    obliged = next((v for v in heads if _has_obligation(v)), None)
    if obliged is None:
        return None
    speech = _attribution_head(trigger)
    if speech is None:
        return None
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    addressees = [c for c in obliged.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not speakers or not addressees:
        return None
    if addressees[0].lower_ in ("we", "i", "it", "they", "he", "she"):
        return None
    return speakers[0], addressees[0]


def announcer(trigger: Token) -> Token | None:
    """'X announced that Y will …': the head of X, who leads the sentence announcing an act
    that Y, a party named in its own clause, is to do ("the prime minister announced that
    the government will extend the curfew"). The announcement is the sentence's act, and X
    states the intention. None when the report trails the clause ("Y will …, X said": a
    citation of where the news came from), when Y is a pronoun, or when there is no X."""
    speech = _attribution_head(trigger)
    if speech is None or speech.lemma_.lower() not in _REPORTED_INTENT_VERBS:
        return None
    clause = next((a for a in (trigger, *trigger.ancestors) if a.head.i == speech.i), None)
    if clause is None or clause.dep_ != "ccomp" or not speech.i < clause.left_edge.i:
        return None
    speakers = [c for c in speech.children if c.dep_ == "nsubj" and c.i < speech.i]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not speakers or not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return speakers[0]


def _has_obligation(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children)
