"""sitrep.ingest: JSONL and CSV corpora, streamed row by row; bad rows become Failures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import Failure, read_inputs
from sitrep.ingest.dates import parse_date
from sitrep.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ENGLISH = "Government forces shelled rebel positions near the city on Monday, officials said."


def read_all(path: Path, **options: object) -> list[Article | Failure]:
    return list(read_inputs([str(path)], **options))  # type: ignore[arg-type]


def by_origin(items: list[Article | Failure]) -> dict[str, Article | Failure]:
    return {str(item.origin).rsplit(":", 1)[1]: item for item in items}


def test_jsonl_rows_and_failures() -> None:
    path = FIXTURES / "corpus.jsonl"
    items = by_origin(read_all(path))
    assert sorted(items, key=int) == ["1", "2", "4", "5", "6", "7", "8", "9"]  # 3 is blank
    first = items["1"]
    assert isinstance(first, Article)
    assert (first.id, first.title, first.date, first.url, first.source) == (
        "a1",
        "Shelling in the south",
        dt.date(2025, 3, 14),
        "https://example.com/a1",
        "Example Wire",
    )
    assert first.origin == f"{path}:1"
    assert first.language == "en"
    second = items["2"]
    assert isinstance(second, Article)
    assert second.id == "2"  # numbers become text
    assert second.date == dt.date(2025, 3, 14)  # 'published' is an alias of 'date'
    expected = {
        "4": "InputError",  # invalid JSON
        "5": "InputError",  # no text field
        "6": "InputError",  # bad date
        "7": "InputError",  # not an object
        "8": "EmptyInputError",  # whitespace-only text
    }
    for line, error_type in expected.items():
        failure = items[line]
        assert isinstance(failure, Failure), line
        assert failure.error_type == error_type, (line, failure)
        assert failure.origin == f"{path}:{line}"
        assert "\n" not in failure.message
    assert isinstance(items["9"], Article)


def test_jsonl_row_errors_say_what_to_do() -> None:
    items = by_origin(read_all(FIXTURES / "corpus.jsonl"))
    assert "JSON" in items["4"].message  # type: ignore[union-attr]
    assert "'text'" in items["5"].message  # type: ignore[union-attr]
    assert "2025-03-14" in items["6"].message  # type: ignore[union-attr]


def test_jsonl_aliases_and_source_object(tmp_path: Path) -> None:
    row = {
        "body": ENGLISH,
        "headline": "Shelling",
        "link": "https://example.com/b",
        "publication_date": "2025-01-02T03:04:05+00:00",
        "source": {"id": "x", "name": "Example Daily"},
    }
    path = tmp_path / "aliases.ndjson"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, Article)
    assert (item.text, item.title, item.url, item.date, item.source) == (
        ENGLISH,
        "Shelling",
        "https://example.com/b",
        dt.date(2025, 1, 2),
        "Example Daily",
    )


def test_jsonl_bad_encoding_on_one_line(tmp_path: Path) -> None:
    good = json.dumps({"text": ENGLISH}).encode()
    bad = json.dumps({"text": "Caf\u00e9 owners protested"}, ensure_ascii=False).encode("cp1252")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    items = read_all(path)
    assert [type(item).__name__ for item in items] == ["Article", "Failure", "Article"]
    assert items[1].error_type == "EncodingError"  # type: ignore[union-attr]


def test_jsonl_row_over_max_bytes_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    rows = [{"text": ENGLISH}, {"text": ENGLISH * 50}, {"text": ENGLISH}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    items = read_all(path, max_bytes=1000)
    assert [type(item).__name__ for item in items] == ["Article", "Failure", "Article"]
    assert items[1].error_type == "InputTooLargeError"  # type: ignore[union-attr]
    assert items[2].origin == f"{path}:3"


def test_jsonl_file_larger_than_max_bytes_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text(json.dumps({"text": ENGLISH}) + "\n" * 1, encoding="utf-8")
    with path.open("a", encoding="utf-8") as stream:
        for _ in range(50):
            stream.write(json.dumps({"text": ENGLISH}) + "\n")
    items = read_all(path, max_bytes=500)
    assert len(items) == 51 and all(isinstance(item, Article) for item in items)


def test_jsonl_empty_and_binary(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    assert [item.error_type for item in read_all(empty)] == ["EmptyInputError"]  # type: ignore[union-attr]
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    assert [item.error_type for item in read_all(binary)] == ["BinaryInputError"]  # type: ignore[union-attr]


def test_jsonl_non_english_row(tmp_path: Path) -> None:
    german = (FIXTURES / "german.txt").read_text(encoding="utf-8").strip()
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"text": german}) + "\n", encoding="utf-8")
    assert read_all(path)[0].error_type == "LanguageError"  # type: ignore[union-attr]


def test_csv_rows_and_failures() -> None:
    path = FIXTURES / "corpus.csv"
    items = by_origin(read_all(path))
    assert sorted(items, key=int) == ["2", "3", "6", "7", "8"]
    first = items["2"]
    assert isinstance(first, Article)
    assert (first.id, first.title, first.date, first.url, first.source) == (
        "c1",
        "Talks in Doha",
        dt.date(2025, 2, 1),
        "https://example.com/c1",
        "Example Wire",
    )
    multi = items["3"]
    assert isinstance(multi, Article)
    assert multi.text == (
        "The army said it had retaken the town.\n\nResidents said the fighting lasted two days."
    )
    assert multi.source is None
    assert items["6"].error_type == "InputError"  # type: ignore[union-attr]
    assert items["7"].error_type == "EmptyInputError"  # type: ignore[union-attr]
    last = items["8"]
    assert isinstance(last, Article) and last.title is None and last.id == "c5"


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    [failure] = read_all(path)
    assert isinstance(failure, Failure)
    assert failure.origin == str(path)
    assert "'text' column" in failure.message


def test_csv_header_is_case_insensitive_and_bom_tolerant(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        b'\xef\xbb\xbfID,Text,Published\r\n7,"' + ENGLISH.encode() + b'",2025-05-06\r\n'
    )
    [item] = read_all(path)
    assert isinstance(item, Article)
    assert (item.id, item.date) == ("7", dt.date(2025, 5, 6))


def test_csv_legacy_encoding(tmp_path: Path) -> None:
    text = "Caf\u00e9 owners protested in the city centre on Monday, police said."
    path = tmp_path / "legacy.csv"
    path.write_bytes(f'text\n"{text}"\n"{ENGLISH}"\n'.encode("cp1252"))
    items = read_all(path)
    assert [type(item).__name__ for item in items] == ["Failure", "Article"]
    assert items[0].error_type == "EncodingError"  # type: ignore[union-attr]
    assert items[0].origin == f"{path}:2"
    items = read_all(path, encoding="cp1252")
    assert isinstance(items[0], Article) and items[0].text == text


def test_csv_too_many_cells(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"id,text\n1,{ENGLISH}\n", encoding="utf-8")  # unquoted comma in text
    [failure] = read_all(path)
    assert isinstance(failure, Failure) and "quote" in failure.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14", dt.date(2025, 3, 14)),
        ("2025-03-14 20:30:26Z", dt.date(2025, 3, 14)),
        ("2025-03-14T23:30:00-05:00", dt.date(2025, 3, 14)),
        ("Fri, 14 Mar 2025 20:30:26 GMT", dt.date(2025, 3, 14)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["14/03/2025", "2025-13-01", "yesterday", 20250314])
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(InputError):
        parse_date(value)


@pytest.mark.shared
def test_voa_corpus(shared_dir: Path) -> None:
    path = shared_dir / "data" / "corpora" / "voa" / "voa_stories.jsonl"
    items = read_all(path)
    assert len(items) == 89
    assert all(isinstance(item, Article) for item in items)
    first = items[0]
    assert isinstance(first, Article)
    assert first.id == "8011115"
    assert first.date == dt.date(2025, 3, 14)
    assert first.title == "Iraq says key Islamic State leader is dead"


def test_csv_row_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    long_text = "\n".join([ENGLISH] * 30)  # one quoted cell over many short lines
    path.write_text(f'id,text\n1,"{long_text}"\n2,"{ENGLISH}"\n', encoding="utf-8")
    items = read_all(path, max_bytes=1000)
    assert [type(item).__name__ for item in items] == ["Failure", "Article"]
    assert items[0].error_type == "InputTooLargeError"  # type: ignore[union-attr]
    assert items[1].origin == f"{path}:32"


def test_csv_line_over_max_bytes_stops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(f'id,text\n1,"{ENGLISH}"\n2,"{ENGLISH * 30}"\n3,"{ENGLISH}"\n', "utf-8")
    items = read_all(path, max_bytes=1000)
    assert [type(item).__name__ for item in items] == ["Article", "Failure"]
    assert items[1].error_type == "InputTooLargeError"  # type: ignore[union-attr]
    assert "rest of the CSV" in items[1].message  # type: ignore[union-attr]


def test_csv_header_only(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,text\n", encoding="utf-8")
    [failure] = read_all(path)
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.error_type) == (str(path), "EmptyInputError")
