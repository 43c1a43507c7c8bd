"""``sitrep code``, ``sitrep run`` and ``sitrep events``: thin wrappers over the library."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from sitrep.cli import main
from sitrep.errors import SitrepError
from sitrep.export import FORMATS, format_summary, write_events
from sitrep.ingest import Failure
from sitrep.model import ArticleResult, Event
from sitrep.runner import code_inputs, run_into_store
from sitrep.store import EventStore

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> None:
    """Print one line to stderr (the CLI's only way to report a problem)."""
    click.echo(f"sitrep: {message}", err=True)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def input_options(func: F) -> F:
    """The options shared by every command that reads inputs."""
    options = [
        click.option("--date", callback=_iso_date, help="Publication date (YYYY-MM-DD) of a "
                     "single article, or of corpus rows that carry none; relative dates are "
                     "resolved against it."),
        click.option("--url", help="URL of a single article (text, stdin, HTML)."),
        click.option("--title", help="Title of a single article (text, stdin, HTML)."),
        click.option("--allow-private", is_flag=True,
                     help="Allow URLs on private or loopback addresses."),
        click.option("--max-bytes", type=int, default=10_000_000, show_default=True,
                     help="Refuse inputs larger than this."),
        click.option("--timeout", type=float, default=20.0, show_default=True,
                     help="Seconds to wait for a URL."),
        click.option("--encoding", help="Text encoding of the inputs (default: UTF-8)."),
        click.option("--no-language-check", is_flag=True,
                     help="Code texts even when they do not look English."),
        click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                     help="Worker processes for coding."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def read_options(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": kwargs["date"],
        "url": kwargs["url"],
        "title": kwargs["title"],
        "allow_private": kwargs["allow_private"],
        "max_bytes": kwargs["max_bytes"],
        "timeout": kwargs["timeout"],
        "check_language": not kwargs["no_language_check"],
        "encoding": kwargs["encoding"],
    }


@main.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format.")
@input_options
def code_command(inputs: tuple[str, ...], fmt: str, **kwargs: Any) -> None:
    """Code INPUTS (files, directories, URLs, corpora, or - for stdin) and print the events."""
    failures: list[Failure] = []
    results: list[ArticleResult] = []

    def events() -> Iterator[Event]:
        for result in code_inputs(inputs, read_options=read_options(kwargs),
                                  n_process=kwargs["jobs"], failures=failures):
            results.append(result)
            if result.error:
                fail(f"{result.article.origin or result.article.key}: {result.error}")
            yield from result.events

    try:
        write_events(events(), sys.stdout, fmt)  # type: ignore[arg-type]
    except SitrepError as exc:
        fail(str(exc))
        sys.exit(2)
    for failure in failures:
        fail(f"{failure.origin}: {failure.message}")
    if not any(r.ok for r in results):
        sys.exit(1)


@main.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, help="SQLite database to code into.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--quiet", is_flag=True, help="Print no summary.")
@input_options
def run_command(inputs: tuple[str, ...], db_path: str, progress: bool | None, quiet: bool,
                **kwargs: Any) -> None:
    """Code INPUTS into the SQLite database --db (re-runs add nothing twice)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if progress is None else progress
    try:
        with EventStore(db_path) as store, tqdm(
            desc="coding", unit=" articles", disable=not show, file=sys.stderr
        ) as bar:

            def tick(item: ArticleResult | Failure) -> None:
                bar.update(1)
                if isinstance(item, Failure):
                    bar.write(f"sitrep: {item.origin}: {item.message}", file=sys.stderr)
                elif item.error:
                    bar.write(f"sitrep: {item.article.origin or item.article.key}: "
                              f"{item.error}", file=sys.stderr)

            stats = run_into_store(inputs, store, read_options=read_options(kwargs),
                                   n_process=kwargs["jobs"], progress=tick)
            summary = store.summary()
    except SitrepError as exc:
        fail(str(exc))
        sys.exit(2)
    if not quiet:
        click.echo(
            f"coded {stats.coded} articles ({stats.added} new, {stats.replaced} replaced, "
            f"{stats.unchanged} already stored, {stats.failed + stats.inputs_failed} failed); "
            f"{stats.events} events found"
        )
        click.echo(format_summary(summary))
    if stats.nothing_coded:
        sys.exit(1)


@main.command("events")
@click.option("--db", "db_path", required=True, help="SQLite database written by sitrep run.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--type", "event_type", multiple=True, help="PLOVER type (repeatable).")
@click.option("--country", multiple=True, help="ISO3 of the location or any actor.")
@click.option("--since", "start", callback=_iso_date, help="First date (YYYY-MM-DD).")
@click.option("--until", "end", callback=_iso_date, help="Last date (YYYY-MM-DD).")
@click.option("--actor", help="Substring of an actor or recipient name or mention.")
@click.option("--modality", multiple=True, help="asserted, negated, … (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--summary", "show_summary", is_flag=True, help="Print the database summary.")
def events_command(db_path: str, fmt: str, show_summary: bool, **filters: Any) -> None:
    """Query and export the events stored in --db."""
    import os

    if not os.path.exists(db_path):
        fail(f"{db_path}: no such database; create it with: sitrep run INPUT --db {db_path}")
        sys.exit(2)
    try:
        with EventStore(db_path) as store:
            if show_summary:
                click.echo(format_summary(store.summary()))
                return
            write_events(store.query_events(**filters), sys.stdout, fmt)  # type: ignore[arg-type]
    except SitrepError as exc:
        fail(str(exc))
        sys.exit(2)
