"""Actor code tables: CAMEO agent codes to PLOVER sectors, PLOVER sectors to ACLED inter codes.

ACLED ``inter`` codes (documented in docs/ACTORS.md):

====  =======================  ==========================================================
code  ACLED actor type         sitrep rule
====  =======================  ==========================================================
1     state forces             GOV, MIL, COP, SPY, JUD, LEG of a state (ISO3 country); a
                               foreign state's forces are also 1 (ACLED "Military Forces
                               of Russia" in Ukraine is 1)
2     rebel groups             REB; and any sector of an IMG (international militarised
                               group, e.g. Islamic State)
3     political militias       PRM, UAF, CRM (gangs and unidentified armed groups)
4     identity militias        set by the resolver for ethnic/tribal/clan/communal militias
5     rioters                  set by the resolver for rioters and mobs
6     protesters               set by the resolver for protesters and demonstrators
7     civilians                CVL, REF, JRN, MED, EDU, REL, BUS, AGR, LAB, SOC, OPP, PTY,
                               ELI and every sector of an NGO or MNC
8     external/other           IGO, UNO, EUR (peacekeepers, international organisations);
                               foreign private military companies (by dictionary entry)
====  =======================  ==========================================================
"""

from __future__ import annotations

import datetime as dt

PLOVER_SECTORS: frozenset[str] = frozenset(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    ]
)
NON_STATE_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

# CAMEO agent/sector codes that are not PLOVER sectors under the same name.
CAMEO_TO_PLOVER: dict[str, str] = {
    "MED": "JRN",  # CAMEO media -> PLOVER journalists/media
    "HLH": "MED",  # CAMEO health -> PLOVER health
    "INS": "REB",
    "SEP": "REB",
    "HRI": "SOC",
    "ENV": "SOC",
    "DEV": "SOC",
    "NGO": "SOC",
    "PPL": "CVL",
    "MUS": "REL",
    "CHR": "REL",
    "JEW": "REL",
    "BUD": "REL",
    "HIN": "REL",
    "CTH": "REL",
    "ORT": "REL",
    "PRO": "REL",
    "SHI": "REL",
    "SUN": "REL",
    "JNK": "UNK",
}

# Country codes of other sources for the codes actors use: GeoNames (and so the gazetteer and
# an article's focus country) writes Kosovo XKX.
HINT_COUNTRY_FIX: dict[str, str] = {"XKX": "KOS"}


def actor_country(code: str | None) -> str | None:
    """A country code of another source (a place's, an article focus's) as actors write it."""
    return HINT_COUNTRY_FIX.get(code, code) if code else code

# CAMEO country codes that are not ISO 3166 alpha-3 (or that PLOVER spells differently).
CAMEO_COUNTRY_FIX: dict[str, str] = {
    "TMP": "TLS",
    "KSV": "KOS",
    "USR": "RUS",
    "SUN": "RUS",
    "YUG": "SRB",
    "FRY": "SRB",
    "SCG": "SRB",
    "DDR": "DEU",
    "CSK": "CZE",
    "ROM": "ROU",
    "ZAR": "COD",
    "ANG": "AGO",
    "EIN": "IDN",
    "SRP": "BIH",
    "KRJ": "HRV",
}

STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_MILITIA_SECTORS: frozenset[str] = frozenset({"PRM", "UAF", "CRM"})
_CIVILIAN_SECTORS: frozenset[str] = frozenset(
    ["CVL", "REF", "JRN", "MED", "EDU", "REL", "BUS", "AGR", "LAB", "SOC", "OPP", "PTY", "ELI"]
)

# Words used to build canonical names like "Syrian military" for a country + sector.
SECTOR_NOUNS: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "SPY": "intelligence services",
    "JUD": "judiciary",
    "LEG": "legislature",
    "REB": "rebels",
    "PRM": "pro-government militia",
    "UAF": "armed group",
    "CRM": "criminals",
    "CVL": "civilians",
    "REF": "refugees",
    "JRN": "media",
    "MED": "health workers",
    "EDU": "students and educators",
    "REL": "religious leaders",
    "BUS": "business",
    "AGR": "farmers",
    "LAB": "labour",
    "SOC": "civil society",
    "OPP": "opposition",
    "PTY": "political party",
    "ELI": "former officials",
    "PRE": "authorities",
    "UNK": "actor",
}


def sector_to_inter(sector: str | None, country: str | None) -> int | None:
    """The ACLED inter code (1-8) of a PLOVER sector of a country or non-state code.

    Returns None when the sector is unknown and the country alone does not decide it.
    The codes 4 (identity militia), 5 (rioters) and 6 (protesters) depend on words, not on
    the sector, and are set by the resolver.
    """
    if country in {"IGO", "UNO", "EUR"}:
        return 8
    if country == "IMG":
        return 2
    if country in {"NGO", "MNC"}:
        return 7
    if sector is None:
        return None
    if sector in STATE_SECTORS:
        return 1
    if sector == "REB":
        return 2
    if sector in _MILITIA_SECTORS:
        return 3
    if sector in _CIVILIAN_SECTORS:
        return 7
    return None


def date_to_int(date: dt.date) -> int:
    """A date as the integer YYYYMMDD (the form role bounds are stored in)."""
    return date.year * 10000 + date.month * 100 + date.day


def int_to_date(value: int) -> dt.date:
    """The inverse of :func:`date_to_int`; raises ValueError for an impossible date."""
    return dt.date(value // 10000, value // 100 % 100, value % 100)
