"""The catalog rebuilt from the release folders alone: a moved or copied warehouse works."""

import shutil

import duckdb
import pytest

from tradefigures.warehouse import catalog, query
from tradefigures.warehouse.errors import CatalogStale, NoWarehouse

from .conftest import publish_sources

VIEWS = ["articles", "figures", "dates", "quarantine", "sources", "releases",
         "all_articles", "all_figures", "all_dates", "all_quarantine", "all_sources"]


@pytest.fixture
def published(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    (corpus / "s09_new.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    publish_sources(warehouse, [corpus])
    return warehouse


def answers(wh):
    """Every view's rows, in a stable order."""
    con = duckdb.connect(str(wh / "catalog.duckdb"), read_only=True)
    try:
        return {v: con.execute(f"select * from {v} order by all").fetchall() for v in VIEWS}
    finally:
        con.close()


def test_a_moved_warehouse_is_refused_until_rebuilt_then_answers_the_same(published, tmp_path, monkeypatch):
    before = answers(published)
    assert before["all_articles"] and len(before["releases"]) == 2
    moved = tmp_path / "elsewhere" / "wh"
    moved.parent.mkdir()
    shutil.move(published, moved)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CatalogStale, match="catalog --rebuild"):
        query.run(moved, "select count(*) from figures")
    status = catalog.status(moved)
    assert not status.current and str(published) in status.problem
    catalog.refresh(moved)
    assert catalog.status(moved).current
    assert answers(moved) == before
    assert query.run(moved, "select count(*) n from articles")["n"][0] == 9


def test_a_copied_warehouse_is_rebuilt_without_touching_the_original(published, tmp_path):
    before = answers(published)
    copy = tmp_path / "copy"
    shutil.copytree(published, copy)
    with pytest.raises(CatalogStale):
        query.run(copy, "select 1")  # it would otherwise read the original's files
    catalog.refresh(copy)
    assert answers(copy) == before
    assert catalog.status(published).current and catalog.status(copy).current
    con = duckdb.connect(str(copy / "catalog.duckdb"), read_only=True)
    sql = con.execute("select sql from duckdb_views() where view_name = 'figures'").fetchone()[0]
    assert str(copy) in sql and str(published) + "/" not in sql


def test_a_lost_catalog_is_rebuilt_from_the_folders(published):
    before = answers(published)
    (published / "catalog.duckdb").unlink()
    assert catalog.status(published).problem == "there is no catalog.duckdb"
    catalog.refresh(published)
    assert answers(published) == before


def test_rebuilding_nothing_is_refused(tmp_path):
    with pytest.raises(NoWarehouse):
        catalog.refresh(tmp_path / "none")
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("edit, what", [
    ("create or replace view figures as select * from all_figures where false", "views"),
    ("create or replace view releases as select * from release_log where false", "views"),
    ("create macro kinds() as table select 'forged' as kind", "functions"),
    ("create table notes as select 1 as a", "tables"),
    ("update release_log set figures = 0", "release log rows"),
])
def test_a_catalog_edited_by_hand_is_caught_and_the_next_run_rewrites_it(published, corpus, edit, what):
    from tradefigures.warehouse import verify

    con = duckdb.connect(str(published / "catalog.duckdb"))
    con.execute(edit)
    con.close()
    status = catalog.status(published)
    assert not status.current and f"its {what} are not the ones a rebuild would create" in status.problem
    [problem] = verify.catalog_problems(published)
    assert problem.path == "catalog.duckdb" and "catalog --rebuild" in str(problem)
    assert not publish_sources(published, [corpus]).changed
    assert catalog.status(published).current and not verify.catalog_problems(published)
