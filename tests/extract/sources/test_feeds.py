"""Feeds: told from pages, their entries read as articles to fetch."""

from datetime import datetime, timezone

import pytest

from tradefigures.extract.sources.feeds import entries, expand, looks_like_feed
from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem
from tradefigures.extract.sources.web import fetch

from ...web_server import rss

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<updated>2025-03-05T00:00:00Z</updated>
<entry><title>Steel</title><id>urn:1</id><link href="https://news.example/steel"/>
<updated>2025-03-04T10:00:00Z</updated></entry></feed>"""


def raw(data: bytes | str, content_type: str | None, uri="https://news.example/feed") -> RawDocument:
    data = data.encode() if isinstance(data, str) else data
    return RawDocument(SourceItem(uri, "url"), data, "0" * 64, datetime.now(timezone.utc), "html",
                       uri, content_type)


@pytest.mark.parametrize("data, content_type, is_feed", [
    (rss([]), "application/rss+xml", True),
    (rss([]), "text/xml", True),
    (rss([]), None, True),
    (ATOM, "application/xml", True),
    (b"<!doctype html><html><body><p>feed the world</p></body></html>", "text/html", False),
    (b"<?xml version='1.0'?><html><feed/></html>", "application/xhtml+xml", False),
])
def test_a_feed_is_told_from_a_page(data, content_type, is_feed):
    assert looks_like_feed(raw(data, content_type)) is is_feed


def test_rss_entries_become_items_with_title_date_and_absolute_links():
    feed = rss([("/2025/steel", "Steel duties", "2025-03-04"), ("https://other.example/a", "A", "2025-03-05"),
                ("/2025/steel", "Steel duties", "2025-03-04")])
    items = entries(raw(feed, "application/rss+xml"), print)
    assert [(i.uri, i.kind) for i in items] == [("https://news.example/2025/steel", "url"),
                                                ("https://other.example/a", "url")]
    assert items[0].meta == {"title": "Steel duties", "published": "2025-03-04"}


def test_atom_entries_take_the_updated_date_when_there_is_no_published_one():
    [item] = entries(raw(ATOM, "application/atom+xml"), print)
    assert item.uri == "https://news.example/steel" and item.meta["published"] == "2025-03-04"


def test_an_entry_without_a_web_link_is_left_out_with_a_warning():
    feed = rss([("mailto:desk@news.example", "Write to us", "2025-03-04"), ("/a", "A", "2025-03-04")])
    warnings = []
    items = entries(raw(feed, "application/rss+xml"), warnings.append)
    assert [i.uri for i in items] == ["https://news.example/a"]
    assert warnings == ['feed "https://news.example/feed": entry 1 has no http(s) link; left out']


@pytest.mark.parametrize("data", [b"not xml at all", b"<?xml version='1.0'?><data/>"])
def test_bytes_that_are_no_feed_give_none_even_when_labelled_one(data):
    assert entries(raw(data, "application/rss+xml"), print) is None


def test_a_feed_without_entries_gives_no_items():
    assert entries(raw(rss([]), "application/rss+xml"), print) == []


def test_expand_reads_feeds_keeps_pages_and_skips_failures(web_server):
    feed = web_server.feed("/feed.xml", [("/news/steel", "Steel", "2025-03-04")])
    page = web_server.file("/news/lumber", "lumber.html")
    not_a_feed = web_server.file("/news/autos", "autos.html")
    sources = [SourceItem(feed, "feed"), SourceItem(page, "url"), SourceItem(not_a_feed, "feed"),
               SourceItem(web_server.url("/missing"), "url")]
    fetched = {s.uri: fetch(s, 10**6) for s in sources}
    found = expand(sources, fetched, {not_a_feed: "autos"})
    assert [i.uri for i in found.items] == [web_server.url("/news/steel"), page]
    assert list(found.pages) == [page] and found.pages[page] is fetched[page]
    assert found.skipped == [
        Skipped(not_a_feed, 'not an RSS or Atom feed (content type text/html) (source "autos")'),
        Skipped(web_server.url("/missing"), "HTTP 404 Not Found"),
    ]
