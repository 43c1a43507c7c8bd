"""Addable counters: PRF, accuracy, confusion, spans and geocoding errors."""

from __future__ import annotations

import math

import pytest

from sitrep.evaluate.metrics import (
    MAX_ERROR_KM,
    PRF,
    Accuracy,
    Distances,
    Labelled,
    Spans,
    haversine_km,
)


def test_prf_ratios_and_addition() -> None:
    total = PRF(2, 1, 1) + PRF(1, 0, 2)
    assert (total.tp, total.fp, total.fn) == (3, 1, 3)
    assert total.precision == 0.75 and total.recall == 0.5
    assert total.f1 == pytest.approx(0.6)
    assert PRF().f1 == 0.0 and PRF().precision == 0.0


def test_accuracy_adds() -> None:
    left, right = Accuracy(), Accuracy()
    left.add(True)
    right.add(False)
    assert (left + right).value == 0.5 and Accuracy().value == 0.0


def test_single_label_with_alternatives_and_none() -> None:
    scores = Labelled()
    scores.add_single(("RETREAT", "CONCEDE"), "CONCEDE")  # an acceptable alternative
    scores.add_single(("ACCUSE",), None)  # no event: a miss
    scores.add_single(("ACCUSE",), "REJECT")
    scores.add_single((), "PROTEST")  # a false alarm
    assert scores.per_label["CONCEDE"].tp == 1
    assert scores.per_label["ACCUSE"].fn == 2
    assert scores.per_label["REJECT"].fp == 1 and scores.per_label["PROTEST"].fp == 1
    assert scores.confusion[("ACCUSE", "NONE")] == 1
    assert scores.confusion[("NONE", "PROTEST")] == 1
    micro = scores.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert scores.macro_f1() == pytest.approx(1 / 2)  # gold labels: CONCEDE 1, ACCUSE 0
    assert scores.macro_f1(frozenset({"CONCEDE", "REJECT"})) == pytest.approx(1 / 2)


def test_multi_label_presence() -> None:
    scores = Labelled()
    scores.add_multi(frozenset({"KILL", "ANY_ACTION"}), frozenset({"ANY_ACTION", "ARREST"}))
    assert scores.per_label["ANY_ACTION"].tp == 1
    assert scores.per_label["KILL"].fn == 1 and scores.per_label["ARREST"].fp == 1


def test_shards_add_up_to_the_whole() -> None:
    pairs = [(("A",), "A"), (("B",), "A"), (("A",), None), ((), "B")]
    whole, left, right = Labelled(), Labelled(), Labelled()
    for index, (gold, predicted) in enumerate(pairs):
        whole.add_single(gold, predicted)
        (left if index < 2 else right).add_single(gold, predicted)
    merged = left + right
    assert merged.confusion == whole.confusion
    assert {k: (v.tp, v.fp, v.fn) for k, v in merged.per_label.items()} == {
        k: (v.tp, v.fp, v.fn) for k, v in whole.per_label.items()
    }


def test_spans_exact_and_overlap() -> None:
    spans = Spans()
    spans.add(gold=((0, 10), (20, 25)), predicted=((0, 10), (18, 22), (30, 35)))
    assert (spans.exact.precision, spans.exact.recall) == (1 / 3, 1 / 2)
    assert (spans.overlap.precision, spans.overlap.recall) == (2 / 3, 1.0)
    assert (spans + spans).exact.predicted_hit == 2 and spans.overlap.support == 2
    wide = Spans()
    wide.add(gold=((0, 4), (5, 9)), predicted=((0, 9),))  # one prediction covers two
    assert (wide.overlap.precision, wide.overlap.recall) == (1.0, 1.0)
    assert wide.exact.f1 == 0.0


def test_haversine_known_distance() -> None:
    paris, london = (48.8566, 2.3522), (51.5074, -0.1278)
    assert haversine_km(paris, london) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(paris, paris) == 0.0


def test_distances_accuracy_median_and_auc() -> None:
    errors = Distances()
    errors.add((0.0, 0.0), (0.0, 0.0))
    errors.add((0.0, 0.0), (0.0, 1.0))  # about 111 km
    errors.add((0.0, 0.0), None)  # no answer: the largest error
    assert errors.within(161) == pytest.approx(2 / 3)
    assert errors.within(25) == pytest.approx(1 / 3)
    assert errors.median == pytest.approx(111.2, abs=0.5)
    assert errors.errors[-1] == MAX_ERROR_KM
    logs = sorted(math.log(e + 1) for e in errors.errors)
    expected = ((logs[0] + logs[1]) / 2 + (logs[1] + logs[2]) / 2) / (math.log(MAX_ERROR_KM) * 2)
    assert errors.auc == pytest.approx(expected)
    perfect = Distances([0.0, 0.0])
    assert perfect.auc == 0.0 and Distances().auc == 0.0
    assert Distances([MAX_ERROR_KM]).auc == pytest.approx(1.0, abs=1e-4)
