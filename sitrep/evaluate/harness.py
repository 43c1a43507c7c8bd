"""Running the real pipeline (or an injected coder) over a gold set and scoring it.

The coder is a parameter: :func:`default_coder` wraps ``sitrep.pipeline.code_articles``, and
tests pass a fake. The geoparser likewise: :func:`default_geoparser` imports
``sitrep.resolve.places`` lazily and returns None when it is not installed, in which case
toponym metrics are skipped with a note in the report.
"""

from __future__ import annotations

import datetime as dt
import importlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sitrep.errors import EvaluationError
from sitrep.evaluate.gold import GoldItem, GoldSet
from sitrep.evaluate.loaders import load_gold
from sitrep.evaluate.scoring import (
    PlaceLike,
    Prediction,
    Scorecard,
    country_spans,
    score_item,
    summarize,
)
from sitrep.model import Actor, Article, ArticleResult

Coder = Callable[[Sequence[Article]], Iterable[ArticleResult]]


class Geoparser(Protocol):
    """The two calls of ``sitrep.resolve.places`` the scorer uses."""

    def geoparse(self, text: str) -> Sequence[PlaceLike]: ...

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> Sequence[PlaceLike]: ...


class MentionResolver(Protocol):
    """Resolves given actor mentions as the coder would (``sitrep.pipeline``'s call)."""

    def resolve_actor_spans(
        self, text: str, spans: Sequence[tuple[int, int]], **metadata: Any
    ) -> Sequence[Sequence[Actor]]: ...


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The scores of one gold set, with what is needed to reproduce and compare them.

    ``metrics`` maps flat metric names (``type.accuracy``, ``toponym.e2e.acc161`` …) to
    values; ``support`` maps the same names to the number of gold items or spans behind
    each; ``confusion`` maps a gold label to {predicted label: count} for the event type
    (``type``) and quad class (``quad``).
    """

    dataset: str
    kind: str
    path: str
    sha256: str
    size: int
    total: int
    seed: int | None
    date: str
    seconds: float
    metrics: dict[str, float]
    support: dict[str, int]
    confusion: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    # What makes the report untrustworthy whatever the scores (the gate fails on each).
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "kind": self.kind,
            "path": self.path,
            "sha256": self.sha256,
            "size": self.size,
            "total": self.total,
            "seed": self.seed,
            "date": self.date,
            "seconds": round(self.seconds, 2),
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()},
            "support": self.support,
            "confusion": self.confusion,
            "notes": list(self.notes),
            "problems": list(self.problems),
        }


class PipelineCoder:
    """The real pipeline as a harness coder (``sitrep.pipeline.code_articles``)."""

    def __init__(self, *, n_process: int = 1, batch_size: int = 32) -> None:
        try:
            module = importlib.import_module("sitrep.pipeline")
        except ImportError as exc:
            raise EvaluationError(
                f"the sitrep pipeline cannot be imported ({exc}); install sitrep fully or pass"
                " a coder"
            ) from exc
        self._code_articles = module.code_articles
        self.n_process = n_process
        self.batch_size = batch_size

    def __call__(self, articles: Sequence[Article]) -> Iterable[ArticleResult]:
        results: Iterable[ArticleResult] = self._code_articles(
            articles, n_process=self.n_process, batch_size=self.batch_size
        )
        return results


def default_coder(*, n_process: int = 1, batch_size: int = 32) -> Coder:
    """The real pipeline (``sitrep.pipeline.code_articles``); raise when it is not built."""
    return PipelineCoder(n_process=n_process, batch_size=batch_size)


def training_record(gold: GoldSet) -> dict[str, str] | None:
    """The shipped retyper's ``trained_on`` entry for this gold file, if it learned from it."""
    from sitrep.extract.retyper import load_retyper

    model = load_retyper()
    if model is None:
        return None
    return next((t for t in model.trained_on if t.get("sha256") == gold.sha256), None)


def default_geoparser() -> Geoparser | None:
    """``sitrep.resolve.places`` when it is importable and complete, else None."""
    try:
        module: Any = importlib.import_module("sitrep.resolve.places")
    except ImportError:
        return None
    if not (hasattr(module, "geoparse") and hasattr(module, "resolve_spans")):
        return None
    geoparser: Geoparser = module
    return geoparser


def default_mention_resolver() -> MentionResolver:
    """``sitrep.pipeline`` (its ``resolve_actor_spans``)."""
    module: Any = importlib.import_module("sitrep.pipeline")
    resolver: MentionResolver = module
    return resolver


def code_items(items: Sequence[GoldItem], coder: Coder) -> Iterator[ArticleResult | None]:
    """One result per item, in order; None for items that need no coding (toponyms only).

    Items that are sentences of an article (``GoldItem.document``) are coded through their
    article, once per article however many of its sentences were sampled; each gets the
    events whose trigger starts inside its ``span``."""
    wanted = [item for item in items if item.needs_events]
    articles: list[Article] = []
    slot: dict[str, int] = {}  # item id, or "\0" + document id, -> index in ``articles``
    for item in wanted:
        if item.document is not None and item.span is not None:
            key = "\0" + str(item.document_id)
            if key not in slot:
                slot[key] = len(articles)
                articles.append(Article(text=item.document, id=key, date=item.date))
        else:
            slot[item.id] = len(articles)
            articles.append(Article(text=item.text, id=item.id, date=item.date))
    coded = list(coder(articles)) if articles else []
    if len(coded) < len(articles):
        raise EvaluationError("the coder returned fewer results than articles it was given")
    for article, result in zip(articles, coded, strict=False):
        if result.article.id != article.id:
            raise EvaluationError(
                f"the coder returned results out of order ({result.article.id!r} for"
                f" {article.id!r})"
            )
    for item in items:
        if not item.needs_events:
            yield None
        elif item.document is not None and item.span is not None:
            result = coded[slot["\0" + str(item.document_id)]]
            start, end = item.span
            events = tuple(e for e in result.events if start <= e.trigger.start < end)
            article = Article(text=item.text, id=item.id, date=item.date)
            yield ArticleResult(article, events, result.error, result.timings)
        else:
            yield coded[slot[item.id]]


def predict(
    item: GoldItem,
    result: ArticleResult | None,
    geoparser: Geoparser | None,
    mentions: MentionResolver | None = None,
) -> Prediction:
    places = resolved = None
    if item.places is not None and geoparser is not None:
        places = tuple(geoparser.geoparse(item.text))
        spans = [(place.start, place.end) for place in item.places]
        resolved = tuple(geoparser.resolve_spans(item.text, spans))
    given = None
    wanted = country_spans(item)
    if wanted and mentions is not None:
        found = mentions.resolve_actor_spans(item.text, wanted, date=item.date)
        given = {span: tuple(actors) for span, actors in zip(wanted, found, strict=True)}
    if result is None:
        return Prediction(places=places, resolved=resolved, mentions=given)
    return Prediction(result.events, places, resolved, result.error, given)


def score_set(
    gold: GoldSet,
    *,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    mentions: MentionResolver | None = None,
) -> Scorecard:
    """Code every item of ``gold`` and return the counts (addable across shards).

    ``mentions`` resolves the gold actor spans themselves (``actor.country_accuracy_given_spans``);
    without it that metric is not scored."""
    needs_coder = any(item.needs_events for item in gold.items)
    if coder is None and needs_coder:
        coder = default_coder()
    card = Scorecard()
    results = code_items(gold.items, coder) if coder is not None else iter(())
    for item in gold.items:
        result = next(results, None) if needs_coder else None
        score_item(card, item, predict(item, result, geoparser, mentions), gold.label_names)
    return card


def confusion_table(card: Scorecard) -> dict[str, dict[str, dict[str, int]]]:
    tables: dict[str, dict[str, dict[str, int]]] = {}
    for name, labelled in (("type", card.types), ("quad", card.quad)):
        table: dict[str, dict[str, int]] = {}
        for (gold, predicted), count in sorted(labelled.confusion.items()):
            table.setdefault(gold, {})[predicted] = count
        if table:
            tables[name] = table
    return tables


def report_notes(gold: GoldSet, card: Scorecard, geoparser: Geoparser | None) -> tuple[str, ...]:
    notes = []
    if gold.sampled:
        notes.append(
            f"deterministic sample of {len(gold.items)} of {gold.total} (seed {gold.seed})"
        )
    if any(item.places is not None for item in gold.items) and geoparser is None:
        notes.append("toponym metrics skipped: sitrep.resolve.places is not available")
    if gold.kind == "plover_pairs" and not any(
        item.source_country or item.target_country for item in gold.items
    ):
        notes.append(
            "actor.country_accuracy not scored: no actor-country gold matches this file "
            "(<stem>_countries.tsv next to it, or eval/gold/plover_pairs_countries.tsv)"
        )
    if card.coder_errors:
        notes.append(f"{card.coder_errors} item(s) could not be coded (scored as no events)")
    return tuple(notes)


def evaluate_set(
    gold: GoldSet,
    *,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    use_geoparser: bool = True,
) -> EvalReport:
    """Score one loaded gold set and return its report."""
    if geoparser is None and use_geoparser:
        geoparser = default_geoparser()
    started = time.perf_counter()
    real = coder is None or isinstance(coder, PipelineCoder)
    record = training_record(gold) if real else None
    crossed = record is not None
    problems: tuple[str, ...] = ()
    if record is not None:
        from sitrep.evaluate.crossval import FOLDS, cross_validated_coder

        n_process = coder.n_process if isinstance(coder, PipelineCoder) else 1
        whole = len(gold.items) == gold.total
        coder = crossing = cross_validated_coder(
            gold.items,
            n_process=n_process,
            expected_digest=record.get("examples_sha256") if whole else None,
        )
    mentions = default_mention_resolver() if real else None
    card = score_set(gold, coder=coder, geoparser=geoparser, mentions=mentions)
    if crossed and crossing.stale:
        problems = (
            "the shipped retyper is stale: today's rules give other training examples on this"
            " set than it learned from; retrain it with python scripts/train_retyper.py",
        )
    metrics, support = summarize(card)
    return EvalReport(
        dataset=gold.name,
        kind=gold.kind,
        path=gold.path,
        sha256=gold.sha256,
        size=len(gold.items),
        total=gold.total,
        seed=gold.seed,
        date=dt.date.today().isoformat(),
        seconds=time.perf_counter() - started,
        metrics=metrics,
        support=support,
        confusion=confusion_table(card),
        notes=report_notes(gold, card, geoparser)
        + (
            (f"cross-validated ({FOLDS} folds): the shipped retyper learned from this set",)
            if crossed
            else ()
        )
        + problems,
        problems=problems,
    )


def evaluate(
    path: Path | str,
    *,
    kind: str | None = None,
    limit: int | None = None,
    seed: int = 0,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    name: str | None = None,
) -> EvalReport:
    """Load the gold file at ``path`` and score the pipeline (or ``coder``) on it.

    ``kind`` forces a loader (default: detected from the file); ``limit`` keeps a
    deterministic sample of that many items drawn with ``seed``.
    """
    gold = load_gold(path, kind=kind, limit=limit, seed=seed, name=name)
    return evaluate_set(gold, coder=coder, geoparser=geoparser)
