"""sitrep.ingest: HTML pages (trafilatura), charsets and HTML fragments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.errors import EncodingError
from sitrep.ingest import Failure, read_inputs
from sitrep.ingest.html import declared_charset, decode_html, fragment_to_text
from sitrep.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "page.html").read_text(encoding="utf-8")


def read_one(path: Path, **options: object) -> Article | Failure:
    items = list(read_inputs([str(path)], **options))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def test_html_main_text_and_metadata() -> None:
    item = read_one(FIXTURES / "page.html")
    assert isinstance(item, Article)
    assert item.title == "Rebels seize town in eastern Congo"
    assert item.date == dt.date(2025, 3, 14)
    assert item.url == "https://news.example.com/2025/03/rebels-seize-town"
    assert item.source == "Example News"
    assert item.language == "en"
    assert item.text.startswith("M23 rebels seized")  # the <h1> repeats the title: dropped
    assert "Home" not in item.text and "Copyright" not in item.text
    assert item.text.endswith("humanitarian access.")


def test_html_user_options_override() -> None:
    item = read_one(FIXTURES / "page.html", date=dt.date(2020, 1, 1), url="https://x.test/")
    assert isinstance(item, Article)
    assert (item.date, item.url) == (dt.date(2020, 1, 1), "https://x.test/")


def test_html_without_article() -> None:
    item = read_one(FIXTURES / "nav_only.html")
    assert isinstance(item, Failure)
    assert item.error_type == "NoArticleError"


def test_html_declared_legacy_charset_is_used(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "residents said", "residents said in Bunag\u00e9"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    item = read_one(path)
    assert isinstance(item, Article)
    assert "Bunag\u00e9" in item.text


def test_html_not_utf8_without_declaration(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "").replace("residents", "r\u00e9sidents")
    path = tmp_path / "bad.html"
    path.write_bytes(page.encode("cp1252"))
    item = read_one(path)
    assert isinstance(item, Failure)
    assert item.error_type == "EncodingError"


def test_html_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.write_bytes(b"<html>\x00\x00\x00")
    item = read_one(path)
    assert isinstance(item, Failure) and item.error_type == "BinaryInputError"


def test_html_empty(tmp_path: Path) -> None:
    path = tmp_path / "x.htm"
    path.write_bytes(b"\n\n")
    item = read_one(path)
    assert isinstance(item, Failure) and item.error_type == "EmptyInputError"


def test_html_non_english(tmp_path: Path) -> None:
    german = (FIXTURES / "german.txt").read_text(encoding="utf-8").strip()
    path = tmp_path / "de.html"
    path.write_text(f"<html><body><article><p>{german}</p></article></body></html>", "utf-8")
    item = read_one(path)
    assert isinstance(item, Failure) and item.error_type == "LanguageError"


def test_declared_charset() -> None:
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "ISO-8859-1"
    assert declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=koi8-r'>")
    assert declared_charset(b"<p>", "text/html; charset=Shift_JIS") == "Shift_JIS"
    assert declared_charset(b"<p>") is None


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    data = '<meta charset="iso-8859-1"><p>Bunag\u00e9</p>'.encode()
    assert "Bunag\u00e9" in decode_html(data)


def test_unknown_declared_charset() -> None:
    with pytest.raises(EncodingError):
        decode_html(b'<meta charset="x-nonsense"><p>\xe9</p>')


def test_fragment_to_text() -> None:
    html = "<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>"
    assert fragment_to_text(html) == "One & two\nThree\nfour"
    assert fragment_to_text("  plain   text ") == "plain text"
