"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with the standard library's expat.

Parsing is defusedxml-strict: a document with a DTD (``<!DOCTYPE``), and so any entity
declaration, is refused before anything is expanded, which rules out entity-expansion
("billion laughs") and external-entity attacks. Only the five predefined XML entities and
character references are read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from sitrep.errors import InputError, NoArticleError, SitrepError
from sitrep.ingest.base import Failure, Options, build_article
from sitrep.ingest.dates import parse_date
from sitrep.ingest.html import fragment_to_text
from sitrep.model import Article

ATOM = "http://www.w3.org/2005/Atom"
RSS1 = "http://purl.org/rss/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
LINE_ATTR = "{sitrep}line"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, before it is checked and turned into an Article."""

    line: int
    title: str | None
    text: str
    link: str | None
    date: str | None
    guid: str | None


def looks_like_feed(data: bytes) -> bool:
    """Whether the first 2 KiB of ``data`` open an RSS, RDF or Atom document."""
    head = data[:2048].lstrip()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and bool(_FEED_ROOT.search(head))


def parse_xml(data: bytes) -> ET.Element:
    """Parse ``data`` with expat into an ElementTree, refusing any DTD.

    Each element gets a ``{sitrep}line`` attribute: the line its start tag is on.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ET.TreeBuilder()

    def forbid(*_: Any) -> int:
        raise InputError(
            "the XML declares a DTD or entities, which sitrep refuses for safety; remove the"
            " <!DOCTYPE ...> block"
        )

    def start(name: str, attrs: dict[str, str]) -> None:
        attrs = {_qualify(key): value for key, value in attrs.items()}
        attrs[LINE_ATTR] = str(parser.CurrentLineNumber)
        builder.start(_qualify(name), attrs)

    parser.StartDoctypeDeclHandler = forbid
    parser.EntityDeclHandler = forbid
    parser.ExternalEntityRefHandler = forbid
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: builder.end(_qualify(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(f"the feed is not well-formed XML ({exc}); check the file") from exc
    return builder.close()


def _qualify(name: str) -> str:
    return "{" + name if "}" in name else name


def parse_feed(data: bytes) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and its items. Raises InputError for bad XML and NoArticleError
    for XML that is not RSS or Atom."""
    root = parse_xml(data)
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None, []
        return _text(channel.find("title")), [_rss_item(item) for item in channel.iter("item")]
    if root.tag == f"{{{ATOM}}}feed":
        title = _text(root.find(f"{{{ATOM}}}title"))
        return title, [_atom_entry(entry) for entry in root.iter(f"{{{ATOM}}}entry")]
    if root.tag == f"{{{RDF}}}RDF":
        title = _text(root.find(f"{{{RSS1}}}channel/{{{RSS1}}}title"))
        return title, [_rss_item(item, ns=RSS1) for item in root.iter(f"{{{RSS1}}}item")]
    raise NoArticleError(
        f"the XML is not an RSS or Atom feed (its root element is <{root.tag}>); give a feed"
    )


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def _rss_item(item: ET.Element, *, ns: str = "") -> FeedItem:
    tag = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    body = _text(item.find(f"{{{CONTENT}}}encoded")) or _text(item.find(tag("description")))
    guid = _text(item.find("guid")) or item.get(f"{{{RDF}}}about")
    return FeedItem(
        line=int(item.get(LINE_ATTR, "0")),
        title=_plain(_text(item.find(tag("title")))),
        text=fragment_to_text(body) if body else "",
        link=_text(item.find(tag("link"))),
        date=_text(item.find("pubDate")) or _text(item.find(f"{{{DC}}}date")),
        guid=guid,
    )


def _atom_entry(entry: ET.Element) -> FeedItem:
    body = _atom_text(entry.find(f"{{{ATOM}}}content")) or _atom_text(
        entry.find(f"{{{ATOM}}}summary")
    )
    date = _text(entry.find(f"{{{ATOM}}}published")) or _text(entry.find(f"{{{ATOM}}}updated"))
    return FeedItem(
        line=int(entry.get(LINE_ATTR, "0")),
        title=_plain(_atom_text(entry.find(f"{{{ATOM}}}title"))),
        text=body or "",
        link=_atom_link(entry),
        date=date,
        guid=_text(entry.find(f"{{{ATOM}}}id")),
    )


def _atom_text(element: ET.Element | None) -> str | None:
    """Plain text of an Atom text construct (type text, html or xhtml)."""
    if element is None:
        return None
    if element.get("type") == "xhtml":
        return (
            fragment_to_text("".join(ET.tostring(child, encoding="unicode") for child in element))
            or None
        )
    text = _text(element)
    return fragment_to_text(text) if text else None


def _atom_link(entry: ET.Element) -> str | None:
    for link in entry.iter(f"{{{ATOM}}}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _plain(title: str | None) -> str | None:
    return fragment_to_text(title) or None if title else None


def read_feed(data: bytes, options: Options, *, origin: str) -> Iterator[Article | Failure]:
    """One Article (or Failure) per feed item; origins are ``origin:LINE``."""
    source, items = parse_feed(data)
    if not items:
        raise NoArticleError("the feed has no items; check that it is the right feed")
    for item in items:
        item_origin = f"{origin}:{item.line}"
        try:
            yield _item_article(item, source, options, origin=item_origin)
        except SitrepError as exc:
            yield Failure.from_error(item_origin, exc)


def _item_article(item: FeedItem, source: str | None, options: Options, *, origin: str) -> Article:
    """The item's content (or summary) as text; an item with only a title is coded from it.

    A date the item writes in a form sitrep cannot read is dropped, not an error: feeds vary.
    """
    text = item.text or item.title or ""
    if not text.strip():
        raise NoArticleError("the feed item has no title, summary or content")
    try:
        date = parse_date(item.date)
    except InputError:
        date = None
    return build_article(
        text,
        options,
        origin=origin,
        id=item.guid,
        title=item.title,
        date=date,
        url=item.link,
        source=source,
    )
