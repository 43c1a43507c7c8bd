"""sitrep.ingest: turn any mix of user inputs into Articles, or per-input Failures.

    read_inputs(["story.txt", "-", "corpus.jsonl", "https://example.org/news/1", "feeds/"])

yields, in the order of the sources, an :class:`~sitrep.model.Article` for each article read
and a :class:`Failure` for each input (or corpus row, or feed item) that could not be read.
It never raises for one bad input; it raises ConfigError only for bad options. Formats,
fields, aliases, the title rule, the URL safety rules and every failure type are documented
in ``docs/INGEST.md``.

Modules: ``sources`` (dispatch), ``text``, ``html``, ``feed``, ``corpus`` (JSONL/CSV),
``fetch`` (URLs and the SSRF guard), ``decode`` (bytes → text), ``language`` (the English
gate), ``dates``, ``base`` (options, Failure, the Article builder).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import BinaryIO, TextIO

import httpx

from sitrep.errors import ConfigError
from sitrep.ingest.base import Failure, Options, Resolver
from sitrep.ingest.fetch import USER_AGENT, Fetcher
from sitrep.ingest.sources import EXTENSIONS, read_source
from sitrep.model import Article

__all__ = ["EXTENSIONS", "USER_AGENT", "Failure", "Options", "Resolver", "read_inputs"]


def read_inputs(
    sources: Sequence[str],
    *,
    date: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
    allow_private: bool = False,
    max_bytes: int = 10_000_000,
    timeout: float = 20.0,
    check_language: bool = True,
    transport: httpx.BaseTransport | None = None,
    stdin: TextIO | BinaryIO | None = None,
    resolver: Resolver | None = None,
    encoding: str | None = None,
    detect_title: bool = True,
    max_redirects: int = 5,
) -> Iterator[Article | Failure]:
    """Read every source; yield Articles and Failures in source order (lazily).

    ``sources``: ``-`` (stdin), file paths, directories and http(s) URLs. ``date``, ``url``
    and ``title`` override what the inputs say, for every article. ``resolver(host, port)``
    replaces DNS for the SSRF guard (tests); ``encoding`` decodes text files, stdin and
    corpora that are not UTF-8; ``detect_title`` turns the title-line rule off;
    ``max_redirects`` caps redirect hops. Raises ConfigError for bad option values, at call
    time; nothing else is raised.
    """
    if isinstance(sources, str):
        sources = [sources]
    options = Options(
        date=date,
        url=url,
        title=title,
        allow_private=allow_private,
        max_bytes=max_bytes,
        timeout=timeout,
        check_language=check_language,
        transport=transport,
        resolver=resolver,
        encoding=encoding,
        detect_title=detect_title,
        max_redirects=max_redirects,
    )
    validate(options)
    return _read_all(list(sources), options, stdin)


def validate(options: Options) -> None:
    """Raise ConfigError for option values that cannot work."""
    if options.max_bytes <= 0:
        raise ConfigError(f"max_bytes must be positive, got {options.max_bytes}")
    if options.timeout <= 0:
        raise ConfigError(f"timeout must be positive, got {options.timeout}")
    if options.max_redirects < 0:
        raise ConfigError(f"max_redirects must be 0 or more, got {options.max_redirects}")
    if options.date is not None and not isinstance(options.date, dt.date):
        raise ConfigError(f"date must be a datetime.date, got {options.date!r}")
    if options.encoding is not None:
        try:
            codecs.lookup(options.encoding)
        except LookupError:
            raise ConfigError(
                f"unknown encoding {options.encoding!r}; name a Python codec such as 'cp1252'"
            ) from None


def _read_all(
    sources: list[str], options: Options, stdin: TextIO | BinaryIO | None
) -> Iterator[Article | Failure]:
    fetcher = Fetcher(options)
    try:
        for source in sources:
            yield from read_source(source, options, fetcher=fetcher, stdin=stdin)
    finally:
        fetcher.close()
