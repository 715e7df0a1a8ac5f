"""Answering SQL from the catalog: reading only, within a time and a memory limit.

Read-only by construction, in three layers, each enough alone to stop a write:
`statements.check` lets through only what DuckDB's own parser calls a SELECT (or an
EXPLAIN of one); the catalog is opened read-only, with no temporary directory (nothing
spills to disk) and file access confined to reading the release folders; and the
configuration is locked, so no statement can loosen any of it.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from tradefigures.warehouse import catalog, layout, statements
from tradefigures.warehouse.errors import CatalogStale, NoWarehouse, QueryFailed, QueryRefused, QueryStopped
from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT
# Rows per Arrow batch while an answer is gathered (and its size checked).
BATCH_ROWS = 65_536
_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
          "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*", re.I)


def size(text: str) -> int:
    """Bytes in a size such as "2GB", "500MB" or "1.5GiB"."""
    m = _SIZE.fullmatch(str(text))
    if not m or m.group(2).lower() not in _UNITS:
        raise QueryFailed(f'The memory limit "{text}" is not a size: give one such as 2GB or 500MB')
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def connect(wh: Path, memory_limit: str = MEMORY_LIMIT) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse's catalog that can read the release
    folders and nothing else, write nowhere, and not change its own settings."""
    path = layout.catalog_path(wh)
    if not path.is_file():
        raise NoWarehouse(wh)
    con = duckdb.connect(str(path), read_only=True, config={
        # No temporary directory: a query past the memory limit fails instead of
        # spilling (by default into catalog.duckdb.tmp, inside the warehouse).
        "temp_directory": "", "max_temp_directory_size": "0B",
        "memory_limit": f"{size(memory_limit)}B",
        "autoinstall_known_extensions": False, "autoload_known_extensions": False,
        "allow_community_extensions": False,
    })
    try:
        # A moved or copied warehouse's catalog names the old folder's files: refuse rather
        # than fail on missing files, or silently read another warehouse.
        recorded = catalog.built_for(con)
        if recorded is not None and recorded != str(wh.resolve()):
            raise CatalogStale(wh, recorded)
        # DuckDB lets these be set only once the database runs, hence not in `config`.
        con.execute("SET enable_progress_bar = false")  # it would draw on the terminal
        con.execute("SET allowed_directories = [?]", [str(layout.releases_dir(wh)) + "/"])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def run(wh: Path, sql: str, time_limit: float = TIME_LIMIT, memory_limit: str = MEMORY_LIMIT) -> pl.DataFrame:
    """The answer to one read-only query, as a DataFrame; stopped with QueryStopped past
    `time_limit` seconds or `memory_limit` (DuckDB's working memory, and the answer's)."""
    limit = size(memory_limit)
    con = connect(wh, memory_limit)
    try:
        statements.check(con, sql)
        return _answer(con, sql, time_limit, limit, memory_limit)
    finally:
        con.close()


def _answer(con: duckdb.DuckDBPyConnection, sql: str, seconds: float, limit: int, shown: str) -> pl.DataFrame:
    """Run a checked query, interrupting it from a timer thread past `seconds` (DuckDB has
    no statement timeout) and stopping it once its answer outgrows `limit` bytes."""
    timed_out = threading.Event()

    def interrupt() -> None:
        timed_out.set()
        con.interrupt()

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    timer.start()
    try:
        reader = con.sql(sql).to_arrow_reader(BATCH_ROWS)
        batches, total = [], 0
        for batch in reader:
            total += batch.nbytes
            if total > limit:
                raise QueryStopped(f"The query's answer outgrew the memory limit of {shown} and was stopped: "
                                   "select fewer rows or columns, or raise --memory-limit")
            batches.append(batch)
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"Refused: the query reaches outside the warehouse ({_first_line(exc)}).") from None
    except (duckdb.Error, pa.ArrowException, OSError) as exc:
        if timed_out.is_set():
            raise QueryStopped(f"The query ran past its time limit of {seconds:g} s and was stopped: "
                               "narrow it, or raise --time-limit") from None
        if isinstance(exc, duckdb.OutOfMemoryException) or "Out of Memory" in str(exc):
            raise QueryStopped(f"The query needed more than its memory limit of {shown} and was stopped: "
                               "narrow it, or raise --memory-limit") from None
        if not isinstance(exc, duckdb.Error):
            raise
        raise QueryFailed(_explained(exc)) from None
    finally:
        timer.cancel()
    return pl.from_arrow(table)


def _explained(exc: Exception) -> str:
    """DuckDB's error in one line, with what is valid: the columns it could bind for an
    unknown column, the views for an unknown table."""
    first, _, rest = str(exc).strip().partition("\n")
    if first.startswith("Binder Error: Referenced column") and "Candidate bindings:" in rest:
        candidates = rest.split("Candidate bindings:", 1)[1].strip().splitlines()[0]
        return f"{first} Columns it could mean: {candidates}; `describe <view>` lists all of a view's columns"
    if first.startswith("Catalog Error: Table with name"):
        return f"{first} The views are {', '.join(catalog.TABLES)}, releases, and all_<table> of each"
    return first


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0]


def figures_by_kind(wh: Path) -> pl.DataFrame:
    """Figures in the newest release, counted by kind, most first."""
    return run(wh, "select kind, count(*) as figures from figures group by kind order by figures desc, kind")


# Cells a spreadsheet would read as a formula (OWASP's list): =, +, -, @, tab, return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(df: pl.DataFrame, escape: bool = True) -> str:
    """CSV of an answer; list columns (sectors) are written as items joined by ";".

    With `escape`, a text cell that begins like a formula gets a leading "'", as OWASP
    advises, so a spreadsheet shows it as text. Number columns are left alone: a negative
    number is data, and a spreadsheet reads "-5" in them as the number it is.
    """
    lists = [name for name, dtype in df.schema.items() if isinstance(dtype, pl.List)]
    flat = df.with_columns(pl.col(name).cast(pl.List(pl.String)).list.join(";") for name in lists)
    nested = [name for name, dtype in flat.schema.items() if dtype.is_nested()]
    flat = flat.with_columns(pl.col(name).map_elements(str, return_dtype=pl.String) for name in nested)
    if escape:
        text = [name for name, dtype in flat.schema.items() if dtype == pl.String]
        flat = flat.with_columns(
            pl.when(pl.any_horizontal(pl.col(name).str.starts_with(s) for s in FORMULA_STARTS))
            .then("'" + pl.col(name)).otherwise(pl.col(name)).alias(name)
            for name in text)
    return flat.write_csv()
