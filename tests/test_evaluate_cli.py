"""``sitrep eval``: options, formats and the gate, with a fake coder in place of the pipeline."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.model import Article, ArticleResult


def no_events(articles: Sequence[Article]) -> Iterator[ArticleResult]:
    for article in articles:
        yield ArticleResult(article=article)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.cli.evaluate as command

    monkeypatch.setattr(command, "default_coder", lambda **_: no_events)


@pytest.fixture
def quad_file(tmp_path: Path) -> Path:
    path = tmp_path / "quad.tsv"
    path.write_text("They talked.\t0\nA bomb exploded.\t4\nIt rained.\t0\n", encoding="utf-8")
    return path


def test_eval_table_json_markdown(fake_pipeline: None, quad_file: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["eval", str(quad_file)])
    assert table.exit_code == 0, table.output
    assert "quad.accuracy" in table.output and "0.667" in table.output
    as_json = runner.invoke(main, ["eval", str(quad_file), "--format", "json"])
    assert json.loads(as_json.output)["metrics"]["quad.accuracy"] == pytest.approx(0.6667)
    markdown = runner.invoke(main, ["eval", str(quad_file), "--format", "markdown"])
    assert "| quad.accuracy | 0.667 | 3 |" in markdown.output


def test_eval_kind_and_limit(fake_pipeline: None, quad_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(quad_file), "--kind", "quad", "--limit", "2"])
    assert result.exit_code == 0 and "n=2 (sample of 3, seed 0)" in result.output


def test_eval_errors_are_one_line(fake_pipeline: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 1 and "pass --kind" in result.output
    usage = CliRunner().invoke(main, ["eval"])
    assert usage.exit_code == 2 and "--gate" in usage.output


def test_eval_gate_skips_without_data(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--gate", "--data-dir", str(tmp_path / "none")])
    assert result.exit_code == 0 and "gate: skipped:" in result.output


DOC = Path(__file__).resolve().parents[1] / "docs" / "EVALUATION.md"


def test_every_kind_metric_and_option_is_documented() -> None:
    from sitrep.evaluate import KINDS
    from sitrep.evaluate.gate import DEV_SETS, GATED_METRICS
    from sitrep.evaluate.labels import LABEL_RULES, LEGACY_ACLED, LEGACY_PLOVER

    text = DOC.read_text(encoding="utf-8")
    lowered = text.lower()
    missing = [f"kind {kind}" for kind in KINDS if f"| `{kind}` |" not in text]
    missing += [f"set {dev.name}" for dev in DEV_SETS if f"| {dev.name} |" not in text]
    missing += [f"label {label}" for label in LABEL_RULES if label not in text]
    missing += [f"old name {name}" for name in LEGACY_PLOVER if f"| {name} |" not in text]
    missing += [f"ACLED {name}" for name in LEGACY_ACLED if name not in lowered]
    missing += [f"metric {metric}" for metric in GATED_METRICS if f"`{metric}`" not in text]
    command = main.commands["eval"]
    for param in command.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--") and option not in text:
                missing.append(f"option {option}")
    assert not missing, f"undocumented in docs/EVALUATION.md: {missing}"
