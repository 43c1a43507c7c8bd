"""The ``sitrep`` command line: thin click wrappers over the library.

Each sub-command lives in its own module under ``sitrep.cli`` and only parses options, calls
library functions and prints. Library errors (``sitrep.errors.SitrepError``) become one-line
messages; nothing below this package prints.
"""

from __future__ import annotations

import click

from sitrep import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def main() -> None:
    """Code news reports into PLOVER event data, offline, with evidence for every field."""


def _register() -> None:
    # Each module adds its command(s) to ``main`` when imported.
    from sitrep.cli import commands  # noqa: F401


_register()
