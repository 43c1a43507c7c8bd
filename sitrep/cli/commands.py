"""Registers the sub-commands on the ``main`` group (one import per command module)."""
from sitrep.cli import (
    coding,  # noqa: F401
    evaluate,  # noqa: F401
    places,  # noqa: F401
)
