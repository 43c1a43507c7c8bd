"""``sitrep eval``: score the pipeline on gold files, or run the accuracy gate.

Thin wrappers over :mod:`sitrep.evaluate` and :mod:`sitrep.evaluate.gate.run_gate` (which
``python -m sitrep.evaluate.gate`` also runs, without importing the CLI).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sitrep.cli import main
from sitrep.errors import SitrepError
from sitrep.evaluate import FORMATS, KINDS, default_coder, evaluate, render
from sitrep.evaluate import gate as gates


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
@click.option("--only", multiple=True, help="With --gate: run only this dev set (repeatable).")
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
    only: tuple[str, ...],
    write_doc: Path | None,
) -> None:
    """Score sitrep on gold DATASETS (any supported format), or run the gate with --gate."""
    if not run_gate and not datasets:
        raise click.UsageError("give one or more gold files, or --gate to run the dev sets")
    if run_gate:
        options = gates.GateOptions(
            gates.data_dir(data_dir),
            baseline or gates.DEFAULT_BASELINE,
            update,
            allow_lower,
            repin,
            write_doc,
            n_process,
            only,
        )
        sys.exit(gates.run_gate(options, echo=click.echo))
    try:
        coder = default_coder(n_process=n_process)
        reports = [
            evaluate(path, kind=kind, limit=limit, seed=seed, coder=coder) for path in datasets
        ]
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(render(reports, fmt, full=full))
