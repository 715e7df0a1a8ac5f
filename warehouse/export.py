"""Exporting one release as a self-contained folder a user can hand on.

The folder holds copies (never hard links, so editing the copy cannot touch the
warehouse) of the release's parts and its datapackage.json, byte for byte, plus a
README.md with the data dictionary and a SHA256SUMS file that `sha256sum -c` checks.
It is written beside its destination and renamed into place, then verified.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from tradefigures.warehouse import durable, history, layout, parts, readme, releases, verify
from tradefigures.warehouse.errors import ExportExists, VerifyFailed


@dataclass(frozen=True, slots=True)
class Export:
    """Where a release was exported, and what the folder holds."""

    release_id: str
    path: Path
    files: int
    bytes: int


def release(wh: Path, ref: str, dest: Path) -> Export:
    """Copy the release `ref` names into the new (or empty) folder `dest`."""
    rid = history.resolve(wh, ref)
    rel = releases.load(wh, rid)
    dest = Path(dest).resolve()
    _check_destination(wh, dest)
    source = verify.folder(rel.path)
    if not source.ok:
        raise VerifyFailed(f"Release {rid} does not match its manifest ({source.problems[0]}); "
                           f"it was not exported: `tradefigures verify {rid}` lists every problem")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    files = [layout.MANIFEST] + [p["path"] for t in releases.TABLES for p in rel.parts(t)]
    try:
        for name in files:
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(rel.path / name, tmp / name)
        (tmp / layout.README).write_text(readme.text(rel), encoding="utf-8")
        sums = [f"{parts.sha256_file(tmp / n)}  {n}" for n in sorted([*files, layout.README])]
        (tmp / layout.CHECKSUMS).write_text("\n".join(sums) + "\n", encoding="utf-8")
        durable.fsync_tree(tmp)
        # rename(2) replaces an empty directory, so an empty `dest` is taken as well.
        os.rename(tmp, dest)
        durable.fsync(dest.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    done = verify.folder(dest, layout.EXPORT_FILES)
    if not done.ok:
        raise VerifyFailed(f'The export in "{dest}" does not match its manifest ({done.problems[0]}): '
                           "delete it and export again")
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    return Export(rid, dest, len(files) + len(layout.EXPORT_FILES), size)


def _check_destination(wh: Path, dest: Path) -> None:
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ExportExists(dest)
    if dest.is_relative_to(wh.resolve()):
        raise ExportExists(dest, "is inside the warehouse")
