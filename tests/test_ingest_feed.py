"""sitrep.ingest: RSS 2.0, RSS 1.0 (RDF) and Atom feeds; unsafe XML is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import Failure, read_inputs
from sitrep.ingest.feed import looks_like_feed, parse_xml
from sitrep.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_all(path: Path, **options: object) -> list[Article | Failure]:
    return list(read_inputs([str(path)], **options))  # type: ignore[arg-type]


def test_rss_items() -> None:
    path = FIXTURES / "feed.rss"
    first, second, third, fourth = read_all(path)
    assert isinstance(first, Article)
    assert first.title == "Ceasefire holds in the north"
    assert first.text == (
        "The ceasefire between government forces and rebels held for a third day on Friday,"
        " monitors said."
    )
    assert first.url == "https://example.com/news/1"
    assert first.id == "https://example.com/news/1"
    assert first.date == dt.date(2025, 3, 14)
    assert first.source == "Example Wire"
    assert first.origin == f"{path}:7"
    assert isinstance(second, Article)  # content:encoded wins over description
    assert second.text == (
        "Thousands of protesters rallied in the capital on Saturday.\nPolice said the march"
        " was peaceful."
    )
    assert second.date is None  # an unreadable feed date is dropped, not an error
    assert isinstance(third, Article)  # a title-only item is coded from its title
    assert third.text == third.title == "Troops deployed to border town"
    assert isinstance(fourth, Failure)
    assert fourth.error_type == "NoArticleError"
    assert fourth.origin == f"{path}:24"


def test_atom_entries() -> None:
    first, second = read_all(FIXTURES / "feed.atom")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Aid convoy reaches besieged city"  # type="html" title unescaped
    assert first.text == (
        "A United Nations aid convoy reached the besieged city on Saturday, aid workers said."
        "\nIt carried food and medicine."
    )  # xhtml content wins over summary
    assert first.url == "https://example.org/2025/03/aid-convoy"  # not the enclosure
    assert first.date == dt.date(2025, 3, 15)  # published (as written), not updated
    assert first.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert first.source == "Example Atom News"
    assert second.url == "https://example.org/2025/03/minister"
    assert second.date == dt.date(2025, 3, 14)  # falls back to updated
    assert second.text.startswith("The interior minister resigned")


def test_rss1_rdf_feed_with_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed.rdf"
    path.write_text(
        """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.net/"><title>RDF News</title></channel>
  <item rdf:about="https://example.net/1">
    <title>Strike closes ports</title>
    <link>https://example.net/1</link>
    <description>Dock workers went on strike, closing the main ports.</description>
    <dc:date>2025-04-01T10:00:00Z</dc:date>
  </item>
</rdf:RDF>""",
        encoding="utf-8",
    )
    [item] = read_all(path)
    assert isinstance(item, Article)
    assert (item.source, item.id, item.date) == (
        "RDF News",
        "https://example.net/1",
        dt.date(2025, 4, 1),
    )
    assert item.text.startswith("Dock workers")


def test_xml_that_is_not_a_feed() -> None:
    [item] = read_all(FIXTURES / "not_a_feed.xml")
    assert isinstance(item, Failure) and item.error_type == "NoArticleError"


def test_feed_without_items(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<rss version="2.0"><channel><title>x</title></channel></rss>', "utf-8")
    [item] = read_all(path)
    assert isinstance(item, Failure) and item.error_type == "NoArticleError"


def test_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<rss version="2.0"><channel><item><title>x</channel>', "utf-8")
    [item] = read_all(path)
    assert isinstance(item, Failure) and item.error_type == "InputError"
    assert "well-formed" in item.message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_dtd_and_entities_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(data)
    [item] = read_all(path)
    assert isinstance(item, Failure)
    assert item.error_type == "InputError"
    assert "DTD" in item.message
    with pytest.raises(InputError):
        parse_xml(data)


def test_looks_like_feed() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed(b"<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed(b"<!DOCTYPE html><html>")
    assert not looks_like_feed(b"Plain text about an RSS <feed>")
