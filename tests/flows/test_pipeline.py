"""The Prefect flow, end to end, under one test server for the session."""

from pathlib import Path

import duckdb
import pytest

from tradefigures.flows.pipeline import batch_size, run_pipeline
from tradefigures.validate import schemas
from tradefigures.warehouse import releases

from ..conftest import shared

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_seeds_publish_a_release_with_every_contract_column_and_no_ungrounded_row(warehouse):
    result = run_pipeline([str(shared("corpus", "seeds"))], warehouse)
    assert result.publication.changed and result.items == 5 and not result.skipped
    con = duckdb.connect(str(warehouse / "catalog.duckdb"), read_only=True)
    for table in ("articles", "figures", "dates", "quarantine"):
        cols = [d[0] for d in con.execute(f"select * from {table} limit 0").description]
        assert cols == list(schemas.polars_schema(table))
    for table in ("figures", "dates"):
        ungrounded = con.execute(f"""
            select count(*) from {table} t join articles a using (article_id)
            where substring(a.text, t.char_start + 1, t.char_end - t.char_start) <> t.mention""").fetchone()[0]
        total = con.execute(f"select count(*) from {table}").fetchone()[0]
        assert total > 10 and ungrounded == 0
    kinds = dict(con.execute("select kind, count(*) from figures group by 1").fetchall())
    assert kinds["tariff_rate"] >= 5


def test_sample_corpus_twice_publishes_once(warehouse, samples):
    first = run_pipeline([str(samples)], warehouse)
    second = run_pipeline([str(samples)], warehouse)
    assert first.publication.changed and not second.publication.changed
    assert second.unchanged == 8 and second.publication.parent == first.publication.release_id


def test_bad_files_are_skipped_and_the_rest_published(warehouse, tmp_path):
    (tmp_path / "good.txt").write_text("Ottawa placed a 25 per cent tariff on U.S. steel on Tuesday.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    result = run_pipeline([str(tmp_path)], warehouse)
    assert result.publication.counts["articles"] == 1
    reasons = {s["source_uri"].rsplit("/", 1)[-1]: s["reason"] for s in result.skipped}
    assert reasons == {"empty.txt": "empty file", "binary.txt": "binary data (NUL bytes), not text"}


def test_batch_size_grows_with_the_run_within_bounds():
    assert batch_size(10) == 25
    assert batch_size(8_000) == 250
    assert 25 < batch_size(800) < 250


@pytest.mark.usefixtures("prefect_harness")
def test_run_defaults_stand_for_what_a_source_does_not_say(tmp_path):
    import polars as pl

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_text("Ottawa said it will impose a 25% tariff on U.S. steel next month.\n")
    (folder / "dated.txt").write_text("Washington said its 10% duty on potash took effect last month.\n")
    (folder / "manifest.csv").write_text("doc,published,outlet\ndated,2024-11-20,Own Outlet\n")
    defaults = {"published": "2025-03-10", "outlet": "Test Wire", "title": "Given"}
    run_pipeline([str(folder)], tmp_path / "w", defaults=defaults)
    rel = releases.latest(tmp_path / "w")
    articles = pl.read_parquet(rel.path / "articles" / "*.parquet").sort("source_uri")
    by = {Path(r["source_uri"]).name: r for r in articles.to_dicts()}
    assert (str(by["plain.txt"]["published_date"]), by["plain.txt"]["outlet"], by["plain.txt"]["title"]) == \
        ("2025-03-10", "Test Wire", "Given")
    # what the manifest says wins; what it leaves out the defaults give
    assert (str(by["dated.txt"]["published_date"]), by["dated.txt"]["outlet"], by["dated.txt"]["title"]) == \
        ("2024-11-20", "Own Outlet", "Given")
    dates = pl.read_parquet(rel.path / "dates" / "*.parquet")
    assert "2025-04" in dates["value"].to_list()  # "next month" of the default date
    # another default is another fingerprint: the files are read again
    again = run_pipeline([str(folder)], tmp_path / "w", defaults={**defaults, "published": "2025-06-01"})
    assert again.unchanged == 0 and again.publication.changed
