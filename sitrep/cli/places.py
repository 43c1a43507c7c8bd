"""``sitrep places`` (geoparse a text file) and ``sitrep gazetteer add`` (import GeoNames dumps).

Thin wrappers over :mod:`sitrep.resolve.places` and :mod:`sitrep.resolve.gazetteer`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from sitrep.cli import main
from sitrep.errors import SitrepError

FIELDS = (
    "start", "end", "text", "name", "geonameid", "lat", "lon", "country", "admin1",
    "feature_class", "feature_code", "precision", "confidence",
)


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc
    if b"\x00" in data[:4096]:
        raise click.ClickException(f"{path} is binary, not text; give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{path} is not UTF-8 (byte {exc.start}); convert it first, e.g. with iconv"
        ) from exc


def _read_spans(path: Path) -> list[Any]:
    try:
        spans = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot read spans from {path}: {exc}") from exc
    if not isinstance(spans, list):
        raise click.ClickException(f"{path} must hold a JSON list of [start, end] pairs")
    return spans


def _span_error(span: Any, text: str) -> str | None:
    from sitrep.resolve.places import has_latin_letters

    size = len(text)
    if not isinstance(span, list | tuple) or len(span) != 2:
        return "not a [start, end] pair"
    start, end = span
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return "start and end must be integers"
    if not 0 <= start < end <= size:
        return f"span outside the text (0 <= start < end <= {size})"
    if not has_latin_letters(text[start:end]):
        return "no Latin letters: the gazetteer holds Latin-script names only"
    return None


def _row(place: Any) -> dict[str, Any]:
    data = asdict(place)
    return {key: data[key] for key in FIELDS}


def _emit(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    columns = [*FIELDS, "error"] if any("error" in row for row in rows) else list(FIELDS)
    click.echo("\t".join(columns))
    for row in rows:
        values = ["" if row.get(c) is None else str(row.get(c)) for c in columns]
        click.echo("\t".join(v.replace("\t", " ").replace("\n", " ") for v in values))


@main.command("places")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "tsv"]), default="jsonl",
              show_default=True, help="One JSON object per line, or a TSV table.")
@click.option("--spans", "spans_file", type=click.Path(dir_okay=False, path_type=Path),
              help="JSON list of [start, end] pairs to resolve instead of detecting places.")
def places_command(file: str, fmt: str, spans_file: Path | None) -> None:
    """Print every place mentioned in FILE (a UTF-8 text file, or - for stdin)."""
    from sitrep.resolve.places import geoparse, resolve_spans

    text = _read_text(file)
    try:
        if spans_file is None:
            rows = [_row(p) for p in geoparse(text)]
        else:
            spans = _read_spans(spans_file)
            rows = [_row(p) for p in resolve_spans(text, spans)]
            for row, span in zip(rows, spans, strict=True):
                error = _span_error(span, text)
                if error:
                    row["error"] = error
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    _emit(rows, fmt)


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Inspect or extend the offline gazetteer."""


@gazetteer_group.command("add")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--classes", default="APLT", show_default=True,
              help="GeoNames feature classes to keep (A admin, P places, L areas, T islands).")
def gazetteer_add(files: tuple[Path, ...], classes: str) -> None:
    """Import GeoNames dumps (allCountries.zip, SY.zip, SY.txt, admin1CodesASCII.txt, ...)."""
    from sitrep.resolve.gazetteer import add_geonames

    for path in files:
        try:
            report = add_geonames(path, classes=classes)
        except SitrepError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(
            f"{path}: {report.places} places, {report.admin_names} admin names"
            + (f", {report.skipped} lines skipped" if report.skipped else "")
        )


@gazetteer_group.command("info")
def gazetteer_info() -> None:
    """Say where the index is and how many places it holds."""
    from sitrep.resolve.gazetteer import load_gazetteer

    try:
        gazetteer = load_gazetteer()
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"index: {gazetteer.path}")
    click.echo(f"places: {gazetteer.count()}")
