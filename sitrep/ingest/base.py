"""The pieces every ingest reader shares: the options, the per-input failure record, and the
one function that turns decoded text plus metadata into an :class:`~sitrep.model.Article`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

from sitrep.errors import EmptyInputError, SitrepError
from sitrep.ingest.language import check_language
from sitrep.model import Article

Resolver = Callable[[str, int], Iterable[str]]
"""``resolver(host, port)`` returns the IP addresses a host name resolves to (as strings)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """One input (or one row or feed item of it) that gave no article, and why.

    ``origin`` is a path, a URL, ``stdin`` or ``path:LINE`` for a corpus row or feed item;
    ``message`` is one line that says what is wrong and what to do; ``error_type`` is the
    :mod:`sitrep.errors` class name; ``transient`` is True when trying again later may work.
    """

    origin: str
    message: str
    error_type: str
    transient: bool

    @classmethod
    def from_error(cls, origin: str, error: SitrepError) -> Failure:
        """The failure record for a sitrep error raised while reading ``origin``."""
        message = " ".join(str(error.args[0] if error.args else error).split())
        return cls(origin, message, type(error).__name__, bool(error.transient))


@dataclass(frozen=True, slots=True)
class Options:
    """Everything :func:`sitrep.ingest.read_inputs` was asked for, passed to each reader."""

    date: dt.date | None = None
    url: str | None = None
    title: str | None = None
    allow_private: bool = False
    max_bytes: int = 10_000_000
    timeout: float = 20.0
    check_language: bool = True
    transport: httpx.BaseTransport | None = None
    resolver: Resolver | None = None
    encoding: str | None = None
    detect_title: bool = True
    max_redirects: int = 5


def clean_text(text: str) -> str:
    """Normalise line endings to ``\\n`` and drop a byte-order mark; nothing else changes."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def build_article(
    text: str,
    options: Options,
    *,
    origin: str,
    id: str | None = None,
    title: str | None = None,
    date: dt.date | None = None,
    url: str | None = None,
    source: str | None = None,
    single: bool = False,
) -> Article:
    """Check ``text`` and wrap it in an Article.

    For a ``single`` article (a text file, stdin, an HTML page) the user's date, url and title
    options win over what the input says. For corpus rows and feed items only the ``date``
    option applies, and only where the row has no date: a corpus never gets one URL — one
    de-duplication key — for every row.

    ``text`` gets ``\n`` line endings and is stripped of surrounding whitespace: offsets
    downstream index the result. Raises EmptyInputError or LanguageError.
    """
    text = clean_text(text).strip()
    if not text:
        raise EmptyInputError("the input holds no text (empty or only whitespace); check the file")
    language = check_language(text, enforce=options.check_language)
    return Article(
        text=text,
        id=id or None,
        title=(options.title if single else None)
        or (title.strip() if title and title.strip() else None),
        date=(options.date if single else None) or date or options.date,
        url=(options.url if single else None) or url or None,
        source=source or None,
        language=language,
        origin=origin,
    )


def too_large_message(size: int | None, limit: int) -> str:
    """The one-line message for an input over the size cap (``size`` None: unknown)."""
    what = f"{size:,} bytes" if size is not None else "larger than that"
    return (
        f"input is over the {limit:,}-byte limit ({what}); split it into smaller files or"
        " raise the limit (--max-bytes, max_bytes=)"
    )
