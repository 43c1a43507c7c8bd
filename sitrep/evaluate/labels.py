"""Label tables: older names mapped to current ones, and gold codes mapped to PLOVER.

Every table here is documented in ``docs/EVALUATION.md`` (section "Label mappings"); keep the
two in step. A gold label that maps to several current labels is a tuple of acceptable
answers: a prediction equal to any of them is correct, and the first is the one shown in the
confusion matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sitrep.model import PLOVER_TYPES, Event

# Older PLOVER drafts (and the PLOVER sentence-pair set) use these names.
LEGACY_PLOVER: Mapping[str, tuple[str, ...]] = {
    "DEMAND": ("REQUEST",),
    "DISAPPROVE": ("ACCUSE",),
    "INVESTIGATE": ("ACCUSE",),
    "YIELD": ("RETREAT", "CONCEDE"),
    "FIGHT": ("ASSAULT",),
}

# ACLED event types before the 2019 revision -> (event_type, sub_event_type or None).
LEGACY_ACLED: Mapping[str, tuple[tuple[str, ...], str | None]] = {
    "battle-no change of territory": (("Battles",), "Armed clash"),
    "battle-government regains territory": (("Battles",), "Government regains territory"),
    "battle-non-state actor overtakes territory": (
        ("Battles",),
        "Non-state actor overtakes territory",
    ),
    "remote violence": (("Explosions/Remote violence",), None),
    "riots/protests": (("Protests", "Riots"), None),
    "violence against civilians": (("Violence against civilians",), None),
    "strategic development": (("Strategic developments",), None),
    "non-violent transfer of territory": (
        ("Strategic developments",),
        "Non-violent transfer of territory",
    ),
    "headquarters or base established": (
        ("Strategic developments",),
        "Headquarters or base established",
    ),
}

ACLED_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# ACLED event type -> acceptable PLOVER types (None: no single PLOVER reading).
ACLED_TO_PLOVER: Mapping[str, tuple[str, ...]] = {
    "Battles": ("ASSAULT",),
    "Explosions/Remote violence": ("ASSAULT",),
    "Violence against civilians": ("ASSAULT",),
    "Protests": ("PROTEST",),
    "Riots": ("PROTEST", "ASSAULT"),
}
ACLED_SUB_TO_PLOVER: Mapping[str, tuple[str, ...]] = {
    "Arrests": ("COERCE",),
    "Agreement": ("AGREE", "SUPPORT", "CONCEDE"),
    "Looting/property destruction": ("ASSAULT", "COERCE"),
    "Headquarters or base established": ("MOBILIZE",),
}

# ACLED actor type (inter1/inter2) -> acceptable PLOVER sectors.
ACLED_INTER_SECTORS: Mapping[int, tuple[str, ...]] = {
    1: ("MIL", "COP", "GOV"),
    2: ("REB",),
    3: ("PRM", "REB", "UAF", "PTY"),
    4: ("REB", "UAF", "CVL"),
    5: ("CVL",),
    6: ("CVL",),
    7: ("CVL",),
}

# ACLED exports since 2024 write the actor type as text instead of 1-8.
ACLED_INTER_NAMES: Mapping[str, int] = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "political militia": 3,
    "political militias": 3,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}

# SCAD etype -> acceptable PLOVER types.
SCAD_ETYPES: Mapping[int, tuple[str, ...]] = {
    1: ("PROTEST",),
    2: ("PROTEST",),
    3: ("PROTEST", "ASSAULT"),
    4: ("PROTEST", "ASSAULT"),
    5: ("PROTEST",),
    6: ("PROTEST",),
    7: ("ASSAULT", "COERCE"),
    8: ("ASSAULT",),
    9: ("ASSAULT",),
    10: ("ASSAULT",),
}

# UCDP GED type_of_violence -> PLOVER (all three are lethal violence).
UCDP_TYPES: Mapping[int, tuple[str, ...]] = {1: ("ASSAULT",), 2: ("ASSAULT",), 3: ("ASSAULT",)}


def normalize_plover(label: str) -> tuple[str, ...]:
    """Map a gold PLOVER label (current or older name) to its acceptable current labels.

    Returns ``()`` for labels that mean "no event" (``NONE``, empty) and raises ``KeyError``
    for names that are neither current nor listed in :data:`LEGACY_PLOVER`.
    """
    name = label.strip().upper().split(":")[0]
    if name in ("", "NONE", "O", "NO_EVENT"):
        return ()
    if name in PLOVER_TYPES:
        return (name,)
    return LEGACY_PLOVER[name]


def normalize_acled(event_type: str, sub_event_type: str = "") -> tuple[tuple[str, ...], str]:
    """Map an ACLED (possibly pre-2019) event type to current ``(types, sub_event_type)``."""
    clean = event_type.strip()
    for current in ACLED_TYPES:
        if clean.lower() == current.lower():
            return (current,), sub_event_type.strip()
    legacy = LEGACY_ACLED.get(clean.lower())
    if legacy is None:
        return (clean,), sub_event_type.strip()
    types, sub = legacy
    return types, sub_event_type.strip() or (sub or "")


def acled_plover_types(event_type: str, sub_event_type: str) -> tuple[str, ...] | None:
    """The PLOVER types an ACLED event may be coded as, or None when there is no clear one."""
    if sub_event_type in ACLED_SUB_TO_PLOVER:
        return ACLED_SUB_TO_PLOVER[sub_event_type]
    return ACLED_TO_PLOVER.get(event_type)


# Binary labels of the sentence/document sets, decided from the predicted events.
LabelRule = Callable[[Event], bool]


def _is_police(event: Event) -> bool:
    return any(actor.sector == "COP" for actor in event.actors)


def _killed(event: Event) -> bool:
    return event.fatalities is not None and event.fatalities.best > 0


def _arrest(event: Event) -> bool:
    arrested = event.arrested is not None and event.arrested.best > 0
    return arrested or (event.event_type == "COERCE" and event.event_mode == "arrest")


def _asserted(event: Event) -> bool:
    return event.modality == "asserted"


def _happened(event: Event) -> bool:
    """Reported as done, now or long ago, by the writer or by a party: the police sentence
    labels mark what the text says the police did, including past actions an article recalls
    ("in 1990, two brothers were killed in police firing") and what a party alleges ("the
    committee alleged that its president has been detained by police")."""
    return event.modality in ("asserted", "historical", "claimed")


LABEL_RULES: Mapping[str, LabelRule] = {
    # india_police_events (sentence labels); the actor must be police (sector COP).
    "ANY_ACTION": lambda e: _is_police(e) and _happened(e),
    "KILL": lambda e: _is_police(e) and _happened(e) and e.event_type == "ASSAULT" and _killed(e),
    "ARREST": lambda e: _is_police(e) and _happened(e) and _arrest(e),
    # Force is violence (firing, lathi-charges, tear gas); PLOVER's COERCE is repression
    # *short of* violence (bans, curfews, seizures), so a police ban is no use of force.
    "FORCE": lambda e: _is_police(e) and _happened(e) and e.event_type == "ASSAULT",
    "FAIL": lambda e: _is_police(e) and e.modality == "negated",
    # mass_mobilization state responses (any actor).
    "ARRESTS": lambda e: _asserted(e) and _arrest(e),
    "BEATINGS": lambda e: _asserted(e) and e.event_type == "ASSAULT" and e.event_mode == "beat",
    "SHOOTINGS": lambda e: (
        _asserted(e) and e.event_type == "ASSAULT" and e.event_mode == "firearms"
    ),
    "KILLINGS": lambda e: _asserted(e) and e.event_type == "ASSAULT" and _killed(e),
    "CROWD_DISPERSAL": lambda e: (
        _asserted(e)
        and (e.event_mode == "crowd-control" or (e.event_type == "COERCE" and not _arrest(e)))
    ),
    "ACCOMMODATION": lambda e: _asserted(e) and e.event_type in ("CONCEDE", "RETREAT"),
}

MM_RESPONSES: Mapping[str, str] = {
    "arrests": "ARRESTS",
    "beatings": "BEATINGS",
    "shootings": "SHOOTINGS",
    "killings": "KILLINGS",
    "crowd dispersal": "CROWD_DISPERSAL",
    "accomodation": "ACCOMMODATION",
    "accommodation": "ACCOMMODATION",
}


def predicted_labels(events: tuple[Event, ...], names: frozenset[str]) -> frozenset[str]:
    """Which of the binary labels ``names`` the predicted events imply.

    A label is predicted when any event satisfies its rule (a PLOVER type name is predicted
    when an event of that type is present, for sitrep's own gold files).
    """
    found: set[str] = set()
    for name in names:
        rule = LABEL_RULES.get(name)
        if rule is None:
            if any(event.event_type == name for event in events):
                found.add(name)
        elif any(rule(event) for event in events):
            found.add(name)
    return frozenset(found)
