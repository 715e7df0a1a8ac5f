"""Making a warehouse whole after a run was killed.

A killed publisher leaves at most a `releases/.tmp-<id>` folder, a catalog temp file,
and its run's staging folder; the release folders and the catalog it had not replaced
are untouched. The next publisher, holding the lock, sweeps those leftovers and brings
the catalog up to date with the release folders (a run killed between renaming its
release into place and swapping the catalog in leaves the catalog one release behind).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tradefigures.warehouse import catalog, layout, staging


@dataclass(slots=True)
class Recovery:
    """What recovering found and did."""

    removed: list[Path] = field(default_factory=list)
    catalog_rebuilt: bool = False


def sweep(wh: Path, keep_run: str | None = None) -> list[Path]:
    """Remove dead runs' leftovers, each by the exact name tradefigures gives it (a user's
    `.catalog.duckdb.bak` stays); the caller holds the warehouse's lock, so no live
    publisher owns a `.tmp-<release id>` folder or a catalog temp file."""
    removed: list[Path] = []
    root = layout.releases_dir(wh)
    if root.is_dir():
        for tmp in sorted(p for p in root.iterdir() if layout.is_release_tmp(p.name)):
            shutil.rmtree(tmp, ignore_errors=True)
            removed.append(tmp)
    if wh.is_dir():
        for tmp in sorted(p for p in wh.iterdir() if layout.is_catalog_tmp(p.name) and p.is_file()):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    removed += staging.sweep(wh, keep=keep_run)
    return removed


def recover(wh: Path, keep_run: str | None = None) -> Recovery:
    """Sweep leftovers and rebuild the catalog if it does not show the release folders;
    the caller holds the warehouse's lock."""
    out = Recovery(sweep(wh, keep_run))
    if layout.releases_dir(wh).is_dir() and not catalog.status(wh).current:
        catalog.rebuild(wh)
        out.catalog_rebuilt = True
    return out
