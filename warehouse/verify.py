"""Checking a warehouse: every release's files against its datapackage.json, every
release's parent, whatever else lies in releases/, and the catalog.

Every part listed in a manifest must be there with its size, SHA-256 and row count;
nothing else may be in the folder (integrity.folder). A folder in releases/ that is not
shaped like a release (a forged or injected one) is named, and so is a catalog whose
views or release log are not the ones a rebuild would create.
"""

from __future__ import annotations

from pathlib import Path

from tradefigures.warehouse import catalog, history, layout, releases
from tradefigures.warehouse.errors import NotARelease, rebuild_hint
from tradefigures.warehouse.integrity import Hasher, Problem, Verification, folder

__all__ = ["Problem", "Verification", "catalog_problems", "check", "folder"]


def check(wh: Path, ref: str | None = None) -> list[Verification]:
    """Verify every release of the warehouse and every folder posing as one (ref None),
    one release (an id, a prefix or "latest"), or a release folder anywhere, such as an
    export (a path)."""
    if ref is not None and (Path(ref) / layout.MANIFEST).is_file():
        return [folder(Path(ref).resolve(), layout.EXPORT_FILES)]
    if ref is not None and ("/" in ref or Path(ref).exists()):
        # a path, not an id: say what it is not
        what = "has no datapackage.json" if Path(ref).is_dir() else "does not exist" if not Path(ref).exists() \
            else "is not a folder"
        raise NotARelease(ref, what)
    hasher = Hasher()
    known = history.ids(wh)
    wanted = [history.resolve(wh, ref)] if ref is not None else known
    out = [_release(wh, rid, set(known), hasher) for rid in wanted]
    if ref is None:
        out += [Verification(name, layout.releases_dir(wh) / name, 0, 0,
                             (Problem(f"{layout.RELEASES}/{name}", "not a release", f"is not a release: {why}"),))
                for name, why in releases.impostors(wh)]
        out.sort(key=lambda v: v.release_id)
    return out


def _release(wh: Path, rid: str, known: set[str], hasher: Hasher) -> Verification:
    v = folder(layout.release_dir(wh, rid), hasher=hasher)
    parent = releases.load(wh, rid).parent
    if parent is None or parent in known:
        return v
    missing = Problem(layout.MANIFEST, "parent", f"names the parent release {parent}, which is not in the "
                                                 "warehouse (deleted, or never published)")
    return Verification(v.release_id, v.folder, v.files, v.bytes, v.problems + (missing,))


def catalog_problems(wh: Path) -> list[Problem]:
    """What is wrong with catalog.duckdb: it does not show exactly the release folders, or
    holds views, tables or rows a rebuild would not create."""
    status = catalog.status(wh)
    if status.current:
        return []
    return [Problem(layout.CATALOG, "catalog", f"{status.problem}: run {rebuild_hint(wh)}")]
