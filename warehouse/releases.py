"""Releases: immutable folders, and reading them.

A release is a set of groups; a group is one part of each table holding the rows of
the same articles, and a folder in releases/ named by its id holds the parts and the
manifest (datapackage.json). Only a folder shaped like a release is one (see
integrity.shape); a run builds on the newest release whose files all verify (`base`).
`publishing` writes them.

This module only reads, and stands at the bottom of the warehouse: it imports nothing
of it but where things live (`layout`), whether a folder is whole (`integrity`) and the
errors, so every module that writes (durable, staging, catalog, publishing) may read
releases without a circle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import polars as pl

from tradefigures.extract.sources.model import SourceItem
from tradefigures.validate.tables import TABLES
from tradefigures.warehouse import integrity, layout
from tradefigures.warehouse.errors import NoRelease, NoWarehouse

ID_FORMAT = layout.ID_FORMAT


@dataclass(slots=True)
class Release:
    """A published release, read from its manifest."""

    id: str
    path: Path
    manifest: dict

    @property
    def info(self) -> dict:
        return self.manifest.get("tradefigures:release", {})

    @property
    def parent(self) -> str | None:
        return self.info.get("parent")

    @property
    def created_at(self) -> str:
        return self.info.get("created_at", "")

    @property
    def pipeline(self) -> str | None:
        return self.info.get("pipeline")

    @property
    def groups(self) -> list[dict[str, str]]:
        return self.manifest.get("tradefigures:groups", [])

    def parts(self, table: str) -> list[dict]:
        for res in self.manifest.get("resources", []):
            if res["name"] == table:
                return res.get("tradefigures:parts", [])
        return []

    def rows(self, table: str) -> int:
        return sum(p["rows"] for p in self.parts(table))

    def part_path(self, table: str, name: str) -> Path:
        return self.path / table / name


def list_ids(wh: Path) -> list[str]:
    """Ids of the complete releases, oldest first: the folders in releases/ shaped like a
    release (named by a release id, with that release's manifest, whose parts are named
    by their hashes). Anything else there is no release (see `impostors`)."""
    root = layout.releases_dir(wh)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and integrity.shape(p) is None)


def impostors(wh: Path) -> list[tuple[str, str]]:
    """The entries of releases/ that are not releases, each with why: forged or injected
    folders, stray files. A release being written (`.tmp-<id>`) is not one of them."""
    root = layout.releases_dir(wh)
    if not root.is_dir():
        return []
    out = []
    for p in sorted(root.iterdir()):
        if layout.is_release_tmp(p.name):
            continue
        why = integrity.shape(p) if p.is_dir() and not p.is_symlink() else "it is not a folder"
        if why:
            out.append((p.name, why))
    return out


def load(wh: Path, release_id: str) -> Release:
    path = layout.release_dir(wh, release_id)
    manifest = path / layout.MANIFEST
    if not manifest.is_file():
        if not wh.is_dir():
            raise NoWarehouse(wh)
        raise NoRelease(release_id, wh)
    return Release(release_id, path, json.loads(manifest.read_text(encoding="utf-8")))


def latest(wh: Path) -> Release | None:
    ids = list_ids(wh)
    return load(wh, ids[-1]) if ids else None


@dataclass(slots=True)
class Base:
    """The release a run builds on: the newest one whose files all verify, and the newer
    ones passed over (with why), which no run builds on."""

    release: Release | None
    passed_over: list[str] = field(default_factory=list)


def base(wh: Path) -> Base:
    """The newest release whose every file matches its manifest. A run reads its index
    from it and publishes on top of it, so a forged or damaged release is never a parent."""
    out = Base(None)
    for rid in reversed(list_ids(wh)):
        checked = integrity.folder(layout.release_dir(wh, rid), hasher=integrity.HASHED)
        if checked.ok:
            out.release = load(wh, rid)
            break
        out.passed_over.append(f"release {rid} does not match its manifest ({checked.problems[0]}); "
                               "it is not built on: `tradefigures verify` lists every problem")
    return out


def source_index(release: Release | None) -> dict[str, str]:
    """source_uri -> fingerprint, for every source in a release."""
    if release is None:
        return {}
    frames = [pl.read_parquet(release.part_path("sources", p["path"].split("/")[-1]),
                              columns=["source_uri", "fingerprint"])
              for p in release.parts("sources")]
    if not frames:
        return {}
    df = pl.concat(frames)
    return dict(zip(df["source_uri"].to_list(), df["fingerprint"].to_list()))


def stale_items(release: Release | None, pipeline: str, touched: set[str]) -> list[SourceItem]:
    """Stored articles that a new pipeline version must extract again: every source of
    the release made by another version that this run did not read anew."""
    if release is None or release.pipeline == pipeline:
        return []
    out: list[SourceItem] = []
    for group in release.groups:
        src = pl.read_parquet(release.part_path("sources", group["sources"]))
        src = src.filter(~pl.col("source_uri").is_in(list(touched)))
        if src.height == 0:
            continue
        arts = pl.read_parquet(release.part_path("articles", group["articles"]))
        by_id = {r["article_id"]: r for r in arts.iter_rows(named=True)}
        for s in src.iter_rows(named=True):
            if s["article_id"] in by_id:
                article = by_id[s["article_id"]]
                out.append(SourceItem(s["source_uri"], "stored", None, {}, article))
    return out


def new_id(wh: Path) -> str:
    """A release id that sorts after every existing one: the UTC time, to the microsecond."""
    now = datetime.now(timezone.utc)
    rid = now.strftime(ID_FORMAT)
    existing = list_ids(wh)
    if existing and rid <= existing[-1]:
        last = datetime.strptime(existing[-1], ID_FORMAT)
        rid = (last + timedelta(microseconds=1)).strftime(ID_FORMAT)
    return rid
