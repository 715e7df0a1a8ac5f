"""The derived tables in releases: computed from the release's own rows, rewritten when
those rows or the rules change, and added to releases published before them."""

import json
import os
import shutil
import stat

import duckdb
import polars as pl

from tradefigures.warehouse import catalog, derive, layout, releases
from tradefigures.warehouse.report.data import table

from .conftest import publish_sources


def derived_again(release) -> dict[str, pl.DataFrame]:
    return derive.derive(*(table(release, t) for t in ("articles", "figures", "dates")))


def test_each_release_derives_its_tables_from_its_own_rows(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    path = corpus / "s04_cusma_review.txt"
    path.write_text(path.read_text().replace("about $2 billion", "about $2.5 billion"))
    publish_sources(warehouse, [corpus])
    first, second = (releases.load(warehouse, r) for r in releases.list_ids(warehouse))
    for release in (first, second):
        for name, rows in derived_again(release).items():
            assert table(release, name).equals(rows), (release.id, name)
        assert release.info["derive"] == derive.version()

    def daily_trade(release):
        facts = table(release, "facts").filter(pl.col("kind") == "trade_value", pl.col("period") == "daily")
        return dict(zip(facts["value"], facts["articles"]))

    assert daily_trade(first) == {2e9: 2}
    assert daily_trade(second) == {2e9: 1, 2.5e9: 1}


def test_new_derive_rules_publish_a_release_that_shares_every_group(warehouse, corpus, monkeypatch):
    first = publish_sources(warehouse, [corpus])
    monkeypatch.setattr(derive, "version", lambda: "other-rules")
    second = publish_sources(warehouse, [corpus])
    assert second.changed and second.parent == first.release_id
    old, new = (releases.load(warehouse, r) for r in (first.release_id, second.release_id))
    assert old.groups == new.groups and new.info["derive"] == "other-rules"
    assert not publish_sources(warehouse, [corpus]).changed


def _strip_derived(release_dir):
    """Make a release look as if published before the derived tables existed."""
    os.chmod(release_dir, stat.S_IRWXU)
    manifest = release_dir / layout.MANIFEST
    os.chmod(manifest, stat.S_IRUSR | stat.S_IWUSR)
    data = json.loads(manifest.read_text())
    data["resources"] = [r for r in data["resources"] if r["name"] not in derive.TABLES]
    del data["tradefigures:release"]["derive"]
    manifest.write_text(json.dumps(data, indent=2))
    for name in derive.TABLES:
        shutil.rmtree(release_dir / name)


def test_a_release_from_before_the_derived_tables_gets_them_on_the_next_run(warehouse, corpus):
    first = publish_sources(warehouse, [corpus])
    _strip_derived(layout.release_dir(warehouse, first.release_id))
    catalog.rebuild(warehouse)
    con = duckdb.connect(str(warehouse / "catalog.duckdb"), read_only=True)
    for name in derive.TABLES:
        assert con.execute(f"select count(*) from {name}").fetchone() == (0,)
        assert con.execute(f"select count(*) from all_{name}").fetchone() == (0,)
    assert con.execute("select tariff_measures, facts, conflicts from releases").fetchone() == (0, 0, 0)
    con.close()

    second = publish_sources(warehouse, [corpus])
    assert second.changed and second.counts["facts"] > 0 and second.counts["tariff_measures"] > 0
    con = duckdb.connect(str(warehouse / "catalog.duckdb"), read_only=True)
    assert con.execute("select count(distinct release_id) from all_facts").fetchone() == (1,)
    assert con.execute("select count(*) from facts").fetchone() == (second.counts["facts"],)
    con.close()
