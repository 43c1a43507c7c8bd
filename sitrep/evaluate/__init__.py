"""sitrep.evaluate: gold loaders, addable scorers and the accuracy gate.

    load_gold(path, kind=None, limit=None, seed=0) -> GoldSet      read any supported gold file
    evaluate(path, kind=None, ..., coder=None) -> EvalReport       score the pipeline on it
    evaluate_set(gold, coder=None, geoparser=None) -> EvalReport   the same for a loaded set
    score_set(gold, coder=...) -> Scorecard                        raw counts (add shards: a + b)

The gate (floors in ``eval/baseline.json``) lives in :mod:`sitrep.evaluate.gate`; formats
and metrics are documented in ``docs/EVALUATION.md``.
"""

from sitrep.evaluate.gold import GoldActor, GoldItem, GoldPlace, GoldSet
from sitrep.evaluate.harness import (
    Coder,
    EvalReport,
    Geoparser,
    default_coder,
    evaluate,
    evaluate_set,
    score_set,
)
from sitrep.evaluate.loaders import KINDS, detect_kind, load_gold
from sitrep.evaluate.report import FORMATS, render
from sitrep.evaluate.scoring import Prediction, Scorecard, main_event, summarize

__all__ = [
    "FORMATS",
    "KINDS",
    "Coder",
    "EvalReport",
    "Geoparser",
    "GoldActor",
    "GoldItem",
    "GoldPlace",
    "GoldSet",
    "Prediction",
    "Scorecard",
    "default_coder",
    "detect_kind",
    "evaluate",
    "evaluate_set",
    "load_gold",
    "main_event",
    "render",
    "score_set",
    "summarize",
]
