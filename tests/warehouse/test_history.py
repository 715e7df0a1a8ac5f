"""The list of releases, and naming one by id, prefix or "latest"."""

import os

import pytest

from tradefigures.warehouse import history, layout
from tradefigures.warehouse.errors import AmbiguousRelease, NoRelease, NoWarehouse

from .conftest import publish_sources


@pytest.fixture
def two(warehouse, corpus):
    first = publish_sources(warehouse, [corpus])
    (corpus / "s09_new.txt").write_text("Washington kept its 50 per cent tariff on Canadian steel.")
    second = publish_sources(warehouse, [corpus])
    return first.release_id, second.release_id


def test_table_lists_releases_oldest_first_with_what_each_added(warehouse, two):
    df = history.table(warehouse)
    assert df["release_id"].to_list() == list(two)
    assert df["parent"].to_list() == [None, two[0]]
    assert df["articles"].to_list() == [8, 9]
    first, second = df.iter_rows(named=True)
    assert first["new_parts"] == first["parts"] and first["new_bytes"] == first["bytes"]
    # The new article's group is new; everything else is shared with the parent.
    assert 0 < second["new_parts"] < second["parts"] and second["new_bytes"] < second["bytes"]
    on_disk = sum(p.stat().st_size for p in layout.release_dir(warehouse, two[1]).rglob("*.parquet"))
    assert second["bytes"] == on_disk


def test_resolve_takes_an_id_a_prefix_or_latest(warehouse, two):
    assert history.resolve(warehouse, two[0]) == two[0]
    assert history.resolve(warehouse, "latest") == two[1]
    assert history.resolve(warehouse, None) == two[1]
    common = len(os.path.commonprefix(two))
    assert history.resolve(warehouse, two[1][:common + 1]) == two[1]
    with pytest.raises(AmbiguousRelease, match="names 2 releases"):
        history.resolve(warehouse, two[0][:common])
    with pytest.raises(NoRelease, match="`tradefigures releases` lists them"):
        history.resolve(warehouse, "19990101")


def test_resolve_counts_back_from_the_newest(warehouse, two):
    assert history.resolve(warehouse, "previous") == two[0]
    assert history.resolve(warehouse, "latest~1") == two[0]
    assert history.resolve(warehouse, "latest~0") == two[1]
    with pytest.raises(NoRelease, match="holds 2 releases"):
        history.resolve(warehouse, "latest~2")


def test_no_warehouse_is_named(tmp_path):
    with pytest.raises(NoWarehouse, match="No warehouse at"):
        history.table(tmp_path / "none")
