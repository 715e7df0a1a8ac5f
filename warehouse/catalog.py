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

from tradefigures.validate import tables
from tradefigures.warehouse import durable, integrity, layout
from tradefigures.warehouse.errors import CatalogNotWritten, NoWarehouse
from tradefigures.warehouse.lock import WAIT_SECONDS, locked
from tradefigures.warehouse.reading import built_for  # noqa: F401  (catalog.built_for)
from tradefigures.warehouse.releases import list_ids, load

TABLES = tables.TABLES
# Raise when the catalog's own tables or views change, so older catalogs are rebuilt.
FORMAT = 4
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
    columns = ", ".join(f"cast(null as {SQL_TYPES[t]}) as {name}" for name, t in tables.columns(table))
    return f"select {columns} where false"


def views(wh: Path, ids: list[str]) -> dict[str, str]:
    """Each view's query, as a catalog of these releases has it."""
    out = {"releases": f"""select release_id, created_at, parent, pipeline, extractor, {", ".join(TABLES)}
            from release_log order by release_id"""}
    if not ids:
        return out
    for table in TABLES:
        # Releases published before a table was added do not hold it.
        have = [rid for rid in ids if any((layout.release_dir(wh, rid) / table).glob("*.parquet"))]
        out[table] = f"select * from {_scan(wh, ids[-1], table)}" if ids[-1] in have else _none_of(table)
        out[f"all_{table}"] = " union all by name ".join(
            f"select {_quote(rid)} as release_id, * from {_scan(wh, rid, table)}" for rid in have
        ) or f"select cast(null as varchar) as release_id, * from ({_none_of(table)})"
    return out


def _tables(con: duckdb.DuckDBPyConnection, wh: Path, ids: list[str]) -> None:
    """The catalog's own tables: the release log (from the manifests) and what it was built for."""
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
    con.execute("insert into catalog_info values (?, ?, ?)", [str(wh), datetime.now(timezone.utc), FORMAT])


def _write(tmp: Path, wh: Path, ids: list[str]) -> None:
    _discard(tmp)
    # No temporary directory: DuckDB would make one beside the catalog, a name no sweep knows.
    con = duckdb.connect(str(tmp), config={"temp_directory": ""})
    try:
        _tables(con, wh, ids)
        for name, sql in views(wh, ids).items():
            con.execute(f"create view {name} as {sql}")
        con.execute("checkpoint")
    finally:
        con.close()


def _discard(tmp: Path) -> None:
    for path in (tmp, tmp.with_name(tmp.name + ".wal")):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only warehouse: the next run's sweep removes it


def rebuild(wh: Path) -> Path:
    """Write the catalog anew from the complete release folders, then swap it in.

    A release whose files DuckDB cannot read (they do not verify) is left out rather than
    keep every later catalog from being written. A full disk or a read-only folder raises
    CatalogNotWritten, the old catalog in place. The caller holds the warehouse's lock
    (`refresh` takes it)."""
    wh = wh.resolve()
    ids = list_ids(wh)
    target = layout.catalog_path(wh)
    tmp = layout.catalog_tmp(wh)
    try:
        try:
            _write(tmp, wh, ids)
        except duckdb.Error as exc:
            broken = set() if isinstance(exc, duckdb.IOException) else set(unreadable(wh, ids))
            if not broken:
                raise
            _write(tmp, wh, [rid for rid in ids if rid not in broken])
        durable.fsync(tmp)
        os.replace(tmp, target)
        durable.fsync(wh)
    except (duckdb.IOException, OSError) as exc:
        _discard(tmp)
        if isinstance(exc, OSError) and not durable.is_write_error(exc):
            raise
        raise CatalogNotWritten(wh, str(exc).strip().splitlines()[0], None, _newest_shown(wh)) from None
    return target


def unreadable(wh: Path, ids: list[str]) -> list[str]:
    """The releases whose files do not verify against their manifests."""
    return [rid for rid in ids
            if not integrity.folder(layout.release_dir(wh, rid), hasher=integrity.HASHED).ok]


def _newest_shown(wh: Path) -> str | None:
    """The newest release the catalog in place shows, if it opens."""
    try:
        con = duckdb.connect(str(layout.catalog_path(wh)), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute("select max(release_id) from release_log").fetchone()
    except duckdb.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None


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
    """Whether catalog.duckdb is the catalog a rebuild would write: built for this folder,
    showing exactly the release folders, with the views, tables and rows a rebuild creates
    and nothing else (a view edited in catalog.duckdb is caught)."""
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
        built_for, fmt = info if info else (None, None)
        problem = _problem(con, wh, on_disk, in_catalog, built_for, fmt)
    except duckdb.Error:
        return Status(path, on_disk, [], None, "catalog.duckdb was written by an older version")
    finally:
        con.close()
    return Status(path, on_disk, in_catalog, built_for, problem)


def _problem(con, wh: Path, on_disk: list[str], in_catalog: list[str], built_for, fmt) -> str | None:
    if built_for != str(wh):
        return f'it was built for the warehouse at "{built_for}"'
    if fmt != FORMAT:
        return "it was written by another version of tradefigures"
    if in_catalog != on_disk:
        left_out = [rid for rid in on_disk if rid not in in_catalog]
        if left_out and set(in_catalog) < set(on_disk) and set(unreadable(wh, left_out)) == set(left_out):
            return f"it leaves out release {', '.join(left_out)}, whose files do not verify"
        return (f"it lists {len(in_catalog)} releases and the release folders hold {len(on_disk)}"
                if len(in_catalog) != len(on_disk) else "its releases are not the release folders'")
    have, want = _contents(con), expected(wh, in_catalog)
    for what in want:
        if have[what] != want[what]:
            names = sorted({row[0] for row in set(have[what]) ^ set(want[what])})
            return f"its {what} are not the ones a rebuild would create ({', '.join(map(str, names))})"
    return None


# Everything a catalog holds, by kind; a rebuild creates two tables and the views, no more.
_OBJECTS = {
    "views": "select view_name, sql from duckdb_views() where not internal and database_name = current_database()",
    "tables": "select table_name, sql from duckdb_tables() where database_name = current_database()",
    "functions": "select function_name, function_type from duckdb_functions() "
                 "where not internal and database_name = current_database()",
    "sequences": "select sequence_name from duckdb_sequences() where database_name = current_database()",
    "indexes": "select index_name from duckdb_indexes() where database_name = current_database()",
    "types": "select type_name from duckdb_types() where not internal and database_name = current_database()",
    "schemas": "select schema_name from duckdb_schemas() where not internal and database_name = current_database()",
}


def _contents(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    out = {what: sorted(con.execute(sql).fetchall()) for what, sql in _OBJECTS.items()}
    out["release log rows"] = con.execute("select * from release_log order by release_id").fetchall()
    return out


def expected(wh: Path, ids: list[str]) -> dict[str, list]:
    """What a rebuild over these releases would write, as `_contents` reads it: the tables
    built in memory, the views as DuckDB renders their SQL (without reading any file)."""
    con = duckdb.connect()
    try:
        _tables(con, wh, ids)
        out = _contents(con)
        render = "select json_deserialize_sql(json_serialize_sql(?))"
        out["views"] = sorted((name, f"CREATE VIEW {name} AS {con.execute(render, [sql]).fetchone()[0]};")
                              for name, sql in views(wh, ids).items())
    finally:
        con.close()
    return out
