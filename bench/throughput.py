"""Throughput benchmark: code a JSONL corpus into a fresh SQLite database and report speed.

    python bench/throughput.py [CORPUS.jsonl] [--jobs 2] [--repeat 1]

Default corpus: ../shared/data/corpora/voa/voa_stories.jsonl (89 VOA stories), falling back to
examples/voa_examples.jsonl. Prints articles/s, words/s, events, peak RSS and the time per
stage (segment, parse, extract: summed over articles, so with several workers the stage sum
exceeds wall time). Figures are recorded in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "corpora" / "voa" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="code the corpus N times")
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT if DEFAULT.exists() else ROOT / "examples/voa_examples.jsonl")

    from sitrep.ingest import Failure, read_inputs
    from sitrep.pipeline import code_articles, warm_up
    from sitrep.store import EventStore

    t0 = time.perf_counter()
    warm_up()
    load_s = time.perf_counter() - t0
    articles = [a for a in read_inputs([str(corpus)]) if not isinstance(a, Failure)]
    articles = articles * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    stages: Counter[str] = Counter()
    events = failed = 0
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        for result in code_articles(articles, n_process=args.jobs):
            store.add_result(result)
            stages.update(result.timings)
            events += len(result.events)
            failed += 0 if result.ok else 1
        wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"corpus           {corpus.name}: {len(articles)} articles, {words} words")
    print(f"workers          {args.jobs}")
    print(f"model load       {load_s:.2f} s (once, not in the rates below)")
    print(f"wall time        {wall:.2f} s (coding + SQLite storage)")
    print(f"articles/s       {len(articles) / wall:.1f}")
    print(f"words/s          {words / wall:.0f}")
    print(f"events           {events} ({failed} articles failed)")
    print(f"peak RSS         {peak_mb:.0f} MB main process, {child_mb:.0f} MB largest worker")
    total = sum(stages.values()) or 1.0
    for stage, seconds in stages.most_common():
        per = 1000 * seconds / max(len(articles), 1)
        share = 100 * seconds / total
        print(f"stage {stage:10} {seconds:7.2f} s  {per:6.1f} ms/article  {share:4.0f}%")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
