"""Rendering reports as a plain-text table, JSON or Markdown (strings; callers print them)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sitrep.errors import ConfigError
from sitrep.evaluate.harness import EvalReport

FORMATS = ("table", "json", "markdown")

# The per-label rows (type.ASSAULT.f1 …) are long; tables show them only when asked.
HEADLINE_EXCLUDE = (".p", ".r")


def is_headline(metric: str) -> bool:
    """Aggregate metrics and per-label F1 (not per-label precision/recall)."""
    return not metric.endswith(HEADLINE_EXCLUDE)


def format_value(metric: str, value: float) -> str:
    if metric.endswith(("_km", "_per_100")):
        return f"{value:.1f}"
    return f"{value:.3f}"


def rows(report: EvalReport, *, full: bool = False) -> list[tuple[str, str, int]]:
    return [
        (name, format_value(name, value), report.support.get(name, 0))
        for name, value in report.metrics.items()
        if full or is_headline(name)
    ]


def header_line(report: EvalReport) -> str:
    sample = f" (sample of {report.total}, seed {report.seed})" if report.seed is not None else ""
    return f"{report.dataset} [{report.kind}] n={report.size}{sample} {report.date}"


def confusion_lines(report: EvalReport) -> list[str]:
    """Each confusion matrix as ``gold -> predicted:count …`` lines (NONE: no event)."""
    lines: list[str] = []
    for name, table in report.confusion.items():
        lines.append(f"confusion ({name}, gold -> predicted):")
        for gold, row in table.items():
            cells = " ".join(f"{predicted}:{count}" for predicted, count in row.items())
            lines.append(f"  {gold} -> {cells}")
    return lines


def render_table(reports: Sequence[EvalReport], *, full: bool = False) -> str:
    lines: list[str] = []
    for report in reports:
        lines.append(header_line(report))
        table = rows(report, full=full)
        width = max((len(name) for name, _, _ in table), default=10)
        lines.extend(f"  {name:<{width}}  {value:>8}  n={n}" for name, value, n in table)
        if full:
            lines.extend(f"  {line}" for line in confusion_lines(report))
        lines.extend(f"  note: {note}" for note in report.notes)
    return "\n".join(lines)


def render_markdown(reports: Sequence[EvalReport], *, full: bool = False) -> str:
    lines: list[str] = []
    for report in reports:
        lines += [f"### {report.dataset}", "", f"`{report.path}` — {header_line(report)}", ""]
        lines += ["| metric | value | n |", "|---|---:|---:|"]
        lines += [f"| {name} | {value} | {n} |" for name, value, n in rows(report, full=full)]
        if full and report.confusion:
            lines += ["", "```", *confusion_lines(report), "```"]
        lines += [f"\n_{note}_" for note in report.notes]
        lines.append("")
    return "\n".join(lines)


def render_json(reports: Sequence[EvalReport]) -> str:
    data = [report.to_dict() for report in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False)


def render(reports: Sequence[EvalReport], fmt: str = "table", *, full: bool = False) -> str:
    """Render ``reports`` in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "table":
        return render_table(reports, full=full)
    if fmt == "markdown":
        return render_markdown(reports, full=full)
    if fmt == "json":
        return render_json(reports)
    raise ConfigError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
