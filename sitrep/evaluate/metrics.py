"""Addable counters: every scorer keeps counts, so scores of shards add up exactly.

``a + b`` of two counters of the same class is the counter of the two shards together;
the ratios (precision, accuracy, median error …) are computed from the counts at the end.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

EARTH_RADIUS_KM = 6371.0088
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of a missing answer
NONE_LABEL = "NONE"


@dataclass
class PRF:
    """True/false positives and false negatives (spaCy's ``PRFScore``, addable)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Accuracy:
    """Correct answers out of the items that have gold for this metric."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Labelled:
    """Per-label PRF plus a confusion matrix of (gold, predicted) pairs."""

    per_label: dict[str, PRF] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def prf(self, label: str) -> PRF:
        return self.per_label.setdefault(label, PRF())

    def add_single(self, gold: tuple[str, ...], predicted: str | None) -> None:
        """Score one item: ``gold`` acceptable labels (``()`` none), ``predicted`` or None."""
        shown = predicted or NONE_LABEL
        if predicted is not None and predicted in gold:
            self.prf(predicted).tp += 1
            self.confusion[(predicted, predicted)] += 1
            return
        canonical = gold[0] if gold else NONE_LABEL
        if gold:
            self.prf(canonical).fn += 1
        if predicted is not None:
            self.prf(predicted).fp += 1
        self.confusion[(canonical, shown)] += 1

    def add_multi(self, gold: frozenset[str], predicted: frozenset[str]) -> None:
        """Score one item with several binary labels (presence scoring)."""
        for label in gold | predicted:
            prf = self.prf(label)
            if label in gold and label in predicted:
                prf.tp += 1
            elif label in gold:
                prf.fn += 1
            else:
                prf.fp += 1

    def __add__(self, other: Labelled) -> Labelled:
        merged = Labelled(confusion=self.confusion + other.confusion)
        for label in set(self.per_label) | set(other.per_label):
            merged.per_label[label] = self.per_label.get(label, PRF()) + other.per_label.get(
                label, PRF()
            )
        return merged

    @property
    def micro(self) -> PRF:
        total = PRF()
        for prf in self.per_label.values():
            total = total + prf
        return total

    def macro_f1(self, labels: frozenset[str] | None = None) -> float:
        """Mean F1 over ``labels`` (default: every label that occurs in gold).

        Labels only ever predicted (never gold) lower precision and micro F1 but are left out
        of the mean, so a set with one gold type gives that type's F1.
        """
        if labels is None:
            labels = frozenset(name for name, prf in self.per_label.items() if prf.support)
        if not labels:
            return 0.0
        return sum(self.per_label.get(name, PRF()).f1 for name in labels) / len(labels)


@dataclass
class Matches:
    """Span matching counts: predicted spans that hit gold, and gold spans that were hit.

    Precision is ``predicted_hit / predicted`` and recall ``gold_hit / gold``; the two hit
    counts differ under overlap matching (one long prediction can cover two gold spans).
    """

    predicted: int = 0
    predicted_hit: int = 0
    gold: int = 0
    gold_hit: int = 0

    def __add__(self, other: Matches) -> Matches:
        return Matches(
            self.predicted + other.predicted,
            self.predicted_hit + other.predicted_hit,
            self.gold + other.gold,
            self.gold_hit + other.gold_hit,
        )

    @property
    def precision(self) -> float:
        return self.predicted_hit / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.gold


@dataclass
class Spans:
    """Span matching counts, exact and overlapping, for one role (or for toponyms)."""

    exact: Matches = field(default_factory=Matches)
    overlap: Matches = field(default_factory=Matches)

    def add(self, gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> None:
        gold_set, predicted_set = set(gold), set(predicted)
        hits = len(gold_set & predicted_set)
        self.exact = self.exact + Matches(len(predicted_set), hits, len(gold_set), hits)
        found = sum(1 for span in gold_set if any(overlaps(span, p) for p in predicted_set))
        kept = sum(1 for span in predicted_set if any(overlaps(span, g) for g in gold_set))
        self.overlap = self.overlap + Matches(len(predicted_set), kept, len(gold_set), found)

    def __add__(self, other: Spans) -> Spans:
        return Spans(self.exact + other.exact, self.overlap + other.overlap)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Distances:
    """Geocoding errors in km (a list: medians and AUC need them all; lists add up)."""

    errors: list[float] = field(default_factory=list)

    def add(self, gold: tuple[float, float], predicted: tuple[float, float] | None) -> None:
        self.errors.append(MAX_ERROR_KM if predicted is None else haversine_km(gold, predicted))

    def __add__(self, other: Distances) -> Distances:
        return Distances(self.errors + other.errors)

    def within(self, km: float) -> float:
        if not self.errors:
            return 0.0
        return sum(1 for error in self.errors if error <= km) / len(self.errors)

    @property
    def mean(self) -> float:
        return sum(self.errors) / len(self.errors) if self.errors else 0.0

    @property
    def median(self) -> float:
        if not self.errors:
            return 0.0
        ordered = sorted(self.errors)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2

    @property
    def auc(self) -> float:
        """Area under the curve of sorted log errors, scaled to 0–1 (Gritta et al. 2018).

        ``trapz(log(e + 1) for e in sorted errors) / (log(20039) * (n - 1))``; 0 is perfect,
        1 is every answer on the other side of the Earth; lower is better.
        """
        logs = [math.log(error + 1) for error in sorted(self.errors)]
        if not logs:
            return 0.0
        if len(logs) == 1:
            return logs[0] / math.log(MAX_ERROR_KM)
        area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
        return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
