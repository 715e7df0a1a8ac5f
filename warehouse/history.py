"""The releases of a warehouse as a table, and naming one of them.

Read from the release folders' manifests alone (not the catalog), so it answers for a
moved, copied or half-recovered warehouse too.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import polars as pl

from tradefigures.warehouse import layout, releases
from tradefigures.warehouse.errors import AmbiguousRelease, NoRelease, NoWarehouse

LATEST = "latest"
PREVIOUS = "previous"
# "latest~2": the release two before the newest, as git counts back from HEAD.
_BACK = re.compile(r"latest~(\d+)")
SCHEMA = {
    "release_id": pl.String, "created_at": pl.String, "parent": pl.String,
    "articles": pl.Int64, "figures": pl.Int64, "dates": pl.Int64, "quarantine": pl.Int64,
    "sources": pl.Int64, "tariff_measures": pl.Int64, "facts": pl.Int64, "conflicts": pl.Int64,
    "corrections": pl.Int64,
    "parts": pl.Int64, "new_parts": pl.Int64, "bytes": pl.Int64,
    "new_bytes": pl.Int64, "pipeline": pl.String, "extractor": pl.String,
    "manifest_sha256": pl.String,
}


def ids(wh: Path) -> list[str]:
    """Ids of the complete releases, oldest first; NoWarehouse when there is no warehouse."""
    if not layout.releases_dir(wh).is_dir():
        raise NoWarehouse(wh)
    return releases.list_ids(wh)


def resolve(wh: Path, ref: str | None) -> str:
    """The id of the release `ref` names: an id, a unique prefix of one, "latest" (also
    for None), "previous" (the one before it) or "latest~N" (N before it)."""
    known = ids(wh)
    if not known:
        raise NoWarehouse(wh)
    if ref is None or ref == LATEST:
        return known[-1]
    back = 1 if ref == PREVIOUS else int(m.group(1)) if (m := _BACK.fullmatch(ref)) else None
    if back is not None:
        if back >= len(known):
            raise NoRelease(ref, wh, f"the warehouse holds {len(known)} release{'s' if len(known) > 1 else ''}")
        return known[-1 - back]
    if ref in known:
        return ref
    matches = [i for i in known if i.startswith(ref)]
    if len(matches) > 1:
        raise AmbiguousRelease(ref, matches)
    if not matches:
        raise NoRelease(ref, wh)
    return matches[0]


def table(wh: Path) -> pl.DataFrame:
    """Every release, oldest first: its parent, rows per table, its size and how much
    of it is new (parts not in its parent), its code versions and its manifest's hash."""
    rows = []
    seen: dict[str, set[str]] = {}
    for rid in ids(wh):
        rel = releases.load(wh, rid)
        parts = {p["hash"]: p["bytes"] for t in releases.TABLES for p in rel.parts(t)}
        # A parent sorts before its child, so it has been seen (unless its folder is gone).
        inherited = seen.get(rel.parent or "", set())
        new = {h: b for h, b in parts.items() if h not in inherited}
        seen[rid] = set(parts)
        manifest = rel.path / layout.MANIFEST
        rows.append({
            "release_id": rid, "created_at": rel.created_at, "parent": rel.parent,
            **{t: rel.rows(t) for t in releases.TABLES},
            "parts": len(parts), "new_parts": len(new),
            "bytes": sum(parts.values()), "new_bytes": sum(new.values()),
            "pipeline": rel.pipeline, "extractor": rel.info.get("extractor"),
            "manifest_sha256": hashlib.sha256(manifest.read_bytes()).hexdigest(),
        })
    return pl.DataFrame(rows, schema=SCHEMA)
