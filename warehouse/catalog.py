"""catalog.duckdb: DuckDB views over the releases' Parquet files.

The views name files by absolute path (DuckDB resolves relative paths from the working
directory, not from the database file), so the catalog works from any directory. It
records the folder it was built for in `catalog_info`: a moved or copied warehouse is
noticed, and rebuilding from the release folders alone makes it whole again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from tradefigures.validate import schemas
from tradefigures.warehouse import derive, durable, layout
from tradefigures.warehouse.errors import NoWarehouse
from tradefigures.warehouse.lock import WAIT_SECONDS, locked
from tradefigures.warehouse.staging import GROUP_TABLES

TABLES = GROUP_TABLES + derive.TABLES
# Raise when the catalog's own tables or views change, so older catalogs are rebuilt.
FORMAT = 3
# DuckDB's names for the types of the contract's columns.
SQL_TYPES = {"String": "varchar", "Float64": "double", "Int64": "bigint", "Boolean": "boolean",
             "Date": "date", "List(String)": "varchar[]", "Datetime(time_unit='us', time_zone='UTC')": "timestamptz"}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _scan(wh: Path, release_id: str, table: str) -> str:
    glob = layout.release_dir(wh, release_id) / table / "*.parquet"
    return f"read_parquet({_quote(str(glob))}, union_by_name = true)"


def _none_of(table: str) -> str:
    """A query for no rows of a table, with its columns and types: the view a table gets
    while no release holds it (releases from before it was added)."""
    columns = ", ".join(f"cast(null as {SQL_TYPES[str(t)]}) as {name}"
                        for name, t in schemas.polars_schema(table).items())
    return f"select {columns} where false"


def rebuild(wh: Path) -> Path:
    """Write the catalog anew from the complete release folders, then swap it in.

    The caller holds the warehouse's lock (`refresh` takes it)."""
    from tradefigures.warehouse.releases import list_ids, load

    wh = wh.resolve()
    ids = list_ids(wh)
    target = layout.catalog_path(wh)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        counts = ", ".join(f"{t} bigint" for t in TABLES)
        con.execute(f"""
            create table release_log (
                release_id varchar primary key, parent varchar, created_at timestamptz,
                pipeline varchar, extractor varchar, {counts}, manifest varchar)""")
        for rid in ids:
            rel = load(wh, rid)
            con.execute(f"insert into release_log values ({', '.join('?' * (6 + len(TABLES)))})", [
                rid, rel.parent, rel.created_at, rel.pipeline, rel.info.get("extractor"),
                *(rel.rows(t) for t in TABLES), json.dumps(rel.manifest.get("tradefigures:release", {}))])
        con.execute("create table catalog_info (warehouse varchar, built_at timestamptz, format integer)")
        con.execute("insert into catalog_info values (?, ?, ?)",
                    [str(wh), datetime.now(timezone.utc), FORMAT])
        con.execute(f"""create view releases as
            select release_id, created_at, parent, pipeline, extractor, {", ".join(TABLES)}
            from release_log order by release_id""")
        if ids:
            for table in TABLES:
                # Releases published before a table was added do not hold it.
                have = [rid for rid in ids if (layout.release_dir(wh, rid) / table).is_dir()]
                newest = f"select * from {_scan(wh, ids[-1], table)}" if ids[-1] in have else _none_of(table)
                con.execute(f"create view {table} as {newest}")
                union = " union all by name ".join(
                    f"select {_quote(rid)} as release_id, * from {_scan(wh, rid, table)}" for rid in have
                ) or f"select cast(null as varchar) as release_id, * from ({_none_of(table)})"
                con.execute(f"create view all_{table} as {union}")
        con.execute("checkpoint")
    finally:
        con.close()
    durable.fsync(tmp)
    os.replace(tmp, target)
    durable.fsync(wh)
    return target


def refresh(wh: Path, wait: float = WAIT_SECONDS) -> Path:
    """Rebuild the catalog from the release folders alone, under the warehouse's lock."""
    wh = wh.resolve()
    if not layout.releases_dir(wh).is_dir():
        raise NoWarehouse(wh)
    with locked(wh, wait):
        return rebuild(wh)


@dataclass(frozen=True, slots=True)
class Status:
    """How the catalog stands against the release folders."""

    path: Path
    on_disk: list[str]
    in_catalog: list[str]
    built_for: str | None
    problem: str | None

    @property
    def current(self) -> bool:
        return self.problem is None


def status(wh: Path) -> Status:
    """Whether catalog.duckdb shows exactly the complete release folders, built for this folder."""
    from tradefigures.warehouse.releases import list_ids

    wh = wh.resolve()
    if not layout.releases_dir(wh).is_dir():
        raise NoWarehouse(wh)
    path = layout.catalog_path(wh)
    on_disk = list_ids(wh)
    if not path.is_file():
        return Status(path, on_disk, [], None, "there is no catalog.duckdb")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        return Status(path, on_disk, [], None, f"catalog.duckdb does not open ({exc})")
    try:
        in_catalog = [r[0] for r in con.execute("select release_id from release_log order by 1").fetchall()]
        info = con.execute("select warehouse, format from catalog_info").fetchone()
    except duckdb.Error:
        return Status(path, on_disk, [], None, "catalog.duckdb was written by an older version")
    finally:
        con.close()
    built_for, fmt = info if info else (None, None)
    problem = None
    if built_for != str(wh):
        problem = f'it was built for the warehouse at "{built_for}"'
    elif fmt != FORMAT:
        problem = "it was written by another version of tradefigures"
    elif in_catalog != on_disk:
        problem = (f"it lists {len(in_catalog)} releases and the release folders hold {len(on_disk)}"
                   if len(in_catalog) != len(on_disk) else "its releases are not the release folders'")
    return Status(path, on_disk, in_catalog, built_for, problem)


def built_for(con: duckdb.DuckDBPyConnection) -> str | None:
    """The warehouse folder an open catalog was built for (None for an older catalog)."""
    try:
        row = con.execute("select warehouse from catalog_info").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None
