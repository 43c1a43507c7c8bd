"""Measure sitrep's geoparser on GeoVirus (Wikinews articles with every place mention marked).

    python bench/geovirus.py [--data ../shared/data/dev/geovirus/GeoVirus.xml] [--limit N]

Prints: toponym detection precision/recall/F1 (exact span match), resolution with the gold
spans given (share within 161 km, median and mean error in km, AUC-free), and the mean time
per article of ``find_places`` (excluding spaCy parsing) and of ``resolve_spans``.
GeoVirus offsets are one character past the real span; this script corrects them.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "data" / "dev" / "geovirus" / "GeoVirus.xml"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    page: str


def read_geovirus(path: Path) -> list[tuple[str, list[Gold]]]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        golds = []
        for loc in node.iter("location"):
            name = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            if text[start:end] != name and text[start - 1 : end - 1] == name:
                start, end = start - 1, end - 1
            lat, lon = float(loc.findtext("lat") or 0), float(loc.findtext("lon") or 0)
            page = (loc.findtext("page") or "").rsplit("/", 1)[-1]
            golds.append(Gold(start, end, name, lat, lon, page))
        articles.append((text, golds))
    return articles


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _same_entity(page: str, name: str) -> bool:
    """The resolved name is the gold page's title ("China" for .../wiki/China)."""
    from urllib.parse import unquote

    from sitrep.resolve.gazetteer import name_key

    title = unquote(page).replace("_", " ").split(",")[0]
    title = title.split(" (")[0]
    return bool(name) and name_key(title) == name_key(name)


def main() -> None:
    parser = argparse.ArgumentParser(description="GeoVirus figures for sitrep's geoparser")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", action="store_true", help="list misses and far resolutions")
    parser.add_argument(
        "--no-ner", action="store_true", help="parse without NER, as sitrep's pipeline does"
    )
    args = parser.parse_args()

    from sitrep.nlp import load_pipeline
    from sitrep.resolve.gazetteer import load_gazetteer
    from sitrep.resolve.places import find_places, resolve_spans

    t0 = time.perf_counter()
    load_gazetteer()
    load_s = time.perf_counter() - t0
    nlp = load_pipeline(disable=("ner",) if args.no_ner else ())
    articles = read_geovirus(args.data)
    if args.limit:
        articles = articles[: args.limit]
    docs = list(nlp.pipe([text for text, _ in articles]))
    tp = fp = fn = 0
    errors: list[float] = []
    same_entity = 0
    find_s = spans_s = 0.0
    for (text, golds), doc in zip(articles, docs, strict=True):
        t0 = time.perf_counter()
        found = find_places(doc)
        find_s += time.perf_counter() - t0
        gold_spans = {(g.start, g.end) for g in golds}
        pred_spans = {(p.start, p.end) for p in found}
        tp += len(gold_spans & pred_spans)
        fp += len(pred_spans - gold_spans)
        fn += len(gold_spans - pred_spans)
        if args.errors:
            for s, e in sorted(pred_spans - gold_spans):
                print(f"FP {text[s:e]!r} | {text[max(0, s - 30):e + 30]!r}")
            for s, e in sorted(gold_spans - pred_spans):
                print(f"FN {text[s:e]!r} | {text[max(0, s - 30):e + 30]!r}")
        t0 = time.perf_counter()
        resolved = resolve_spans(text, [(g.start, g.end) for g in golds])
        spans_s += time.perf_counter() - t0
        for gold, place in zip(golds, resolved, strict=True):
            if place.lat is None or place.lon is None:
                errors.append(20037.0)
                if args.errors:
                    print(f"NOMATCH {gold.name!r}")
                continue
            km = distance_km(gold.lat, gold.lon, place.lat, place.lon)
            errors.append(km)
            same_entity += km <= 161 or _same_entity(gold.page, place.name or "")
            if args.errors and km > 161:
                print(f"FAR {km:.0f} km {gold.name!r} -> {place.name} {place.country} "
                      f"{place.feature_code} ({gold.lat},{gold.lon})")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(articles)
    within = sum(1 for km in errors if km <= 161) / len(errors)
    print(f"articles {n}, gold toponyms {len(errors)}, gazetteer load {load_s:.2f} s")
    print(f"detection  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (exact span)")
    median, mean = statistics.median(errors), statistics.fmean(errors)
    print(f"resolution (gold spans)  within 161 km {within:.3f}  median {median:.1f} km"
          f"  mean {mean:.0f} km")
    print(f"resolution (gold spans)  within 161 km or the gold Wikipedia page's entity"
          f" {same_entity / len(errors):.3f}")
    print(f"time per article: find_places {1000 * find_s / n:.2f} ms,"
          f" resolve_spans {1000 * spans_s / n:.2f} ms")


if __name__ == "__main__":
    main()
