"""Fetches reach public addresses and the hosts the sources name, nothing else: a page,
a redirect or a feed entry that leads to loopback, link-local or private addresses is
refused, tried on real servers on 127.0.0.1 and 127.0.0.2."""

import pytest

from tradefigures.extract.sources import addresses, feeds
from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem
from tradefigures.extract.sources.web import FetchSettings, fetch, fetch_batch

FAST = FetchSettings(timeout=2)
REFUSED = "a loopback, link-local or private address that no source names (--allow-private-addresses fetches it)"


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ("127.0.0.1", False), ("127.0.0.2", False), ("::1", False), ("10.1.2.3", False), ("172.16.0.9", False),
    ("192.168.1.1", False), ("169.254.169.254", False), ("fe80::1", False), ("fc00::1", False),
    ("100.64.0.1", False), ("0.0.0.0", False), ("::ffff:127.0.0.1", False), ("224.0.0.1", False),
])
def test_public_means_on_the_internet(address, public):
    assert addresses.is_public(address) is public


def test_a_source_on_a_private_host_it_names_is_fetched(web_server):
    url = web_server.file("/news/steel", "steel.html")
    assert isinstance(fetch(SourceItem(url, "url"), 10**6, settings=FAST), RawDocument)


def test_a_redirect_to_another_private_address_is_refused(web_server, internal_server):
    url = web_server.redirect("/story", internal_server.url("/secret"))
    assert fetch(SourceItem(url, "url"), 10**6, settings=FAST) == Skipped(url, f"refused: 127.0.0.2 is at 127.0.0.2, {REFUSED}")
    assert internal_server.hits["/secret"] == 0
    allowed = fetch(SourceItem(url, "url"), 10**6, settings=FetchSettings(timeout=2, private_addresses=True))
    assert isinstance(allowed, RawDocument) and internal_server.hits["/secret"] == 1


def test_a_public_name_that_leads_to_this_machine_is_refused(web_server):
    """As if news.example were on the internet and redirected to a service on loopback."""
    port = web_server.httpd.server_address[1]
    dns = {"news.example": ["127.0.0.1"], "metadata.example": ["169.254.169.254"]}
    settings = FetchSettings(timeout=2, resolver=lambda host, _: dns.get(host) or addresses.resolve(host, port))
    web_server.file("/news/steel", "steel.html")
    page = f"http://news.example:{port}/news/steel"
    assert isinstance(fetch(SourceItem(page, "url"), 10**6, settings=settings), RawDocument)  # the name given
    web_server.redirect("/go", f"http://127.0.0.1:{port}/news/steel")
    web_server.redirect("/cloud", f"http://metadata.example:{port}/latest/meta-data/")
    hits = web_server.hits["/news/steel"]
    for path, host, address in (("/go", "127.0.0.1", "127.0.0.1"), ("/cloud", "metadata.example", "169.254.169.254")):
        url = f"http://news.example:{port}{path}"
        assert fetch(SourceItem(url, "url"), 10**6, settings=settings) == \
            Skipped(url, f"refused: {host} is at {address}, {REFUSED}")
    assert web_server.hits["/news/steel"] == hits


def test_a_feed_entry_that_links_to_another_private_host_is_refused(web_server, internal_server):
    web_server.file("/news/steel", "steel.html")
    feed = web_server.feed("/feed.xml", [("/news/steel", "Steel", "2025-03-04"),
                                         (internal_server.url("/secret"), "Prices", "2025-03-05")])
    source = SourceItem(feed, "feed")
    found = feeds.expand([source], fetch_batch([source], 10**6, {}, settings=FAST))
    assert [it.origin for it in found.items] == [feed, feed]
    got = fetch_batch(found.items, 10**6, {}, settings=FAST)
    assert isinstance(got[web_server.url("/news/steel")], RawDocument)
    assert got[internal_server.url("/secret")] == Skipped(internal_server.url("/secret"),
                                                          f"refused: 127.0.0.2 is at 127.0.0.2, {REFUSED}")
    assert internal_server.hits["/secret"] == 0
