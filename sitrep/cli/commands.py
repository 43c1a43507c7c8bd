"""Registers the sub-commands on the ``main`` group (one import per command module)."""
from sitrep.cli import coding  # noqa: F401
from sitrep.cli import evaluate  # noqa: F401
from sitrep.cli import places  # noqa: F401
