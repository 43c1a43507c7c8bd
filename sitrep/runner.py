"""Running the pipeline over inputs: into a database (``run_into_store``) or as a stream.

This is the library behind ``sitrep code`` and ``sitrep run``: reading inputs, skipping articles
already stored, coding, storing each article in its own transaction and recording failures.
It reports progress through an optional callback and never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.ingest import Failure, read_inputs
from sitrep.model import Article, ArticleResult
from sitrep.pipeline import code_articles
from sitrep.store import EventStore

Progress = Callable[[ArticleResult | Failure], None]


@dataclass(slots=True)
class RunStats:
    """What a run did, counted per article (``inputs_failed`` counts unreadable inputs)."""

    coded: int = 0
    events: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    inputs_failed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def nothing_coded(self) -> bool:
        """True when there were inputs but not one article could be coded or was stored."""
        return (self.coded + self.unchanged) == 0 and (self.failed + self.inputs_failed) > 0

    def as_dict(self) -> dict[str, int]:
        return {
            "coded": self.coded,
            "events": self.events,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "inputs_failed": self.inputs_failed,
        }


def code_inputs(
    sources: Sequence[str],
    *,
    read_options: dict[str, Any] | None = None,
    n_process: int = 1,
    failures: list[Failure] | None = None,
) -> Iterator[ArticleResult]:
    """Read and code inputs; unreadable inputs are appended to ``failures`` (if given)."""
    sink = failures if failures is not None else []
    articles = _articles(read_inputs(sources, **(read_options or {})), sink)
    yield from code_articles(articles, n_process=n_process)


def _articles(items: Iterable[Article | Failure], failures: list[Failure]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            yield item


def run_into_store(
    sources: Sequence[str],
    store: EventStore,
    *,
    read_options: dict[str, Any] | None = None,
    n_process: int = 1,
    progress: Progress | None = None,
) -> RunStats:
    """Code inputs into ``store``: one transaction per article, failures recorded, no duplicates."""
    stats = RunStats()
    run_id = store.start_run(inputs=list(sources), options=dict(read_options or {}))
    def fresh(items: Iterable[Article | Failure]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, Failure):
                _record_failure(store, item, stats, run_id)
                if progress:
                    progress(item)
            elif store.has_article(item):
                stats.unchanged += 1
            else:
                yield item

    articles = fresh(read_inputs(sources, **(read_options or {})))
    for result in code_articles(articles, n_process=n_process):
        outcome = store.add_result(result, run_id=run_id)
        _count(stats, result, outcome)
        if progress:
            progress(result)
    store.finish_run(run_id, stats=stats.as_dict())
    return stats


def _record_failure(store: EventStore, failure: Failure, stats: RunStats, run_id: str) -> None:
    store.add_failure(failure.origin, failure.message, failure.error_type, run_id=run_id)
    stats.inputs_failed += 1
    stats.failures.append(f"{failure.origin}: {failure.message}")


def _count(stats: RunStats, result: ArticleResult, outcome: str) -> None:
    if outcome == "failed":
        stats.failed += 1
        stats.failures.append(f"{result.article.origin or result.article.key}: {result.error}")
        return
    stats.coded += 1
    stats.events += len(result.events)
    if outcome == "added":
        stats.added += 1
    elif outcome == "replaced":
        stats.replaced += 1
    else:
        stats.unchanged += 1
