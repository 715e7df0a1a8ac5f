"""Deriving out of core: over a release's own parts, spilling, a few rows at a time, it
gives the tables it gives from frames."""

import polars as pl

from tradefigures.warehouse import derive, releases
from tradefigures.warehouse.derive import corroboration, session
from tradefigures.warehouse.report.data import table

from ..conftest import publish_sources


def test_parts_in_small_slices_and_a_small_memory_give_the_tables_frames_give(warehouse, corpus, tmp_path, monkeypatch):
    publish_sources(warehouse, [corpus])
    release = releases.latest(warehouse)
    from_frames = derive.derive(*(table(release, t) for t in ("articles", "figures", "dates")))
    # A slice for every few mentions, and DuckDB held to a few megabytes.
    monkeypatch.setattr(corroboration, "SLICE_MENTIONS", 3)
    monkeypatch.setattr(session, "MEMORY_LIMIT", "16MB")
    paths = {t: [release.part_path(t, p["path"].split("/")[-1]) for p in release.parts(t)] for t in derive.COLUMNS}
    spill = tmp_path / "spill"
    spill.mkdir()
    sliced = {}

    def write(name, slices):
        sliced[name] = list(slices)
        return name

    assert derive.derive_parts(paths, spill, write) == {t: t for t in derive.TABLES}
    assert len(sliced["facts"]) > 1 and len(sliced["tariff_measures"]) > 1
    for name, rows in from_frames.items():
        assert pl.concat(sliced[name]).equals(rows), name
    assert list(spill.iterdir()) == []  # DuckDB's spill folder is gone
