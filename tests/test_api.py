"""The Python API: the same rows as the pipeline, and errors that name the thing."""

import polars as pl
import pytest

import tradefigures
from tradefigures.api import NotText
from tradefigures.warehouse.errors import NoRelease, NoTable, NoWarehouse

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
    with pytest.raises(NoTable, match='No table "prices": the tables are articles'):
        store.table("prices")
    assert issubclass(NoTable, ValueError)  # what it raised before, for code that caught that


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


BROKEN = "BROKEN"


def break_one_text(monkeypatch):
    """Make the extractor give a row that fails validation (an unknown kind) for texts
    that say BROKEN: real sentences give valid rows."""
    from tradefigures.extract.extractor import RulesExtractor

    extract = RulesExtractor.extract

    def extract_and_break(self, text, *args, **kwargs):
        rows = extract(self, text, *args, **kwargs)
        if BROKEN in text:
            rows.figures[0]["kind"] = "mood"
        return rows

    monkeypatch.setattr(RulesExtractor, "extract", extract_and_break)


TEXTS = [
    "Ottawa keeps its 25% counter-tariff on U.S. steel, the minister said on March 4, 2025.",
    "The review begins next year. Exports fell about $2 billion in a month.",
    f"{BROKEN}: a 10% levy on lumber and up to 5,000 jobs at risk.",
    "",
    "No figures in this one.",
    "Ottawa keeps its 25% counter-tariff on U.S. steel, the minister said on March 4, 2025.",
    "A 35% tariff on Canadian goods took effect on Aug. 1, 2025.",
]


def test_a_list_of_texts_gives_the_rows_each_gives_alone(monkeypatch):
    from tradefigures import api

    break_one_text(monkeypatch)
    monkeypatch.setattr(api, "BATCH", 3)  # several batches, and a repeated text
    together = tradefigures.extract(TEXTS, published="2025-06-01")
    assert isinstance(together, list) and len(together) == len(TEXTS)
    for text, rows in zip(TEXTS, together):
        alone = tradefigures.extract(text, published="2025-06-01")
        assert rows.article_id == alone.article_id
        for table in ("figures", "dates", "quarantine"):
            assert getattr(rows, table).equals(getattr(alone, table)), (text, table)
    broken = together[2].quarantine
    assert broken.height == 1 and broken["check"][0].startswith("kind.isin")
    assert "not one of the allowed values" in broken["reason"][0]
    assert together[2].figures["mention"].to_list() == ["5,000"]
    assert together[0].figures.height == 1 and together[6].dates.height == 1


def test_a_list_takes_a_date_and_a_title_per_text():
    rows = tradefigures.extract(["The review begins next year."] * 2, published=["2025-06-01", "2030-01-01"],
                                title=["One", "Two"])
    assert [r.dates["value"].to_list() for r in rows] == [["2026"], ["2031"]]
    with pytest.raises(NotText, match="not bytes \\(text 1\\)"):
        tradefigures.extract(["fine", b"25%"])
