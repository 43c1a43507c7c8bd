"""The trigger lexicon (``sitrep/data/triggers.tsv``): loading, inflection and lookup.

The lexicon maps lemmas (and multiword lemma sequences) to a PLOVER type, a mode and a
strength. Besides lemma lookup on parsed tokens it offers :meth:`Lexicon.may_trigger`, a
cheap test on raw lower-cased words used to decide which sentences are worth parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from sitrep.errors import ModelError
from sitrep.model import PLOVER_TYPES, PloverType

Strength = Literal["strong", "weak"]

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "fight": ("fought",),
    "fly": ("flew", "flown"),
    "overrun": ("overran",),
    "shoot": ("shot",),
    "meet": ("met",),
    "flee": ("fled",),
    "hold": ("held",),
    "withdraw": ("withdrew", "withdrawn"),
    "beat": ("beaten",),
    "seize": ("seized",),
    "lead": ("led",),
    "sell": ("sold",),
    "take": ("took", "taken"),
    "give": ("gave", "given"),
    "send": ("sent",),
    "strike": ("struck", "stricken"),
    "begin": ("began", "begun"),
    "pay": ("paid",),
    "lay": ("laid",),
    "set": ("set",),
    "free": ("freed",),
    "bring": ("brought",),
    "sentence": ("sentenced",),
    "deal": ("dealt",),
}


def inflections(lemma: str) -> set[str]:
    """Regular and irregular English forms of one word (noun plural, verb tenses)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    forms.update(_IRREGULAR.get(lemma, ()))
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    consonant_vowel_consonant = len(lemma) >= 3 and lemma[-1] not in "aeiouwxy"
    if consonant_vowel_consonant and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@dataclass(frozen=True, slots=True)
class Entry:
    term: tuple[str, ...]
    pos: Literal["V", "N", "A"]
    event_type: PloverType
    mode: str | None
    strength: Strength
    source: Literal["lexicon", "rule", "cameo"] = "lexicon"


@dataclass(frozen=True, slots=True)
class Lexicon:
    single: dict[str, tuple[Entry, ...]]  # lemma -> entries (one word)
    multi: dict[str, tuple[Entry, ...]]  # first lemma -> multiword entries
    surface: frozenset[str]  # lower-cased forms of single-word triggers
    multi_surface: dict[str, tuple[frozenset[str], ...]]  # form of a first word -> other words

    def may_trigger(self, words: list[str]) -> bool:
        """True when the lower-cased words of a sentence could hold a trigger.

        A single-word trigger form must occur; a multiword one needs its first word and some
        form of each other word ("called … for", "open … fire").
        """
        if any(word in self.surface for word in words):
            return True
        present = set(words)
        for word in present & self.multi_surface.keys():
            for rest in self.multi_surface[word]:
                if all(present & inflections(other) for other in rest):
                    return True
        return False

    def lookup(self, lemma: str, pos: str) -> Entry | None:
        """The single-word entry for a lemma and a spaCy coarse POS, or None."""
        for entry in self.single.get(lemma, ()):
            if _pos_ok(entry.pos, pos):
                return entry
        return None


def _pos_ok(wanted: str, pos: str) -> bool:
    if wanted == "A":
        return pos in ("VERB", "NOUN", "PROPN", "ADJ")
    if wanted == "V":
        return pos == "VERB"
    return pos in ("NOUN", "PROPN")


def parse_lexicon(text: str) -> Lexicon:
    """Parse the TSV lexicon text; raises ModelError naming the bad line."""
    single: dict[str, list[Entry]] = {}
    multi: dict[str, list[Entry]] = {}
    surface: set[str] = set()
    multi_surface: dict[str, list[frozenset[str]]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        entry = _parse_line(line, number)
        if len(entry.term) == 1:
            single.setdefault(entry.term[0], []).append(entry)
            surface.update(inflections(entry.term[0]) - _NOT_FORMS)
            continue
        multi.setdefault(entry.term[0], []).append(entry)
        for form in inflections(entry.term[0]):
            multi_surface.setdefault(form, []).append(frozenset(entry.term[1:]))
    surface.update(inflections("strike") | {"struck"})  # context-typed in triggers.py
    surface.update(_RULE_WORDS)
    return Lexicon(
        single={k: tuple(v) for k, v in single.items()},
        multi={k: tuple(v) for k, v in multi.items()},
        surface=frozenset(surface),
        multi_surface={k: tuple(v) for k, v in multi_surface.items()},
    )


# Generated forms that are other words ("according" is no form of "accord").
_NOT_FORMS = frozenset({"according"})
# Words that context rules in triggers.py turn into triggers ("presented X as savages").
_RULE_WORDS = frozenset(
    form
    for verb in ("portray", "depict", "paint", "present", "describe", "brand", "label",
                 "cast", "characterize", "characterise", "summon", "deny", "refute", "rebut",
                 "dismiss", "bar", "give",
                 "provide", "send", "deliver", "donate", "supply", "return", "repatriate",
                 "open", "reopen", "lift", "ease", "reduce", "impose", "reach", "conclude",
                 "seal", "hostage", "shield", "captive", "explode", "detonate", "throw", "hurl",
                 "lob", "pelt", "refugee", "refuge", "asylum", "charge", "indict",
                 "peacekeeping", "peacekeepers", "cessation", "fly", "ship", "airlift",
                 "distribute", "allocate", "hand", "relax", "scrap", "finalize", "finalise",
                 "ink", "toss", "plant", "responsible", "evidence", "dossier",
                 "close", "shut", "block", "jam", "silence", "link", "tie",
                 "attribute", "connect", "trace", "share", "exchange")
    for form in inflections(verb)
) | frozenset(
    {"protesters", "protestors", "demonstrators", "marchers", "rioters", "strikers", "crowd",
     "crowds", "custody", "held", "jail", "prison", "lockup", "lock-up", "booked", "picked",
     "caught", "bullet", "bullets", "willing", "ready", "prepared", "committed", "condolence",
     "condolences", "sympathy", "sympathies"}
    # "taken into custody", "50 persons were held", "sent to jail", "booked for murder",
    # "picked up by police", "caught by the police", "fell to police bullets", "is willing
    # to send", "is committed to opening up" (triggers.WILLING)
)


def _parse_line(line: str, number: int) -> Entry:
    parts = line.split("\t")
    if len(parts) != 5:
        raise ModelError(f"triggers.tsv line {number}: expected 5 tab-separated fields: {line!r}")
    term, pos, event_type, mode, strength = (p.strip() for p in parts)
    if pos not in ("V", "N", "A") or event_type not in PLOVER_TYPES:
        raise ModelError(f"triggers.tsv line {number}: bad pos or type: {line!r}")
    if strength not in ("strong", "weak"):
        raise ModelError(f"triggers.tsv line {number}: strength must be strong or weak")
    return Entry(
        term=tuple(term.lower().split()),
        pos=pos,  # type: ignore[arg-type]
        event_type=event_type,
        mode=None if mode == "-" else mode,
        strength=strength,  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    text = resources.files("sitrep.data").joinpath("triggers.tsv").read_text("utf-8")
    return parse_lexicon(text)
