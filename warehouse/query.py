"""Answering SQL from the catalog, read-only.

The connection is opened read-only, file access is confined to the warehouse's release
folders, and the configuration is locked, so a query can neither change the warehouse
nor read or write anything outside it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from tradefigures.warehouse import catalog, layout
from tradefigures.warehouse.errors import CatalogStale, NoWarehouse, QueryFailed, QueryRefused

ALLOWED = {"SELECT", "EXPLAIN", "PRAGMA"}


def connect(wh: Path) -> duckdb.DuckDBPyConnection:
    """A read-only, sandboxed connection to the warehouse's catalog."""
    path = layout.catalog_path(wh)
    if not path.is_file():
        raise NoWarehouse(wh)
    con = duckdb.connect(str(path), read_only=True)
    # A moved or copied warehouse's catalog names the old folder's files: refuse rather
    # than fail on missing files, or silently read another warehouse.
    recorded = catalog.built_for(con)
    if recorded is not None and recorded != str(wh.resolve()):
        con.close()
        raise CatalogStale(wh, recorded)
    con.execute("SET allowed_directories = [?]", [str(layout.releases_dir(wh)) + "/"])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def check(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but reading: one statement, a SELECT (or WITH ... SELECT)."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryFailed(f"The query does not parse: {_first_line(exc)}") from None
    if not statements:
        raise QueryRefused("The query is empty.")
    if len(statements) > 1:
        raise QueryRefused("Give one statement at a time.")
    kind = statements[0].type.name
    if kind not in ALLOWED or (kind == "PRAGMA" and "=" in sql):
        raise QueryRefused(f"Only reading is allowed: this is a {kind} statement, and the "
                           "warehouse is read-only (use SELECT).")


def run(wh: Path, sql: str) -> pl.DataFrame:
    """The answer to one read-only query, as a DataFrame."""
    con = connect(wh)
    try:
        check(con, sql)
        try:
            return pl.from_arrow(con.sql(sql).to_arrow_table())
        except duckdb.PermissionException as exc:
            raise QueryRefused(f"Refused: the query reaches outside the warehouse ({_first_line(exc)}).") from None
        except duckdb.Error as exc:
            raise QueryFailed(_first_line(exc)) from None
    finally:
        con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0]


def figures_by_kind(wh: Path) -> pl.DataFrame:
    """Figures in the newest release, counted by kind, most first."""
    return run(wh, "select kind, count(*) as figures from figures group by kind order by figures desc, kind")


def to_csv(df: pl.DataFrame) -> str:
    """CSV of an answer; list columns (sectors) are written as items joined by ";"."""
    lists = [name for name, dtype in df.schema.items() if isinstance(dtype, pl.List)]
    flat = df.with_columns(pl.col(name).cast(pl.List(pl.String)).list.join(";") for name in lists)
    nested = [name for name, dtype in flat.schema.items() if dtype.is_nested()]
    flat = flat.with_columns(pl.col(name).map_elements(str, return_dtype=pl.String) for name in nested)
    return flat.write_csv()
