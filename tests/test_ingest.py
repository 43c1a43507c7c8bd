"""sitrep.ingest: text files, stdin, directories, dispatch and the bad-input failures."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.ingest import Failure, read_inputs
from sitrep.ingest.text import split_title
from sitrep.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ENGLISH = "Government forces shelled rebel positions near the city on Monday, officials said."


def read_all(*sources: str | Path, **options: object) -> list[Article | Failure]:
    return list(read_inputs([str(source) for source in sources], **options))  # type: ignore[arg-type]


def read_one(source: str | Path, **options: object) -> Article | Failure:
    items = read_all(source, **options)
    assert len(items) == 1, items
    return items[0]


def failure(source: str | Path, **options: object) -> Failure:
    item = read_one(source, **options)
    assert isinstance(item, Failure), item
    assert "\n" not in item.message
    return item


def article(source: str | Path, **options: object) -> Article:
    item = read_one(source, **options)
    assert isinstance(item, Article), item
    return item


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --- plain text and the title rule -------------------------------------------------------


def test_text_file_title_line_is_split_off() -> None:
    item = article(FIXTURES / "article.txt")
    assert item.title == "Rebels seize town in eastern Congo"
    assert item.text.startswith("M23 rebels seized the town of Masisi")
    assert item.text.endswith("according to a local hospital.")
    assert item.language == "en"
    assert item.origin == str(FIXTURES / "article.txt")
    assert item.id is None and item.date is None and item.url is None


def test_text_file_first_sentence_is_not_a_title() -> None:
    item = article(FIXTURES / "no_title.txt")
    assert item.title is None
    assert item.text.startswith("Police fired tear gas")


def test_markdown_heading_marker_is_dropped_from_title() -> None:
    item = article(FIXTURES / "briefing.md")
    assert item.title == "Ceasefire talks resume in Cairo"
    assert item.text.startswith("Negotiators")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("Title\n\nBody text.", "Title", "Body text."),
        ("Title\n  \nBody text.", "Title", "Body text."),
        ("A sentence.\n\nBody text.", None, "A sentence.\n\nBody text."),
        ("Title\nBody text.", None, "Title\nBody text."),
        ("Title\n\n   ", None, "Title\n\n   "),
        ("Only one line", None, "Only one line"),
        ("x" * 200 + "\n\nBody.", None, "x" * 200 + "\n\nBody."),
    ],
)
def test_split_title(text: str, title: str | None, body: str) -> None:
    assert split_title(text) == (title, body)


def test_offsets_index_article_text(tmp_path: Path) -> None:
    path = write(
        tmp_path, "crlf.txt", b"Headline here\r\n\r\n  First paragraph.\r\nSecond line.\r\n"
    )
    item = article(path)
    assert item.text == "First paragraph.\nSecond line."
    start = item.text.index("Second")
    assert item.text[start : start + 6] == "Second"


def test_user_options_override(tmp_path: Path) -> None:
    item = article(
        FIXTURES / "article.txt",
        date=dt.date(2024, 1, 2),
        url="https://example.com/x",
        title="My title",
    )
    assert (item.date, item.url, item.title) == (
        dt.date(2024, 1, 2),
        "https://example.com/x",
        "My title",
    )
    assert item.text.startswith("M23")


def test_detect_title_off_keeps_first_line() -> None:
    item = article(FIXTURES / "article.txt", detect_title=False)
    assert item.title is None
    assert item.text.startswith("Rebels seize town")


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    assert article(write(tmp_path, "bom.txt", "\ufeff" + ENGLISH)).text == ENGLISH
    assert article(write(tmp_path, "u16.txt", ENGLISH.encode("utf-16"))).text == ENGLISH


def test_unknown_extension_holding_text_is_text(tmp_path: Path) -> None:
    assert article(write(tmp_path, "story.dat", ENGLISH)).text == ENGLISH
    assert article(write(tmp_path, "story", ENGLISH)).text == ENGLISH


def test_unknown_extension_holding_html_is_sniffed(tmp_path: Path) -> None:
    data = (FIXTURES / "page.html").read_bytes()
    item = article(write(tmp_path, "saved_page", data))
    assert item.title == "Rebels seize town in eastern Congo"


# --- stdin -------------------------------------------------------------------------------


def test_stdin_binary_stream() -> None:
    stream = io.BytesIO(b"Troops withdraw from the border\n\n" + ENGLISH.encode())
    item = article("-", stdin=stream)
    assert item.origin == "stdin"
    assert item.title == "Troops withdraw from the border"
    assert item.text == ENGLISH


def test_stdin_text_stream() -> None:
    item = article("-", stdin=io.StringIO(ENGLISH))
    assert item.text == ENGLISH


def test_stdin_text_wrapper_reads_its_buffer() -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(ENGLISH.encode()), encoding="utf-8")
    assert article("-", stdin=wrapper).text == ENGLISH


def test_stdin_empty() -> None:
    item = failure("-", stdin=io.BytesIO(b"  \n"))
    assert (item.origin, item.error_type) == ("stdin", "EmptyInputError")


def test_stdin_too_large() -> None:
    item = failure("-", stdin=io.BytesIO(ENGLISH.encode() * 10), max_bytes=100)
    assert item.error_type == "InputTooLargeError"


def test_stdin_html_is_sniffed() -> None:
    item = article("-", stdin=io.BytesIO((FIXTURES / "page.html").read_bytes()))
    assert item.source == "Example News"


# --- directories -------------------------------------------------------------------------


def test_directory_is_read_recursively_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    write(root, "b.txt", "Second story\n\n" + ENGLISH)
    write(root, "a.md", "# First story\n\n" + ENGLISH)
    write(root, "sub/c.html", (FIXTURES / "page.html").read_bytes())
    write(root, "sub/d.jsonl", json.dumps({"id": "d1", "text": ENGLISH}) + "\n")
    write(root, "sub/e.rss", (FIXTURES / "feed.rss").read_bytes())
    write(root, "sub/f.csv", f'id,text\nf1,"{ENGLISH}"\n')
    write(root, "noext", ENGLISH)
    write(root, ".hidden.txt", ENGLISH)
    write(root, ".git/config.txt", ENGLISH)
    write(root, "photo.jpg", b"\xff\xd8\xff\xe0binary")
    items = read_all(root)
    origins = [item.origin for item in items]
    assert origins[:4] == [str(root / name) for name in ("a.md", "b.txt", "noext", "sub/c.html")]
    assert origins[4] == f"{root / 'sub/d.jsonl'}:1"
    assert origins[-1] == f"{root / 'sub/f.csv'}:2"
    skipped = (".hidden", ".git", "photo")
    assert not any(name in origin for origin in origins for name in skipped)
    articles = [item for item in items if isinstance(item, Article)]
    assert [a.title for a in articles[:2]] == ["First story", "Second story"]
    assert sum(1 for item in items if item.origin.startswith(str(root / "sub/e.rss"))) == 4


def test_directory_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"\x00\x01binary")
    write(tmp_path, "b.txt", ENGLISH)
    items = read_all(tmp_path)
    assert isinstance(items[0], Failure) and items[0].error_type == "BinaryInputError"
    assert isinstance(items[1], Article)


def test_sources_are_read_in_order() -> None:
    items = read_all(FIXTURES / "no_title.txt", "missing.txt", FIXTURES / "article.txt")
    assert [type(item).__name__ for item in items] == ["Article", "Failure", "Article"]


def test_a_single_string_is_one_source() -> None:
    assert len(list(read_inputs(str(FIXTURES / "article.txt")))) == 1  # type: ignore[arg-type]


# --- bad input ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    item = failure(tmp_path / "nope.txt")
    assert item.error_type == "InputError"
    assert item.origin == str(tmp_path / "nope.txt")
    assert "no such file" in item.message


def test_missing_file_that_looks_like_a_url_without_scheme() -> None:
    assert "https://" in failure("www.example.com/story").message


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    assert failure(write(tmp_path, "empty.txt", data)).error_type == "EmptyInputError"


def test_empty_after_title(tmp_path: Path) -> None:
    item = failure(write(tmp_path, "bom_only.txt", b"\xef\xbb\xbf  \n"))
    assert item.error_type == "EmptyInputError"


@pytest.mark.parametrize(
    "data",
    [
        b"text with a NUL \x00 byte in it",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x06\x00",
        bytes(range(1, 9)) * 20 + b" some letters",
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    item = failure(write(tmp_path, "blob.txt", data))
    assert item.error_type == "BinaryInputError"
    assert item.transient is False


def test_pdf_message_says_what_to_do(tmp_path: Path) -> None:
    assert "pdftotext" in failure(write(tmp_path, "doc.pdf", b"%PDF-1.4 ...")).message


def test_not_utf8(tmp_path: Path) -> None:
    text = "Caf\u00e9 owners protested in the city centre."
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))
    item = failure(path)
    assert item.error_type == "EncodingError"
    assert "UTF-8" in item.message and "iconv" in item.message and "encoding=" in item.message


def test_encoding_option_reads_legacy_text(tmp_path: Path) -> None:
    text = "Caf\u00e9 owners protested in the city centre on Monday, police said."
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))
    assert article(path, encoding="cp1252").text == text


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ENGLISH * 20)
    item = failure(path, max_bytes=500)
    assert item.error_type == "InputTooLargeError"
    assert "500-byte limit" in item.message
    assert f"({path.stat().st_size:,} bytes)" in item.message  # from the file size, not a read


def test_non_english(tmp_path: Path) -> None:
    item = failure(FIXTURES / "german.txt")
    assert item.error_type == "LanguageError"
    assert "German" in item.message


def test_non_english_passes_without_language_check() -> None:
    item = article(FIXTURES / "german.txt", check_language=False)
    assert item.language == "de"


def test_short_text_is_not_rejected_on_language(tmp_path: Path) -> None:
    assert article(write(tmp_path, "short.txt", "Kyiv shelled")).language == "en"
    assert article(write(tmp_path, "short2.txt", "Hamas, IDF, UNRWA: Rafah crossing")).text


def test_folder_with_nothing_to_read(tmp_path: Path) -> None:
    write(tmp_path, "image.png", b"\x89PNG")
    item = failure(tmp_path)
    assert (item.origin, item.error_type) == (str(tmp_path), "EmptyInputError")


def test_special_file_is_a_failure(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert failure(fifo).error_type == "InputError"


def test_bad_options_raise_config_error() -> None:
    with pytest.raises(ConfigError):
        read_inputs(["x"], max_bytes=0)
    with pytest.raises(ConfigError):
        read_inputs(["x"], timeout=-1)
    with pytest.raises(ConfigError):
        read_inputs(["x"], encoding="no-such-codec")


def test_failure_from_error_is_one_line() -> None:
    from sitrep.errors import FetchError

    item = Failure.from_error("u", FetchError("line one\nline two", transient=True))
    assert item == Failure("u", "line one line two", "FetchError", True)


def test_unexpected_error_becomes_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.ingest.sources as sources

    def broken(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("boom")

    monkeypatch.setattr(sources, "read_text", broken)
    items = read_all(FIXTURES / "article.txt", FIXTURES / "page.html")
    assert isinstance(items[0], Failure)
    assert items[0].error_type == "InputError"
    assert "RuntimeError" in items[0].message and "report" in items[0].message
    assert isinstance(items[1], Article)
