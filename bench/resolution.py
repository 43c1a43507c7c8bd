"""Load and lookup times of sitrep's two dictionaries: actors and the gazetteer.

    python bench/resolution.py [--data ../shared/data/dev/plover_pairs/train.tsv] [--repeat 3]

Prints the best of ``--repeat`` runs for: loading the actor dictionary
(``load_tables``), resolving one mention (over the marked source and target spans of
plover_pairs when the file is there, else a small built-in list), resolving a 500-word noun
phrase, and opening the gazetteer index (after its one-time build). These are the figures
quoted in docs/ACTORS.md and docs/PERFORMANCE.md; unit tests do not time anything.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "data" / "dev" / "plover_pairs" / "train.tsv"
BUILT_IN = [
    "U.S. President Donald Trump",
    "the Syrian and Russian governments",
    "police",
    "Hayat Tahrir al-Sham fighters",
    "a former Nigerian president",
    "Houthi rebels",
    "the United Nations Security Council",
]


def best(repeat: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def mentions(path: Path) -> list[str]:
    if not path.is_file():
        return BUILT_IN
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        found = [
            (row.get(column) or "").strip() for row in rows for column in ("source", "target")
        ]
    return [text for text in found if text]


def main() -> None:
    parser = argparse.ArgumentParser(description="actor and gazetteer lookup figures")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from sitrep.resolve.actors import load_actor_resolver
    from sitrep.resolve.actors.store import load_tables
    from sitrep.resolve.gazetteer import load_gazetteer, reset_cache

    load = best(args.repeat, load_tables)
    resolver = load_actor_resolver()
    texts = mentions(args.data)
    day = dt.date(2019, 6, 1)
    per_pass = best(args.repeat, lambda: [resolver.resolve(t, date=day) for t in texts])
    long_phrase = "Syrian troops " + " ".join(["and", "the", "very", "long", "tail"] * 100)
    long_s = best(args.repeat, lambda: resolver.resolve(long_phrase))
    load_gazetteer()  # builds the index once on a fresh machine

    def reopen() -> None:
        reset_cache()
        load_gazetteer()

    gazetteer_s = best(args.repeat, reopen)
    print(f"actor dictionary load        {load:.3f} s")
    print(f"actor resolution             {1000 * per_pass / len(texts):.3f} ms per mention"
          f" ({len(texts)} mentions{'' if texts is not BUILT_IN else ', built-in list'})")
    print(f"500-word noun phrase         {1000 * long_s:.2f} ms")
    print(f"gazetteer open               {gazetteer_s:.3f} s")


if __name__ == "__main__":
    main()
