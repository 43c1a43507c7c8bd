"""List the gold sources and targets that no participant of the main event overlaps, by cause.

    python scripts/role_misses.py ../shared/data/dev/plover_pairs/train.tsv [--all] [--limit N]

For each missed span: its role, text, gold country (PLOVER pairs), the sentence, every coded
event (the main one starred) with its actors and recipients; then counts by cause: no event
coded, found in another event, the main event's role empty, or a different phrase. Without
``--all`` only spans with a gold country are listed (what ``actor.country_accuracy``
counts). Uses the shipped coder (no cross-validation: the retyper has seen PLOVER pairs).
An analysis aid for role rules (docs/ACTORS.md); it changes nothing.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Sequence

from sitrep.evaluate.gold import GoldItem
from sitrep.evaluate.harness import code_items, default_coder
from sitrep.evaluate.loaders import load_gold
from sitrep.evaluate.metrics import overlaps
from sitrep.evaluate.scoring import main_event, trim
from sitrep.model import Actor, Event


def _hit(item: GoldItem, actors: Sequence[Actor], gold: list[tuple[int, int]]) -> bool:
    return any(
        overlaps(trim(item.text, (a.start, a.end)), span) for a in actors for span in gold
    )


def _cause(item: GoldItem, events: Sequence[Event], role: str,
           gold: list[tuple[int, int]]) -> str | None:
    main = main_event(events)
    if main is None:
        return "no event"
    if _hit(item, (*main.actors, *main.recipients), gold):
        return None
    if any(_hit(item, (*e.actors, *e.recipients), gold) for e in events if e is not main):
        return "other event has it"
    if not (main.actors if role == "source" else main.recipients):
        return "main role empty"
    return "main role other phrase"


def _describe(event: Event, main: Event | None) -> str:
    star = "*" if event is main else " "
    actors = [(a.text, a.country) for a in event.actors]
    recipients = [(a.text, a.country) for a in event.recipients]
    return (f"   {star} {event.event_type} {event.trigger.text!r} conf={event.confidence:.2f}"
            f" A={actors} R={recipients}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a gold file with sources and targets")
    parser.add_argument("--all", action="store_true", help="also spans with no gold country")
    parser.add_argument("--limit", type=int, help="a deterministic sample of N items")
    args = parser.parse_args(argv)
    gold_set = load_gold(args.path, limit=args.limit)
    causes: collections.Counter[str] = collections.Counter()
    for item, result in zip(gold_set.items, code_items(gold_set.items, default_coder()),
                            strict=True):
        events = result.events if result is not None else ()
        for role, spans, country in (("source", item.sources, item.source_country),
                                     ("target", item.targets, item.target_country)):
            if not spans or (country is None and not args.all):
                continue
            gold = [trim(item.text, span) for span in spans]
            cause = _cause(item, events, role, gold)
            if cause is None:
                continue
            causes[f"{role}: {cause}"] += 1
            print(f"## {item.id} {role} {[item.text[a:b] for a, b in gold]} country={country}"
                  f" cause={cause}")
            print(f"   {item.text}")
            main_one = main_event(events)
            for event in events:
                print(_describe(event, main_one))
            print()
    for cause, count in causes.most_common():
        print(count, cause)
    print(sum(causes.values()), "spans")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
