"""Country names as written in gold sets (UCDP, SCAD, ACLED, Mass Mobilization) -> ISO alpha-3."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

import pycountry

# Names the ISO tables do not know; UCDP adds the historical name in brackets, which is
# stripped before the lookup.
ALIASES: Mapping[str, str] = {
    "dr congo": "COD",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "congo": "COG",
    "republic of congo": "COG",
    "congo brazzaville": "COG",
    "ivory coast": "CIV",
    "cote d'ivoire": "CIV",
    "bosnia-herzegovina": "BIH",
    "kosovo": "KOS",
    "russia": "RUS",
    "syria": "SYR",
    "iran": "IRN",
    "laos": "LAO",
    "north korea": "PRK",
    "south korea": "KOR",
    "tanzania": "TZA",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "vietnam": "VNM",
    "cape verde": "CPV",
    "swaziland": "SWZ",
    "kingdom of eswatini": "SWZ",
    "eswatini": "SWZ",
    "turkey": "TUR",
    "gambia": "GMB",
    "guinea-bissau": "GNB",
    "south sudan": "SSD",
    "sudan": "SDN",
    "palestine": "PSE",
    "israel": "ISR",
    "micronesia": "FSM",
    "moldova": "MDA",
    "united states": "USA",
    "united states of america": "USA",
    "united kingdom": "GBR",
    "macedonia": "MKD",
    "czech republic": "CZE",
    "somaliland": "SOM",
    "zaire": "COD",
}


@lru_cache(maxsize=1024)
def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 for a country name, or None when it is not a known country."""
    clean = re.sub(r"\s*\(.*?\)\s*", " ", name).strip().lower()
    if not clean:
        return None
    if clean in ALIASES:
        return ALIASES[clean]
    try:
        return str(pycountry.countries.lookup(clean).alpha_3)
    except LookupError:
        return None
