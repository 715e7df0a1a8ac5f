"""Releases: the contract's layout, parts named by their bytes, nothing published twice."""

import hashlib
import os

import polars as pl
import pyarrow.parquet as pq
import pytest

from tradefigures.validate import schemas
from tradefigures.warehouse import layout, releases

from .conftest import publish_sources

TABLES = ("articles", "figures", "dates", "quarantine", "sources")
DERIVED = ("tariff_measures", "facts", "conflicts")


def test_release_has_the_contract_layout(warehouse, corpus):
    pub = publish_sources(warehouse, [corpus])
    assert pub.changed and pub.parent is None
    folder = layout.release_dir(warehouse, pub.release_id)
    assert (folder / "datapackage.json").is_file()
    assert (warehouse / "catalog.duckdb").is_file()
    for table in TABLES + DERIVED:
        files = sorted((folder / table).glob("*.parquet"))
        assert files, table
        for f in files:
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
            assert f.name == f"part-{digest}.parquet"
        df = pl.read_parquet(folder / table / "*.parquet")
        assert list(df.columns) == list(schemas.polars_schema(table))
    articles = pl.read_parquet(folder / "articles" / "*.parquet")
    assert articles.height == 8


def test_parts_carry_provenance(warehouse, corpus):
    pub = publish_sources(warehouse, [corpus])
    part = next((layout.release_dir(warehouse, pub.release_id) / "figures").glob("*.parquet"))
    meta = {k.decode(): v.decode() for k, v in pq.read_metadata(part).metadata.items()
            if k.startswith(b"tradefigures.")}
    assert meta["tradefigures.table"] == "figures"
    assert meta["tradefigures.extractor"].startswith("tradefigures-rules/")
    assert "content_sha256" in meta["tradefigures.inputs"]


def test_unchanged_inputs_publish_nothing(warehouse, corpus):
    first = publish_sources(warehouse, [corpus])
    second = publish_sources(warehouse, [corpus], batch=5)
    assert not second.changed and second.parent == first.release_id
    assert releases.list_ids(warehouse) == [first.release_id]


def test_a_new_article_shares_every_unchanged_part(warehouse, corpus, tmp_path):
    first = publish_sources(warehouse, [corpus])
    (corpus / "s09_new.txt").write_text(
        "Washington kept its 50 per cent tariff on Canadian steel in place, officials said.")
    second = publish_sources(warehouse, [corpus])
    assert second.changed and second.parent == first.release_id
    old = layout.release_dir(warehouse, first.release_id)
    new = layout.release_dir(warehouse, second.release_id)
    old_parts = {p.relative_to(old) for t in TABLES for p in (old / t).glob("*.parquet")}
    new_parts = {p.relative_to(new) for t in TABLES for p in (new / t).glob("*.parquet")}
    assert old_parts < new_parts
    for rel in old_parts:
        assert os.stat(old / rel).st_ino == os.stat(new / rel).st_ino  # the same file
    added = pl.read_parquet([new / p for p in new_parts - old_parts if p.parts[0] == "articles"])
    assert added["source_uri"].to_list() == [str(corpus / "s09_new.txt")]
    # Derived tables the new mention leaves as they were are the same files too; the
    # measure it joins is rewritten.
    for table in ("facts", "conflicts"):
        (before,), (after,) = (old / table).glob("*.parquet"), (new / table).glob("*.parquet")
        assert os.stat(before).st_ino == os.stat(after).st_ino, table
    assert {p.name for p in (old / "tariff_measures").glob("*")} != {p.name for p in (new / "tariff_measures").glob("*")}


def test_editing_an_article_replaces_only_its_rows(warehouse, corpus):
    first = publish_sources(warehouse, [corpus])
    path = corpus / "s04_cusma_review.txt"
    path.write_text(path.read_text().replace("about $2 billion", "about $2.5 billion"))
    second = publish_sources(warehouse, [corpus])
    old = pl.read_parquet(layout.release_dir(warehouse, first.release_id) / "figures" / "*.parquet")
    new = pl.read_parquet(layout.release_dir(warehouse, second.release_id) / "figures" / "*.parquet")
    assert "$2.5 billion" in new["mention"].to_list() and "$2.5 billion" not in old["mention"].to_list()
    arts = pl.read_parquet(layout.release_dir(warehouse, second.release_id) / "articles" / "*.parquet")
    assert arts.height == 8
    changed = set(old["figure_id"]) ^ set(new["figure_id"])
    ids = pl.concat([old, new]).filter(pl.col("figure_id").is_in(list(changed)))["article_id"].unique()
    assert ids.len() == 2  # the article's old and new versions, nothing else


def test_release_ids_sort_in_creation_order(warehouse, corpus):
    ids = [publish_sources(warehouse, [corpus]).release_id]
    for n in range(2):
        (corpus / f"extra{n}.txt").write_text(f"A {n + 5}% tariff on Canadian lumber took effect.")
        ids.append(publish_sources(warehouse, [corpus]).release_id)
    assert ids == sorted(ids) == releases.list_ids(warehouse)
    assert releases.load(warehouse, ids[2]).parent == ids[1]


def test_no_temporary_folder_is_left_behind(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    assert not [p for p in layout.releases_dir(warehouse).iterdir() if p.name.startswith(".")]
    assert not list((warehouse / layout.STAGING).glob("*"))


def test_same_inputs_give_the_same_figure_and_date_parts_byte_for_byte(tmp_path, corpus):
    # Articles and sources record when they were read; every other table (the derived
    # ones included) is a function of the input bytes and the code versions alone.
    a, b = tmp_path / "a", tmp_path / "b"
    names = []
    for wh in (a, b):
        pub = publish_sources(wh, [corpus])
        folder = layout.release_dir(wh, pub.release_id)
        names.append({p.relative_to(folder) for t in ("figures", "dates", "tariff_measures", "facts", "conflicts")
                      for p in (folder / t).glob("*.parquet")})
    assert names[0] == names[1] and len(names[0]) >= 5


def test_two_runs_over_the_same_inputs_publish_one_release(warehouse, corpus):
    """The second run read its sources before the first published; once it has the lock it
    finds the same rows (only `retrieved_at` differs) and publishes nothing."""
    first = []
    second = publish_sources(warehouse, [corpus], before_publish=lambda: first.append(
        publish_sources(warehouse, [corpus])))
    assert first[0].changed and not second.changed and second.parent == first[0].release_id
    assert releases.list_ids(warehouse) == [first[0].release_id]


def test_a_run_that_raced_another_publishes_only_what_it_added(warehouse, corpus):
    first = []
    (corpus / "s09.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    other = corpus.parent / "other"
    other.mkdir()
    (other / "s10.txt").write_text("Washington kept its 50 per cent tariff on Canadian steel, officials said.")
    second = publish_sources(warehouse, [corpus, other],
                             before_publish=lambda: first.append(publish_sources(warehouse, [corpus])))
    assert second.changed and second.parent == first[0].release_id
    assert second.counts["articles"] == first[0].counts["articles"] + 1
    old, new = (releases.load(warehouse, r) for r in (first[0].release_id, second.release_id))
    assert len(new.groups) == len(old.groups) + 1 and all(g in new.groups for g in old.groups)
