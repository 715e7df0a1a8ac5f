"""The Python API: the same rows as the pipeline, and errors that name the thing."""

from pathlib import Path

import polars as pl
import pytest

import tradefigures
from tradefigures import errors as api_errors
from tradefigures.errors import LengthMismatch, NotADate, NotText
from tradefigures.warehouse import errors as warehouse_errors
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


def test_extract_is_the_api_function_even_after_its_subpackage_is_imported():
    import importlib
    import inspect

    from tradefigures.api import extract
    from tradefigures.extract.numbers import find_quantities

    importlib.import_module("tradefigures.extract.extractor")  # sets the attribute to the package
    assert tradefigures.extract is extract
    assert inspect.isfunction(tradefigures.extract)
    assert "Figures and dates in `text`" in tradefigures.extract.__doc__  # what help() shows
    assert tradefigures.extract("A 10% levy on lumber.").figures["value"].to_list() == [10.0]
    assert find_quantities("25%")  # the subpackage is still importable
    import tradefigures.extract.numbers as numbers  # and importable by its dotted name

    assert numbers.find_quantities is find_quantities


def test_a_not_a_date_is_still_a_value_error_and_not_text_either_error():
    # what callers caught before the named classes existed
    assert issubclass(NotADate, ValueError) and issubclass(LengthMismatch, ValueError)
    assert issubclass(NotText, TypeError) and issubclass(NotText, ValueError)


def test_every_api_exception_is_documented():
    from tradefigures.warehouse.report import errors as report_errors

    doc = (Path(__file__).resolve().parents[1] / "docs" / "python.md").read_text()
    classes = [c for module in (api_errors, warehouse_errors, report_errors) for c in vars(module).values()
               if isinstance(c, type) and issubclass(c, Exception) and c.__module__ == module.__name__]
    assert len(classes) > 10
    missing = [c.__name__ for c in classes if f"`{c.__name__}`" not in doc and f".{c.__name__}:" not in doc]
    assert not missing, f"docs/python.md does not name {missing}"


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
    (lambda tmp: tradefigures.extract("x", published="May 3"), NotADate, '"May 3" is not a date'),
    (lambda tmp: tradefigures.extract("x", published=20250503), NotADate, "20250503 is not a date"),
    (lambda tmp: tradefigures.extract(["a", "b", "c"], title=["one"]), LengthMismatch, "3 texts but 1 values of title"),
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
