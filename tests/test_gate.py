"""The accuracy gate: floors, ceilings, pinned gold hashes, refusals and the skip line."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from sitrep.errors import EvaluationError
from sitrep.evaluate.gate import (
    DevSet,
    GateOptions,
    bound_for,
    check,
    load_baseline,
    main,
    noise_margin,
    run_dev_sets,
    run_gate,
    save_baseline,
    update_baseline,
)
from sitrep.evaluate.harness import EvalReport
from sitrep.model import Article, ArticleResult


def report(metrics: dict[str, float], *, sha: str = "a" * 64, n: int = 400) -> EvalReport:
    return EvalReport(
        dataset="set",
        kind="quad",
        path="/data/dev/set.tsv",
        sha256=sha,
        size=n,
        total=n,
        seed=None,
        date="2026-01-01",
        seconds=1.0,
        metrics=metrics,
        support=dict.fromkeys(metrics, n),
    )


def test_noise_margin() -> None:
    assert noise_margin("quad.accuracy", 0.5, 400) == pytest.approx(0.025)
    assert noise_margin("quad.accuracy", 1.0, 400) == 0.005
    assert noise_margin("location.median_km", 200.0, 10) == 10.0
    assert noise_margin("false_alarms.events_per_100", 2.0, 10) == 0.5
    assert bound_for("quad.accuracy", 0.5, 400) == 0.475
    assert bound_for("toponym.gold.auc", 0.3, 400) > 0.3  # a ceiling sits above the score


def test_update_then_check_passes_and_regression_fails() -> None:
    baseline = update_baseline([report({"quad.accuracy": 0.5, "toponym.gold.auc": 0.3})], {})
    entry = baseline["datasets"]["set"]
    assert entry["sha256"] == "a" * 64
    assert entry["metrics"]["quad.accuracy"]["floor"] == 0.475
    assert "ceiling" in entry["metrics"]["toponym.gold.auc"]
    same = check([report({"quad.accuracy": 0.49, "toponym.gold.auc": 0.31})], baseline)
    assert [c.status for c in same] == ["ok", "ok"]
    worse = check([report({"quad.accuracy": 0.40, "toponym.gold.auc": 0.5})], baseline)
    assert [c.status for c in worse] == ["FAIL", "FAIL"]
    assert all(c.failed for c in worse)
    assert "0.4000 < floor 0.4750" in worse[0].line()
    assert "> ceiling" in worse[1].line()


def test_per_label_metrics_are_not_gated() -> None:
    baseline = update_baseline([report({"type.ASSAULT.f1": 0.5, "type.accuracy": 0.5})], {})
    assert list(baseline["datasets"]["set"]["metrics"]) == ["type.accuracy"]


def test_update_raises_floors_but_never_lowers_them() -> None:
    first = update_baseline([report({"quad.accuracy": 0.5})], {})
    better = update_baseline([report({"quad.accuracy": 0.6})], first)
    assert better["datasets"]["set"]["metrics"]["quad.accuracy"]["floor"] > 0.5
    noise = update_baseline([report({"quad.accuracy": 0.49})], first)  # within noise: kept
    assert noise["datasets"]["set"]["metrics"]["quad.accuracy"]["floor"] == 0.475


def test_lowering_needs_allow_lower() -> None:
    first = update_baseline([report({"quad.accuracy": 0.5})], {})
    with pytest.raises(EvaluationError, match="--allow-lower"):
        update_baseline([report({"quad.accuracy": 0.3})], first)
    lowered = update_baseline([report({"quad.accuracy": 0.3})], first, allow_lower=True)
    assert lowered["datasets"]["set"]["metrics"]["quad.accuracy"]["floor"] < 0.3


def test_changed_gold_fails_and_needs_repin() -> None:
    first = update_baseline([report({"quad.accuracy": 0.5})], {})
    changed = report({"quad.accuracy": 0.5}, sha="b" * 64)
    assert any(c.status == "changed" and c.failed for c in check([changed], first))
    with pytest.raises(EvaluationError, match="--repin"):
        update_baseline([changed], first)
    repinned = update_baseline([changed], first, repin=True)
    assert repinned["datasets"]["set"]["sha256"] == "b" * 64


def test_missing_metric_fails_and_new_metric_is_reported() -> None:
    first = update_baseline([report({"quad.accuracy": 0.5})], {})
    checks = check([report({"date.exact": 0.5})], first)
    statuses = {c.metric: c.status for c in checks}
    assert statuses == {"quad.accuracy": "missing", "date.exact": "new"}
    with pytest.raises(EvaluationError, match="no longer produced"):
        update_baseline([report({"date.exact": 0.5})], first)


def test_datasets_not_run_are_skipped() -> None:
    first = update_baseline([report({"quad.accuracy": 0.5})], {})
    (line,) = check([], first)
    assert line.status == "skip" and not line.failed


def test_baseline_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "eval" / "baseline.json"
    assert load_baseline(path) == {"datasets": {}}
    save_baseline(path, update_baseline([report({"quad.accuracy": 0.5})], {}))
    assert load_baseline(path)["datasets"]["set"]["metrics"]["quad.accuracy"]["n"] == 400
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(EvaluationError, match="datasets"):
        load_baseline(path)


def test_skip_line_when_data_is_absent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "nowhere")]) == 0
    assert "gate: skipped:" in capsys.readouterr().out


def no_events(articles: Sequence[Article]) -> Iterator[ArticleResult]:
    for article in articles:
        yield ArticleResult(article=article)


def make_data(root: Path) -> None:
    (root / "dev" / "q").mkdir(parents=True)
    lines = "".join(f"Sentence {i}.\t{i % 2}\n" for i in range(20))
    (root / "dev" / "q" / "test.tsv").write_text(lines, encoding="utf-8")


def test_gate_end_to_end(tmp_path: Path) -> None:
    make_data(tmp_path / "data")
    sets = (DevSet("quad", "dev/q/test.tsv", "quad", 10), DevSet("gone", "dev/x.tsv", "quad"))
    reports = run_dev_sets(tmp_path / "data", coder=no_events, sets=sets)
    assert [r.dataset for r in reports] == ["quad"] and reports[0].size == 10

    lines: list[str] = []
    options = GateOptions(
        data_dir=tmp_path / "data",
        baseline=tmp_path / "baseline.json",
        update=True,
        write_doc=tmp_path / "ACCURACY.md",
    )
    assert run_gate(options, echo=lines.append, coder=no_events, sets=sets) == 0
    pinned = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert pinned["datasets"]["quad"]["path"] == "dev/q/test.tsv"
    assert "| quad |" in (tmp_path / "ACCURACY.md").read_text(encoding="utf-8")
    lines.clear()
    check_only = GateOptions(data_dir=tmp_path / "data", baseline=tmp_path / "baseline.json")
    assert run_gate(check_only, echo=lines.append, coder=no_events, sets=sets) == 0
    assert any(line.startswith("gate: ok") and "quad.accuracy" in line for line in lines)
    assert lines[-1].startswith("gate: passed")


def test_gate_fails_on_regression(tmp_path: Path) -> None:
    make_data(tmp_path / "data")
    sets = (DevSet("quad", "dev/q/test.tsv", "quad"),)
    baseline = tmp_path / "baseline.json"
    pinned = {"datasets": {"quad": {"sha256": "x", "metrics": {"quad.accuracy": {"floor": 0.9}}}}}
    save_baseline(baseline, pinned)
    lines: list[str] = []
    options = GateOptions(data_dir=tmp_path / "data", baseline=baseline)
    assert run_gate(options, echo=lines.append, coder=no_events, sets=sets) == 1
    assert any(line.startswith("gate: changed") for line in lines)
    assert any(line.startswith("gate: FAIL") and "quad.accuracy" in line for line in lines)
    assert lines[-1].startswith("gate: FAILED")
    lines.clear()
    update = GateOptions(data_dir=tmp_path / "data", baseline=baseline, update=True, repin=True)
    assert run_gate(update, echo=lines.append, coder=no_events, sets=sets) == 1
    assert "--allow-lower" in lines[-1]


def test_only_selects_dev_sets(tmp_path: Path) -> None:
    make_data(tmp_path / "data")
    sets = (DevSet("quad", "dev/q/test.tsv", "quad"), DevSet("other", "dev/q/test.tsv", "quad"))
    lines: list[str] = []
    options = GateOptions(
        data_dir=tmp_path / "data", baseline=tmp_path / "b.json", update=True, only=("other",)
    )
    assert run_gate(options, echo=lines.append, coder=no_events, sets=sets) == 0
    assert list(load_baseline(tmp_path / "b.json")["datasets"]) == ["other"]
    wrong = GateOptions(data_dir=tmp_path / "data", only=("nope",))
    assert run_gate(wrong, echo=lines.append, coder=no_events, sets=sets) == 1
    assert "no dev set named nope" in lines[-1]


def test_companion_country_labels_are_pinned(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "sentence_id\tgold_root\tgold_penta\tmarked_sentence\n"
        "s1\tACCUSE\t3\t<s>Iran</s> condemned <t>Israel</t>.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "pairs_countries.tsv"
    labels.write_text("row\tsentence_id\trole\tiso3\n0\ts1\tsource\tIRN\n0\ts1\ttarget\tISR\n")
    scored = EvalReport(
        dataset="pairs", kind="plover_pairs", path=str(pairs), sha256="b" * 64, size=1,
        total=1, seed=None, date="2026-01-01", seconds=1.0, metrics={"type.accuracy": 1.0},
        support={"type.accuracy": 1},
    )
    baseline = update_baseline([scored], {})
    assert list(baseline["datasets"]["pairs"]["companions"]) == ["pairs_countries.tsv"]
    assert not any(c.failed for c in check([scored], baseline))
    labels.write_text("row\tsentence_id\trole\tiso3\n0\ts1\tsource\tIRN\n0\ts1\ttarget\tUSA\n")
    changed = [c for c in check([scored], baseline) if c.failed]
    assert [c.metric for c in changed] == ["(companion sha256)"]
    with pytest.raises(EvaluationError, match="companion"):
        update_baseline([scored], baseline)
    assert update_baseline([scored], baseline, repin=True)["datasets"]["pairs"]["companions"]
