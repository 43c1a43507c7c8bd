"""HTML pages: decoding by the declared charset, main-text extraction with trafilatura, and
HTML fragments (feed summaries) to plain text."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any

from sitrep.errors import EncodingError, NoArticleError
from sitrep.ingest.base import Options, build_article, clean_text
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import bom_encoding, check_not_binary, encoding_message
from sitrep.model import Article

MIN_ARTICLE_CHARS = 20
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head"})


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP ``Content-Type`` or a ``<meta>`` tag in the first 4 KiB declares."""
    if content_type and (header := _HEADER_CHARSET.search(content_type)):
        return header.group(1)
    if meta := _META_CHARSET.search(data[:4096]):
        return meta.group(1).decode("ascii")
    return None


def decode_html(data: bytes, *, content_type: str | None = None) -> str:
    """Decode an HTML page: a BOM, else UTF-8, else the charset the page declares.

    Text that is valid UTF-8 is read as UTF-8 whatever the page declares (mis-declared UTF-8
    pages are common; legacy-encoded text is almost never valid UTF-8).
    """
    check_not_binary(data)
    if bom := bom_encoding(data):
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        charset = declared_charset(data, content_type)
        if not charset or _is_utf8(charset):
            raise EncodingError(encoding_message(exc, "utf-8")) from exc
        try:
            return data.decode(charset)
        except LookupError:
            raise EncodingError(
                f"the page declares charset {charset!r}, which Python does not know, and is"
                " not UTF-8; convert it to UTF-8 first"
            ) from exc
        except UnicodeDecodeError as second:
            raise EncodingError(encoding_message(second, charset)) from second


def _is_utf8(charset: str) -> bool:
    try:
        return codecs.lookup(charset).name == "utf-8"
    except LookupError:
        return False


def extract_html(html: str, *, url: str | None = None) -> dict[str, Any]:
    """Main text and metadata of a page with trafilatura: ``text``, ``title``, ``date``,
    ``url``, ``source``. Raises NoArticleError when the page holds no article text."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise NoArticleError(f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = clean_text(getattr(document, "text", None) or "").strip()
    if len(text) < MIN_ARTICLE_CHARS:
        raise NoArticleError(
            "no article text found in the HTML (only navigation or boilerplate); give the"
            " page of the article itself, or its text as a .txt file"
        )
    title = getattr(document, "title", None)
    return {
        "text": drop_leading_title(text, title),
        "title": title,
        "date": parse_date(getattr(document, "date", None)),
        "url": getattr(document, "url", None),
        "source": getattr(document, "sitename", None),
    }


def drop_leading_title(text: str, title: str | None) -> str:
    """Drop the first line of ``text`` when it repeats the title (the page's ``<h1>``)."""
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    if sep and rest.strip() and _squash(first) == _squash(title):
        return rest.lstrip()
    return text


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_html(
    data: bytes,
    options: Options,
    *,
    origin: str,
    url: str | None = None,
    content_type: str | None = None,
) -> Article:
    """The Article for an HTML page (a file, or fetched from ``url``)."""
    fields = extract_html(decode_html(data, content_type=content_type), url=url)
    date: dt.date | None = fields["date"]
    return build_article(
        fields["text"],
        options,
        origin=origin,
        title=fields["title"],
        date=date,
        url=url or fields["url"],
        source=fields["source"],
        single=True,
    )


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.rpartition(":")[2]  # XHTML serialised with a prefix: <html:p>
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.rpartition(":")[2]
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): one line per block, spaces collapsed.

    Text without markup passes through with only its whitespace normalised.
    """
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)
