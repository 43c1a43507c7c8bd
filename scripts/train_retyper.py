"""Train the retyper shipped as ``sitrep/data/retyper.json.gz`` (see sitrep/extract/retyper.py).

    python scripts/train_retyper.py [--data ../shared/data] [--check]

It codes the labelled sentences of ``dev/plover_pairs/train.tsv`` with the rules only
(retyper off), records the features of each sentence's main event, and fits a logistic
regression from those features to the gold PLOVER type (threshold, L2 and iterations are
the defaults of ``sitrep.extract.retyper.train``; training is deterministic). The file's
SHA-256 is stored in the model, so the evaluation harness cross-validates every score on it
(sitrep/evaluate/crossval.py). ``--check`` also prints that cross-validated accuracy.

Rerun it after any change to the rules: the features are the rules' output. The model records
a digest of its training examples; when the harness cross-validates the whole file and the
rules now give different examples, the report says the model is stale and the gate fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitrep.evaluate.crossval import rules_only_examples
from sitrep.evaluate.loaders import load_gold
from sitrep.extract import retyper
from sitrep.model import Article

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "sitrep" / "data" / "retyper.json.gz"
SETS = ("dev/plover_pairs/train.tsv",)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--check", action="store_true", help="print the cross-validated score")
    options = parser.parse_args()
    examples: list[tuple[list[str], str]] = []
    trained_on: list[dict[str, str]] = []
    for relative in SETS:
        gold = load_gold(options.data / relative)
        articles = [Article(text=item.text, id=item.id, date=item.date) for item in gold.items]
        found = rules_only_examples(gold.items, articles)
        examples.extend((features, label) for _, features, label in found)
        trained_on.append(
            {
                "name": gold.name,
                "path": relative,
                "sha256": gold.sha256,
                "examples_sha256": retyper.examples_digest([(f, y) for _, f, y in found]),
            }
        )
        print(f"{relative}: {len(found)} examples from {len(gold.items)} sentences")
    model = retyper.train(examples, trained_on=trained_on)
    model.save(options.out)
    size = options.out.stat().st_size
    print(f"wrote {options.out} ({len(model.weights)} features, {size / 1024:.0f} KiB)")
    if options.check:
        from sitrep.evaluate.harness import evaluate

        retyper.load_retyper.cache_clear()
        for relative in SETS:
            report = evaluate(options.data / relative)
            print(relative, {k: round(v, 4) for k, v in report.metrics.items() if "type" in k})


if __name__ == "__main__":
    main()
