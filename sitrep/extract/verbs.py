"""The CAMEO verb dictionary (``sitrep/data/cameo_verbs.json.gz``) as a fallback lexicon.

Verbs the hand-written lexicon lacks are looked up here. A verb's patterns refine its code
from the words around it: every slot of a pattern must match, in order, a word of the verb's
left (subject side) or right (object side) subtree; the pattern with most slots wins, else
the verb block's default code. The CAMEO code becomes a PLOVER type and mode through
``sitrep.ontology.cameo``; statements and appeals (CAMEO 01, 02) yield nothing.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.errors import ModelError
from sitrep.extract.lexicon import inflections
from sitrep.model import PloverType
from sitrep.ontology.cameo import plover_from_cameo

Token = Any
Slots = tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class VerbEntry:
    default: str | None
    patterns: tuple[tuple[str, Slots, Slots], ...]  # (code, left slots, right slots)


@dataclass(frozen=True, slots=True)
class VerbMatch:
    code: str
    event_type: PloverType
    mode: str | None
    particle: Token | None  # the particle of a phrasal verb ("ask for"), if any


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    verbs: dict[str, VerbEntry]  # "lemma" or "lemma particle"
    surface: frozenset[str]  # inflected forms of every coded verb

    def match(self, token: Token) -> VerbMatch | None:
        """The PLOVER reading of a verb token, or None (unknown verb, or a dropped code).

        Reporting verbs are never events here: what they report is ("said it will release
        the hostages" is coded from "release").
        """
        lemma = token.lemma_.lower()
        if lemma in _REPORTING:
            return None
        if lemma in DELIBERATING and weighs_an_option(token):
            return None  # CAMEO 014 "consider policy option": a statement, not the act weighed
        for child in token.children:
            if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in self.verbs:
                found = self._code(self.verbs[f"{lemma} {child.lower_}"], token)
                if found is not None:
                    return _reading(found, child)
        entry = self.verbs.get(lemma)
        if entry is None:
            return None
        code = self._code(entry, token)
        return _reading(code, None) if code else None

    @staticmethod
    def _code(entry: VerbEntry, token: Token) -> str | None:
        if not entry.patterns:
            return entry.default
        words = {t.lower_ for t in token.subtree} | {t.lemma_.lower() for t in token.subtree}
        if not any(slot & words for _, left, right in entry.patterns for slot in left + right):
            return entry.default  # no pattern word anywhere near: skip the ordered match
        left = [_words(t) for t in _left_side(token)]
        right = [_words(t) for t in token.subtree if t.i > token.i]
        best: tuple[int, str] | None = None
        for code, left_slots, right_slots in entry.patterns:
            size = len(left_slots) + len(right_slots)
            if best is not None and size <= best[0]:
                continue
            if not all(slot & words for slot in left_slots) or not all(
                slot & words for slot in right_slots
            ):
                continue  # a slot no word fills anywhere: no ordered match (cheap test)
            if _in_order(left_slots, left) and _in_order(right_slots, right):
                best = (size, code)
        return best[1] if best else entry.default


# Verbs of deliberation (the CAMEO dictionary's CONSIDER block, and exploring or studying a
# possibility): weighing an option is CAMEO 014, a statement that codes no PLOVER event.
DELIBERATING = frozenset(
    {"consider", "contemplate", "mull", "ponder", "weigh", "deliberate", "reconsider", "explore",
     "study", "examine", "debate", "eye"}
)
_OPTIONS = frozenset(
    {"possibility", "option", "idea", "prospect", "way", "feasibility", "proposal", "plan",
     "move", "measure", "step", "whether"}
)


def weighs_an_option(verb: Token) -> bool:
    """The verb's object is a course of action: a clause or gerund ("considering sending aid",
    "weighing whether to …") or an option noun ("exploring the possibility of …")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "pcomp") and child.pos_ in ("VERB", "AUX"):
            return True
        if child.dep_ in ("dobj", "nsubjpass") and (
            child.tag_ == "VBG" or child.lemma_.lower() in _OPTIONS
        ):
            return True
    return False


def _reading(code: str | None, particle: Token | None) -> VerbMatch | None:
    if code is None:
        return None
    mapped = plover_from_cameo(code)
    if mapped is None:
        return None
    return VerbMatch(code, mapped[0], mapped[1], particle)


def _words(token: Token) -> frozenset[str]:
    return frozenset({token.lower_, token.lemma_.lower()})


def _left_side(verb: Token) -> list[Token]:
    tokens = [t for t in verb.subtree if t.i < verb.i]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i > verb.i:
            tokens.extend(child.subtree)
    return tokens


def _in_order(slots: Slots, words: list[frozenset[str]]) -> bool:
    position = 0
    for slot in slots:
        while position < len(words) and not (words[position] & slot):
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


# Frequent verbs whose CAMEO reading comes only with particular objects: they do not make a
# sentence worth parsing on their own (parsing nearly every sentence would halve throughput).
_TOO_COMMON = frozenset(
    [
        "contribute",
        "increase",
        "find",
        "arrive",
        "risk",
        "tie",
        "control",
        "affect",
        "clear",
        "ally",
        "journey",
        "import",
        "export",
        "grow",
        "rise",
        "fall",
        "drop",
        "spread",
        "face",
        "be",
        "have",
        "do",
        "say",
        "tell",
        "state",
        "report",
        "think",
        "make",
        "use",
        "take",
        "get",
        "see",
        "need",
        "go",
        "want",
        "come",
        "know",
        "continue",
        "remain",
        "find",
        "put",
        "help",
        "bring",
        "look",
        "start",
        "begin",
        "show",
        "hold",
        "set",
        "lead",
        "keep",
        "call",
        "add",
        "move",
        "end",
        "base",
        "back",
        "travel",
        "train",
        "trade",
        "close",
        "change",
        "face",
        "point",
        "post",
        "rule",
        "name",
        "step",
        "pass",
        "plan",
        "hope",
        "expect",
        "concern",
        "comment",
        "press",
        "place",
        "force",
        "unite",
        "lie",
        "run",
        "turn",
        "work",
        "include",
        "seem",
        "feel",
        "try",
        "leave",
        "mean",
        "become",
        "follow",
        "allow",
        "act",
        "raise",
        "speak",
        "write",
        "read",
        "meet",
        "issue",
        "carry",
        "grow",
        "serve",
        "stand",
        "deal",
        "cover",
        "share",
        "reach",
        "spend",
        "build",
        "pay",
        "play",
        "express",
        "announce",
        "confirm",
        "claim",
        "note",
        "consider",
    ]
)


_REPORTING = frozenset(
    [
        "refer",
        "learn",
        "hear",
        "know",
        "recall",
        "remember",
        "believe",
        "think",
        "say",
        "tell",
        "state",
        "report",
        "announce",
        "add",
        "note",
        "claim",
        "confirm",
        "explain",
        "describe",
        "write",
        "quote",
        "speak",
        "comment",
        "express",
        "insist",
        "argue",
        "reveal",
        "reiterate",
        "stress",
        "emphasize",
        "emphasise",
        "declare",
        "tweet",
        "post",
        "mention",
        "suggest",
        # expecting or predicting is no act of the one who expects ("Iran expects the US to
        # lift sanctions", "lawyers aren't expected to return"): the complement is coded
        "expect",
        "anticipate",
        "predict",
        "foresee",
        "forecast",
    ]
)

# Auxiliaries and function words that some verb blocks list among their forms.
_STOP = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "according",
        "will",
        "would",
    ]
)


def parse_verbs(payload: dict[str, Any]) -> VerbDictionary:
    verbs: dict[str, VerbEntry] = {}
    surface: set[str] = set()
    for key, raw in payload["verbs"].items():
        patterns = tuple(
            (str(code), _slots(left), _slots(right)) for code, left, right in raw["patterns"]
        )
        if raw["default"] is None and not patterns:
            continue
        verbs[key] = VerbEntry(raw["default"], patterns)
        lemma = key.split()[0]
        if lemma in _TOO_COMMON or not raw["default"] or plover_from_cameo(raw["default"]) is None:
            continue
        forms = inflections(lemma) | set(raw.get("forms", ()))
        surface.update(form for form in forms if form.isalpha() and form not in _STOP)
    return VerbDictionary(verbs, frozenset(surface))


def _slots(raw: list[list[str]]) -> Slots:
    return tuple(frozenset(slot) for slot in raw)


@lru_cache(maxsize=1)
def load_verbs() -> VerbDictionary:
    """The shipped CAMEO verb dictionary (cached)."""
    try:
        path = resources.files("sitrep.data").joinpath("cameo_verbs.json.gz")
        with path.open("rb") as handle, gzip.open(handle, "rt", encoding="utf-8") as text:
            payload = json.load(text)
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read sitrep/data/cameo_verbs.json.gz ({exc}); rebuild it with"
            " python scripts/build_verbs.py or reinstall sitrep"
        ) from exc
    return parse_verbs(payload)
