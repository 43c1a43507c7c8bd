"""The accuracy gate: dev-set scores compared with committed floors in ``eval/baseline.json``.

Run it as ``python -m sitrep.evaluate.gate`` (or ``sitrep eval --gate``). The baseline pins,
per dataset, the SHA-256 of the gold file and, per metric, a bound: a *floor* for metrics
where higher is better, a *ceiling* for error distances, AUC and false-alarm rates. A bound
is set at ``score − margin`` (``score + margin`` for ceilings), where the margin is the
sampling noise of the metric (:func:`noise_margin`); the gate fails when a score falls past
its bound. ``--update`` raises floors (lowers ceilings) and never loosens one unless
``allow_lower`` is given; a changed gold file must be re-pinned with ``repin``.

This module computes and returns; output goes through the ``echo`` callback that the
command line passes in (``print`` for ``python -m``, ``click.echo`` for ``sitrep eval``).
The module does not import ``sitrep.cli``, so the gate runs even when an unrelated command
module is broken.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import EvaluationError, SitrepError
from sitrep.evaluate.harness import (
    Coder,
    EvalReport,
    Geoparser,
    default_coder,
    default_geoparser,
    evaluate_set,
)
from sitrep.evaluate.loaders import companion_files, file_sha256, load_gold
from sitrep.evaluate.scoring import higher_is_better

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
DEFAULT_BASELINE = REPO_ROOT / "eval" / "baseline.json"
DATA_DIR_ENV = "SITREP_DEV_DATA"
UPDATE_COMMAND = "python -m sitrep.evaluate.gate --update --write-doc docs/ACCURACY.md"
SEED = 13


@dataclass(frozen=True, slots=True)
class DevSet:
    """One gold file of the dev evaluation: where it is under the data dir and how much."""

    name: str
    path: str
    kind: str
    limit: int | None = None


DEV_SETS: tuple[DevSet, ...] = (
    DevSet("plover_pairs", "dev/plover_pairs/train.tsv", "plover_pairs"),
    DevSet("cameo_quad", "dev/cameo_quad/test.tsv", "quad"),
    DevSet("cameo_roles", "dev/cameo_roles/test.txt", "roles"),
    DevSet("cameo_quad_train", "dev/cameo_quad/train.tsv", "quad"),
    DevSet("cameo_roles_train", "dev/cameo_roles/train.txt", "roles"),
    DevSet("india_police_events", "dev/india_police_events/sents.jsonl", "police", 4000),
    DevSet("geovirus", "dev/geovirus/GeoVirus.xml", "geovirus"),
    DevSet("ucdp_ged_car", "dev/ucdp_ged_car/GEDEvent_v23_1_CAR.geojson", "ucdp_geojson"),
    DevSet("ucdp_ged_sample", "dev/ucdp_ged_sample/ucdpged_sample_v23_1.csv", "ucdp_csv"),
    DevSet("scad_latam", "dev/scad_latam/SCAD2018LatinAmerica_Final.csv", "scad", 2000),
    DevSet(
        "mass_mobilization_africa",
        "dev/mass_mobilization_africa/africa_protest.csv",
        "mass_mobilization",
        1000,
    ),
    DevSet("everyday_text", "dev/everyday_text/ewt_everyday.jsonl", "no_events"),
)

# The aggregate metrics the gate holds (per-label figures are reported, not gated).
GATED_METRICS: frozenset[str] = frozenset(
    {
        "type.accuracy",
        "type.micro_f1",
        "type.macro_f1",
        "quad.accuracy",
        "roles.exact_f1",
        "roles.overlap_f1",
        "actor.country_accuracy",
        "actor.country_accuracy_given_spans",
        "actor.sector_accuracy",
        "actor.inter_accuracy",
        "acled.event_type_accuracy",
        "acled.sub_event_type_accuracy",
        "toponym.detect.exact_f1",
        "toponym.detect.overlap_f1",
        "toponym.e2e.acc161",
        "toponym.e2e.auc",
        "toponym.gold.acc161",
        "toponym.gold.acc25",
        "toponym.gold.auc",
        "location.acc161",
        "location.auc",
        "date.exact",
        "fatalities.exact",
        "fatalities.within10",
        "modality.accuracy",
        "labels.micro_f1",
        "labels.macro_f1",
        "false_alarms.events_per_100",
        "false_alarms.texts_per_100",
    }
)


def data_dir(explicit: Path | str | None = None) -> Path:
    """The dev data folder: ``explicit``, else ``$SITREP_DEV_DATA``, else ``../shared/data``."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)


def run_dev_sets(
    root: Path,
    *,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    sets: Sequence[DevSet] | None = None,
    on_start: Callable[[DevSet], None] | None = None,
) -> list[EvalReport]:
    """Evaluate every dev set found under ``root`` (sets whose file is absent are left out)."""
    geoparser = geoparser or default_geoparser()
    reports = []
    for dev in DEV_SETS if sets is None else sets:
        path = root / dev.path
        if not path.is_file():
            continue
        if on_start is not None:
            on_start(dev)
        gold = load_gold(path, kind=dev.kind, limit=dev.limit, seed=SEED, name=dev.name)
        reports.append(evaluate_set(gold, coder=coder, geoparser=geoparser))
    return reports


# --------------------------------------------------------------------------- noise and bounds


def noise_margin(metric: str, value: float, n: int) -> float:
    """How far a score may move by chance: one binomial standard error, at least 0.005.

    Error distances (km) and false-alarm rates get 5% of the value (at least 1 km / 0.5).
    """
    if metric.endswith("_km"):
        return max(1.0, 0.05 * value)
    if metric.endswith("_per_100"):
        return max(0.5, 0.05 * value)
    p = min(max(value, 0.0), 1.0)
    return max(0.005, math.sqrt(p * (1 - p) / max(n, 1)))


def bound_for(metric: str, value: float, n: int) -> float:
    margin = noise_margin(metric, value, n)
    if higher_is_better(metric):
        return round(max(0.0, value - margin), 4)
    return round(value + margin, 4)


def passes(metric: str, value: float, bound: float) -> bool:
    if higher_is_better(metric):
        return value >= bound - 1e-9
    return value <= bound + 1e-9


def looser(metric: str, new: float, old: float) -> bool:
    """True when ``new`` is a less demanding bound than ``old``."""
    return new < old if higher_is_better(metric) else new > old


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the gate: a metric (or a whole dataset) and whether it passed.

    ``status``: ``ok``, ``FAIL``, ``new`` (not in the baseline yet), ``missing`` (in the
    baseline, not produced now: fails), ``changed`` (gold hash differs: fails), ``skip``.
    """

    dataset: str
    metric: str
    status: str
    score: float | None = None
    bound: float | None = None
    n: int = 0
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.status in ("FAIL", "missing", "changed")

    def line(self) -> str:
        if self.score is None or self.bound is None:
            score = "" if self.score is None else f" {self.score:.4f}"
            detail = f": {self.detail}" if self.detail else ""
            return f"gate: {self.status:<7} {self.dataset} {self.metric}{score}{detail}"
        sign = ">=" if higher_is_better(self.metric) else "<="
        if self.failed:
            sign = "<" if sign == ">=" else ">"
        kind = "floor" if higher_is_better(self.metric) else "ceiling"
        return (
            f"gate: {self.status:<7} {self.dataset} {self.metric} {self.score:.4f} {sign} "
            f"{kind} {self.bound:.4f} (n={self.n})"
        )


def bound_of(entry: Mapping[str, Any]) -> float:
    return float(entry["floor"] if "floor" in entry else entry["ceiling"])


def check_report(report: EvalReport, pinned: Mapping[str, Any] | None) -> list[Check]:
    """Compare one dataset's scores with its pinned bounds."""
    if pinned is None:
        return [Check(report.dataset, "(dataset)", "new", detail="not pinned yet: run --update")]
    checks: list[Check] = []
    if pinned.get("sha256") != report.sha256:
        detail = (
            f"pinned {str(pinned.get('sha256'))[:12]}, now {report.sha256[:12]}; check the gold"
            " change, then re-pin with --update --repin"
        )
        checks.append(Check(report.dataset, "(gold sha256)", "changed", detail=detail))
    checks.extend(
        Check(report.dataset, "(report)", "FAIL", detail=problem) for problem in report.problems
    )
    pinned_companions = pinned.get("companions")
    if pinned_companions is not None and pinned_companions != companion_hashes(report):
        detail = "a companion gold file (actor-country labels) changed; check, then --repin"
        checks.append(Check(report.dataset, "(companion sha256)", "changed", detail=detail))
    bounds: Mapping[str, Any] = pinned.get("metrics", {})
    for metric, entry in sorted(bounds.items()):
        score = report.metrics.get(metric)
        if score is None:
            detail = "pinned but not produced now"
            checks.append(Check(report.dataset, metric, "missing", detail=detail))
            continue
        status = "ok" if passes(metric, score, bound_of(entry)) else "FAIL"
        n = report.support.get(metric, 0)
        checks.append(Check(report.dataset, metric, status, score, bound_of(entry), n))
    for metric in sorted(gated(report)):
        if metric not in bounds:
            checks.append(
                Check(report.dataset, metric, "new", report.metrics[metric], detail="not pinned")
            )
    return checks


def companion_hashes(report: EvalReport) -> dict[str, str]:
    """File name → SHA-256 of the companion gold files the report's set was scored with."""
    return {p.name: file_sha256(p) for p in companion_files(report.path, report.kind)}


def gated(report: EvalReport) -> dict[str, float]:
    return {name: value for name, value in report.metrics.items() if name in GATED_METRICS}


def check(reports: Sequence[EvalReport], baseline: Mapping[str, Any]) -> list[Check]:
    """All gate lines for ``reports`` against ``baseline`` (datasets not run are skipped)."""
    pinned: Mapping[str, Any] = baseline.get("datasets", {})
    checks: list[Check] = []
    for report in reports:
        checks.extend(check_report(report, pinned.get(report.dataset)))
    ran = {report.dataset for report in reports}
    checks.extend(
        Check(name, "(dataset)", "skip", detail="not run (gold file absent or not selected)")
        for name in sorted(set(pinned) - ran)
    )
    return checks


# --------------------------------------------------------------------------- updating


def updated_entry(
    report: EvalReport, old: Mapping[str, Any] | None, *, allow_lower: bool, repin: bool
) -> tuple[dict[str, Any], list[str]]:
    """The new baseline entry for one dataset and the list of refusals (empty when fine)."""
    refusals: list[str] = []
    old = old or {}
    if old and old.get("sha256") != report.sha256 and not repin:
        refusals.append(f"{report.dataset}: gold file changed; re-pin with --repin")
    companions = companion_hashes(report)
    if old.get("companions", companions) != companions and not repin:
        refusals.append(f"{report.dataset}: a companion gold file changed; re-pin with --repin")
    old_metrics: Mapping[str, Any] = old.get("metrics", {})
    metrics: dict[str, Any] = {}
    for metric, value in sorted(gated(report).items()):
        n = report.support.get(metric, 0)
        bound = bound_for(metric, value, n)
        previous = old_metrics.get(metric)
        if previous is not None and looser(metric, bound, bound_of(previous)):
            if passes(metric, value, bound_of(previous)) or not allow_lower:
                bound = bound_of(previous)
            if not passes(metric, value, bound_of(previous)) and not allow_lower:
                refusals.append(
                    f"{report.dataset} {metric}: {value:.4f} is past {bound_of(previous):.4f};"
                    " loosening a bound needs --allow-lower (give the reason in the commit)"
                )
        key = "floor" if higher_is_better(metric) else "ceiling"
        metrics[metric] = {key: bound, "score": round(value, 4), "n": n}
    for metric in sorted(set(old_metrics) - set(metrics)):
        if not allow_lower:
            metrics[metric] = dict(old_metrics[metric])
            refusals.append(
                f"{report.dataset} {metric}: no longer produced; dropping it needs --allow-lower"
            )
    entry = {
        "path": report.path,
        "kind": report.kind,
        "sha256": report.sha256,
        "size": report.size,
        "total": report.total,
        "seed": report.seed,
        "date": report.date,
        "metrics": metrics,
    }
    if companions:
        entry["companions"] = companions
    return entry, refusals


def update_baseline(
    reports: Sequence[EvalReport],
    baseline: Mapping[str, Any],
    *,
    allow_lower: bool = False,
    repin: bool = False,
    data_root: Path | None = None,
) -> dict[str, Any]:
    """A new baseline with bounds tightened to today's scores.

    Raises :class:`EvaluationError` listing every bound that would loosen (or gold file that
    changed) unless ``allow_lower`` (or ``repin``) is given.
    """
    datasets: dict[str, Any] = dict(baseline.get("datasets", {}))
    refusals: list[str] = []
    for report in reports:
        entry, refused = updated_entry(
            report, datasets.get(report.dataset), allow_lower=allow_lower, repin=repin
        )
        if data_root is not None:
            entry["path"] = relative_path(Path(report.path), data_root)
        datasets[report.dataset] = entry
        refusals.extend(refused)
    if refusals:
        raise EvaluationError("refusing to update the baseline: " + " | ".join(refusals))
    return {
        "about": "accuracy floors for the dev sets; regenerate with: " + UPDATE_COMMAND,
        "updated": dt.date.today().isoformat(),
        "seed": SEED,
        "datasets": dict(sorted(datasets.items())),
    }


def relative_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_baseline(path: Path) -> dict[str, Any]:
    """The baseline file, or an empty one when it does not exist yet."""
    if not path.is_file():
        return {"datasets": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read baseline: {exc}", source=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("datasets", {}), dict):
        raise EvaluationError("baseline must be a JSON object with 'datasets'", source=str(path))
    return data


def save_baseline(path: Path, baseline: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- running

Echo = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class GateOptions:
    """What one gate run does (the command-line options, as one value)."""

    data_dir: Path = DEFAULT_DATA_DIR
    baseline: Path = DEFAULT_BASELINE
    update: bool = False
    allow_lower: bool = False
    repin: bool = False
    write_doc: Path | None = None
    n_process: int = 1
    only: tuple[str, ...] = ()


def run_gate(
    options: GateOptions,
    *,
    echo: Echo,
    coder: Coder | None = None,
    geoparser: Geoparser | None = None,
    sets: Sequence[DevSet] | None = None,
) -> int:
    """Run the gate, passing one line per metric to ``echo``; return the exit status.

    0: passed (or skipped: no dev data); 1: a regression, a refused update or an error.
    """
    if not (options.data_dir / "dev").is_dir():
        echo(f"gate: skipped: {options.data_dir} not found (no dev data to score)")
        return 0
    sets = select_sets(DEV_SETS if sets is None else sets, options.only)
    if not sets:
        names = ", ".join(dev.name for dev in DEV_SETS)
        echo(f"gate: error: no dev set named {', '.join(options.only)}; known: {names}")
        return 1
    try:
        reports = run_dev_sets(
            options.data_dir,
            coder=coder or default_coder(n_process=options.n_process),
            geoparser=geoparser,
            sets=sets,
            on_start=lambda dev: echo(f"gate: scoring {dev.name} ..."),
        )
        baseline = load_baseline(options.baseline)
        if options.update:
            return write_update(reports, baseline, options, echo)
    except SitrepError as exc:
        echo(f"gate: error: {exc}")
        return 1
    return report_checks(check(reports, baseline), reports, options, echo)


def select_sets(sets: Sequence[DevSet], only: Sequence[str]) -> list[DevSet]:
    """The dev sets named in ``only`` (all of them when ``only`` is empty)."""
    return [dev for dev in sets if not only or dev.name in only]


def report_checks(
    checks: Sequence[Check], reports: Sequence[EvalReport], options: GateOptions, echo: Echo
) -> int:
    for item in checks:
        echo(item.line())
    failed = [item for item in checks if item.failed]
    write_accuracy_doc(reports, options, echo)
    if failed:
        echo(
            f"gate: FAILED: {len(failed)} regression(s) against {options.baseline}; fix them,"
            f" or if intended: {UPDATE_COMMAND} --allow-lower (and say why in the commit)"
        )
        return 1
    seconds = sum(report.seconds for report in reports)
    echo(f"gate: passed ({len(checks)} checks, {len(reports)} datasets, {seconds:.0f} s)")
    return 0


def write_update(
    reports: Sequence[EvalReport], baseline: Mapping[str, Any], options: GateOptions, echo: Echo
) -> int:
    new = update_baseline(
        reports,
        baseline,
        allow_lower=options.allow_lower,
        repin=options.repin,
        data_root=options.data_dir,
    )
    save_baseline(options.baseline, new)
    for item in check(reports, new):
        echo(item.line())
    write_accuracy_doc(reports, options, echo)
    echo(f"gate: baseline written to {options.baseline}")
    return 0


def write_accuracy_doc(reports: Sequence[EvalReport], options: GateOptions, echo: Echo) -> None:
    if options.write_doc is None:
        return
    from sitrep.evaluate.accuracy_doc import render_accuracy_doc

    options.write_doc.parent.mkdir(parents=True, exist_ok=True)
    options.write_doc.write_text(render_accuracy_doc(reports), encoding="utf-8")
    echo(f"gate: wrote {options.write_doc}")


def parse_args(argv: Sequence[str] | None) -> GateOptions:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m sitrep.evaluate.gate", description="sitrep's accuracy gate"
    )
    parser.add_argument("--data-dir", type=Path, help="dev data (default ../shared/data)")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    parser.add_argument("--update", action="store_true", help="tighten floors to today's scores")
    parser.add_argument("--allow-lower", action="store_true", help="let --update loosen floors")
    parser.add_argument("--repin", action="store_true", help="let --update accept new gold files")
    parser.add_argument("--write-doc", type=Path, help="also write ACCURACY.md here")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--only", action="append", default=[], help="run only this dev set")
    args = parser.parse_args(argv)
    return GateOptions(
        data_dir(args.data_dir),
        args.baseline,
        args.update,
        args.allow_lower,
        args.repin,
        args.write_doc,
        max(1, args.n_process),
        tuple(args.only),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sitrep.evaluate.gate``: the command-line entry point (prints to stdout)."""
    return run_gate(parse_args(argv), echo=lambda line: print(line, flush=True))


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit(main())
