"""Plain-text articles: the title rule and the Article built from a decoded text file."""

from __future__ import annotations

import re

from sitrep.ingest.base import Options, build_article, clean_text
from sitrep.model import Article

MAX_TITLE_CHARS = 200
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def split_title(text: str, *, markdown: bool = False) -> tuple[str | None, str]:
    """Split a leading title line off ``text`` (line endings already ``\\n``).

    The first line is a title when it is under 200 characters, does not end with a full
    stop, is followed by a blank line, and some text follows. Returns ``(title, body)``; the
    body starts at the first non-blank line after the title. Without a title: ``(None, text)``.
    With ``markdown``, a leading ``#`` heading marker is dropped from the title.
    """
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not first or len(first) >= MAX_TITLE_CHARS or first.endswith("."):
        return None, text
    blank, sep, body = rest.partition("\n")
    if not sep or blank.strip() or not body.strip():
        return None, text
    if markdown:
        first = _MARKDOWN_HEADING.sub("", first).strip() or first
    return first, body


def read_text(
    decoded: str,
    options: Options,
    *,
    origin: str,
    url: str | None = None,
    markdown: bool = False,
) -> Article:
    """The Article for a decoded text file or stdin (see docs/INGEST.md, "Plain text")."""
    text = clean_text(decoded)
    title = None
    if options.detect_title:
        title, text = split_title(text, markdown=markdown)
    return build_article(text, options, origin=origin, title=title, url=url, single=True)
