"""catalog.duckdb: DuckDB views over the releases' Parquet files.

The views name files by absolute path (DuckDB resolves relative paths from the working
directory, not from the database file), so the catalog works from any directory; a
moved or downloaded warehouse rebuilds it from the release folders alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb

from tradefigures.warehouse import layout

TABLES = ("articles", "figures", "dates", "quarantine", "sources")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _scan(wh: Path, release_id: str, table: str) -> str:
    glob = layout.release_dir(wh, release_id) / table / "*.parquet"
    return f"read_parquet({_quote(str(glob))}, union_by_name = true)"


def rebuild(wh: Path) -> Path:
    """Write the catalog anew from the complete release folders, then swap it in."""
    from tradefigures.warehouse.releases import list_ids, load

    ids = list_ids(wh)
    target = layout.catalog_path(wh)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        con.execute("""
            create table release_log (
                release_id varchar primary key, parent varchar, created_at timestamptz,
                pipeline varchar, extractor varchar, articles bigint, figures bigint,
                dates bigint, quarantine bigint, sources bigint, manifest varchar)""")
        for rid in ids:
            rel = load(wh, rid)
            con.execute("insert into release_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                rid, rel.parent, rel.created_at, rel.pipeline, rel.info.get("extractor"),
                *(rel.rows(t) for t in TABLES), json.dumps(rel.manifest.get("tradefigures:release", {}))])
        con.execute("""create view releases as
            select release_id, created_at, parent, pipeline, extractor,
                   articles, figures, dates, quarantine, sources
            from release_log order by release_id""")
        if ids:
            newest = ids[-1]
            for table in TABLES:
                con.execute(f"create view {table} as select * from {_scan(wh, newest, table)}")
                union = " union all by name ".join(
                    f"select {_quote(rid)} as release_id, * from {_scan(wh, rid, table)}" for rid in ids)
                con.execute(f"create view all_{table} as {union}")
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    return target
