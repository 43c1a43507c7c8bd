"""sitrep.ingest: URLs through an injected httpx.MockTransport and resolver (no network)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from sitrep.errors import FetchError
from sitrep.ingest import USER_AGENT, Failure, read_inputs
from sitrep.ingest.fetch import blocked_kind
from sitrep.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "page.html").read_bytes()
RSS = (FIXTURES / "feed.rss").read_bytes()
ENGLISH = "Government forces shelled rebel positions near the city on Monday, officials said."
PUBLIC = "93.184.215.14"
HOSTS = {
    "news.example.com": [PUBLIC],
    "cdn.example.com": [PUBLIC, "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "intranet.example.com": ["10.0.0.5"],
    "mixed.example.com": [PUBLIC, "127.0.0.1"],
    "localhost": ["127.0.0.1", "::1"],
}
Handler = Callable[[httpx.Request], httpx.Response]


def resolver(host: str, port: int) -> list[str]:
    if host not in HOSTS:
        raise FetchError(f"cannot resolve host {host!r}")
    return HOSTS[host]


def fetch(url: str, handler: Handler, **options: object) -> list[Article | Failure]:
    options.setdefault("resolver", resolver)
    transport = httpx.MockTransport(handler)
    return list(read_inputs([url], transport=transport, **options))  # type: ignore[arg-type]


def fetch_one(url: str, handler: Handler, **options: object) -> Article | Failure:
    items = fetch(url, handler, **options)
    assert len(items) == 1, items
    return items[0]


def fetch_failure(url: str, handler: Handler, **options: object) -> Failure:
    item = fetch_one(url, handler, **options)
    assert isinstance(item, Failure), item
    assert item.origin == url
    assert "\n" not in item.message
    return item


def html(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"})


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.url}")


def test_fetch_html_page() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html(request)

    url = "https://news.example.com/world/1"
    item = fetch_one(url, handler)
    assert isinstance(item, Article)
    assert item.origin == url
    assert item.url == url  # the URL fetched, not the page's canonical link
    assert item.title == "Rebels seize town in eastern Congo"
    assert item.date == dt.date(2025, 3, 14)
    assert item.source == "Example News"
    assert seen[0].headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("sitrep/")


def test_fetch_feed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=RSS, headers={"content-type": "application/rss+xml"})

    items = fetch("https://news.example.com/feed", handler)
    assert len(items) == 4
    first = items[0]
    assert isinstance(first, Article)
    assert first.origin == "https://news.example.com/feed:7"
    assert first.url == "https://example.com/news/1"


def test_fetch_feed_served_as_text_xml_is_sniffed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=RSS, headers={"content-type": "text/xml"})

    assert len(fetch("https://news.example.com/feed", handler)) == 4


def test_fetch_plain_text() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=ENGLISH, headers={"content-type": "text/plain"})

    item = fetch_one("https://news.example.com/a.txt", handler)
    assert isinstance(item, Article)
    assert (item.text, item.url) == (ENGLISH, "https://news.example.com/a.txt")


def test_fetch_html_charset_from_header() -> None:
    page = PAGE.replace(b'<meta charset="utf-8">', b"").replace(
        b"residents said", "residents said in Bunag\u00e9".encode("cp1252")
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=page, headers={"content-type": "text/html; charset=windows-1252"}
        )

    item = fetch_one("https://news.example.com/legacy", handler)
    assert isinstance(item, Article)
    assert "Bunag\u00e9" in item.text


def test_redirects_are_followed_and_rechecked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example.com":
            return httpx.Response(301, headers={"location": "https://cdn.example.com/story"})
        return html(request)

    item = fetch_one("https://news.example.com/old", handler)
    assert isinstance(item, Article)
    assert item.url == "https://cdn.example.com/story"
    assert item.origin == "https://news.example.com/old"


@pytest.mark.parametrize(
    "location",
    ["http://127.0.0.1/admin", "http://intranet.example.com/", "http://[::1]:8080/", "file:///x"],
)
def test_redirect_to_internal_address_is_refused(location: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "news.example.com"
        return httpx.Response(302, headers={"location": location})

    item = fetch_failure("https://news.example.com/r", handler)
    assert item.error_type == "FetchError" and item.transient is False


def test_relative_redirect() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/a":
            return httpx.Response(307, headers={"location": "/b"})
        return html(request)

    item = fetch_one("https://news.example.com/a", handler)
    assert isinstance(item, Article) and item.url == "https://news.example.com/b"


def test_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    item = fetch_failure("https://news.example.com/loop", handler, max_redirects=3)
    assert item.error_type == "FetchError" and "redirects" in item.message


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8000/",
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://intranet.example.com/",
        "http://mixed.example.com/",
        "http://0.0.0.0/",
    ],
)
def test_private_hosts_are_refused(url: str) -> None:
    item = fetch_failure(url, never)
    assert item.error_type == "FetchError"
    assert item.transient is False
    assert "allow_private" in item.message


def test_allow_private() -> None:
    item = fetch_one("http://localhost:8000/story", html, allow_private=True)
    assert isinstance(item, Article)


@pytest.mark.parametrize("url", ["ftp://news.example.com/x", "file:///etc/passwd", "gopher://x/"])
def test_other_schemes_are_refused(url: str) -> None:
    item = fetch_failure(url, never)
    assert item.error_type == "FetchError"
    assert "http" in item.message


def test_unresolvable_host() -> None:
    item = fetch_failure("https://no-such-host.invalid/", never)
    assert item.error_type == "FetchError"


@pytest.mark.parametrize(
    ("status", "transient"),
    [(404, False), (410, False), (403, False), (500, True), (503, True), (429, True)],
)
def test_http_errors(status: int, transient: bool) -> None:
    item = fetch_failure("https://news.example.com/x", lambda r: httpx.Response(status))
    assert item.error_type == "FetchError"
    assert item.transient is transient
    assert str(status) in item.message


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow"), httpx.ConnectError("down")]
)
def test_timeouts_and_connection_errors_are_transient(error: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    item = fetch_failure("https://news.example.com/x", handler)
    assert (item.error_type, item.transient) == ("FetchError", True)


def test_declared_size_over_cap() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    item = fetch_failure("https://news.example.com/big", handler, max_bytes=100)
    assert item.error_type == "InputTooLargeError"


def test_streamed_size_over_cap_stops_reading() -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for number in range(1000):
            sent.append(number)
            yield b"x" * 100

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks(), headers={"content-type": "text/plain"})

    item = fetch_failure("https://news.example.com/stream", handler, max_bytes=1000)
    assert item.error_type == "InputTooLargeError"
    assert len(sent) < 20


def test_unsupported_content_type() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"%PDF-1.7 ...", headers={"content-type": "application/pdf"}
        )

    assert fetch_failure("https://news.example.com/a.pdf", handler).error_type == "BinaryInputError"

    def json_handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"a": 1})

    item = fetch_failure("https://news.example.com/a.json", json_handler)
    assert item.error_type == "InputError" and "application/json" in item.message


def test_page_without_article() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=(FIXTURES / "nav_only.html").read_bytes())

    assert fetch_failure("https://news.example.com/", handler).error_type == "NoArticleError"


def test_one_bad_url_does_not_stop_the_rest() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404) if request.url.path == "/gone" else html(request)

    sources = ["https://news.example.com/gone", "https://news.example.com/ok"]
    transport = httpx.MockTransport(handler)
    items = list(read_inputs(sources, transport=transport, resolver=resolver))
    assert [type(item).__name__ for item in items] == ["Failure", "Article"]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "224.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
        "240.0.0.1",
        "::1",
        "fe80::1%eth0",
        "fc00::1",
        "::ffff:127.0.0.1",
        "2002:7f00:1::1",
        "ff02::1",
    ],
)
def test_blocked_addresses(address: str) -> None:
    assert blocked_kind(address) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address: str) -> None:
    assert blocked_kind(address) is None


def test_slow_download_hits_the_overall_deadline() -> None:
    import time

    def chunks() -> Iterator[bytes]:
        for _ in range(50):
            time.sleep(0.02)
            yield b"word " * 10

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks(), headers={"content-type": "text/plain"})

    item = fetch_failure("https://news.example.com/slow", handler, timeout=0.1)
    assert (item.error_type, item.transient) == ("FetchError", True)
