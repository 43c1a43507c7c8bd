"""Honest scores for learned parts: k-fold cross-validation of the retyper.

The shipped retyper (``sitrep/extract/retyper.py``) learned from development sets; scoring it
on the very sentences it learned from would flatter it. For such a set the harness codes with
:func:`cross_validated_coder`: the set is split into ``folds`` parts (a fixed shuffle), and
each part is coded by a retyper trained, exactly as ``scripts/train_retyper.py`` trains the
shipped one, on the other parts only. The features come from one rules-only pass over the set.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from sitrep.errors import EvaluationError
from sitrep.evaluate.gold import GoldItem
from sitrep.evaluate.scoring import main_event
from sitrep.extract import retyper
from sitrep.model import Article, ArticleResult

FOLDS = 5
SEED = 13


def training_examples(
    items: Sequence[GoldItem],
    results: Sequence[ArticleResult],
    sink: dict[tuple[str | None, int], list[str]],
) -> list[tuple[int, list[str], str]]:
    """(item index, features, gold type) for each typed item whose main event was coded.

    With several acceptable gold types (``YIELD`` is CONCEDE or RETREAT) the rules' type is
    the label when it is one of them.
    """
    examples: list[tuple[int, list[str], str]] = []
    for index, (item, result) in enumerate(zip(items, results, strict=True)):
        if not item.event_types:
            continue
        main = main_event(result.events)
        if main is None:
            continue
        features = sink.get((result.article.id, main.trigger.start))
        if features is None:
            continue
        label = main.event_type if main.event_type in item.event_types else item.event_types[0]
        examples.append((index, features, label))
    return examples


def rules_only_examples(
    items: Sequence[GoldItem], articles: Sequence[Article]
) -> list[tuple[int, list[str], str]]:
    """Code ``articles`` (one per item, in order) with the rules only, in this process, and
    return :func:`training_examples` from the features the coder recorded."""
    from sitrep.pipeline import code_articles

    sink: dict[tuple[str | None, int], list[str]] = {}
    with retyper.using(None, sink=sink):
        results = list(code_articles(articles, n_process=1))
    return training_examples(items, results, sink)


def fold_of(count: int, *, folds: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold of each of ``count`` items (a fixed shuffle, then round robin)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    fold = [0] * count
    for position, index in enumerate(order):
        fold[index] = position % folds
    return fold


def cross_validated_coder(
    items: Sequence[GoldItem],
    *,
    n_process: int = 1,
    folds: int = FOLDS,
    expected_digest: str | None = None,
) -> CrossValidatedCoder:
    return CrossValidatedCoder(
        items, n_process=n_process, folds=folds, expected_digest=expected_digest
    )


class CrossValidatedCoder:
    """A harness coder that codes each fold with a retyper that never saw it.

    With ``expected_digest`` (the shipped model's digest of its training examples, given
    when the whole file is coded), :attr:`stale` tells after coding whether today's rules
    still produce those examples; False when they do, None when not checked.
    """

    def __init__(
        self,
        items: Sequence[GoldItem],
        *,
        n_process: int,
        folds: int,
        expected_digest: str | None = None,
    ) -> None:
        self.items = {item.id: item for item in items}
        self.n_process = n_process
        self.folds = folds
        self.expected_digest = expected_digest
        self.stale: bool | None = None

    def __call__(self, articles: Sequence[Article]) -> Iterable[ArticleResult]:
        from sitrep.pipeline import code_articles

        items = [self.items[a.id] for a in articles if a.id in self.items]
        if len(items) != len(articles):
            raise EvaluationError("cross-validation: an article has no gold item")
        examples = rules_only_examples(items, articles)
        if self.expected_digest is not None:
            digest = retyper.examples_digest([(f, label) for _, f, label in examples])
            self.stale = digest != self.expected_digest
        fold = fold_of(len(articles), folds=self.folds)
        results: list[ArticleResult | None] = [None] * len(articles)
        for k in range(self.folds):
            train = [(f, label) for i, f, label in examples if fold[i] != k]
            model = retyper.train(train) if train else None
            chosen = [i for i in range(len(articles)) if fold[i] == k]
            with retyper.using(model):
                coded = code_articles([articles[i] for i in chosen], n_process=self.n_process)
                for i, result in zip(chosen, coded, strict=True):
                    results[i] = result
        return [r for r in results if r is not None]
