"""Helpers shared by the tests that code hand-written sentences."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from sitrep.model import Event
from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)  # the publication date of every hand-written test article


def code(text: str) -> list[Event]:
    """The events sitrep codes in ``text`` as an article published on ``PUB``."""
    return code_text(text, date=PUB, id="t")


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` (e.g. ``"build_actors"``) imported as a module."""
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
