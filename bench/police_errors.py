"""List the errors on the India Police Events labels (KILL, ARREST, FORCE, FAIL, ANY_ACTION).

    python bench/police_errors.py [--data ../shared/data/dev/india_police_events/sents.jsonl]
                                  [--limit 4000] [--seed 13] [--out errors.txt]

Codes a deterministic sample (the gate's: 4,000 sentences, seed 13; ``--limit 0`` for all)
with the real pipeline (each sentence inside its article, as the harness does), prints
true/false positives and negatives, precision, recall and F1
per label, and writes every false positive and false negative with the events coded for it
(type, mode, modality, trigger, actors and recipients with their sectors, deaths, arrests) to
``--out``. Check a second seed (``--seed 7``) before trusting a change made while reading the
errors of the first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitrep.evaluate.harness import code_items, default_coder
from sitrep.evaluate.labels import predicted_labels
from sitrep.evaluate.loaders import load_gold
from sitrep.model import Event

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "data" / "dev" / "india_police_events" / "sents.jsonl"


def describe(event: Event) -> str:
    actors = ",".join(f"{a.text}/{a.sector}" for a in event.actors)
    recipients = ",".join(f"{r.text}/{r.sector}" for r in event.recipients)
    deaths = event.fatalities.best if event.fatalities else ""
    arrested = event.arrested.best if event.arrested else ""
    return (
        f"[{event.event_type}:{event.event_mode} {event.modality} '{event.trigger.text}'"
        f" A=({actors}) R=({recipients}) killed={deaths} arrested={arrested}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=4000, help="0: every sentence")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path("police_errors.txt"))
    args = parser.parse_args()
    gold = load_gold(args.data, kind="police", limit=args.limit or None, seed=args.seed)
    results = [r for r in code_items(gold.items, default_coder()) if r is not None]
    names = sorted(gold.label_names)
    counts = {name: [0, 0, 0] for name in names}  # tp, fp, fn
    errors: dict[str, list[str]] = {name: [] for name in names}
    for item, result in zip(gold.items, results, strict=True):
        predicted = predicted_labels(result.events, gold.label_names)
        wanted = item.labels or frozenset()
        coded = " ".join(describe(event) for event in result.events)
        for name in names:
            if name in predicted and name in wanted:
                counts[name][0] += 1
            elif name in predicted or name in wanted:
                kind = "FP" if name in predicted else "FN"
                counts[name][1 if kind == "FP" else 2] += 1
                errors[name].append(f"{kind} {item.id} | {item.text.strip()}\n    {coded}")
    with args.out.open("w", encoding="utf-8") as out:
        for name in names:
            tp, fp, fn = counts[name]
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            line = f"{name:11} tp={tp:4} fp={fp:4} fn={fn:4} P={precision:.3f} R={recall:.3f}"
            print(f"{line} F1={f1:.3f}")
            out.write(f"===== {line} F1={f1:.3f}\n")
            out.writelines(f"{error}\n" for error in sorted(errors[name]))
    print(f"errors written to {args.out}")


if __name__ == "__main__":
    main()
