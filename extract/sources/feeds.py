"""RSS and Atom feeds: telling a feed from a page, and a feed's entries as items to read."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urljoin

from tradefigures.extract.sources.files import is_url
from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem, unique

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/feed+xml"})
# The root elements of RSS 2.0, Atom and RSS 1.0, looked for near the start of the bytes.
FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(slots=True)
class Found:
    """What the web SOURCEs hold: articles to read, pages already fetched, and skips."""

    items: list[SourceItem] = field(default_factory=list)
    pages: dict[str, RawDocument] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def looks_like_feed(raw: RawDocument) -> bool:
    """Whether the bytes claim to be a feed: by content type, else by their root element."""
    if raw.content_type in FEED_TYPES:
        return True
    head = raw.data[:2048].lower()
    return b"<html" not in head and any(root in head for root in FEED_ROOTS)


def entries(raw: RawDocument, warn) -> list[SourceItem] | None:
    """The articles a feed links to, with the title and date it gives them; None when the
    bytes are no feed feedparser can read."""
    import feedparser  # imported here: most runs read no feed

    base = raw.final_url or raw.item.uri
    parsed = feedparser.parse(raw.data, response_headers={"content-location": base})
    if not parsed.version:
        return None
    items = []
    for n, entry in enumerate(parsed.entries, start=1):
        link = urljoin(base, entry.get("link") or "")
        if not is_url(link):
            warn(f'feed "{raw.item.uri}": entry {n} has no http(s) link; left out')
            continue
        meta = {"title": (entry.get("title") or "").strip(), "published": _day(entry)}
        items.append(SourceItem(link, "url", meta={k: v for k, v in meta.items() if v},
                                origin=raw.item.origin or raw.item.uri))
    return unique(items)


def _day(entry) -> str:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", stamp) if stamp else ""


def expand(sources: list[SourceItem], fetched: dict[str, RawDocument | Skipped],
           names: dict[str, str] | None = None) -> Found:
    """Each web SOURCE as fetched: a feed gives its entries, a page is itself an article
    (already fetched), and one that failed or that is declared a feed but is none is
    skipped. `names` (uri -> name from a sources file) appear in the reasons."""
    names = names or {}
    found = Found()
    for source in sources:
        result = fetched[source.uri]
        named = f' (source "{names[source.uri]}")' if source.uri in names else ""
        if isinstance(result, Skipped):
            found.skipped.append(Skipped(source.uri, result.reason + named))
            continue
        items = entries(result, found.warnings.append) if looks_like_feed(result) else None
        if items is not None:
            found.items.extend(items)
        elif source.kind == "feed":
            found.skipped.append(Skipped(source.uri, f"not an RSS or Atom feed (content type "
                                                     f"{result.content_type or 'none'}){named}"))
        else:
            found.items.append(source)
            found.pages[source.uri] = result
    found.items = unique(found.items)
    return found
