"""PLOVER event types and their CAMEO and ACLED mappings (facts from ONTOLOGY.md).

Everything here is a table or a pure function of a table: no text processing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.model import PloverType


@dataclass(frozen=True, slots=True)
class TypeInfo:
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    intensity: float  # PLOVER base score
    cameo_root: str  # the CAMEO root a plain mention of this type maps to
    modes: tuple[str, ...]


TYPES: dict[PloverType, TypeInfo] = {
    "AGREE": TypeInfo(1, 2.5, "03", ()),
    "CONSULT": TypeInfo(1, 2.5, "04", ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": TypeInfo(1, 5.0, "05", ()),
    "CONCEDE": TypeInfo(1, 4.5, "08", ()),
    "COOPERATE": TypeInfo(2, 9.5, "06", ()),
    "AID": TypeInfo(2, 10.0, "07", ()),
    "RETREAT": TypeInfo(
        2, 6.5, "08", ("withdraw", "release", "disarm", "ceasefire", "access", "resign")
    ),
    "REQUEST": TypeInfo(3, 0.0, "10", ("assist", "change", "yield", "meet")),
    # ONTOLOGY.md (our choice): ACCUSE is -3, the manual's +3 is a sign slip.
    "ACCUSE": TypeInfo(3, -3.0, "11", ("disapprove", "investigate", "allege")),
    "REJECT": TypeInfo(3, -2.0, "12", ("assist", "change", "yield", "meet")),
    "THREATEN": TypeInfo(
        3, -3.5, "13", ("restrict", "arrest", "relations", "expel", "territory", "violence")
    ),
    "PROTEST": TypeInfo(
        4, -5.0, "14", ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")
    ),
    "SANCTION": TypeInfo(4, -6.0, "16", ("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": TypeInfo(4, -5.5, "15", ("troops", "weapons", "police", "militia")),
    "COERCE": TypeInfo(
        4,
        -7.0,
        "17",
        (
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ),
    ),
    "ASSAULT": TypeInfo(
        4,
        -9.0,
        "18",
        (
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ),
    ),
}

# Older PLOVER drafts and data sets use these names (ONTOLOGY.md).
LEGACY_TYPES: dict[str, PloverType] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "FIGHT": "ASSAULT",
}

# ASSAULT modes that CAMEO codes as 19 "fight" (conventional military force) rather than
# 18 "assault", and the one it codes as 20 "unconventional mass violence".
_CAMEO_FIGHT_MODES = frozenset({"aerial", "drone", "heavy-weapons"})


def type_info(event_type: PloverType) -> TypeInfo:
    return TYPES[event_type]


def normalise_type(label: str) -> PloverType | None:
    """Map a current or legacy PLOVER label (any case) to a current type, or None."""
    upper = label.strip().upper()
    if upper in TYPES:
        return upper
    return LEGACY_TYPES.get(upper)


# Verbs of asking rather than demanding: CAMEO 02 "appeal" ("called on", "urged", "asked for
# aid"), which PLOVER folds into REQUEST; "demand", "order" and "X must" are CAMEO 10.
# Verbs of appeal (CAMEO 02), advocacy included ("pushed for reforms", "lobbied for a law").
APPEAL_VERBS = frozenset(
    {"call", "urge", "appeal", "ask", "request", "plead", "implore", "beg", "push", "lobby",
     "campaign", "seek", "solicit", "apply", "want", "wish"}
)


def cameo_root(
    event_type: PloverType,
    mode: str | None,
    *,
    armed_clash: bool = False,
    appeal: bool = False,
    sanctions: bool = False,
) -> str:
    """The CAMEO root code for a PLOVER type and mode.

    ``armed_clash`` marks fighting between armed parties, which CAMEO codes as 19; ``appeal``
    marks a REQUEST worded as an appeal (CAMEO 02) rather than a demand (CAMEO 10);
    ``sanctions`` a COERCE that imposes sanctions, an embargo or a boycott (CAMEO 163).
    """
    if event_type == "REQUEST" and appeal:
        return "02"
    if event_type == "COERCE" and sanctions:
        return "16"  # CAMEO 163 "impose embargo, boycott or sanctions": PLOVER's COERCE
    if event_type == "ASSAULT":
        if mode == "unconventional":
            return "20"
        if mode in _CAMEO_FIGHT_MODES or armed_clash:
            return "19"
        return "18"
    if event_type == "ACCUSE" and mode == "investigate":
        return "09"
    return TYPES[event_type].cameo_root
