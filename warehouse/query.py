"""Answering SQL from the catalog as a DataFrame, for the Python API and the commands
that print frames: the connection, the limits and the errors are `reading`'s; this
streams the answer in Arrow batches, checking its size as it grows.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from tradefigures.warehouse import formats, statements
from tradefigures.warehouse.limits import MEMORY_LIMIT, TIME_LIMIT
from tradefigures.warehouse.formats import FORMULA_STARTS  # noqa: F401  (query.FORMULA_STARTS)
from tradefigures.warehouse.reading import BATCH_ROWS, connect, guarded, outgrown, size  # noqa: F401  (query.size, query.connect)


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
    """Run a checked query within its limits, its answer gathered batch by batch."""
    with guarded(con, seconds, shown, also=(pa.ArrowException,)):
        reader = con.sql(sql).to_arrow_reader(BATCH_ROWS)
        batches, total = [], 0
        for batch in reader:
            total += batch.nbytes
            if total > limit:
                raise outgrown(shown)
            batches.append(batch)
        table = pa.Table.from_batches(batches, schema=reader.schema)
    return pl.from_arrow(table)


def figures_by_kind(wh: Path) -> pl.DataFrame:
    """Figures in the newest release, counted by kind, most first."""
    return run(wh, "select kind, count(*) as figures from figures group by kind order by figures desc, kind")


def to_csv(df: pl.DataFrame, escape: bool = True) -> str:
    """CSV of an answer (see `formats.csv_text`: lists joined by ";", formulas escaped)."""
    return formats.csv_text(df.columns, df.rows(), escape)
