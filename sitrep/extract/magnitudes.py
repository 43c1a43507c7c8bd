"""How many were killed, injured and arrested, read from one parsed sentence.

:func:`extract_counts` finds count phrases (see :mod:`sitrep.extract.numbers`), drops the ones
that are not head counts ("a 12-year-old", "15 km", "in 2014", "Resolution 2254", "aged 30"),
and attaches each remaining one through the dependency parse to the word that says what
happened to the people counted (killed/died/dead/death toll…, injured/wounded…,
arrested/detained/rounded up…). Coordinated counts under one predicate are added ("12 soldiers
and 3 civilians were killed" → 15); counts under "including"/"among them" are not ("12
civilians, including 3 children" → 12). Singular victims ("a soldier was killed",
"a 12-year-old boy was killed") count 1 and "no one was killed" counts 0.

When a ``trigger`` is given, counts in the trigger's own clause (or clauses under it, or the
clause it sits under) win; a count in a coordinated clause with its own agent ("… and
soldiers killed 3 rebels") belongs to that other event and is left out. Conventions are in
``docs/MAGNITUDES_AND_DATES.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from sitrep.extract.numbers import match_quantity
from sitrep.model import Magnitude, TextSpan

Category = Literal["fatalities", "injured", "arrested"]
CATEGORIES: tuple[Category, ...] = ("fatalities", "injured", "arrested")
Token = Any  # spacy.tokens.Token (spaCy ships no type stubs)
SpanLike = Any  # spacy.tokens.Span


def _split(text: str) -> list[str]:
    return text.split()


# Verbs whose object (or passive subject) is the people counted.
TRANSITIVE: dict[str, Category] = {
    "kill": "fatalities", "murder": "fatalities", "slay": "fatalities", "slain": "fatalities",
    "massacre": "fatalities", "execute": "fatalities", "behead": "fatalities",
    "assassinate": "fatalities", "lynch": "fatalities", "slaughter": "fatalities",
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "jail": "arrested",
    "imprison": "arrested", "nab": "arrested",
}  # fmt: skip
# Verbs and adjectives whose subject is the people counted ("12 died", "12 were dead").
INTRANSITIVE: dict[str, Category] = {
    "die": "fatalities", "perish": "fatalities", "dead": "fatalities",
    "injured": "injured", "wounded": "injured", "hurt": "injured",
    "killed": "fatalities", "arrested": "arrested", "detained": "arrested",
}  # fmt: skip
# Nouns that are the count ("12 deaths") or take it after "of" ("the deaths of 12").
NOUNS: dict[str, Category] = {
    "death": "fatalities", "fatality": "fatalities", "killing": "fatalities",
    "body": "fatalities", "corpse": "fatalities", "dead": "fatalities",
    "murder": "fatalities", "toll": "fatalities",
    "injury": "injured", "injured": "injured", "wounded": "injured",
    "arrest": "arrested", "detention": "arrested", "arrested": "arrested",
}  # fmt: skip
# Verbs that report a toll: "the death toll rose to 25", "the toll stood at 30".
TOLL_VERBS = frozenset(
    _split(
        """rise climb reach stand increase jump hit mount be grow soar put place quote estimate
        set cross touch go shoot"""
    )
)
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd", "attr", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})
COLLECTIVE = frozenset(
    _split(
        """number lot total group crowd couple handful dozen score series string wave spate host
        bunch majority minority team convoy rest few"""
    )
)
UNITS = frozenset(
    _split(
        """year years yr yrs month months week weeks day days hour hours minute minutes second
        seconds km kms kilometre kilometres kilometer kilometers mile miles metre metres meter
        meters m cm mm kg kilograms kilogram ton tons tonne tonnes percent per cent % times
        decade decades century centuries acre acres hectare hectares foot feet inch inches
        degrees storey storeys floor floors pm am a.m. p.m. o'clock gmt utc bn mn dollars
        dollar euros euro pounds rupees yuan usd eur gbp litres liters barrels rounds points
        st nd rd th am"""
    )
)
LABEL_WORDS = frozenset(
    _split(
        """aged age ages resolution article number no. route highway flight room chapter section
        paragraph page camp unit brigade division battalion platoon protocol block sector zone
        district gate phase version level grade cell building road street tower apartment
        $ £ € # ¥ us$ rs"""
    )
)
HELD_PEOPLE = frozenset(
    _split(
        """people person persons man men woman women youth youths protester protesters
        demonstrator demonstrators activist activists suspect suspects student students
        journalist journalists member members militant militants"""
    )
)
HOSTAGE_WORDS = frozenset(
    _split("hostage hostages captive ransom gunpoint responsible accountable liable")
)
PLOT_VERBS = frozenset(
    _split(
        """hire plan plot try attempt seek want threaten vow aim intend order conspire hope
        prepare pay recruit urge call ask demand"""
    )
)
SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"})
SINGULAR_DETS = frozenset({"a", "an", "another", "one"})
ZERO_WORDS = frozenset({"nobody", "none"})


@dataclass(frozen=True, slots=True)
class Counts:
    """The killed/injured/arrested counts of one event mention, each with its text span."""

    fatalities: Magnitude | None = None
    fatalities_span: TextSpan | None = None
    injured: Magnitude | None = None
    injured_span: TextSpan | None = None
    arrested: Magnitude | None = None
    arrested_span: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class CountMention:
    """One count phrase attached to a predicate (the internal unit before selection)."""

    category: Category
    magnitude: Magnitude
    start: int  # doc token index of the first token of the phrase
    end: int  # doc token index after the last token
    predicate: Token
    group: str  # the role of the nominal the coordination hangs from ("dobj", "nsubjpass")
    included: bool  # under "including"/"among": a subset of another count


@dataclass(frozen=True, slots=True)
class _Phrase:
    start: int
    end: int
    magnitude: Magnitude
    nominal: Token


def extract_counts(sentence: SpanLike, *, trigger: Token | None = None) -> Counts:
    """Killed, injured and arrested counts in ``sentence`` (for ``trigger``'s event if given).

    ``sentence`` is a parsed spaCy ``Span`` (a ``Doc`` is taken as one sentence).
    """
    sentence = as_span(sentence)
    mentions = [m for phrase in find_phrases(sentence) for m in attach(phrase)]
    fields: dict[str, Any] = {}
    for category in CATEGORIES:
        members = [m for m in mentions if m.category == category]
        picked = select(members, sentence.doc, trigger=trigger)
        if picked is not None:
            fields[category], fields[f"{category}_span"] = picked
    return Counts(**fields)


def with_lethal_outcome(
    counts: Counts, sentence: SpanLike, trigger: Token, absorbed: Sequence[Token] = ()
) -> Counts:
    """An attack's deaths when the sentence reports them as its outcome with no count of its
    own: "people were killed in police firing", "three died in police firing", "a boy was
    killed when police fired", "police fired, killing two". The death predicate's count is
    taken; with none ("people were killed"), the text still says that someone died: at least
    one (1/1/1, the conservative reading of ACLED and UCDP). Counts already found win.
    """
    if counts.fatalities is not None:
        return counts
    predicate = lethal_predicate(trigger) or _lethal_relative(trigger)
    for other in absorbed:
        predicate = predicate or (other if is_lethal(other) else None)
    if predicate is None or _is_unrealised(predicate):
        return counts
    sentence = as_span(sentence)
    found = extract_counts(sentence, trigger=predicate) if predicate is not trigger else counts
    if found.fatalities is not None:
        return replace(counts, fatalities=found.fatalities, fatalities_span=found.fatalities_span)
    span = TextSpan(predicate.text, predicate.idx, predicate.idx + len(predicate.text))
    return replace(counts, fatalities=Magnitude(1, 1, 1), fatalities_span=span)


def is_lethal(token: Token) -> bool:
    """A word that says people died: killed, murdered, lynched, died, shot dead, stabbed to
    death, gunned down; the nouns killing, murder, massacre."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in LETHAL_NOUNS
    if token.pos_ not in ("VERB", "ADJ"):
        return False
    if lemma in ("die", "perish", "succumb") or INTRANSITIVE.get(token.lower_) == "fatalities":
        return True
    if any(c.dep_ == "dobj" and _is_lives_taken(c) for c in token.children):
        return True  # "the firing claimed two lives"
    if lemma == "fall" and fell_to_fire(token):
        return True
    return _transitive_category(token) == "fatalities"


def fell_to_fire(verb: Token) -> bool:
    """ "fell to police bullets", "fell to an assassin's bullet": the idiom of being shot dead
    (not "fell to the ground", "the town fell to the rebels")."""
    return verb.pos_ == "VERB" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _GUNFIRE
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
        for o in prep.children
    )


_GUNFIRE = frozenset({"bullet", "bullets", "gunfire", "firing"})
LETHAL_NOUNS = frozenset(
    {"killing", "murder", "massacre", "assassination", "lynching", "death", "fatality"}
)
_WOUNDS = frozenset({"injury", "wound", "burn"})
# Prepositions that give the cause of deaths: "died in police firing", "killed during the raid".
_CAUSE_PREPS = frozenset({"in", "during", "by", "from", "after"})
# Subordinators of a clause that gives the deaths' circumstance: "killed when police fired".
_CAUSE_MARKS = frozenset({"when", "as", "after"})


def lethal_predicate(trigger: Token) -> Token | None:
    """The death word that ``trigger`` reports the cause of, or ``trigger`` itself if it says
    people died; None when the trigger's deaths are not reported in its sentence."""
    node = trigger
    for _ in range(5):
        if is_lethal(node):
            return node
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head = head.head  # a compound preposition: "due to", "because of"
        if node.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
            cause = head.lower_ in _CAUSE_PREPS or head.lower_ in ("due", "because", "owing")
            dying = head.head.lemma_.lower() in ("die", "succumb", "perish")
            cause = cause or (head.lower_ in ("of", "to") and dying)  # "died of", "succumbed to"
            if is_lethal(head.head) and not cause:
                return None  # "died before the firing"
            node = head.head  # "died in police firing", "when police resorted to firing"
            if cause:
                subject = _lethal_subject(node)
                if subject is not None:
                    return subject  # "40 deaths have taken place due to police firing"
        elif node.dep_ == "acl":
            node = head  # "in police firing" parsed as "police" + participle; "six injured"
        elif node.dep_ == "relcl" and head.lemma_.lower() in _WOUNDS:
            node = head  # "succumbed to the injuries he received in the lathi charge"
        elif node.dep_ == "advcl" and _cause_clause(node):
            node = head
        elif node.dep_ == "conj":
            node = head  # "one was killed and six others injured when police fired"
        elif node.dep_ == "nsubj" and is_lethal(head):
            node = head  # "police firing claimed two lives" ("police" + participle)
        else:
            return None
    return None


def _lethal_subject(verb: Token) -> Token | None:
    """The death noun a verb of happening or causing reports: "five deaths were caused by
    police firing", "40 of these deaths have taken place due to police firing"."""
    if verb.pos_ not in ("VERB", "AUX") or is_lethal(verb):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if is_lethal(child):
                return child
            for prep in child.children:  # "40 of these deaths"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.dep_ == "pobj" and is_lethal(noun):
                            return noun
    return None


# Nouns of inquiry: what they look into happened, an event apart from any act on them.
INQUIRIES = frozenset({"inquiry", "enquiry", "probe", "investigation", "inquest"})


def _lethal_relative(trigger: Token) -> Token | None:
    """ "the police firing that left one dead", "firing at mobs in which four were killed":
    deaths told in a relative clause on the attack (or on its target). A relative clause the
    parse hangs on an inquiry into the attack tells of the attack ("a probe into the firing
    that left two dead")."""
    holders = [trigger]
    noun = trigger.head if trigger.dep_ == "acl" and trigger.head.i == trigger.i - 1 else trigger
    if noun.dep_ == "pobj" and noun.head.lower_ in ("into", "of"):  # ("police" + "firing")
        inquiry = noun.head.head
        if inquiry.pos_ == "NOUN" and inquiry.lemma_.lower() in INQUIRIES:
            holders.append(inquiry)
    holders += [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    holders += [c for c in trigger.children if c.dep_ == "dobj"]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "relcl" and is_lethal(clause):
                return clause
    return None


def _cause_clause(verb: Token) -> bool:
    marks = [c.lower_ for c in verb.children if c.dep_ in ("advmod", "mark") and c.i < verb.i]
    return bool(set(marks) & _CAUSE_MARKS) and not _contrastive(verb)


def as_span(sentence: SpanLike) -> SpanLike:
    """A ``Doc`` as a span over all of it; a ``Span`` as it is."""
    return sentence if hasattr(sentence, "start_char") else sentence[:]


# --- finding count phrases ------------------------------------------------------------


def find_phrases(sentence: SpanLike) -> list[_Phrase]:
    """Count phrases in the sentence that can be head counts, with the nominal they head."""
    tokens = list(sentence)
    words = [t.lower_ for t in tokens]
    phrases: list[_Phrase] = []
    counted: set[int] = set()
    i = 0
    while i < len(tokens):
        found = match_quantity(words, i)
        if found is None or not _is_count(tokens, found.start, found.end):
            phrases.extend(p for p in _word_phrases(tokens, i) if p.nominal.i not in counted)
            i += 1
            continue
        phrase = _number_phrase(tokens, found.start, found.end, found.magnitude)
        counted.add(phrase.nominal.i)
        phrases.append(phrase)
        i = found.end
    return phrases


def _number_phrase(tokens: Sequence[Token], start: int, end: int, mag: Magnitude) -> _Phrase:
    head = tokens[end - 1]
    nominal = head
    attached = head.dep_ in ("nummod", "quantmod", "compound", "amod") and head.head.i > head.i
    if attached and head.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB"):
        nominal = head.head
    return _Phrase(tokens[start].i, tokens[end - 1].i + 1, mag, nominal)


def _word_phrases(tokens: Sequence[Token], i: int) -> list[_Phrase]:
    """Counts said without digits: "a soldier" (1), "no one"/"nobody"/"no deaths" (0)."""
    token = tokens[i]
    if token.lower_ in ZERO_WORDS:
        return [_Phrase(token.i, token.i + 1, Magnitude(0, 0, 0), token)]
    if token.lower_ == "one" and i > 0 and tokens[i - 1].lower_ == "no":
        return [_Phrase(token.i - 1, token.i + 1, Magnitude(0, 0, 0), token)]
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() in COLLECTIVE:
        return []
    dets = [c for c in token.children if c.dep_ == "det"]
    if any(d.lower_ == "no" for d in dets):
        return [_Phrase(dets[0].i, token.i + 1, Magnitude(0, 0, 0), token)]
    if token.lemma_.lower() in NOUNS:
        return []  # "a leg injury", "a consultative body": no head count
    if token.tag_ in ("NN", "NNP") and any(d.lower_ in SINGULAR_DETS for d in dets):
        start = min(d.i for d in dets)
        count = 0 if _not_a_single(token, start) else 1
        return [_Phrase(start, token.i + 1, Magnitude(count, count, count), token)]
    return []


def _not_a_single(noun: Token, start: int) -> bool:
    """ "not a single person was killed", "nor a single person killed": zero."""
    single = any(child.lower_ == "single" for child in noun.children)
    return single and start > 0 and noun.doc[start - 1].lower_ in ("not", "nor", "without")


def _is_count(tokens: Sequence[Token], start: int, end: int) -> bool:
    """False for numbers that are ages, sizes, years, labels, times or money."""
    first, head = tokens[start], tokens[end - 1]
    after = tokens[end] if end < len(tokens) else None
    if _in_skipped_entity(head) and not _victim_follows(after):
        return False
    if after is not None and _is_compound_modifier(head, after, tokens, end):
        return False
    if after is not None and after.lower_ in UNITS:
        return False
    if start > 0 and tokens[start - 1].lower_ in LABEL_WORDS:
        return False
    if head.head.i == head.i - 1 and head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "Resolution 2254", "Camp 5"
    if first.lower_ == "one" and start > 0 and tokens[start - 1].lower_ in ("no", "the", "this"):
        return False
    return not _is_year(tokens, start, end, after)


def _in_skipped_entity(token: Token) -> bool:
    """Money, percentages, ordinals; dates and times only when they hold a word ("3 March",
    "12-year-old", "10 am"): the small model also tags bare counts ("at 16") as DATE/TIME."""
    if token.ent_type_ not in SKIP_ENTS:
        return False
    if token.ent_type_ not in ("DATE", "TIME"):
        return True
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.is_alpha and not t.like_num for t in doc[start:end])


def _victim_follows(after: Token | None) -> bool:
    return after is not None and after.tag_ == "NNS"


def _is_compound_modifier(head: Token, after: Token, tokens: Sequence[Token], end: int) -> bool:
    """ "12-year-old", "two-day": a number glued by a hyphen to a following word."""
    if after.text not in ("-", "–") or head.whitespace_ or end + 1 >= len(tokens):
        return False
    following = tokens[end + 1]
    return bool(following.is_alpha) and following.lower_ != "odd"


def _is_year(tokens: Sequence[Token], start: int, end: int, after: Token | None) -> bool:
    head = tokens[end - 1]
    text = head.text
    if end - start != 1 or len(text) != 4 or not text.isdigit() or not 1900 <= int(text) <= 2099:
        return False
    return not (after is not None and after.tag_ == "NNS" and after.lower_ not in UNITS)


# --- attaching phrases to predicates --------------------------------------------------


def attach(phrase: _Phrase) -> list[CountMention]:
    """What the phrase counts: zero or one mention (category, predicate, coordination group)."""
    nominal, included = phrase.nominal, _under_including(phrase.nominal)
    for _ in range(6):  # climb through coordination, apposition and "including" links
        found = _category_at(nominal, phrase)
        if found is not None and _is_unrealised(found[1]):
            return []
        if found is not None:
            category, predicate = found
            return [
                CountMention(
                    category,
                    phrase.magnitude,
                    phrase.start,
                    phrase.end,
                    predicate,
                    _role(nominal),
                    included,
                )
            ]
        step = _climb(nominal)
        if step is None:
            return []
        nominal, crossed_including = step
        included = included or crossed_including
    return []


def _is_unrealised(predicate: Token) -> bool:
    """ "hired him to kill a critic", "attempted murder": nobody was counted as killed.

    Other infinitives are realised often enough to keep ("police were able to arrest 31").
    """
    children = list(predicate.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if predicate.tag_ == "VB" and infinitive and predicate.head.lemma_.lower() in PLOT_VERBS:
        return True
    return any(c.lower_ in ("attempted", "failed", "foiled", "planned") for c in children)


def _under_including(nominal: Token) -> bool:
    """ "…, including the six people killed in police firing": a subset of another count."""
    current = nominal
    for _ in range(3):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lower_ in ("including", "among", "besides", "excluding"):
            return True
    return False


def _role(nominal: Token) -> str:
    """Counts in the same role of one predicate are added (coordinated or split by the parse)."""
    return str(nominal.dep_) if nominal.dep_ in OBJECT_DEPS | SUBJECT_DEPS else f"#{nominal.i}"


def _climb(nominal: Token) -> tuple[Token, bool] | None:
    """Go from a nominal to the one it is coordinated with or included in."""
    if nominal.dep_ in ("conj", "appos"):
        return nominal.head, False
    if nominal.dep_ == "pobj" and nominal.head.lower_ in ("including", "among", "besides"):
        return nominal.head.head, True
    return None


def _category_at(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    for finder in (_as_noun, _by_modifier, _by_head, _by_of_noun, _by_toll):
        found = finder(nominal, phrase)
        if found is not None:
            return found
    return None


def _as_noun(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    """ "12 deaths", "40 arrests", "no injuries", "claimed 12 lives"."""
    if nominal.pos_ != "NOUN":
        return None
    if _is_lives_taken(nominal):
        return "fatalities", nominal.head
    category = NOUNS.get(nominal.lemma_.lower())
    if category is None or nominal.lemma_.lower() == "toll" or _is_medical(nominal):
        return None
    return category, nominal


def _is_medical(noun: Token) -> bool:
    """ "a cardiac arrest" is no arrest."""
    return any(child.lower_ in ("cardiac", "heart", "respiratory") for child in noun.children)


def _is_lives_taken(noun: Token) -> bool:
    """ "claimed 12 lives", "cost the lives of 12" (but not "saved 12 lives")."""
    return bool(
        noun.lemma_.lower() == "life"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lemma_.lower() in ("claim", "cost", "take", "lose")
    )


def _by_modifier(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    """ "12 dead", "12 people killed", "12 killed in blast", "12 people who were killed"."""
    if nominal.i >= phrase.end and nominal.pos_ in ("ADJ", "VERB"):
        category = INTRANSITIVE.get(nominal.lower_)
        if category is not None:
            return category, nominal
    for child in nominal.children:
        if child.i < phrase.end:
            continue
        category = _category_word(child)
        if category is None or child.dep_ not in ("acl", "amod", "relcl"):
            continue
        if child.dep_ != "relcl" and child.tag_ not in ("VBN", "VBD", "JJ"):
            continue  # "a bid to kill him" is no killing
        if child.dep_ != "relcl" or _patient_relcl(child):
            return category, child
    return None


def _category_word(token: Token) -> Category | None:
    lemma, lower = token.lemma_.lower(), token.lower_
    return TRANSITIVE.get(lemma) or INTRANSITIVE.get(lower) or INTRANSITIVE.get(lemma)


def _patient_relcl(verb: Token) -> bool:
    """ "people who were killed" (victims) but not "gunmen who killed" (agents)."""
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or "auxpass" in deps or verb.lemma_.lower() in ("die", "perish")


def _by_head(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    """The nominal is the object/subject of a category verb or adjective."""
    predicate = nominal.head
    if predicate is nominal:
        return None
    if nominal.dep_ in OBJECT_DEPS:
        category = _transitive_category(predicate)
        if category is not None:
            return category, predicate
    if nominal.dep_ in SUBJECT_DEPS:
        category = _intransitive_category(predicate)
        if category is not None:
            return category, predicate
    return None


def _transitive_category(verb: Token) -> Category | None:
    lemma = verb.lemma_.lower()
    if lemma in TRANSITIVE and verb.pos_ in ("VERB", "AUX", "ADJ"):
        return TRANSITIVE[lemma]
    children = list(verb.children)
    if lemma == "round" and any(c.lower_ == "up" and c.i == verb.i + 1 for c in children):
        return "arrested"
    if lemma == "take" and any(_is_into_custody(c) for c in children):
        return "arrested"
    if lemma == "hold" and verb.tag_ == "VBN" and any(_is_held_people(c) for c in children):
        return None if any(c.lower_ in HOSTAGE_WORDS for c in verb.subtree) else "arrested"
    if any(_is_to_death(c) for c in children):
        return "fatalities"
    if lemma == "gun" and any(c.lower_ == "down" and c.i > verb.i for c in children):
        return "fatalities"
    if lemma in ("leave", "shoot", "beat", "find", "stab", "hack", "burn", "report"):
        return _state_complement(children)
    return None


def _is_to_death(token: Token) -> bool:
    """ "stabbed to death", "charred to death", "burnt alive"."""
    if token.lower_ == "alive" and token.head.lemma_.lower() in ("burn", "bury"):
        return True
    return token.lower_ == "to" and any(c.lower_ == "death" for c in token.children)


def _is_held_people(token: Token) -> bool:
    """ "50 persons were held" (people, not talks or elections)."""
    return token.dep_ == "nsubjpass" and token.lemma_.lower() in HELD_PEOPLE


def _is_into_custody(token: Token) -> bool:
    return token.lower_ == "into" and any(c.lower_ == "custody" for c in token.children)


def _state_complement(children: Sequence[Token]) -> Category | None:
    """ "left 12 people dead", "shot 3 dead", "left 30 injured"."""
    complements = list(children)
    complements += [c for obj in children if obj.dep_ == "dobj" for c in obj.children]
    for child in complements:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "dobj", "amod"):
            category = INTRANSITIVE.get(child.lower_)
            if category is not None and child.lower_ not in ("killed",):
                return category
    return None


def _intransitive_category(predicate: Token) -> Category | None:
    """ "12 died", "12 were dead", "12 people lost their lives", passive "12 were killed"."""
    lemma, lower = predicate.lemma_.lower(), predicate.lower_
    children = list(predicate.children)
    if lemma in ("die", "perish", "succumb") or (lemma == "fall" and fell_to_fire(predicate)):
        return "fatalities"  # "12 died", "12 fell to police bullets", "two succumbed"
    if lemma == "lose" and any(c.lemma_.lower() == "life" for c in children):
        return "fatalities"
    if lemma == "be":
        return _state_complement(children)
    if predicate.pos_ in ("ADJ", "VERB") and lower in INTRANSITIVE and not _has_object(children):
        return INTRANSITIVE[lower]
    if any(c.dep_ == "auxpass" for c in children):
        return _transitive_category(predicate)
    return None


def _has_object(children: Sequence[Token]) -> bool:
    return any(c.dep_ == "dobj" for c in children)


def _by_of_noun(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    """ "the deaths of 12 soldiers", "a death toll of 12", "the arrest of 40 protesters"."""
    if nominal.dep_ != "pobj" or nominal.head.lower_ != "of":
        return None
    noun = nominal.head.head
    lemma = noun.lemma_.lower()
    if _is_lives_taken(noun):
        return "fatalities", noun.head
    if noun.pos_ != "NOUN" or lemma not in NOUNS:
        return None
    category = _toll_category(noun) if lemma == "toll" else NOUNS[lemma]
    return None if category is None else (category, noun)


def _by_toll(nominal: Token, phrase: _Phrase) -> tuple[Category, Token] | None:
    """ "the death toll rose to 25", "the toll stood at 30", "the toll is 12"."""
    verb = nominal.head
    if nominal.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
        if verb.lower_ == "up" and verb.dep_ in ("advmod", "prt"):
            verb = verb.head  # "the toll has gone up to 9"
    elif nominal.dep_ not in ("attr", "dobj"):
        return None
    if verb.lemma_.lower() not in TOLL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in (
            "toll",
            "number",
        ):
            category = _toll_category(child)
            return None if category is None else (category, child)
    return _toll_before(verb)


def _toll_before(verb: Token) -> tuple[Category, Token] | None:
    """The parse lost the subject ("the toll in X, that broke out …, now stands at 667")."""
    if verb.lemma_.lower() not in ("stand", "rise", "climb", "reach"):
        return None
    for token in reversed(verb.doc[max(verb.i - 20, 0) : verb.i]):
        if token.is_sent_end or token.text in (".", ";", "?", "!"):
            return None
        if token.lemma_.lower() == "toll":
            return _toll_category(token) or "fatalities", token
    return None


def _toll_category(toll: Token) -> Category | None:
    """ "death toll" → fatalities; "number of injured" → injured; a bare "toll" → fatalities."""
    for token in toll.subtree:
        category = NOUNS.get(token.lemma_.lower()) or INTRANSITIVE.get(token.lower_)
        if category is not None and token is not toll:
            return category
    return "fatalities" if toll.lemma_.lower() == "toll" else None


# --- choosing among mentions ----------------------------------------------------------


def select(
    mentions: Sequence[CountMention], doc: Any, *, trigger: Token | None
) -> tuple[Magnitude, TextSpan] | None:
    """The count for one category: best-ranked coordination group, summed."""
    groups: dict[tuple[int, str], list[CountMention]] = {}
    for mention in mentions:
        groups.setdefault((mention.predicate.i, mention.group), []).append(mention)
    ranked = []
    for members in groups.values():
        rank = _clause_rank(members[0].predicate, trigger)
        if rank is not None:
            zero = all(m.magnitude.high == 0 for m in members)
            ranked.append((rank, _included_rank(members), zero, members[0].start, members))
    if not ranked:
        return None
    best = min(ranked, key=lambda item: item[:4])[4]
    return _sum_group(best, doc)


def _included_rank(members: Sequence[CountMention]) -> int:
    return 1 if all(m.included for m in members) else 0


def _sum_group(members: Sequence[CountMention], doc: Any) -> tuple[Magnitude, TextSpan]:
    kept = [m for m in members if not m.included] or list(members)
    low = sum(m.magnitude.low for m in kept)
    best = sum(m.magnitude.best for m in kept)
    high = sum(m.magnitude.high for m in kept)
    start = doc[min(m.start for m in kept)].idx
    last = doc[max(m.end for m in kept) - 1]
    end = last.idx + len(last.text)
    return Magnitude(low, best, high), TextSpan(doc.text[start:end], start, end)


def clause_head(token: Token) -> Token:
    """The verb (or root) that heads the clause ``token`` sits in."""
    current = token
    for _ in range(50):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT" or current.head.i == current.i:
            return current
        current = current.head
    return current


_GERUND_ARGUMENTS = frozenset({"nsubj", "dobj", "nsubjpass", "ccomp", "xcomp"})


def _noun_like_gerund(token: Token) -> bool:
    """ "the toll in police firing rose to seven" with "firing" tagged a verb and hung on a
    noun: a noun, not a clause of its own."""
    return bool(
        token.tag_ == "VBG"
        and token.dep_ in ("acl", "pobj", "compound")
        and token.head.pos_ == "NOUN"
        and not any(c.dep_ in _GERUND_ARGUMENTS for c in token.children)
    )


def _clause_rank(predicate: Token, trigger: Token | None) -> int | None:
    """0 same clause as the trigger, 1 one under the other, 2 a coordinated clause without an
    agent of its own ("…, and 12 people were killed"), else None (another event's count)."""
    if trigger is None:
        return 0
    count_clause = clause_head(predicate)
    trigger_clause = clause_head(trigger.head if _noun_like_gerund(trigger) else trigger)
    if count_clause == trigger_clause or predicate == trigger:
        return 0
    if _by_agent(count_clause):
        return None  # "…, 12 people were killed by the rioters": that agent's event
    if _is_subordinate(count_clause, trigger_clause, trigger) or _is_subordinate(
        trigger_clause, count_clause, trigger
    ):
        return 1
    root = _conj_root(count_clause)
    related = root == _conj_root(trigger_clause) or _is_subordinate(trigger_clause, root, trigger)
    if not related or _has_agent(count_clause):
        return None
    return 2


def _conj_root(clause: Token) -> Token:
    """The first of a chain of coordinated clauses."""
    current = clause
    for _ in range(50):
        if current.dep_ != "conj" or current.head.i == current.i:
            return current
        current = current.head
    return current


def _is_subordinate(clause: Token, ancestor: Token, trigger: Token) -> bool:
    """True when ``ancestor`` is reached from ``clause`` without crossing a coordination.

    A relative clause counts only on the trigger itself ("an attack that killed 12"), not on
    a participant ("militants who killed 5 soldiers last year" is another event).
    """
    current = clause
    for _ in range(50):
        if current == ancestor:
            return True
        if current.dep_ == "conj" or current.head.i == current.i:
            return False
        if current.dep_ == "advcl" and _contrastive(current):
            return False  # "one was stabbed to death even as police burst tear gas shells"
        if current.dep_ in ("relcl", "acl") and current.head != trigger:
            return False
        current = current.head
    return False


_CONTRASTIVE = frozenset({"although", "though", "whereas", "unlike", "despite"})


def _contrastive(clause: Token) -> bool:
    """An adverbial clause set against the main one, not its circumstance."""
    words = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    lowered = {w.lower_ for w in words}
    return bool(lowered & _CONTRASTIVE) or {"even", "as"} <= lowered


def _by_agent(clause: Token) -> bool:
    return any(child.dep_ == "agent" for child in clause.children)


def _has_agent(clause: Token) -> bool:
    """An active transitive verb or a "by" agent: the clause reports its own, separate act.

    Agentless clauses ("and 12 people were killed", "12 died") report the outcome of the
    sentence's main event instead.
    """
    deps = {child.dep_ for child in clause.children}
    if "agent" in deps:
        return True
    if "auxpass" in deps or (clause.tag_ == "VBN" and not deps & {"aux", "dobj"}):
        return False
    return _transitive_category(clause) is not None and _has_own_subject(clause, deps)


def _has_own_subject(clause: Token, deps: set[str]) -> bool:
    """A subject of its own; "… and injured 3 guards" shares the first verb's subject.

    The small model often hangs a coordinated clause's subject on the previous object
    ("arrested 40 protesters and soldiers killed 3" → "soldiers" conj of "protesters"):
    a conjoined noun right before the verb counts as its subject.
    """
    if "nsubj" in deps:
        return True
    if clause.i == 0:
        return False
    before = clause.doc[clause.i - 1]
    return bool(before.pos_ in ("NOUN", "PROPN") and before.dep_ == "conj")
