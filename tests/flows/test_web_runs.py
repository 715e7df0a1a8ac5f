"""Runs over a feed and pages served from 127.0.0.1: new articles land in a new
release, unchanged ones are not extracted again, bad pages are retried as configured and
skipped with one line, and each run leaves its artifacts in Prefect."""

import json

import pytest
from prefect import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

from tradefigures.extract.sources.model import NothingRead
from tradefigures.flows import artifacts
from tradefigures.flows.pipeline import run_pipeline
from tradefigures.warehouse import releases

pytestmark = pytest.mark.usefixtures("prefect_harness")

FAST = {"retries": 2, "retry_delay": 0.05, "timeout": 0.5}


def sources_file(tmp_path, **sources):
    path = tmp_path / "sources.toml"
    path.write_text("".join(f'[source.{name}]\n{kind} = "{where}"\n\n' for name, (kind, where) in sources.items()))
    return str(path)


def article_urls(warehouse, release_id):
    import polars as pl

    return sorted(pl.read_parquet(warehouse / "releases" / release_id / "articles" / "*.parquet")["url"])


def test_a_new_feed_article_lands_in_a_new_release_and_an_unchanged_rerun_extracts_nothing(
        web_server, warehouse, tmp_path):
    web_server.file("/news/steel", "steel.html")
    web_server.file("/news/lumber", "lumber.html")
    feed = web_server.feed("/feed.xml", [("/news/steel", "Steel", "2025-03-04"),
                                         ("/news/lumber", "Lumber", "2025-08-15")])
    path = sources_file(tmp_path, desk=("feed", feed))

    first = run_pipeline(None, warehouse, sources_file=path, **FAST)
    assert first.publication.changed and first.items == 2 and not first.skipped
    assert article_urls(warehouse, first.publication.release_id) == [
        web_server.url("/news/lumber"), web_server.url("/news/steel")]

    web_server.file("/news/autos", "autos.html")
    web_server.feed("/feed.xml", [("/news/autos", "Autos", "2025-04-03"), ("/news/steel", "Steel", "2025-03-04"),
                                  ("/news/lumber", "Lumber", "2025-08-15")])
    second = run_pipeline(None, warehouse, sources_file=path, **FAST)
    assert second.publication.changed and second.publication.parent == first.publication.release_id
    assert second.unchanged == 2 and second.publication.counts["articles"] == 3
    assert web_server.url("/news/autos") in article_urls(warehouse, second.publication.release_id)
    assert second.publication.shared_parts >= 5  # the first articles' group, untouched

    third = run_pipeline(None, warehouse, sources_file=path, **FAST)
    assert not third.publication.changed and third.publication.parent == second.publication.release_id
    assert third.unchanged == third.items == 3 and third.extract_seconds == 0.0
    assert web_server.hits["/news/autos"] == 2  # fetched again to compare, never parsed again


def test_bad_pages_are_retried_as_configured_then_skipped_and_the_rest_published(
        web_server, warehouse, tmp_path):
    web_server.file("/news/steel", "steel.html")
    web_server.flaky("/news/lumber", 1, "lumber.html")
    web_server.slow("/news/slow", 5)
    web_server.huge("/news/huge", 50 * 1024 * 1024)
    web_server.file("/fr/acier", "french.html")
    web_server.redirect("/loop/a", "/loop/b")
    web_server.redirect("/loop/b", "/loop/a")
    feed = web_server.feed("/feed.xml", [(p, p, "2025-03-04") for p in (
        "/news/steel", "/news/lumber", "/news/slow", "/news/missing", "/news/huge", "/fr/acier", "/loop/a")])
    slow_feed = web_server.slow("/slow-feed.xml", 5)
    path = sources_file(tmp_path, desk=("feed", feed), late=("feed", slow_feed))

    result = run_pipeline(None, warehouse, sources_file=path, **FAST)

    assert result.publication.changed and result.publication.counts["articles"] == 2
    reasons = {s["source_uri"].removeprefix(web_server.base): s["reason"] for s in result.skipped}
    assert reasons == {
        "/slow-feed.xml": 'timed out after 0.5 s (ReadTimeout); gave up after 3 attempts (source "late")',
        "/news/slow": "timed out after 0.5 s (ReadTimeout); gave up after 3 attempts",
        "/news/missing": "HTTP 404 Not Found",
        "/news/huge": "52,428,800 bytes, over the 20,971,520-byte limit (--max-bytes)",
        "/fr/acier": 'not English (French, lang "fr-CA"; 0% English function words): the extractor reads English',
        "/loop/a": "redirect loop (more than 5 redirects)",
    }
    # Worth retrying: three attempts each. Not worth it: one. The feed and the good page: one.
    assert web_server.hits["/slow-feed.xml"] == web_server.hits["/news/slow"] == 3
    assert web_server.hits["/news/lumber"] == 2
    assert all(web_server.hits[p] == 1 for p in ("/feed.xml", "/news/steel", "/news/missing",
                                                   "/news/huge", "/fr/acier"))


def test_a_page_that_breaks_later_keeps_its_published_article(web_server, warehouse):
    url = web_server.file("/news/steel", "steel.html")
    first = run_pipeline([url], warehouse, **FAST)
    web_server.page("/news/steel", "gone", status=404)
    # its only source gone, the run read nothing: it says so and publishes nothing
    with pytest.raises(NothingRead, match="1 source skipped"):
        run_pipeline([url], warehouse, **FAST)
    assert releases.list_ids(warehouse) == [first.publication.release_id]
    assert article_urls(warehouse, first.publication.release_id) == [url]
    # beside a page that still answers, the broken one is skipped with its reason
    other = web_server.file("/news/lumber", "lumber.html")
    second = run_pipeline([url, other], warehouse, **FAST)
    assert second.skipped == [{"source_uri": url, "reason": "HTTP 404 Not Found"}]
    assert url in article_urls(warehouse, second.publication.release_id)


def test_each_run_leaves_a_table_and_a_markdown_artifact(web_server, warehouse, samples):
    missing = web_server.url("/news/missing")
    state = run_pipeline([str(samples), missing], warehouse, return_state=True, **FAST)
    result = state.result()
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    by_key = {a.key: a for a in found}
    assert set(by_key) == {artifacts.TABLE_KEY, artifacts.PROBLEMS_KEY}
    rows = json.loads(by_key[artifacts.TABLE_KEY].data)  # Prefect stores a table as JSON text
    assert {r["release_id"] for r in rows} == {result.publication.release_id}
    assert sum(r["figures"] for r in rows) > 10 and "tariff_rate" in {r["kind"] for r in rows}
    markdown = by_key[artifacts.PROBLEMS_KEY].data
    assert "# Skipped sources: 1" in markdown and f"| {missing} | HTTP 404 Not Found |" in markdown
    assert f"# Quarantined rows: {result.quarantined}" in markdown


def test_a_page_that_redirects_to_a_private_address_is_skipped_unless_allowed(
        web_server, internal_server, warehouse):
    web_server.file("/news/steel", "steel.html")
    trap = web_server.redirect("/news/prices", internal_server.url("/secret"))
    result = run_pipeline([web_server.url("/news/steel"), trap], warehouse, **FAST)
    assert [s["source_uri"] for s in result.skipped] == [trap]
    assert "refused: 127.0.0.2 is at 127.0.0.2" in result.skipped[0]["reason"]
    assert internal_server.hits["/secret"] == 0
    assert article_urls(warehouse, result.publication.release_id) == [web_server.url("/news/steel")]
    allowed = run_pipeline([web_server.url("/news/steel"), trap], warehouse, private_addresses=True, **FAST)
    assert allowed.publication.changed and internal_server.url("/secret") in article_urls(
        warehouse, allowed.publication.release_id)
