"""sitrep's one exception tree.

    SitrepError                      base of everything sitrep raises on purpose
    ├── InputError                   an input cannot be read or holds no codable article (terminal)
    │   ├── EmptyInputError          nothing but whitespace
    │   ├── BinaryInputError         bytes that are not text
    │   ├── EncodingError            text that is not UTF-8 (or the declared encoding)
    │   ├── InputTooLargeError       over the size cap
    │   ├── LanguageError            not English (sitrep codes English only for now)
    │   └── NoArticleError           HTML or feed with no article text in it
    ├── FetchError                   a URL could not be fetched (``transient`` tells retry or skip)
    ├── ModelError                   the spaCy pipeline or a shipped data file is missing/broken
    ├── StoreError                   the database cannot be opened, migrated or written
    ├── ConfigError                  bad option values (an unknown format, a bad date)
    └── EvaluationError              a gold file cannot be read or a gate floor is broken

Every error carries ``transient``: True means "try again later" (network time-outs, 5xx),
False means "record and skip" (a corrupt article). Batch jobs decide from this flag, never
from the message text. Messages are one line and say what to do next.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class: every error sitrep raises deliberately."""

    transient: bool = False

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.source}: {message}" if self.source else message


class InputError(SitrepError):
    """An input cannot be turned into a codable article."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The input is not valid text in the expected encoding."""


class InputTooLargeError(InputError):
    """The input is larger than the configured cap."""


class LanguageError(InputError):
    """The input is not in a language sitrep codes."""


class NoArticleError(InputError):
    """An HTML page or feed held no article text."""


class FetchError(SitrepError):
    """A URL could not be fetched."""

    def __init__(self, message: str, *, source: str | None = None, transient: bool = False) -> None:
        super().__init__(message, source=source)
        self.transient = transient


class ModelError(SitrepError):
    """A language model or shipped data file is missing or unreadable."""


class StoreError(SitrepError):
    """The event database cannot be opened, migrated or written."""


class ConfigError(SitrepError):
    """An option or setting has a bad value."""


class EvaluationError(SitrepError):
    """A gold file cannot be read, or the accuracy gate failed."""
