"""The Python API: the same rows as the pipeline, and errors that name the thing."""

import polars as pl
import pytest

import tradefigures
from tradefigures.api import NotText
from tradefigures.warehouse.errors import NoRelease, NoWarehouse

from .warehouse.conftest import publish_sources


def test_extract_gives_the_rows_a_release_holds(tmp_path, samples):
    wh = tmp_path / "w"
    publish_sources(wh, [samples])
    store = tradefigures.Warehouse(wh)
    articles = store.articles()
    figures, dates = store.figures(), store.dates()
    for article in articles.iter_rows(named=True):
        rows = tradefigures.extract(article["text"], article["published_date"], article["title"])
        assert rows.article_id == article["article_id"]
        in_release = figures.filter(pl.col("article_id") == article["article_id"]).sort("char_start")
        assert rows.figures.sort("char_start").equals(in_release)
        assert rows.dates.sort("char_start").equals(
            dates.filter(pl.col("article_id") == article["article_id"]).sort("char_start"))


def test_extract_package_is_callable_and_still_a_package():
    import tradefigures.extract as package
    from tradefigures.extract.numbers import find_quantities

    assert package is tradefigures.extract
    assert package("A 10% levy on lumber.").figures["value"].to_list() == [10.0]
    assert find_quantities("25%")


def test_warehouse_tables_by_release(tmp_path, samples):
    wh = tmp_path / "w"
    publish_sources(wh, [samples])
    store = tradefigures.Warehouse(wh)
    first = store.releases()["release_id"][0]
    assert store.figures(first).equals(store.figures("latest"))
    assert set(store.sources().columns) >= {"source_uri", "content_sha256"}
    with pytest.raises(ValueError, match='no table "prices"'):
        store.table("prices")


@pytest.mark.parametrize("call, error, words", [
    (lambda tmp: tradefigures.Warehouse(tmp / "absent"), NoWarehouse, "No warehouse at"),
    (lambda tmp: tradefigures.extract(42), NotText, "not int"),
    (lambda tmp: tradefigures.extract("x", published="May 3"), ValueError, "not a date"),
])
def test_errors_name_the_thing(tmp_path, call, error, words):
    with pytest.raises(error, match=words):
        call(tmp_path)


def test_a_missing_release_is_named(tmp_path, samples):
    publish_sources(tmp_path / "w", [samples])
    with pytest.raises(NoRelease, match='"2001"'):
        tradefigures.Warehouse(tmp_path / "w").dates("2001")
