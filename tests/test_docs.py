"""Docs are tested: every CLI command and option, and every event field, is documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from sitrep.cli import main
from sitrep.model import Actor, Event, Location, Magnitude, TextSpan

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        out.append((full, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, full + " "))
    return out


def test_every_command_and_option_is_in_the_cli_docs() -> None:
    text = "\n".join(p.read_text("utf-8") for p in DOCS.glob("*.md"))
    cli_doc = (DOCS / "CLI.md").read_text("utf-8")
    for name, command in _commands(main):
        assert f"sitrep {name}" in cli_doc, f"`sitrep {name}` is not in docs/CLI.md"
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts:
                    if opt.startswith("--"):
                        assert opt in text, f"{opt} of `sitrep {name}` is undocumented"


def test_every_event_field_is_in_the_event_record_docs() -> None:
    text = (DOCS / "EVENT_RECORD.md").read_text("utf-8")
    for record in (Event, Actor, Location, Magnitude, TextSpan):
        for field in dataclasses.fields(record):
            assert f"`{field.name}`" in text, f"{record.__name__}.{field.name} is undocumented"
