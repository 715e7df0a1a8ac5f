"""Where deriving reads a release's rows: one DuckDB connection, out of core.

A release of 100,000 articles holds millions of figures and their sentences, more than
a publisher should hold in memory. Deriving therefore never loads them into a frame:
DuckDB reads the parts (or, in tests, small frames) and keeps the mentions that
deriving reads in a temporary table, spilling to disk past MEMORY_LIMIT. Only what the
rules judge in Python comes out of it, and that is per distinct value, signature or
fact: thousands of rows whatever the number of articles.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from tradefigures.validate import tables, vocabulary

# DuckDB's share of the publisher's memory; past it, it spills to its temporary folder.
# Measured (benchmarks/publication.py, 100,000 articles): 64 MB publishes as fast as
# 128 MB, and the publisher peaks about 60 MB lower.
MEMORY_LIMIT = "64MB"
# The figure columns deriving reads (their sentence as a hash and a length), and what
# the article adds.
FIGURE_COLUMNS = ("figure_id", "article_id", "kind", "value", "unit", "currency", "qualifier",
                  "period", "sectors", "status", "imposed_by", "applied_to", "source_org",
                  "measure", "ref_period", "char_start", "sentence")
ARTICLE_COLUMNS = ("article_id", "published_date", "outlet")
DATE_COLUMNS = ("article_id", "sentence", "char_start", "role", "value")
COLUMNS = {"articles": ARTICLE_COLUMNS, "figures": FIGURE_COLUMNS, "dates": DATE_COLUMNS}
DERIVED_KINDS = (*vocabulary.FACT_KINDS, "tariff_rate")
# A sentence as what deriving needs of it: a hash to tell sentences apart and its length
# in characters (Python's string length, as char_start counts).
SENTENCE = "hash(sentence) AS sentence_hash, length(sentence) AS sentence_chars"


class Session:
    """A DuckDB connection holding one release's `mentions` (figures of the kinds
    deriving groups, with their article's date and outlet) and its `dates`."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def frame(self, sql: str, params=None) -> pl.DataFrame:
        """A query's rows: only ever a few per value, signature or fact."""
        return pl.from_arrow(self.con.sql(sql, params=params).to_arrow_table())

    def run(self, sql: str, params=None) -> None:
        self.con.execute(sql, params)

    def table(self, name: str, df: pl.DataFrame) -> None:
        """A small frame (signatures, clusters) as a temporary table the SQL can join."""
        self.con.register(f"_{name}_frame", df.to_arrow())
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _{name}_frame")
        self.con.unregister(f"_{name}_frame")

    def _load(self, relations: dict[str, str]) -> None:
        """The mentions and dates, from relations (a table's name or a Parquet scan)
        that hold at least COLUMNS."""
        kinds = ", ".join(f"'{k}'" for k in DERIVED_KINDS)
        figures = ", ".join(c for c in FIGURE_COLUMNS if c != "sentence")
        self.run(f"""
            CREATE TEMP TABLE mentions AS
            SELECT f.*, a.published_date, a.outlet
            FROM (SELECT {figures}, {SENTENCE} FROM {relations['figures']} WHERE kind IN ({kinds})) AS f
            LEFT JOIN (SELECT {', '.join(ARTICLE_COLUMNS)} FROM {relations['articles']}) AS a
            USING (article_id)""")
        self.run(f"""
            CREATE TEMP TABLE dates AS
            SELECT article_id, char_start, role, value, {SENTENCE}
            FROM {relations['dates']} WHERE value IS NOT NULL""")


def _configured(spill: Path | None) -> duckdb.DuckDBPyConnection:
    # Two threads at most: each holds its own buffers beside the limit, and publishing
    # is not worth more cores. No statement's result depends on the order rows come in
    # (every output is sorted by its own keys), so DuckDB need not keep it.
    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "threads": 2, "preserve_insertion_order": False})
    if spill is not None:
        con.execute("SET temp_directory = ?", [str(spill)])
    return con


@contextmanager
def of_parts(paths: dict[str, list[Path]], temp_root: Path):
    """A session over a release's Parquet parts (table -> the files of its parts),
    spilling under a fresh folder in `temp_root`, removed afterwards."""
    spill = Path(tempfile.mkdtemp(prefix=".derive-", dir=temp_root))
    con = _configured(spill)
    try:
        session = Session(con)
        relations = {}
        for table in COLUMNS:
            if paths.get(table):
                files = ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths[table])
                relations[table] = f"read_parquet([{files}])"
            else:
                session.table(f"empty_{table}", tables.empty(table).select(COLUMNS[table]))
                relations[table] = f"empty_{table}"
        session._load(relations)
        yield session
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


@contextmanager
def of_frames(articles: pl.DataFrame, figures: pl.DataFrame, dates: pl.DataFrame):
    """A session over frames held already (small releases, tests), in memory."""
    con = _configured(None)
    try:
        for table, df in (("articles", articles), ("figures", figures), ("dates", dates)):
            con.register(f"input_{table}", df.select(COLUMNS[table]).to_arrow())
        session = Session(con)
        session._load({t: f"input_{t}" for t in COLUMNS})
        yield session
    finally:
        con.close()
