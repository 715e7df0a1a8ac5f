"""The catalog's views, from any working directory, and read-only SQL."""

import duckdb
import pytest

from tradefigures.validate import schemas
from tradefigures.warehouse import query
from tradefigures.warehouse.errors import NoWarehouse, QueryRefused

from .conftest import publish_sources


@pytest.fixture
def published(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    (corpus / "s10.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    publish_sources(warehouse, [corpus])
    return warehouse


def test_views_show_the_newest_release_and_every_column(published, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative paths would break here
    con = duckdb.connect(str(published / "catalog.duckdb"), read_only=True)
    for table in ("articles", "figures", "dates", "quarantine", "sources"):
        cols = [d[0] for d in con.execute(f"select * from {table} limit 0").description]
        assert cols == list(schemas.polars_schema(table)), table
    assert con.execute("select count(*) from articles").fetchone()[0] == 9
    releases = con.execute("select release_id, articles from releases").fetchall()
    assert [n for _, n in releases] == [8, 9]
    per_release = con.execute(
        "select release_id, count(*) from all_articles group by 1 order by 1").fetchall()
    assert per_release == releases


def test_query_answers_a_select(published):
    df = query.run(published, "select kind, count(*) n from figures group by 1 order by 1")
    assert "tariff_rate" in df["kind"].to_list() and df["n"].sum() > 10


@pytest.mark.parametrize("sql, words", [
    ("create table x (a int)", "Only reading is allowed"),
    ("drop view figures", "Only reading is allowed"),
    ("insert into x values (1)", "Only reading is allowed"),
    ("copy figures to '/tmp/stolen.csv'", "Only reading is allowed"),
    ("attach '/tmp/other.duckdb' as o", "Only reading is allowed"),
    ("set enable_external_access = true", "Only reading is allowed"),
    ("select * from read_csv('/etc/passwd')", "reaches outside the warehouse"),
    ("select * from read_text('/etc/hostname')", "reaches outside the warehouse"),
    ("select 1; drop view figures", "one statement"),
])
def test_query_refuses_what_would_write_or_escape(published, sql, words):
    with pytest.raises(QueryRefused, match=words):
        query.run(published, sql)


def test_query_on_a_missing_warehouse_names_it(tmp_path):
    with pytest.raises(NoWarehouse, match="No warehouse at"):
        query.run(tmp_path / "nowhere", "select 1")
