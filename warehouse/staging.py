"""Staging: a batch's valid rows written as parts while the run goes on.

Parts land in <warehouse>/.staging/<run id>/ and move into a release only when it is
published; a run that dies leaves staging behind, never a half release. A run claims
its staging folder (a lock on <run id>.owner held while it lives), so that the next
publisher can tell a dead run's leftovers from a live run's work and sweep only those.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tradefigures.extract.sources.model import Skipped
from tradefigures.validate.quarantine import CheckedBatch
from tradefigures.validate.tables import GROUP_TABLES
from tradefigures.warehouse import layout, parts
from tradefigures.warehouse.durable import failing_clearly
from tradefigures.warehouse.parts import Part


@dataclass(slots=True)
class StagedBatch:
    """Where a batch's rows went, and what the batch saw."""

    parts: dict[str, Part]
    article_ids: list[str]
    source_uris: list[str]
    counts: dict[str, int]
    quarantine_preview: list[dict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extract_seconds: float = 0.0
    items: int = 0


def unchanged(uris: list[str]) -> StagedBatch:
    """What a batch of sources found unchanged stages: nothing, and their names."""
    return StagedBatch({}, [], [], {t: 0 for t in GROUP_TABLES}, unchanged=list(uris), items=len(uris))


def provenance(checked: CheckedBatch, versions: dict[str, str]) -> dict[str, str]:
    """What a part records of its origin: the code versions and the inputs' hashes."""
    sources = checked.tables["sources"]
    inputs = [{"source_uri": u, "content_sha256": h}
              for u, h in zip(sources["source_uri"].to_list(), sources["content_sha256"].to_list())]
    return {**versions, "inputs": json.dumps(inputs, ensure_ascii=False, sort_keys=True)}


def stage(warehouse: Path, run_id: str, checked: CheckedBatch, versions: dict[str, str]) -> StagedBatch:
    """Write a checked batch's tables as parts in the run's staging folder."""
    with failing_clearly(warehouse, "this run's staged rows (in .staging)"):
        return _stage(warehouse, run_id, checked, versions)


def _stage(warehouse: Path, run_id: str, checked: CheckedBatch, versions: dict[str, str]) -> StagedBatch:
    folder = layout.staging_dir(warehouse, run_id)
    prov = provenance(checked, versions)
    written: dict[str, Part] = {}
    for table in GROUP_TABLES:
        df = checked.tables[table]
        if df.height:
            written[table] = parts.write(folder, table, df, prov)
    quarantine = checked.tables["quarantine"]
    return StagedBatch(
        written,
        checked.tables["articles"]["article_id"].to_list(),
        checked.tables["sources"]["source_uri"].to_list(),
        {t: checked.tables[t].height for t in GROUP_TABLES},
        quarantine.select("table", "article_id", "check", "reason").head(50).to_dicts(),
        checked.skipped, checked.unchanged, checked.warnings, checked.extract_seconds, checked.items,
    )


def discard(warehouse: Path, run_id: str) -> None:
    shutil.rmtree(layout.staging_dir(warehouse, run_id), ignore_errors=True)


OWNER = ".owner"
# A run's id: hex digits (uuid4().hex cut short); only such names in .staging are swept.
_RUN_ID = re.compile(r"[0-9a-f]{8,32}")


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


@contextmanager
def claimed(warehouse: Path, run_id: str):
    """Hold the run's claim on its staging folder while the run lives."""
    root = warehouse / layout.STAGING
    owner = root / f"{run_id}{OWNER}"
    # Locked before it gets its name, so a sweeper never sees an unlocked live claim.
    tmp = root / f".{run_id}{OWNER}.{os.getpid()}.tmp"
    with failing_clearly(warehouse, "this run's claim on its staging folder (in .staging)"):
        root.mkdir(parents=True, exist_ok=True)
        fh = open(tmp, "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX)
        os.rename(tmp, owner)
        yield
    finally:
        fh.close()
        for path in (owner, tmp):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only warehouse: the next run's sweep removes it


def _alive(owner: Path) -> bool:
    try:
        fh = open(owner)
    except FileNotFoundError:
        return False
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        return False


def sweep(warehouse: Path, keep: str | None = None) -> list[Path]:
    """Remove the staging folders of runs that are gone (no live claim), except `keep`'s."""
    root = warehouse / layout.STAGING
    if not root.is_dir():
        return []
    removed: list[Path] = []
    for entry in sorted(root.iterdir()):
        run = entry.name.removesuffix(OWNER)
        if not _RUN_ID.fullmatch(run) or (entry.name != run and entry.is_dir()):
            continue  # not a name tradefigures gives (claims being made start with ".")
        if run == keep or _alive(root / f"{run}{OWNER}"):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed
