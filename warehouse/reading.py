"""A read-only connection to the catalog, and answers from it within a time and a
memory limit, as plain rows: what `tradefigures query` needs, without polars or pyarrow
(half a second of a command whose bare floor is python and duckdb).

Read-only by construction, in three layers, each enough alone to stop a write:
`statements.check` lets through only what DuckDB's own parser calls a SELECT (or an
EXPLAIN of one); the catalog is opened read-only, with no temporary directory (nothing
spills to disk) and file access confined to reading the release folders; and the
configuration is locked, so no statement can loosen any of it.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tradefigures.validate.tables import TABLES
from tradefigures.warehouse import layout, statements
from tradefigures.warehouse.errors import CatalogStale, NoWarehouse, QueryFailed, QueryRefused, QueryStopped
from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT

# Rows per batch while an answer is gathered (and its size checked).
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
        recorded = built_for(con)
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


def built_for(con: duckdb.DuckDBPyConnection) -> str | None:
    """The warehouse folder an open catalog was built for (None for an older catalog)."""
    try:
        row = con.execute("select warehouse from catalog_info").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def rows(wh: Path, sql: str, time_limit: float = TIME_LIMIT,
         memory_limit: str = MEMORY_LIMIT) -> tuple[list[str], list[tuple]]:
    """The answer to one read-only query: its column names and its rows as Python
    values; stopped with QueryStopped past `time_limit` seconds or `memory_limit`."""
    limit = size(memory_limit)
    con = connect(wh, memory_limit)
    try:
        statements.check(con, sql)
        with guarded(con, time_limit, memory_limit):
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description]
            out: list[tuple] = []
            total = 0
            while batch := cursor.fetchmany(BATCH_ROWS):
                total += sum(_bytes(v) for row in batch for v in row)
                if total > limit:
                    raise outgrown(memory_limit)
                out += batch
        return columns, out
    finally:
        con.close()


def _bytes(value) -> int:
    """About what a value of an answer takes (its text, or its size as an object)."""
    return len(value) if isinstance(value, (str, bytes)) else sys.getsizeof(value)


def outgrown(shown: str) -> QueryStopped:
    return QueryStopped(f"The query's answer outgrew the memory limit of {shown} and was stopped: "
                        "select fewer rows or columns, or raise --memory-limit")


@contextmanager
def guarded(con: duckdb.DuckDBPyConnection, seconds: float, shown: str,
            also: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Run a checked query's block, interrupting it from a timer thread past `seconds`
    (DuckDB has no statement timeout); its errors become one line each (`also`: more
    error types that mean the same as DuckDB's own)."""
    timed_out = threading.Event()

    def interrupt() -> None:
        timed_out.set()
        con.interrupt()

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"Refused: the query reaches outside the warehouse ({_first_line(exc)}).") from None
    except (duckdb.Error, OSError, *also) as exc:
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


def _explained(exc: Exception) -> str:
    """DuckDB's error in one line, with what is valid: the columns it could bind for an
    unknown column, the views for an unknown table."""
    first, _, rest = str(exc).strip().partition("\n")
    if first.startswith("Binder Error: Referenced column") and "Candidate bindings:" in rest:
        candidates = rest.split("Candidate bindings:", 1)[1].strip().splitlines()[0]
        return f"{first} Columns it could mean: {candidates}; `describe <view>` lists all of a view's columns"
    if first.startswith("Catalog Error: Table with name"):
        return f"{first} The views are {', '.join(TABLES)}, releases, and all_<table> of each"
    return first


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0]
