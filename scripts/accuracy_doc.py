"""Regenerate docs/ACCURACY.md from the dev sets (without touching eval/baseline.json).

    python scripts/accuracy_doc.py [--data-dir ../shared/data] [--out docs/ACCURACY.md]

To refresh the floors and the document together, run instead:
    python -m sitrep.evaluate.gate --update --write-doc docs/ACCURACY.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitrep.evaluate.accuracy_doc import render_accuracy_doc
from sitrep.evaluate.gate import REPO_ROOT, data_dir, run_dev_sets
from sitrep.evaluate.harness import default_coder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="dev data (default ../shared/data)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "ACCURACY.md")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)
    root = data_dir(args.data_dir)
    if not (root / "dev").is_dir():
        print(f"accuracy_doc: skipped: {root} not found")
        return 0
    reports = run_dev_sets(root, coder=default_coder(n_process=max(1, args.n_process)))
    command = "python scripts/accuracy_doc.py"
    args.out.write_text(render_accuracy_doc(reports, command=command), encoding="utf-8")
    print(f"accuracy_doc: wrote {args.out} ({len(reports)} datasets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
