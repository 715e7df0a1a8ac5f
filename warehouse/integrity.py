"""Whether a release folder is what its manifest says: shaped like a release (judged from
its name and manifest alone, cheaply) and whole (every file hashed).

A folder that is not shaped like a release is no release at all: no listing, catalog or
run sees it. One that is, but whose files do not match, is a release `verify` reports
and that no run builds on. Parts shared between releases are hard links to one file,
so a file is hashed once however many releases hold it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from tradefigures.warehouse import layout

_PART = re.compile(r"part-([0-9a-f]{64})\.parquet")


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


def shape(path: Path) -> str | None:
    """Why a folder in releases/ is not a release, from its name and its manifest alone
    (None when it is one); cached while the manifest is the same file."""
    manifest = path / layout.MANIFEST
    try:
        st = manifest.stat()
    except OSError:
        st = None
    key = (str(path), st and (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    if key not in _shapes:
        _shapes[key] = _shape(path, st is not None)
    return _shapes[key]


_shapes: dict[tuple, str | None] = {}


def _shape(path: Path, has_manifest: bool) -> str | None:
    if not layout.is_release_id(path.name):
        return "its name is not a release id (a UTC time such as 20251123T081500.123456Z)"
    if not has_manifest:
        return f"it has no {layout.MANIFEST}"
    try:
        manifest = json.loads((path / layout.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"its {layout.MANIFEST} cannot be read as JSON ({exc.__class__.__name__})"
    if not isinstance(manifest, dict):
        return f"its {layout.MANIFEST} is not a JSON object"
    info = manifest.get("tradefigures:release")
    if manifest.get("id") != path.name or not isinstance(info, dict) or info.get("id") != path.name:
        return f"its {layout.MANIFEST} is not the manifest of release {path.name}"
    parent = info.get("parent")
    if parent is not None and not (isinstance(parent, str) and layout.is_release_id(parent) and parent < path.name):
        return f"its parent {parent!r} is not a release id that sorts before it"
    resources = manifest.get("resources")
    if not isinstance(resources, list) or not resources:
        return f"its {layout.MANIFEST} lists no tables"
    for res in resources:
        parts = res.get("tradefigures:parts") if isinstance(res, dict) else None
        if not isinstance(parts, list) or not parts:
            return f"its {layout.MANIFEST} lists a table without parts"
        for part in parts:
            why = _part_shape(res.get("name"), part)
            if why:
                return why
    return None


def _part_shape(table, part) -> str | None:
    if not isinstance(part, dict) or not isinstance(part.get("path"), str):
        return f"its {layout.MANIFEST} lists a part without a path"
    m = _PART.fullmatch(Path(part["path"]).name)
    if Path(part["path"]).parent.as_posix() != table or not m:
        return f"it lists a part ({part['path']}) that is not named by its hash inside its table's folder"
    if part.get("hash") != f"sha256:{m.group(1)}":
        return f"it lists a part ({part['path']}) whose hash is not its name"
    if not isinstance(part.get("bytes"), int) or not isinstance(part.get("rows"), int):
        return f"it lists a part ({part['path']}) without its size and rows"
    return None


@dataclass(slots=True)
class Hasher:
    """SHA-256 of files, once per file (a hard link is the same file), remembered while
    the file's inode, size and times stay the same."""

    seen: dict[tuple[int, int, int, int, int], str] = field(default_factory=dict)

    def __call__(self, path: Path, st: os.stat_result) -> str:
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        if key not in self.seen:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            self.seen[key] = h.hexdigest()
        return self.seen[key]


# What this process has hashed: a run checks the release it builds on when it reads its
# index and again when it publishes, and hashes each file once.
HASHED = Hasher()


def folder(path: Path, allowed: tuple[str, ...] = (), hasher: Hasher | None = None) -> Verification:
    """Check one release folder against its datapackage.json; `allowed` names files
    beside the manifest that are not data (an export's README.md and SHA256SUMS)."""
    hasher = hasher or Hasher()
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


def _check_part(root: Path, part: dict, hasher: Hasher) -> list[Problem]:
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
