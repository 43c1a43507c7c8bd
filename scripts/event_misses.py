"""List the gold texts whose type (or CAMEO class) no coded event has, with the cause.

    python scripts/event_misses.py ../shared/data/dev/plover_pairs/train.tsv [--limit N]
    python scripts/event_misses.py ../shared/data/dev/cameo_quad/train.tsv [--quiet]

For each text whose gold PLOVER type (plover_pairs) or gold five-class CAMEO class (quad sets,
classes 1-4) is held by no coded event: the text, the events coded, the triggers found and
why the gold one gave no event. Causes, in the order tested: ``not parsed`` (the sentence
filter, ``Lexicon.may_trigger``, skipped it), ``no trigger`` (parsed, no trigger word),
``dropped by _is_event`` (a trigger of the gold type or class was found, but its participants
did not make a weak trigger political), ``dropped otherwise`` (found, no event: a death with
no violent cause, an arrest with no police, or retyped), ``typed otherwise`` (triggers found,
none of the gold type or class). Uses the shipped coder (no cross-validation). An analysis
aid for event recall (docs/EVALUATION.md); it changes nothing.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Callable, Iterator
from typing import Any

from sitrep.evaluate.harness import code_items, default_coder
from sitrep.evaluate.loaders import load_gold
from sitrep.extract import coder
from sitrep.extract.triggers import Trigger
from sitrep.model import Event
from sitrep.ontology.cameo import penta_class
from sitrep.ontology.plover import type_info

# document text -> [(trigger, kept by _is_event)], filled by the wrappers below
_SEEN: dict[str, list[tuple[Trigger, bool | None]]] = {}
# id of a trigger dropped by _is_event -> its actors and recipients, as text
_PARTIES: dict[int, str] = {}


def _instrument() -> None:
    find: Callable[..., Iterator[Trigger]] = coder.find_triggers
    is_event: Callable[..., bool] = coder._is_event

    def find_triggers(sentence: Any, *args: Any, **kwargs: Any) -> Iterator[Trigger]:
        seen = _SEEN.setdefault(sentence.doc.text, [])
        for trigger in find(sentence, *args, **kwargs):
            seen.append((trigger, None))
            yield trigger

    def _is_event(trigger: Trigger, *args: Any, **kwargs: Any) -> bool:
        kept = is_event(trigger, *args, **kwargs)
        if not kept:
            actors, recipients = args[0], args[1]
            _PARTIES[id(trigger)] = (f" A={[(a.text, a.sector) for a in actors]}"
                                     f" R={[(r.text, r.sector) for r in recipients]}")
        seen = _SEEN.setdefault(trigger.token.doc.text, [])
        for index, (found, _) in enumerate(seen):
            if found is trigger:
                seen[index] = (found, kept)
        return kept

    coder.find_triggers = find_triggers  # type: ignore[assignment]
    coder._is_event = _is_event  # type: ignore[assignment]


def _label(event_type: str, cameo: bool) -> str:
    return str(penta_class(type_info(event_type).cameo_root)) if cameo else event_type  # type: ignore[arg-type]


def _event_label(event: Event, cameo: bool) -> str:
    return str(penta_class(event.cameo_root)) if cameo else event.event_type


def _cause(gold: str, triggers: list[tuple[Trigger, bool | None]] | None, cameo: bool) -> str:
    if triggers is None:
        return "not parsed"
    if not triggers:
        return "no trigger"
    ours = [kept for trigger, kept in triggers if _label(trigger.entry.event_type, cameo) == gold]
    if not ours:
        return "typed otherwise"
    if any(kept is False for kept in ours):
        return "dropped by _is_event"
    return "dropped otherwise"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="plover_pairs or a cameo_quad file")
    parser.add_argument("--limit", type=int, help="a deterministic sample of N items")
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    args = parser.parse_args(argv)
    _instrument()
    gold_set = load_gold(args.path, limit=args.limit)
    causes: collections.Counter[str] = collections.Counter()
    total = 0
    for item, result in zip(gold_set.items, code_items(gold_set.items, default_coder()),
                            strict=True):
        cameo = item.quad_scheme == "cameo" and item.quad is not None
        if cameo:
            gold = str(item.quad)
            if gold == "0":
                continue
        elif item.event_types:
            gold = item.event_types[0]
        else:
            continue
        total += 1
        events = result.events if result is not None else ()
        if any(_event_label(e, cameo) == gold for e in events):
            continue
        triggers = _SEEN.get(item.text)
        cause = _cause(gold, triggers, cameo)
        causes[cause] += 1
        if args.quiet:
            continue
        print(f"## {item.id} gold={gold} cause={cause}")
        print(f"   {item.text}")
        for event in events:
            print(f"   event {event.event_type}/{_event_label(event, cameo)} {event.modality}"
                  f" {event.trigger.text!r} A={[a.text for a in event.actors]}"
                  f" R={[a.text for a in event.recipients]}")
        for trigger, kept in triggers or ():
            print(f"   trigger {trigger.entry.event_type} {trigger.token.text!r}"
                  f" {trigger.entry.strength} {trigger.entry.source} kept={kept}"
                  f"{_PARTIES.get(id(trigger), '')}")
        print()
    for cause, count in causes.most_common():
        print(count, cause)
    print(sum(causes.values()), "missed of", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
