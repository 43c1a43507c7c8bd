"""``sitrep eval``: score the pipeline on gold files, or run the accuracy gate.

Thin wrappers over :mod:`sitrep.evaluate` and :mod:`sitrep.evaluate.gate`; this module is
the only place in the evaluation code that prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sitrep.cli import main
from sitrep.errors import SitrepError
from sitrep.evaluate import FORMATS, KINDS, default_coder, evaluate, render
from sitrep.evaluate import gate as gates
from sitrep.evaluate.accuracy_doc import render_accuracy_doc
from sitrep.evaluate.harness import EvalReport


@main.command("eval")
@click.argument("datasets", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(KINDS), help="Gold format (default: detected).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), help="Score a deterministic sample of N.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sample.")
@click.option("--full", is_flag=True, help="Show per-label precision and recall too.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--gate", "run_gate", is_flag=True, help="Run the dev sets against the floors.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Dev data.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Floors file.")
@click.option("--update", is_flag=True, help="With --gate: tighten floors to today's scores.")
@click.option("--allow-lower", is_flag=True, help="With --update: allow loosening floors.")
@click.option("--repin", is_flag=True, help="With --update: accept changed gold files.")
@click.option(
    "--write-doc", type=click.Path(dir_okay=False, path_type=Path), help="Write ACCURACY.md."
)
def eval_command(
    datasets: tuple[Path, ...],
    kind: str | None,
    fmt: str,
    limit: int | None,
    seed: int,
    full: bool,
    n_process: int,
    run_gate: bool,
    data_dir: Path | None,
    baseline: Path | None,
    update: bool,
    allow_lower: bool,
    repin: bool,
    write_doc: Path | None,
) -> None:
    """Score sitrep on gold DATASETS (any supported format), or run the gate with --gate."""
    if not run_gate and not datasets:
        raise click.UsageError("give one or more gold files, or --gate to run the dev sets")
    if run_gate:
        options = GateOptions(data_dir, baseline, update, allow_lower, repin, write_doc, n_process)
        sys.exit(run_gate_command(options))
    try:
        coder = default_coder(n_process=n_process)
        reports = [
            evaluate(path, kind=kind, limit=limit, seed=seed, coder=coder) for path in datasets
        ]
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(render(reports, fmt, full=full))


class GateOptions:
    """The gate's command-line options, passed as one value."""

    def __init__(
        self,
        data_dir: Path | None,
        baseline: Path | None,
        update: bool,
        allow_lower: bool,
        repin: bool,
        write_doc: Path | None,
        n_process: int = 1,
    ) -> None:
        self.data_dir = gates.data_dir(data_dir)
        self.baseline = baseline or gates.DEFAULT_BASELINE
        self.update = update
        self.allow_lower = allow_lower
        self.repin = repin
        self.write_doc = write_doc
        self.n_process = n_process


def run_gate_command(options: GateOptions) -> int:
    """Run the gate; print one line per metric; return the exit status (1 on regression)."""
    if not (options.data_dir / "dev").is_dir():
        click.echo(f"gate: skipped: {options.data_dir} not found (no dev data to score)")
        return 0
    try:
        reports = gates.run_dev_sets(
            options.data_dir,
            coder=default_coder(n_process=options.n_process),
            on_start=lambda dev: click.echo(f"gate: scoring {dev.name} …", err=True),
        )
        baseline = gates.load_baseline(options.baseline)
        if options.update:
            return update_command(reports, baseline, options)
    except SitrepError as exc:
        click.echo(f"gate: error: {exc}")
        return 1
    return report_checks(gates.check(reports, baseline), reports, options)


def report_checks(
    checks: list[gates.Check], reports: list[EvalReport], options: GateOptions
) -> int:
    for item in checks:
        click.echo(item.line())
    failed = [item for item in checks if item.failed]
    write_doc(reports, options)
    if failed:
        click.echo(
            f"gate: FAILED: {len(failed)} regression(s) against {options.baseline}; fix them, or"
            f" if intended run: {gates.UPDATE_COMMAND} --allow-lower"
        )
        return 1
    click.echo(f"gate: passed ({len(checks)} checks, {len(reports)} datasets)")
    return 0


def update_command(
    reports: list[EvalReport], baseline: dict[str, object], options: GateOptions
) -> int:
    new = gates.update_baseline(
        reports,
        baseline,
        allow_lower=options.allow_lower,
        repin=options.repin,
        data_root=options.data_dir,
    )
    gates.save_baseline(options.baseline, new)
    for item in gates.check(reports, new):
        click.echo(item.line())
    write_doc(reports, options)
    click.echo(f"gate: baseline written to {options.baseline}")
    return 0


def write_doc(reports: list[EvalReport], options: GateOptions) -> None:
    if options.write_doc is not None:
        options.write_doc.parent.mkdir(parents=True, exist_ok=True)
        options.write_doc.write_text(render_accuracy_doc(reports), encoding="utf-8")
        click.echo(f"gate: wrote {options.write_doc}")


@click.command("sitrep-gate")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--update", is_flag=True, help="Tighten floors to today's scores.")
@click.option("--allow-lower", is_flag=True, help="With --update: allow loosening floors.")
@click.option("--repin", is_flag=True, help="With --update: accept changed gold files.")
@click.option("--write-doc", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True)
def gate_cli(
    data_dir: Path | None,
    baseline: Path | None,
    update: bool,
    allow_lower: bool,
    repin: bool,
    write_doc: Path | None,
    n_process: int,
) -> None:
    """The accuracy gate (python -m sitrep.evaluate.gate)."""
    options = GateOptions(data_dir, baseline, update, allow_lower, repin, write_doc, n_process)
    sys.exit(run_gate_command(options))


def gate_main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m sitrep.evaluate.gate``; returns the exit status."""
    try:
        gate_cli.main(args=argv, prog_name="python -m sitrep.evaluate.gate", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    return 0
