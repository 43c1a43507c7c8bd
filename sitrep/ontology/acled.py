"""ACLED event type and sub-event type derived from a PLOVER type, mode and the actors.

ACLED codes disorder, not diplomacy: verbal events (CONSULT, REQUEST, ACCUSE, REJECT, THREATEN,
SANCTION) and material cooperation (COOPERATE, AID) get no ACLED type. The rules (documented in
docs/EVENT_RECORD.md):

* ASSAULT by remote means goes to *Explosions/Remote violence* by mode (air/drone strike,
  shelling, IED, suicide bomb, chemical weapon);
* ASSAULT on civilians (ACLED inter 7) goes to *Violence against civilians* (abduction and sexual
  violence have their own sub-types); force against protesters (inter 6) to *Protests: Excessive
  force against protesters*;
* other ASSAULT is *Battles: Armed clash* (armed parties fighting, or an unknown target);
* PROTEST is *Protests: Peaceful protest*, or *Riots: Violent demonstration* for the riot mode;
* COERCE by arrest is *Strategic developments: Arrests*; destruction/seizure is
  *Looting/property destruction*; AGREE, SUPPORT-by-signing and ceasefires are *Agreement*;
  RETREAT by withdrawal is *Non-violent transfer of territory*; the rest *Other*.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.model import PloverType

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# ACLED's pre-2019 event types mapped to the current (type, sub-event type).
LEGACY_ACLED_TYPES: dict[str, tuple[str, str | None]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": (
        "Battles",
        "Non-state actor overtakes territory",
    ),
    "remote violence": ("Explosions/Remote violence", None),
    "violence against civilians": ("Violence against civilians", None),
    "riots/protests": ("Protests", None),
    "strategic development": ("Strategic developments", None),
    "headquarters or base established": (
        "Strategic developments",
        "Headquarters or base established",
    ),
    "non-violent transfer of territory": (
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
}

_REMOTE: dict[str, str] = {
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "explosives": "Remote explosive/landmine/IED",
    "suicide-attack": "Suicide bomb",
    "unconventional": "Chemical weapon",
}
_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})

Acled = tuple[str | None, str | None]


def acled_types(
    event_type: PloverType,
    mode: str | None,
    *,
    actor_inters: Iterable[int | None] = (),
    recipient_inters: Iterable[int | None] = (),
) -> Acled:
    """Return (acled_event_type, acled_sub_event_type), or (None, None) when ACLED has none."""
    actors = {i for i in actor_inters if i is not None}
    recipients = {i for i in recipient_inters if i is not None}
    if event_type == "ASSAULT":
        return _assault(mode, actors, recipients)
    if event_type == "PROTEST":
        if mode == "riot":
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    return _strategic(event_type, mode)


def _assault(mode: str | None, actors: set[int], recipients: set[int]) -> Acled:
    if mode in _REMOTE:
        return "Explosions/Remote violence", _REMOTE[mode]
    if (6 in recipients and mode == "crowd-control") or (6 in recipients and actors & {1}):
        return "Protests", "Excessive force against protesters"
    if 7 in recipients and not (recipients & _ARMED_INTERS):
        if mode == "abduct":
            return "Violence against civilians", "Abduction/forced disappearance"
        if mode == "sexual":
            return "Violence against civilians", "Sexual violence"
        return "Violence against civilians", "Attack"
    if actors & {5, 6} and not actors & _ARMED_INTERS:
        return "Riots", "Mob violence"
    return "Battles", "Armed clash"


def _strategic(event_type: PloverType, mode: str | None) -> Acled:
    if event_type == "COERCE":
        if mode == "arrest":
            return "Strategic developments", "Arrests"
        if mode in ("seize", "destroy"):
            return "Strategic developments", "Looting/property destruction"
        return "Strategic developments", "Other"
    if event_type == "AGREE" or (event_type == "RETREAT" and mode == "ceasefire"):
        return "Strategic developments", "Agreement"
    if event_type == "RETREAT" and mode == "withdraw":
        return "Strategic developments", "Non-violent transfer of territory"
    if event_type in ("RETREAT", "MOBILIZE"):
        return "Strategic developments", "Other"
    return None, None
