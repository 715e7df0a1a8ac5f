"""Fetching pages from a real server on 127.0.0.1: limits, failures, and retries that
fetch only what failed."""

import pytest

from tradefigures.extract.sources.model import RawDocument, Skipped, SourceItem
from tradefigures.extract.sources.parse import parse
from tradefigures.extract.sources.web import (
    USER_AGENT,
    FetchError,
    FetchFailed,
    FetchSettings,
    fetch,
    fetch_batch,
)

from ...web_server import PAGES

FAST = FetchSettings(timeout=0.5)


def get(url, max_bytes=20 * 1024 * 1024, settings=FAST):
    return fetch(SourceItem(url, "url"), max_bytes, settings=settings)


def test_a_page_is_fetched_and_read_with_its_metadata(web_server):
    url = web_server.file("/news/steel", "steel.html")
    raw = get(url)
    assert isinstance(raw, RawDocument) and raw.media_type == "html" and raw.final_url == url
    assert web_server.user_agents == [USER_AGENT]
    article = parse(raw, print)
    assert "25 per cent counter-tariff" in article.text and "Subscribe" not in article.text
    assert article.title.startswith("Ottawa answers U.S. steel duties")
    assert article.published_date.isoformat() == "2025-03-04" and article.url == url


@pytest.mark.parametrize("status, reason", [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone")])
def test_a_missing_page_is_skipped_at_once(web_server, status, reason):
    url = web_server.page("/gone", "<html>gone</html>", status=status)
    result = get(url)
    assert result == Skipped(url, reason) and web_server.hits["/gone"] == 1


@pytest.mark.parametrize("status", [500, 503, 429])
def test_a_server_that_is_busy_or_broken_is_worth_retrying(web_server, status):
    url = web_server.page("/busy", "busy", "text/plain", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        get(url)


def test_a_timeout_is_worth_retrying(web_server):
    url = web_server.slow("/slow", 5)
    with pytest.raises(FetchError, match=r"timed out after 0.5 s \(ReadTimeout\)") as info:
        get(url)
    assert info.value.uri == url


def test_a_refused_connection_is_worth_retrying(web_server):
    url = web_server.url("/page")
    web_server.close()
    with pytest.raises(FetchError, match="ConnectError"):
        get(url)


@pytest.mark.parametrize("declare", [True, False], ids=["content-length", "chunked"])
def test_a_50_mb_page_is_skipped_over_the_limit(web_server, declare):
    url = web_server.huge("/huge", 50 * 1024 * 1024, declare)
    result = get(url)
    assert isinstance(result, Skipped) and "over the 20,971,520-byte limit (--max-bytes)" in result.reason
    if declare:
        assert result.reason.startswith("52,428,800 bytes")


def test_a_redirect_loop_is_skipped(web_server):
    web_server.redirect("/a", "/b")
    url = web_server.redirect("/b", "/a")
    assert get(url) == Skipped(url, "redirect loop (more than 5 redirects)")


def test_a_redirect_is_followed_to_the_page(web_server):
    target = web_server.file("/2025/steel", "steel.html")
    raw = get(web_server.redirect("/steel", "/2025/steel"))
    assert raw.final_url == target and parse(raw, print).url == target


def test_something_other_than_a_page_is_skipped(web_server):
    url = web_server.page("/report.pdf", b"%PDF-1.7", "application/pdf")
    assert get(url) == Skipped(url, "content type application/pdf is not a web page or a feed")


def test_a_page_in_another_language_is_skipped_with_its_language(web_server):
    result = parse(get(web_server.file("/fr/acier", "french.html")), print)
    assert isinstance(result, Skipped)
    assert result.reason.startswith('not English (French, lang "fr-CA"')


def test_content_language_names_the_language_of_a_page(web_server):
    body = (PAGES / "french.html").read_bytes().replace(b' lang="fr-CA"', b"")
    url = web_server.page("/fr", body, headers={"Content-Language": "fr"})
    raw = get(url)
    assert raw.language == "fr" and 'French, lang "fr"' in parse(raw, print).reason


def test_a_batch_retry_fetches_only_what_failed(web_server):
    good = web_server.file("/good", "steel.html")
    flaky = web_server.flaky("/flaky", 1, "lumber.html")
    slow = web_server.slow("/slow", 5)
    gone = web_server.page("/gone", "x", status=404)
    items = [SourceItem(u, "url") for u in (good, flaky, slow, gone)]
    done = {}
    with pytest.raises(FetchFailed) as info:
        fetch_batch(items, 10**6, done, attempt=1, attempts=3, settings=FAST)
    assert set(info.value.failures) == {flaky, slow}
    with pytest.raises(FetchFailed) as info:
        fetch_batch(items, 10**6, done, attempt=2, attempts=3, settings=FAST)
    assert set(info.value.failures) == {slow}
    result = fetch_batch(items, 10**6, done, attempt=3, attempts=3, settings=FAST)
    assert dict(web_server.hits) == {"/good": 1, "/flaky": 2, "/slow": 3, "/gone": 1}
    assert isinstance(result[good], RawDocument) and isinstance(result[flaky], RawDocument)
    assert result[slow].reason == "timed out after 0.5 s (ReadTimeout); gave up after 3 attempts"
    assert result[gone].reason == "HTTP 404 Not Found"
    assert list(result) == [good, flaky, slow, gone]


def test_pages_fetched_before_are_not_fetched_again(web_server):
    url = web_server.file("/good", "steel.html")
    earlier = get(url)
    result = fetch_batch([SourceItem(url, "url")], 10**6, {url: earlier}, settings=FAST)
    assert result[url] is earlier and web_server.hits["/good"] == 1
