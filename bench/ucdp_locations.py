"""Event location on UCDP GED headlines: does ``locate_event`` land near the coded event?

    python bench/ucdp_locations.py [--data PATH/TO/ucdpged_sample_v23_1.csv]

For each event with a ``source_headline``, the headline is parsed, its places found, and the
location of its main verb (the root of the first sentence) taken with ``locate_event``
(attachment, then sentence, then article focus). Prints coverage (share of headlines given a
location) and, among those, the share within 50 km and 161 km of UCDP's point, split by
UCDP's ``where_prec`` (1 exact place … 4 province … 6 country).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from geovirus import SHARED, distance_km

DEFAULT = SHARED / "data" / "dev" / "ucdp_ged_sample" / "ucdpged_sample_v23_1.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description="UCDP headline event-location figures")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()

    from sitrep.nlp import load_pipeline
    from sitrep.resolve.places import article_focus, find_places, locate_event

    with args.data.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if (r.get("source_headline") or "").strip()]
    nlp = load_pipeline()
    texts = [r["source_headline"].split(";")[0] for r in rows]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, located, 50, 161
    for row, doc in zip(rows, nlp.pipe(texts), strict=True):
        places = find_places(doc)
        sentence = next(iter(doc.sents), None)
        location = None
        if sentence is not None:
            location = locate_event(sentence, sentence.root, places, focus=article_focus(places))
        for key in ("all", f"where_prec {row['where_prec'][:1]}"):
            counts = tally[key]
            counts[0] += 1
            if location is None or location.lat is None or location.lon is None:
                continue
            km = distance_km(float(row["latitude"]), float(row["longitude"]),
                             location.lat, location.lon)
            counts[1] += 1
            counts[2] += km <= 50
            counts[3] += km <= 161
    for key in sorted(tally, key=lambda k: (k != "all", k)):
        n, located, near, within = tally[key]
        share = located / n if n else 0.0
        print(f"{key:13} n={n:4}  located {share:.2f}  of those within 50 km "
              f"{near / max(located, 1):.2f}, within 161 km {within / max(located, 1):.2f}")


if __name__ == "__main__":
    main()
