"""Checking a release's files against its datapackage.json.

Every part listed in the manifest must be there with its size, SHA-256 and row count;
nothing else may be in the folder. Parts shared between releases are hard links to one
file, so a file is hashed once however many releases hold it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from tradefigures.warehouse import history, layout


@dataclass(frozen=True, slots=True)
class Problem:
    """One way a file differs from the manifest."""

    path: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


@dataclass(frozen=True, slots=True)
class Verification:
    """A release folder checked against its manifest."""

    release_id: str
    folder: Path
    files: int
    bytes: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(slots=True)
class _Hasher:
    """SHA-256 of files, once per file (a hard link is the same file)."""

    seen: dict[tuple[int, int, int, int], str] = field(default_factory=dict)

    def __call__(self, path: Path, st: os.stat_result) -> str:
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        if key not in self.seen:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            self.seen[key] = h.hexdigest()
        return self.seen[key]


def folder(path: Path, allowed: tuple[str, ...] = (), hasher: _Hasher | None = None) -> Verification:
    """Check one release folder against its datapackage.json; `allowed` names files
    beside the manifest that are not data (an export's README.md and SHA256SUMS)."""
    hasher = hasher or _Hasher()
    path = Path(path)
    try:
        manifest = json.loads((path / layout.MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Verification(path.name, path, 0, 0, (Problem(layout.MANIFEST, "missing", "is missing"),))
    except ValueError as exc:
        return Verification(path.name, path, 0, 0,
                            (Problem(layout.MANIFEST, "manifest", f"is not valid JSON ({exc})"),))
    problems: list[Problem] = []
    listed: set[str] = set()
    total = 0
    for res in manifest.get("resources", []):
        parts = res.get("tradefigures:parts", [])
        paths = res.get("path")
        if (paths if isinstance(paths, list) else [paths]) != [p["path"] for p in parts]:
            problems.append(Problem(layout.MANIFEST, "manifest",
                                    f'resource "{res.get("name")}": its path does not list its parts'))
        for part in parts:
            if Path(part["path"]).parent.as_posix() != res.get("name"):
                # Checked before any file is opened: a part lives in its table's folder.
                problems.append(Problem(part["path"], "manifest",
                                        f'is listed under "{res.get("name")}" but lies outside its folder'))
                continue
            listed.add(part["path"])
            total += part["bytes"]
            problems += _check_part(path, part, hasher)
    for file in sorted(p for p in path.rglob("*") if p.is_file() or p.is_symlink()):
        rel = file.relative_to(path).as_posix()
        if rel not in listed and rel != layout.MANIFEST and rel not in allowed:
            problems.append(Problem(rel, "extra", "is not in the manifest"))
    return Verification(manifest.get("id", path.name), path, len(listed), total, tuple(problems))


def _check_part(root: Path, part: dict, hasher: _Hasher) -> list[Problem]:
    rel = part["path"]
    file = root / rel
    try:
        st = file.stat()
    except FileNotFoundError:
        return [Problem(rel, "missing", "is listed in the manifest but missing")]
    if st.st_size != part["bytes"]:
        return [Problem(rel, "size", f"is {st.st_size} bytes; the manifest says {part['bytes']}")]
    want = part["hash"].removeprefix("sha256:")
    got = hasher(file, st)
    if got != want:
        return [Problem(rel, "hash", f"has SHA-256 {got}; the manifest says {want}")]
    if file.name != f"part-{want}.parquet":
        return [Problem(rel, "name", f"is not named by its SHA-256 {want}")]
    rows = pq.read_metadata(file).num_rows
    if rows != part["rows"]:
        return [Problem(rel, "rows", f"has {rows} rows; the manifest says {part['rows']}")]
    return []


def check(wh: Path, ref: str | None = None) -> list[Verification]:
    """Verify every release of the warehouse (ref None), one release (an id, a prefix or
    "latest"), or a release folder anywhere, such as an export (a path)."""
    if ref is not None and (Path(ref) / layout.MANIFEST).is_file():
        return [folder(Path(ref).resolve(), layout.EXPORT_FILES)]
    hasher = _Hasher()
    wanted = [history.resolve(wh, ref)] if ref is not None else history.ids(wh)
    return [folder(layout.release_dir(wh, rid), hasher=hasher) for rid in wanted]
