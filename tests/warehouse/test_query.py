"""A query's limits (time, memory, answer size), nothing spilled into the warehouse, and
CSV that a spreadsheet opens as text."""

import polars as pl
import pytest

import tradefigures
from tradefigures.warehouse import layout, query
from tradefigures.warehouse.errors import QueryFailed

from .conftest import publish_sources

LONG = "select count(*) from range(1000000000000) t(i) where i % 7 = 3"
SORT = "select * from range(100000000) t(i) order by random()"


@pytest.fixture
def published(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    return warehouse


def test_a_query_past_its_time_limit_is_stopped_in_one_line(published):
    with pytest.raises(QueryFailed, match=r"ran past its time limit of 0.5 s") as info:
        query.run(published, LONG, time_limit=0.5)
    assert "\n" not in str(info.value)
    with pytest.raises(QueryFailed, match="time limit"):
        tradefigures.Warehouse(published).sql(LONG, time_limit=0.5)
    assert query.run(published, "select count(*) n from articles")["n"][0] == 8


def test_a_query_past_its_memory_limit_is_stopped_and_spills_nothing(published):
    with pytest.raises(QueryFailed, match="more than its memory limit of 200MB") as info:
        query.run(published, SORT, memory_limit="200MB")
    assert "\n" not in str(info.value)
    # DuckDB's default would spill into catalog.duckdb.tmp, inside the warehouse.
    assert sorted(p.name for p in published.iterdir()) == [".lock", ".staging", layout.CATALOG, layout.RELEASES]


def test_an_answer_larger_than_the_memory_limit_is_stopped(published):
    with pytest.raises(QueryFailed, match="answer outgrew the memory limit of 50MB"):
        query.run(published, "select * from range(100000000)", memory_limit="50MB")


def test_a_memory_limit_that_is_no_size_is_one_line(published):
    with pytest.raises(QueryFailed, match='"lots" is not a size'):
        query.run(published, "select 1", memory_limit="lots")


def test_the_settings_that_keep_a_query_reading_are_locked_in(published):
    settings = dict(query.run(published, "select name, value from duckdb_settings() where name in "
                                         "('lock_configuration', 'enable_external_access', 'temp_directory', "
                                         "'allowed_directories', 'autoinstall_known_extensions')").rows())
    assert settings == {"lock_configuration": "true", "enable_external_access": "false", "temp_directory": "",
                        "allowed_directories": f"[{layout.releases_dir(published)}/]",
                        "autoinstall_known_extensions": "false"}


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_text_cell_that_begins_like_a_formula_is_escaped(cell):
    frame = pl.DataFrame({"title": [cell, "Steel"], "sectors": [[cell], ["steel"]]})
    assert cells(query.to_csv(frame)) == [["title", "sectors"], ["'" + cell, "'" + cell], ["Steel", "steel"]]
    assert cells(query.to_csv(frame, escape=False))[1] == [cell, cell]


def test_numbers_are_data_not_formulas():
    frame = pl.DataFrame({"value": [-25.0, 35.0], "n": [-3, 4], "mention": ["-25%", "35%"]})
    assert cells(query.to_csv(frame))[1:] == [["-25.0", "-3", "'-25%"], ["35.0", "4", "35%"]]


def cells(text):
    import csv
    import io

    return list(csv.reader(io.StringIO(text, newline="")))
