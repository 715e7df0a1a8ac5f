"""Publishing a release: whole or not at all.

A run's release keeps the base release's groups that it did not touch (the same files,
hard-linked), rewrites the groups it touched, and adds the groups it staged. When that
gives the same parts as the newest release, nothing is published. Publishing is three
steps under the lock: `plan` (the groups, and whether anything changed), `write` (the
release whole in a temporary folder) and `swap` (renamed into place, the catalog last).

The people's decisions (the corrections file) apply to the groups that hold their
articles (`reviewing`), before anything is compared or derived: a new or changed decision
is a changed release, the same decisions over the same groups are none.

The derived tables (tariff measures, facts, conflicts) follow from the release's groups
and the rules that derive them: each is one part computed from the whole release, out
of core (`derive.derive_parts` reads the parts in DuckDB and hands each table over a
few rows at a time), the same file as the parent's when nothing it follows from changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from tradefigures.validate import schemas
from tradefigures.warehouse import catalog, corrections, datapackage, derive, durable, layout, parts, recovery, \
    reviewing
from tradefigures.warehouse.durable import failing_clearly
from tradefigures.warehouse.errors import CatalogNotWritten
from tradefigures.warehouse.lock import WAIT_SECONDS, locked
from tradefigures.warehouse.parts import Part
from tradefigures.warehouse.releases import TABLES, Release, base, list_ids, new_id, source_index
from tradefigures.warehouse.staging import GROUP_TABLES, StagedBatch

LOCK_WAIT_SECONDS = WAIT_SECONDS


@dataclass(slots=True)
class Publication:
    """What publishing did."""

    release_id: str | None
    parent: str | None
    counts: dict[str, int]
    new_parts: int = 0
    shared_parts: int = 0
    skipped: list[dict] = field(default_factory=list)
    # Lines worth a look: newer releases passed over because they do not verify.
    warnings: list[str] = field(default_factory=list)
    # What the release made of the corrections file's decisions.
    review: reviewing.Summary = field(default_factory=lambda: reviewing.summary([]))

    @property
    def changed(self) -> bool:
        return self.release_id is not None


def publish(wh: Path, run_id: str, staged: list[StagedBatch], versions: dict[str, str],
            skipped: list[dict] | None = None, lock_wait: float = LOCK_WAIT_SECONDS,
            on_wait=None, corrections_file: Path | None = None) -> Publication:
    """Publish the run's release, or nothing when its rows equal the newest release's.

    Under the warehouse's lock, it first makes good what a killed run left behind. It
    builds on the newest release that verifies (`base`); staged sources that release
    already holds unchanged (another run published the same inputs meanwhile) are left
    out, so two runs over the same inputs publish one release. The decisions of
    `corrections_file` (default: the warehouse's own) are read under the lock and
    applied; a line that is no decision is CorrectionsInvalid, and nothing is published."""
    with failing_clearly(wh), locked(wh, lock_wait, on_wait):
        decisions = corrections.read_checked(corrections_file or layout.corrections_path(wh))
        recovery.recover(wh, keep_run=run_id)
        found = base(wh)
        parent = found.release
        staging = layout.staging_dir(wh, run_id)
        with failing_clearly(wh, "the new release's parts (in .staging)"):
            return _publish(wh, staging, parent, _changed(staged, source_index(parent), staging, versions),
                            versions, skipped or [], found.passed_over, decisions)


@dataclass(slots=True)
class _Batch:
    """A staged batch's group of parts, with its articles and sources."""

    group: dict[str, str]
    article_ids: list[str]
    source_uris: list[str]


def _changed(staged: list[StagedBatch], index: dict[str, str], staging: Path,
             versions: dict[str, str]) -> list[_Batch]:
    """The staged groups without the sources whose fingerprint the parent already holds:
    their rows differ from the parent's only in when they were read (`retrieved_at`)."""
    out = []
    for sb in staged:
        if not sb.parts:
            continue
        group = {t: p.name for t, p in sb.parts.items()}
        src = pl.read_parquet(staging / "sources" / group["sources"], columns=["source_uri", "fingerprint"])
        same = [u for u, fp in zip(src["source_uri"], src["fingerprint"]) if index.get(u) == fp]
        if not same:
            out.append(_Batch(group, sb.article_ids, sb.source_uris))
            continue
        frames = {t: pl.read_parquet(staging / t / n) for t, n in group.items()}
        sources = frames["sources"].filter(~pl.col("source_uri").is_in(same))
        group = _write_group(staging, frames, sources, sources["article_id"].unique().to_list(), versions)
        if group:
            out.append(_Batch(group, _article_ids(staging / "articles" / group["articles"]),
                              sources["source_uri"].to_list()))
    return out


def _publish(wh: Path, staging: Path, parent: Release | None, staged: list[_Batch], versions: dict[str, str],
             skipped: list[dict], passed_over: list[str], decisions: list) -> Publication:
    planned = plan(wh, staging, parent, staged, versions, decisions)
    if not planned.changed:
        return Publication(None, parent.id, {t: parent.rows(t) for t in TABLES}, warnings=passed_over,
                           review=planned.review.summary())
    written = write(wh, staging, planned, skipped)
    swap(wh, written)
    total = sum(len(v) for v in written.table_parts.values())
    return Publication(written.release_id, parent.id if parent else None,
                       {t: sum(p.rows for p in written.table_parts[t]) for t in TABLES},
                       total - written.shared, written.shared, skipped, passed_over, planned.review.summary())


@dataclass(slots=True)
class Plan:
    """What the new release holds: its groups, the file each of their parts is taken
    from, its parent, the run's versions and the release's (the run's and `derive`),
    the review (its corrections part, what came of each decision), and whether it
    differs from the newest release."""

    parent: Release | None
    groups: list[dict[str, str]]
    homes: dict[str, Path]
    versions: dict[str, str]
    release_versions: dict[str, str]
    review: reviewing.Review
    changed: bool = True


@dataclass(slots=True)
class Written:
    """A release written whole, sealed and synced under releases/.tmp-<id>, not yet in place."""

    release_id: str
    tmp: Path
    table_parts: dict[str, list[Part]]
    shared: int


def plan(wh: Path, staging: Path, parent: Release | None, staged: list[_Batch],
         versions: dict[str, str], decisions: list | None = None) -> Plan:
    """The new release's groups, with the decisions applied, and where their parts come
    from; not `changed` when it would be the newest release again (the same group parts
    and corrections, derived by the same rules)."""
    groups, homes, from_parent = _assemble(parent, staged, staging, versions)
    review = reviewing.review(parent, groups, homes, from_parent, decisions or [], staging, versions)
    groups, homes = review.groups, review.homes
    new_parts = {f"{t}/{n}" for g in groups for t, n in g.items()} | {review.part.path}
    old_parts = set()
    if parent is not None:
        old_parts = {p["path"] for t in GROUP_TABLES for p in parent.parts(t)}
        old_parts = {p for p in old_parts if not _is_empty_part(parent, p)}
        old_parts |= {p["path"] for p in parent.parts(reviewing.TABLE)}
    # Derived parts follow from the groups and the derive rules: the same groups derived
    # by the same rules give the same parts. A newer release passed over (it does not
    # verify) is superseded by a new one, even with the same rows.
    same = (parent is not None and new_parts == old_parts and parent.info.get("derive") == derive.version()
            and list_ids(wh)[-1] == parent.id)
    return Plan(parent, groups, homes, versions, {**versions, "derive": derive.version()}, review, not same)


def write(wh: Path, staging: Path, planned: Plan, skipped: list[dict]) -> Written:
    """The derived tables computed, then every part and the manifest written into
    releases/.tmp-<id>, sealed read-only and synced: a folder no reader takes for a
    release until `swap` renames it."""
    parent = planned.parent
    derived = _derive(planned.groups, planned.homes, staging, planned.release_versions)
    release_id = new_id(wh)
    tmp = layout.releases_dir(wh) / f"{layout.TMP_PREFIX}{release_id}"
    with failing_clearly(wh, f"release {release_id} (in releases/{tmp.name})"):
        if tmp.exists():
            shutil.rmtree(tmp)
        table_parts, shared = _place_all(tmp, staging, parent, planned.groups, planned.homes,
                                         derived + [planned.review.part], planned.versions)
        created_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        inputs = _inputs(tmp, table_parts["sources"])
        manifest = datapackage.descriptor(release_id, parent.id if parent else None, created_at,
                                          planned.release_versions, table_parts, planned.groups, inputs, skipped)
        with failing_clearly(wh, f"the manifest of release {release_id} (in releases/{tmp.name})"):
            with open(tmp / layout.MANIFEST, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
        _seal(tmp)
        durable.fsync_tree(tmp)
    return Written(release_id, tmp, table_parts, shared)


def swap(wh: Path, written: Written) -> None:
    """The written release renamed into place (one rename: whole or not at all), then the
    catalog rebuilt and swapped in, last."""
    release_id, tmp = written.release_id, written.tmp
    with failing_clearly(wh, f"release {release_id} (in releases/{tmp.name})"):
        os.rename(tmp, layout.release_dir(wh, release_id))
        durable.fsync(layout.releases_dir(wh))
    try:
        catalog.rebuild(wh)
    except CatalogNotWritten as exc:
        raise CatalogNotWritten(wh, exc.reason, release_id, exc.shown) from None


def _assemble(parent: Release | None, staged: list[_Batch], staging: Path,
              versions: dict[str, str]) -> tuple[list[dict[str, str]], dict[str, Path], set[str]]:
    """The new release's groups, sorted, where each of their parts is to be taken from
    (the parent's untouched groups, its touched ones rewritten, then the staged ones),
    and the groups whose rows come from the parent (by their sources part), which carry
    the parent's decisions."""
    touched = {u for sb in staged for u in sb.source_uris}
    groups: list[dict[str, str]] = []
    homes: dict[str, Path] = {}  # part path -> the file to take it from
    kept_articles: set[str] = set()
    if parent is not None:
        for group in parent.groups:
            if parent.pipeline != versions.get("pipeline"):
                continue  # its articles came back as stored items, extracted again
            src = pl.read_parquet(parent.part_path("sources", group["sources"]), columns=["source_uri"])
            if touched.isdisjoint(src["source_uri"].to_list()):
                groups.append(group)
                for table, name in group.items():
                    homes[f"{table}/{name}"] = parent.part_path(table, name)
            else:
                group = _rewrite(parent, group, touched, staging, versions)
                if group:
                    groups.append(group)
                    for table, name in group.items():
                        homes[f"{table}/{name}"] = staging / table / name
        for group in groups:
            kept_articles.update(_article_ids(homes[f"articles/{group['articles']}"]))
    from_parent = {g["sources"] for g in groups}
    for sb in staged:
        group = sb.group
        dupes = kept_articles.intersection(sb.article_ids)
        if dupes:
            group = _without(staging, group, dupes, versions)
        if group:
            groups.append(group)
            for table, name in group.items():
                homes.setdefault(f"{table}/{name}", staging / table / name)
            kept_articles.update(sb.article_ids)
    return sorted(groups, key=lambda g: g.get("sources", "")), homes, from_parent


def _place_all(tmp: Path, staging: Path, parent: Release | None, groups: list[dict[str, str]],
               homes: dict[str, Path], derived: list[Part], versions: dict[str, str]) -> tuple[dict, int]:
    """Every part of the new release in its folder, each table's sorted; how many are shared."""
    table_parts: dict[str, list[Part]] = {t: [] for t in TABLES}
    shared = 0
    for group in groups:
        for table, name in group.items():
            dest = tmp / table / name
            if not dest.exists():
                shared += _place(homes[f"{table}/{name}"], dest, parent, table, name)
            table_parts[table].append(_describe(table, dest))
    for part in derived:
        shared += _place(staging / part.path, tmp / part.path, parent, part.table, part.name)
        table_parts[part.table].append(part)
    for table in TABLES:
        if not table_parts[table]:
            empty = parts.write(staging, table, schemas.empty(table), versions)
            shared += _place(staging / empty.path, tmp / empty.path, parent, table, empty.name)
            table_parts[table].append(empty)
        table_parts[table].sort(key=lambda p: p.name)
    return table_parts, shared


def _derive(groups: list[dict[str, str]], homes: dict[str, Path], staging: Path,
            versions: dict[str, str]) -> list[Part]:
    """The derived tables of the release the groups make, written as one part each.

    Derived out of core from the parts themselves (DuckDB spills under staging), so
    that publishing holds no table of the release whole. A part records the code
    versions only (no inputs): it follows from the parts of whichever release holds
    it, so the same rows make the same file in every release, and a release whose
    derived rows did not change shares its parent's."""
    paths = {table: [homes[f"{table}/{g[table]}"] for g in groups if table in g] for table in derive.COLUMNS}
    staging.mkdir(parents=True, exist_ok=True)
    written = derive.derive_parts(paths, staging,
                                  lambda table, rows: parts.write_slices(staging, table, rows, versions))
    return list(written.values())


def _is_empty_part(release: Release, path: str) -> bool:
    for table in TABLES:
        for p in release.parts(table):
            if p["path"] == path:
                return p["rows"] == 0
    return False


def _article_ids(path: Path) -> list[str]:
    return pl.read_parquet(path, columns=["article_id"])["article_id"].to_list()


def _rewrite(parent: Release, group: dict[str, str], touched: set[str], staging: Path,
             versions: dict[str, str]) -> dict[str, str] | None:
    """A parent group without the sources this run read anew (and their articles, when no
    other source of the group still gives them)."""
    frames = {t: pl.read_parquet(parent.part_path(t, n)) for t, n in group.items()}
    sources = frames["sources"].filter(~pl.col("source_uri").is_in(list(touched)))
    keep_ids = sources["article_id"].unique().to_list()
    return _write_group(staging, frames, sources, keep_ids, versions)


def _without(staging: Path, group: dict[str, str], article_ids: set[str],
             versions: dict[str, str]) -> dict[str, str] | None:
    """A staged group without the rows of articles already in the release (their
    sources stay, pointing at the article kept)."""
    frames = {t: pl.read_parquet(staging / t / n) for t, n in group.items()}
    keep_ids = [a for a in frames["articles"]["article_id"].to_list() if a not in article_ids]
    return _write_group(staging, frames, frames["sources"], keep_ids, versions, keep_all_sources=True)


def _write_group(staging: Path, frames: dict[str, pl.DataFrame], sources: pl.DataFrame,
                 keep_ids: list[str], versions: dict[str, str], keep_all_sources: bool = False) -> dict[str, str] | None:
    if sources.height == 0:
        return None
    inputs = json.dumps([{"source_uri": u, "content_sha256": h} for u, h in
                         zip(sources["source_uri"].to_list(), sources["content_sha256"].to_list())],
                        ensure_ascii=False, sort_keys=True)
    prov = {**versions, "inputs": inputs}
    out: dict[str, str] = {}
    for table in GROUP_TABLES:
        df = sources if table == "sources" else frames.get(table)
        if df is None:
            continue
        if table != "sources":
            df = df.filter(pl.col("article_id").is_in(keep_ids) | pl.col("article_id").is_null()
                           if table == "quarantine" else pl.col("article_id").is_in(keep_ids))
        if df.height:
            out[table] = parts.write(staging, table, df, prov).name
    return out if "sources" in out else None


def _describe(table: str, path: Path) -> Part:
    data = path.read_bytes()
    rows = pl.scan_parquet(path).select(pl.len()).collect().item()
    return Part(table, path.name, rows, len(data), hashlib.sha256(data).hexdigest())


def _inputs(tmp: Path, source_parts: list[Part]) -> list[dict]:
    rows: list[dict] = []
    for p in source_parts:
        df = pl.read_parquet(tmp / p.path, columns=["source_uri", "content_sha256"])
        rows += df.to_dicts()
    return sorted(rows, key=lambda r: r["source_uri"])


def _place(src: Path, dest: Path, parent: Release | None, table: str, name: str) -> bool:
    """Put a part into the new release: the parent's own file when it has this part (a
    hard link, or a copy where links are not possible), else the staged one. True when
    the part is shared with the parent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shared = parent is not None and parent.part_path(table, name).is_file()
    origin = parent.part_path(table, name) if shared else src
    try:
        os.link(origin, dest)
    except OSError:
        shutil.copy2(origin, dest)
    return shared


def _seal(root: Path) -> None:
    """Make a release's files read-only: a release never changes after it is written.
    Shared parts are hard links, so this also seals the parent's copy (already sealed)."""
    for path in root.rglob("*"):
        if path.is_file():
            os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
