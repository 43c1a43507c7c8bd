"""sitrep: code news reports into PLOVER event data, offline, with evidence for every field."""

__version__ = "0.1.0"
