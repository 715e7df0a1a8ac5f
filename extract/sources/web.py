"""Web pages as sources: fetched with httpx, bodies and metadata through trafilatura."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import httpx

from tradefigures import __version__
from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem

USER_AGENT = f"tradefigures/{__version__} (+https://github.com/tradefigures; news figures dataset)"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)


class FetchError(Exception):
    """A page could not be fetched; the message says why. Worth retrying."""


def fetch(item: SourceItem, max_bytes: int, client: httpx.Client | None = None) -> RawDocument | Skipped:
    """The bytes of a web page, or why there are none. Network failures raise
    FetchError so that the caller's retry policy can act on them."""
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=5,
                                    headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", item.uri) as resp:
            if resp.status_code >= 400:
                return Skipped(item.uri, f"HTTP {resp.status_code} {resp.reason_phrase}")
            declared = int(resp.headers.get("content-length") or 0)
            if declared > max_bytes:
                return Skipped(item.uri, f"{declared:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return Skipped(item.uri, f"over the {max_bytes:,}-byte limit (--max-bytes)")
                chunks.append(chunk)
            data = b"".join(chunks)
            kind = resp.headers.get("content-type", "text/html").split(";")[0].strip().lower()
            media = "html" if "html" in kind or "xml" in kind else "text"
            return RawDocument(item, data, hashlib.sha256(data).hexdigest(),
                               datetime.now(timezone.utc), media, str(resp.url))
    except httpx.TooManyRedirects:
        return Skipped(item.uri, "too many redirects")
    except httpx.HTTPError as exc:
        raise FetchError(f"{item.uri}: {exc.__class__.__name__}: {exc}") from exc
    finally:
        if own:
            client.close()
