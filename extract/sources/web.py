"""Web pages and feeds as sources: fetched with httpx, within a size and a time limit.

A failure another attempt may cure (a timeout, a refused connection, a 5xx or 429
answer) raises FetchError, so that the caller's retry policy acts on it. An answer that
another attempt would not change (a 404, a page over the size limit, a redirect loop,
a file that is not a web page) comes back as Skipped at once.
"""

from __future__ import annotations

import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from tradefigures import __version__
from tradefigures.extract.sources.addresses import Guard, GuardedTransport, PrivateAddress, Resolver, host_of
from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem
from tradefigures.extract.sources.policy import RETRIES, RETRY_DELAY, TIMEOUT  # noqa: F401  (web.TIMEOUT)

USER_AGENT = f"tradefigures/{__version__} (+https://github.com/tradefigures; news figures dataset)"
MAX_REDIRECTS = 5
# Answers that say "not now" rather than "no": worth another attempt.
RETRY_STATUS = frozenset({408, 425, 429})
# Content types read as a page; anything XML may be a feed, and is read as a page if not.
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
              "text/markdown": "markdown", "text/x-markdown": "markdown"}


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How pages are fetched: `timeout` seconds to connect and for each read, and the
    whole response within `DEADLINE_FACTOR` timeouts, so a server that trickles bytes
    cannot hold a run; `connections` pages at a time per batch. Loopback, link-local and
    private addresses are reached only on hosts a source names, unless
    `private_addresses`; `resolver` (host, port -> addresses) stands in for DNS in tests."""

    timeout: float = TIMEOUT
    connections: int = 4
    private_addresses: bool = False
    resolver: Resolver | None = None

    DEADLINE_FACTOR = 3

    @property
    def deadline(self) -> float:
        return self.timeout * self.DEADLINE_FACTOR


class FetchError(Exception):
    """A page could not be fetched this time; worth retrying."""

    def __init__(self, uri: str, reason: str):
        super().__init__(uri, reason)
        self.uri, self.reason = uri, reason

    def __str__(self) -> str:
        return f"{self.uri}: {self.reason}"


class FetchFailed(FetchError):
    """Some pages of a batch failed in ways worth retrying; the others are kept."""

    def __init__(self, failures: dict[str, str]):
        Exception.__init__(self, failures)
        self.failures = failures
        self.uri, self.reason = next(iter(failures.items()))

    def __str__(self) -> str:
        shown = "; ".join(f"{u}: {r}" for u, r in list(self.failures.items())[:3])
        more = f" (and {len(self.failures) - 3} more)" if len(self.failures) > 3 else ""
        return f"{len(self.failures)} page(s) to fetch again: {shown}{more}"


def client(settings: FetchSettings = FetchSettings(), items: list[SourceItem] = ()) -> httpx.Client:
    """An HTTP client that names itself, follows a few redirects, keeps to the timeout, and
    reaches private addresses only on the hosts that `items`' sources name."""
    guard = Guard({host_of(it.origin or it.uri) for it in items}, settings.private_addresses, settings.resolver)
    return httpx.Client(timeout=httpx.Timeout(settings.timeout), follow_redirects=True,
                        max_redirects=MAX_REDIRECTS, headers={"User-Agent": USER_AGENT},
                        transport=GuardedTransport(guard))


def fetch(item: SourceItem, max_bytes: int, http: httpx.Client | None = None,
          settings: FetchSettings = FetchSettings()) -> RawDocument | Skipped:
    """The bytes of a web page or feed, or why there are none. Failures worth retrying
    raise FetchError."""
    own = http is None
    http = http or client(settings, [item])
    started = time.monotonic()
    try:
        with http.stream("GET", item.uri) as resp:
            status = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
            if resp.status_code >= 500 or resp.status_code in RETRY_STATUS:
                raise FetchError(item.uri, status)
            if resp.status_code >= 400:
                return Skipped(item.uri, status)
            content_type = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            media = media_type(content_type)
            if media is None:
                return Skipped(item.uri, f"content type {content_type} is not a web page or a feed")
            declared = int(resp.headers.get("content-length") or 0)
            if declared > max_bytes:
                return Skipped(item.uri, f"{declared:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return Skipped(item.uri, f"over the {max_bytes:,}-byte limit (--max-bytes)")
                if time.monotonic() - started > settings.deadline:
                    raise FetchError(item.uri, f"still arriving after {settings.deadline:g} s")
                chunks.append(chunk)
            data = b"".join(chunks)
            return RawDocument(item, data, hashlib.sha256(data).hexdigest(), datetime.now(timezone.utc),
                               media, str(resp.url), content_type or None,
                               resp.headers.get("content-language"))
    except PrivateAddress as exc:
        return Skipped(item.uri, exc.reason)
    except httpx.TooManyRedirects:
        return Skipped(item.uri, f"redirect loop (more than {MAX_REDIRECTS} redirects)")
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        return Skipped(item.uri, f"not a URL that can be fetched ({exc})")
    except httpx.TimeoutException as exc:
        raise FetchError(item.uri, f"timed out after {settings.timeout:g} s ({exc.__class__.__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(item.uri, f"{exc.__class__.__name__}: {exc}") from exc
    finally:
        if own:
            http.close()


def media_type(content_type: str) -> str | None:
    """How to read a response of this content type; None when it is no page or feed. A
    response without a type is taken for HTML."""
    if not content_type:
        return "html"
    if content_type in PAGE_TYPES:
        return PAGE_TYPES[content_type]
    if content_type.endswith(("/xml", "+xml")):
        return "html"
    return None


def fetch_batch(items: list[SourceItem], max_bytes: int, done: dict[str, RawDocument | Skipped],
                attempt: int = 1, attempts: int = 1,
                settings: FetchSettings = FetchSettings()) -> dict[str, RawDocument | Skipped]:
    """Fetch every item that `done` (what earlier attempts got) lacks, into `done`; return
    each item's result. Failures worth retrying raise FetchFailed, unless this is the last
    of `attempts`: then each becomes a Skipped that says so."""
    todo = [item for item in items if item.uri not in done]
    failures: dict[str, str] = {}
    with client(settings, items) as http, ThreadPoolExecutor(settings.connections) as pool:
        for item, result in zip(todo, pool.map(lambda it: _attempt(it, max_bytes, http, settings), todo)):
            if isinstance(result, FetchError):
                failures[item.uri] = result.reason
            else:
                done[item.uri] = result
    if failures and attempt < attempts:
        raise FetchFailed(failures)
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    for uri, reason in failures.items():
        done[uri] = Skipped(uri, f"{reason}; gave up after {tries}")
    return {item.uri: done[item.uri] for item in items}


def _attempt(item: SourceItem, max_bytes: int, http: httpx.Client,
             settings: FetchSettings) -> RawDocument | Skipped | FetchError:
    try:
        return fetch(item, max_bytes, http, settings)
    except FetchError as exc:
        return exc
