"""The learned retyper and its cross-validation, on hand-made features and sentences."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import numpy as np
import pytest

from sitrep.errors import ModelError
from sitrep.evaluate.crossval import fold_of
from sitrep.evaluate.harness import evaluate
from sitrep.extract import retyper
from sitrep.extract.retyper import Retyper, active_retyper, train, using
from sitrep.pipeline import code_text

FIRED_MINISTER = ["l=fire", "t=COERCE", "dobj=minister", "src=cameo"]
FIRED_ROCKET = ["l=fire", "t=COERCE", "dobj=rocket", "src=cameo"]


def toy_model(threshold: float = 0.4) -> Retyper:
    examples = [(FIRED_MINISTER, "SANCTION")] * 6 + [(FIRED_ROCKET, "ASSAULT")] * 6
    return train(examples, threshold=threshold, iterations=200)


def test_it_learns_which_type_the_context_means() -> None:
    model = toy_model()
    assert model.retype(FIRED_MINISTER, "COERCE") == "SANCTION"
    assert model.retype(FIRED_ROCKET, "COERCE") == "ASSAULT"
    assert model.probabilities(FIRED_ROCKET).sum() == pytest.approx(1.0)


def test_it_keeps_the_rules_type_unless_confident() -> None:
    model = toy_model(threshold=0.999)
    assert model.retype(["l=fire"], "COERCE") == "COERCE"


def test_training_is_deterministic_and_needs_examples() -> None:
    a, b = toy_model(), toy_model()
    assert np.allclose(a.probabilities(FIRED_MINISTER), b.probabilities(FIRED_MINISTER))
    with pytest.raises(ModelError):
        train([])


def test_a_saved_model_loads_back(tmp_path: Path) -> None:
    model = toy_model()
    path = tmp_path / "m.json.gz"
    model.save(path)
    with path.open("rb") as raw:
        back = Retyper.load(raw)
    assert back.labels == model.labels
    assert np.allclose(back.probabilities(FIRED_MINISTER), model.probabilities(FIRED_MINISTER),
                       atol=1e-3)


@pytest.mark.parametrize("content", [b"", b"not gzip at all", gzip.compress(b"{not json"),
                                     gzip.compress(b'{"format": "sitrep-retyper-1"}')])
def test_a_damaged_model_file_is_a_model_error(content: bytes) -> None:
    with pytest.raises(ModelError, match="retyper"):
        Retyper.load(io.BytesIO(content))


def test_a_malformed_model_is_refused() -> None:
    with pytest.raises(ModelError):
        Retyper.from_dict({"format": "something else"})
    bad = toy_model().to_dict()
    bad["weights"] = {"l=fire": [1.0]}
    with pytest.raises(ModelError):
        Retyper.from_dict(bad)


def test_the_shipped_model_loads() -> None:
    model = retyper.load_retyper()
    assert model is not None
    assert all(label for label in model.labels)


def test_using_switches_the_model_and_restores_it() -> None:
    shipped = active_retyper()
    with using(None):
        assert active_retyper() is None
    assert active_retyper() is shipped


def test_lexicon_triggers_keep_their_type() -> None:
    everything_is_protest = Retyper(("PROTEST",), {}, np.zeros(1), 0.0)
    with using(everything_is_protest):
        events = code_text("Police arrested 40 opposition activists in the capital on Tuesday.",
                           date=dt.date(2024, 3, 14))
    assert [e.event_type for e in events] == ["COERCE"]


def test_folds_are_fixed_and_balanced() -> None:
    folds = fold_of(23)
    assert folds == fold_of(23)
    assert sorted({folds.count(k) for k in range(5)}) == [4, 5]


HEADER = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"
PAIRS = HEADER + "".join(
    f"\t{i}\t3\tACCUSE\tIran condemned the US on day {i}.\t<s>Iran</s> condemned <t>the US</t>"
    f" on day {i}.\tIran\tthe US\n"
    for i in range(6)
)


def test_sets_the_model_learned_from_are_cross_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text(PAIRS, encoding="utf-8")
    plain = evaluate(path)
    assert not any("cross-validated" in note for note in plain.notes)
    learned = Retyper(("ACCUSE",), {}, np.zeros(1), 0.5,
                      ({"name": "pairs", "sha256": plain.sha256},))
    monkeypatch.setattr(retyper, "load_retyper", lambda: learned)
    crossed = evaluate(path)
    assert any("cross-validated" in note for note in crossed.notes)
    assert crossed.metrics["type.accuracy"] == plain.metrics["type.accuracy"]


def test_a_model_the_rules_have_moved_past_is_reported_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitrep.evaluate.crossval import rules_only_examples
    from sitrep.evaluate.gate import check_report
    from sitrep.evaluate.loaders import load_gold
    from sitrep.model import Article

    path = tmp_path / "pairs.tsv"
    path.write_text(PAIRS, encoding="utf-8")
    gold = load_gold(path)
    articles = [Article(text=item.text, id=item.id, date=item.date) for item in gold.items]
    found = rules_only_examples(gold.items, articles)
    assert found  # the toy sentences code an event each
    fresh = retyper.examples_digest([(f, label) for _, f, label in found])

    def shipped(digest: str) -> Retyper:
        record = {"name": "pairs", "sha256": gold.sha256, "examples_sha256": digest}
        return Retyper(("ACCUSE",), {}, np.zeros(1), 0.5, (record,))

    monkeypatch.setattr(retyper, "load_retyper", lambda: shipped(fresh))
    assert evaluate(path).problems == ()
    monkeypatch.setattr(retyper, "load_retyper", lambda: shipped("0" * 64))
    stale = evaluate(path)
    assert "stale" in stale.problems[0] and stale.problems[0] in stale.notes
    failed = [c for c in check_report(stale, {"sha256": gold.sha256}) if c.failed]
    assert [(c.metric, c.status) for c in failed] == [("(report)", "FAIL")]
    assert evaluate(path, limit=3, seed=1).problems == ()  # a sample cannot be compared


def test_examples_digest_follows_features_and_labels() -> None:
    one = retyper.examples_digest([(FIRED_MINISTER, "SANCTION")])
    assert one == retyper.examples_digest([(list(FIRED_MINISTER), "SANCTION")])
    assert one != retyper.examples_digest([(FIRED_MINISTER, "COERCE")])
    assert one != retyper.examples_digest([(FIRED_ROCKET, "SANCTION")])
