"""A release's tables, read from its own Parquet parts for the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tradefigures.validate import tables
from tradefigures.warehouse import releases
from tradefigures.warehouse.errors import NoWarehouse
from tradefigures.warehouse.releases import Release
from tradefigures.warehouse.report.errors import NoReleases

TABLES = ("articles", "figures", "dates", "quarantine", "tariff_measures", "facts", "conflicts", "corrections")


@dataclass(slots=True)
class ReleaseData:
    """One release and the rows of the tables the report shows."""

    release: Release
    articles: pl.DataFrame
    figures: pl.DataFrame
    dates: pl.DataFrame
    quarantine: pl.DataFrame
    tariff_measures: pl.DataFrame
    facts: pl.DataFrame
    conflicts: pl.DataFrame
    corrections: pl.DataFrame


def choose(wh: Path, release_id: str | None) -> Release:
    """The release asked for, or the newest one."""
    if release_id:
        return releases.load(wh, release_id)
    if not wh.is_dir():
        raise NoWarehouse(wh)
    newest = releases.latest(wh)
    if newest is None:
        raise NoReleases(wh)
    return newest


def table(release: Release, name: str) -> pl.DataFrame:
    """Every row of one table of the release, in the contract's columns."""
    paths = [release.part_path(name, p["path"].split("/")[-1]) for p in release.parts(name)]
    if not paths:
        return tables.empty(name)
    return pl.read_parquet(paths)


def read(wh: Path, release_id: str | None = None) -> ReleaseData:
    """The release asked for (default: the newest) with its tables."""
    release = choose(wh, release_id)
    return ReleaseData(release, *(table(release, t) for t in TABLES))
