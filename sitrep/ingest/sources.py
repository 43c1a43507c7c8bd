"""From a source string (``-``, a path, a directory, a URL) to Articles and Failures."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, BinaryIO, Literal, TextIO

from sitrep.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    SitrepError,
)
from sitrep.ingest.base import Failure, Options, too_large_message
from sitrep.ingest.corpus import read_csv, read_jsonl
from sitrep.ingest.decode import SNIFF_BYTES, check_not_binary, decode_bytes
from sitrep.ingest.feed import looks_like_feed, read_feed
from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.html import read_html
from sitrep.ingest.text import read_text
from sitrep.model import Article

Kind = Literal["text", "markdown", "html", "jsonl", "csv", "feed"]
EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
"""File extension (lower-cased) → how the file is read. Other files are sniffed."""

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

Item = Article | Failure


def is_url(source: str) -> bool:
    """Whether ``source`` is written as a URL (``scheme://...``), of any scheme."""
    return bool(_URL.match(source))


def sniff(data: bytes) -> Kind:
    """How to read bytes whose name says nothing: an RSS/Atom feed, HTML, or plain text."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_like_feed(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    return "text"


def read_source(
    source: str, options: Options, *, fetcher: Fetcher, stdin: TextIO | BinaryIO | None
) -> Iterator[Item]:
    """Everything one source gives; failures are yielded, never raised."""
    if source == "-":
        yield from guarded("stdin", lambda: read_stdin(stdin, options))
    elif is_url(source):
        yield from guarded(source, lambda: read_url(source, options, fetcher=fetcher))
    elif os.path.isdir(source):
        yield from read_directory(Path(source), options)
    else:
        yield from guarded(source, lambda: read_file(Path(source), options, origin=source))


def guarded(origin: str, produce: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """Run a reader; turn what it raises into one Failure for ``origin``."""
    try:
        yield from produce()
    except SitrepError as exc:
        yield Failure.from_error(origin, exc)
    except OSError as exc:
        yield Failure.from_error(origin, InputError(f"cannot read it ({exc.strerror or exc})"))
    except Exception as exc:  # a bug or a library failing on odd input: report, go on
        message = f"unexpected {type(exc).__name__} while reading it ({exc}); please report this"
        yield Failure.from_error(origin, InputError(message))


def read_stdin(stream: TextIO | BinaryIO | None, options: Options) -> Iterator[Item]:
    """Standard input, read like a file whose name says nothing (text, HTML or a feed)."""
    stream = stream if stream is not None else sys.stdin
    raw: IO[bytes] | IO[str] = getattr(stream, "buffer", stream)
    data = raw.read(options.max_bytes + 1)
    body = data.encode("utf-8") if isinstance(data, str) else data
    if len(body) > options.max_bytes:
        raise InputTooLargeError(too_large_message(None, options.max_bytes))
    yield from read_bytes(body, None, options, origin="stdin")


def read_url(source: str, options: Options, *, fetcher: Fetcher) -> Iterator[Item]:
    """A fetched page (HTML), feed (RSS/Atom) or plain-text document."""
    fetched = fetcher.fetch(source)
    if not fetched.body.strip():
        raise EmptyInputError("the URL returned an empty page; check the URL")
    check_not_binary(fetched.body)
    kind = url_kind(fetched.content_type, fetched.body)
    yield from read_bytes(
        fetched.body,
        kind,
        options,
        origin=source,
        url=fetched.url,
        content_type=fetched.content_type,
    )


def url_kind(content_type: str | None, body: bytes) -> Kind:
    """How to read a fetched body: by its content, then by its declared type."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    sniffed = sniff(body)
    if sniffed != "text":
        return sniffed
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media in ("", "text/plain") or media.startswith("text/"):
        return "text"
    raise InputError(
        f"the URL returned {media}, which sitrep cannot read; give an HTML page, a feed or text"
    )


def read_directory(top: Path, options: Options) -> Iterator[Item]:
    """Every file with a known extension (and every file with none) under ``top``."""
    paths = walk(top)
    if not paths:
        names = " ".join(sorted(EXTENSIONS))
        error = EmptyInputError(f"the folder holds no file sitrep reads ({names} or no extension)")
        yield Failure.from_error(str(top), error)
    for path in paths:
        origin = str(path)
        yield from guarded(origin, partial(read_file, path, options, origin=origin))


def walk(top: Path) -> list[Path]:
    """Readable candidates under ``top``, sorted by path; hidden files and folders skipped,
    symbolic links to folders not followed."""
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(top):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            suffix = Path(name).suffix.lower()
            if not name.startswith(".") and (suffix in EXTENSIONS or not suffix):
                found.append(Path(folder, name))
    return sorted(found, key=lambda path: path.parts)


def read_file(path: Path, options: Options, *, origin: str) -> Iterator[Item]:
    """One file, read by its extension (or sniffed when the extension is unknown)."""
    if not path.exists():
        hint = "; write a URL with its https:// prefix" if "." in path.parts[0] else ""
        raise InputError(f"no such file or directory; check the path{hint}")
    if not path.is_file():
        raise InputError("not a regular file, a directory or a URL")
    kind = EXTENSIONS.get(path.suffix.lower())
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if not head.strip():
            raise EmptyInputError("the file is empty (or only whitespace); check the file")
        check_not_binary(head)
        stream.seek(0)
        if kind == "jsonl":
            yield from read_jsonl(stream, options, origin=origin)
            return
        if kind == "csv":
            yield from read_csv(stream, options, origin=origin)
            return
        size = os.fstat(stream.fileno()).st_size
        if size > options.max_bytes:
            raise InputTooLargeError(too_large_message(size, options.max_bytes))
        data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputTooLargeError(too_large_message(None, options.max_bytes))
    yield from read_bytes(data, kind, options, origin=origin)


def read_bytes(
    data: bytes,
    kind: Kind | None,
    options: Options,
    *,
    origin: str,
    url: str | None = None,
    content_type: str | None = None,
) -> Iterator[Item]:
    """A whole document in memory, read as ``kind`` (sniffed when None)."""
    if not data.strip():
        raise EmptyInputError("the input is empty (or only whitespace); check it")
    check_not_binary(data)
    kind = kind or sniff(data)
    if kind == "html":
        yield read_html(data, options, origin=origin, url=url, content_type=content_type)
    elif kind == "feed":
        yield from read_feed(data, options, origin=origin)
    elif kind in ("jsonl", "csv"):
        raise InputError(f"a {kind.upper()} corpus must be given as a file")
    else:
        text = decode_bytes(data, encoding=options.encoding)
        yield read_text(text, options, origin=origin, url=url, markdown=kind == "markdown")
