"""Fetching URLs safely: http(s) only, public addresses only, a size cap while streaming, and
each redirect hop checked again.

The SSRF guard resolves the host and refuses it when any address it resolves to is private,
loopback, link-local, multicast, reserved, unspecified or otherwise not globally routable
(IPv4-mapped and 6to4 IPv6 addresses are judged by the IPv4 address inside), unless
``allow_private`` is set. The check runs before every hop. It does not pin the address it
checked, so a DNS server that answers differently a moment later ("DNS rebinding") can still
get past it; run sitrep where the network itself blocks internal addresses if that matters.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from sitrep import __version__
from sitrep.errors import FetchError, InputTooLargeError
from sitrep.ingest.base import Options, Resolver, too_large_message

USER_AGENT = f"sitrep/{__version__} (news event coder; python-httpx/{httpx.__version__})"
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
    " application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
)
TRANSIENT_STATUS = frozenset({408, 425, 429})
_BLOCKED_KINDS = (
    ("is_loopback", "a loopback"),
    ("is_private", "a private"),
    ("is_link_local", "a link-local"),
    ("is_multicast", "a multicast"),
    ("is_reserved", "a reserved"),
    ("is_unspecified", "an unspecified"),
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body: the URL it finally came from (after redirects) and its content type."""

    url: str
    content_type: str | None
    body: bytes


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, by the system resolver (``getaddrinfo``)."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        transient = exc.errno == socket.EAI_AGAIN
        raise FetchError(
            f"cannot resolve host {host!r} ({exc.strerror}); check the URL", transient=transient
        ) from exc
    return [str(info[4][0]) for info in infos]


def blocked_kind(address: str) -> str | None:
    """Why ``address`` may not be fetched without ``allow_private`` ("a loopback", ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    for attribute, kind in _BLOCKED_KINDS:
        if getattr(ip, attribute):
            return kind
    return None if ip.is_global else "a non-public"


def check_url(url: str, options: Options) -> httpx.URL:
    """Parse ``url`` and refuse it unless it is http(s) to a public host (see module doc)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(f"not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parsed.scheme or 'this'}:")
    if not parsed.host:
        raise FetchError("the URL has no host name")
    if not options.allow_private:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        _check_addresses(parsed.host, _resolve(options.resolver, parsed.host, port))
    return parsed


def _resolve(resolver: Resolver | None, host: str, port: int) -> list[str]:
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
        return [str(ip)]
    except ValueError:
        pass
    addresses: Iterable[str] = (resolver or resolve_host)(host, port)
    return list(addresses)


def _check_addresses(host: str, addresses: list[str]) -> None:
    if not addresses:
        raise FetchError(f"host {host!r} resolves to no address; check the URL")
    for address in addresses:
        try:
            kind = blocked_kind(address)
        except ValueError:
            kind = "an unreadable"
        if kind:
            raise FetchError(
                f"refusing to fetch from {host} ({address} is {kind} address); internal"
                " addresses are fetched only with --allow-private (allow_private=True)"
            )


class Fetcher:
    """Fetches URLs with one httpx client, created on first use; close it when done."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self.options.transport,
                timeout=self.options.timeout,
                follow_redirects=False,
                headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following up to ``max_redirects`` redirects, each checked again.

        Raises FetchError (``transient`` for time-outs, connection errors, 5xx, 429) and
        InputTooLargeError for a body over ``max_bytes``.
        """
        deadline = time.monotonic() + self.options.timeout
        for _ in range(self.options.max_redirects + 1):
            target = check_url(url, self.options)
            try:
                with self.client.stream("GET", target) as response:
                    if response.is_redirect:
                        url = str(response.url.join(response.headers["location"]))
                        continue
                    check_status(response)
                    body = self._read_body(response, deadline)
                    return Fetched(str(response.url), response.headers.get("content-type"), body)
            except httpx.TimeoutException as exc:
                raise FetchError(
                    f"timed out after {self.options.timeout:g} s; try again later or raise"
                    " --timeout",
                    transient=True,
                ) from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"the server redirected to a bad URL ({exc})") from exc
            except httpx.DecodingError as exc:
                raise FetchError(f"the server sent a body that cannot be decoded ({exc})") from exc
            except httpx.TransportError as exc:
                raise FetchError(
                    f"connection failed ({type(exc).__name__}: {exc}); try again later",
                    transient=True,
                ) from exc
        raise FetchError(f"more than {self.options.max_redirects} redirects; check the URL")

    def _read_body(self, response: httpx.Response, deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputTooLargeError(too_large_message(int(declared), limit))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputTooLargeError(too_large_message(None, limit))
            if time.monotonic() > deadline:
                raise FetchError(
                    f"the download took longer than {self.options.timeout:g} s; try again"
                    " later or raise --timeout",
                    transient=True,
                )
            chunks.append(chunk)
        return b"".join(chunks)


def check_status(response: httpx.Response) -> None:
    """Raise FetchError for a non-2xx answer: transient for 5xx, 408, 425 and 429."""
    status = response.status_code
    if 200 <= status < 300:
        return
    reason = response.reason_phrase or "error"
    if status in (404, 410):
        raise FetchError(f"not found (HTTP {status} {reason}); check the URL")
    if status >= 500 or status in TRANSIENT_STATUS:
        raise FetchError(
            f"the server answered HTTP {status} {reason}; try again later", transient=True
        )
    raise FetchError(f"the server answered HTTP {status} {reason}; check the URL or access rights")
