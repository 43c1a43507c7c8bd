"""CAMEO event codes → PLOVER type and mode.

The root-level mapping is the one in ONTOLOGY.md (CAMEO 01/02 are dropped: statements and
appeals are not PLOVER events); the code-level exceptions it names (163 embargo → COERCE,
175 violent repression → ASSAULT) and the modes below are sitrep's reading of the CAMEO
codebook, written here as a table.
"""

from __future__ import annotations

from sitrep.model import PloverType

_ROOTS: dict[str, PloverType] = {
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}

# Most specific prefix first wins: (code prefix, type or None for the root's, mode).
_EXCEPTIONS: tuple[tuple[str, PloverType | None, str | None], ...] = (
    ("081", "CONCEDE", None),
    ("082", "CONCEDE", None),
    ("083", "CONCEDE", None),
    ("080", "CONCEDE", None),
    ("084", "RETREAT", "release"),
    ("085", "RETREAT", None),
    ("086", "RETREAT", "access"),
    ("0871", "RETREAT", "ceasefire"),
    ("0872", "RETREAT", "access"),
    ("0873", "RETREAT", "disarm"),
    ("0874", "RETREAT", "withdraw"),
    ("087", "RETREAT", "withdraw"),
    ("09", None, "investigate"),
    ("112", None, "allege"),
    ("115", None, "allege"),
    ("11", None, "disapprove"),
    ("122", None, "assist"),
    ("123", None, "change"),
    ("124", None, "yield"),
    ("125", None, "meet"),
    ("102", None, "assist"),
    ("103", None, "assist"),
    ("104", None, "change"),
    ("105", None, "yield"),
    ("106", None, "yield"),
    ("107", None, "yield"),
    ("108", None, "change"),
    ("131", None, "restrict"),
    ("132", None, "restrict"),
    ("133", None, "restrict"),
    ("134", None, "relations"),
    ("135", None, "relations"),
    ("136", None, "relations"),
    ("137", None, "violence"),
    ("138", None, "violence"),
    ("141", None, "demo"),
    ("142", None, "hunger"),
    ("143", None, "strike"),
    ("144", None, "obstruct"),
    ("145", None, "riot"),
    ("14", None, "demo"),
    ("151", None, "police"),
    ("153", None, "weapons"),
    ("15", None, "troops"),
    ("163", "COERCE", "restrict"),
    ("166", None, "expel"),
    ("16", None, "discontinue"),
    ("1711", None, "seize"),
    ("1712", "ASSAULT", "destroy"),
    ("171", None, "seize"),
    ("1721", None, "curfew"),
    ("1723", None, "martial-law"),
    ("172", None, "restrict"),
    ("173", None, "arrest"),
    ("174", None, "deport"),
    ("175", "ASSAULT", "crowd-control"),
    ("176", None, "cyber"),
    ("181", None, "abduct"),
    ("1821", None, "sexual"),
    ("1822", None, "torture"),
    ("182", None, "beat"),
    ("1831", None, "suicide-attack"),
    ("183", None, "explosives"),
    ("184", None, "targeted"),
    ("185", None, "targeted"),
    ("186", None, "targeted"),
    ("193", None, "firearms"),
    ("194", None, "heavy-weapons"),
    ("195", None, "aerial"),
    ("20", None, "unconventional"),
)


def plover_from_cameo(code: str) -> tuple[PloverType, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code such as "0874" or "190"; None when dropped."""
    code = code.strip()
    root = _ROOTS.get(code[:2]) if len(code) >= 2 else None
    if code[:2] == "08":
        root = "CONCEDE"
    if root is None:
        return None
    for prefix, event_type, mode in _EXCEPTIONS:
        if code.startswith(prefix):
            return (event_type or root, mode)
    return (root, None)


def penta_class(root: str | None) -> int:
    """The class of a CAMEO root in the five-class scheme of CAMEO-coded data sets (Phoenix,
    PETRARCH): 0 neutral (01-02 statements, appeals), 1 verbal cooperation (03-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13 and 16 reduce relations), 4 material
    conflict (14-15, 17-20). ``None`` (no event) is neutral."""
    if root is None:
        return 0
    number = int(root[:2])
    if number <= 2:
        return 0
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13 or number == 16:
        return 3
    return 4
