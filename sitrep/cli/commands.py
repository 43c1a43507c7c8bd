"""Registers the sub-commands on the ``main`` group (one import per command module)."""
from sitrep.cli import evaluate  # noqa: F401
