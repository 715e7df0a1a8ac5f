"""Facts: the mentions of one quantity, across articles, as one row with its corroboration.

Two mentions are the same fact when they share the key (what is measured, its kind,
unit, currency, period, sectors, direction and time reference) and their values lie
within TOLERANCE of each other. The values of one key are sorted and cut into clusters:
a value more than TOLERANCE above the smallest value of its cluster starts a new one. A
cluster therefore spans at most TOLERANCE, and the cut depends on the values alone,
never on the order the mentions came in.
"""

from __future__ import annotations

import polars as pl

from tradefigures.validate import vocabulary
from tradefigures.warehouse.derive.corroboration import ordered_sectors, sector_set, stable_id, summary

# The key's fields, sectors last (compared as a set). `measure` says what is measured
# ("exports", "gdp"): without it GDP growth and the unemployment rate would be one
# quantity. imposed_by and applied_to are the direction where a figure has one;
# ref_period is the year, quarter or month the figure is about, where its clause says.
KEY = ("kind", "measure", "unit", "currency", "period", "imposed_by", "applied_to", "ref_period", "sectors")
# The fields the first key had: a fact none of the later ones tells apart keeps its id.
FIRST_KEY = ("kind", "unit", "currency", "period")
ADDED_KEY = ("measure", "imposed_by", "applied_to", "ref_period")
# Relative: "$2 billion" and "$2.04 billion" are one fact, "$2.1 billion" another.
TOLERANCE = 0.02

SCHEMA = {
    "fact_id": pl.String, "kind": pl.String, "value": pl.Float64, "value_min": pl.Float64,
    "value_max": pl.Float64, "unit": pl.String, "currency": pl.String, "period": pl.String,
    "sectors": pl.List(pl.String), "mentions": pl.Int64, "articles": pl.Int64, "outlets": pl.Int64,
    "first_seen": pl.Date, "last_seen": pl.Date, "source_orgs": pl.List(pl.String),
    "figure_ids": pl.List(pl.String), "measure": pl.String, "ref_period": pl.String,
    "imposed_by": pl.String, "applied_to": pl.String,
}


def key() -> pl.Expr:
    """What two mentions of one fact share, as one string (sectors in any order)."""
    return pl.struct(*KEY[:-1], pl.col("sectors").list.unique().list.sort()).struct.json_encode()


def fact_id(row: dict) -> str:
    """A hash of the key and the value. The fields added to the key enter it only when
    one is set, so that a fact they do not tell apart keeps the id it had before them."""
    added = [row[c] for c in ADDED_KEY]
    extra = added if any(a is not None for a in added) else []
    return stable_id("fact", *(row[c] for c in FIRST_KEY), ",".join(row["sectors"] or ()), row["value"], *extra)


def clusters(keys: list[str], values: list[float]) -> list[int]:
    """A cluster number per value, for values sorted by (key, value)."""
    out: list[int] = []
    current, start, n = None, 0.0, -1
    for k, v in zip(keys, values):
        if k != current or v - start > TOLERANCE * abs(start):
            current, start, n = k, v, n + 1
        out.append(n)
    return out


def _key_sql() -> str:
    """SQL: the key as one string, for grouping in DuckDB (sectors as a set)."""
    fields = ", ".join(f"{c} := {c}" for c in KEY[:-1])
    return f"to_json(struct_pack({fields}, sectors := {sector_set()}))"


ROWS = {c: t for c, t in SCHEMA.items() if c != "figure_ids"}


def derive(session) -> pl.DataFrame:
    """One row per fact (SCHEMA but its figure_ids, which `corroboration.slices` adds,
    and with its `_cluster`), in the table's order, from the session's mentions; the
    session keeps `fact_members` (each mention of a fact, with its _cluster and fact_id)."""
    # Tariff rates are measures (measures.py); `other` is, by definition, no one quantity.
    kinds = ", ".join(f"'{k}'" for k in vocabulary.FACT_KINDS)
    session.run(f"""
        CREATE OR REPLACE TEMP TABLE fact_mentions AS
        SELECT figure_id, article_id, outlet, published_date, source_org, value, qualifier,
               {_key_sql()} AS _key
        FROM mentions WHERE kind IN ({kinds})""")
    # Clustered over the distinct values of each key, a few thousand even when the
    # mentions are millions; the mentions take their value's fact by a join.
    distinct = _distinct(session, kinds)
    if distinct.height == 0:
        session.run("CREATE OR REPLACE TEMP TABLE fact_members AS "
                    "SELECT *, NULL::BIGINT AS _cluster, NULL::VARCHAR AS fact_id FROM fact_mentions LIMIT 0")
        return pl.DataFrame(schema={"_cluster": pl.Int64, **ROWS})
    distinct = distinct.sort("_key", "value")
    distinct = distinct.with_columns(_cluster=pl.Series(clusters(distinct["_key"].to_list(),
                                                                 distinct["value"].to_list())))
    values = distinct.group_by("_cluster").agg(
        *(pl.col(c).first() for c in KEY),
        # The value most mentions give; of two as common, the smaller.
        value=pl.col("value").filter(pl.col("n") == pl.col("n").max()).min(),
        value_min=pl.col("value").min(), value_max=pl.col("value").max())
    values = values.with_columns(
        sectors=pl.col("sectors").map_elements(ordered_sectors, return_dtype=pl.List(pl.String)))
    values = values.with_columns(fact_id=pl.struct(*KEY, "value").map_elements(fact_id, return_dtype=pl.String))
    session.table("fact_values", distinct.join(values.select("_cluster", "fact_id"), on="_cluster")
                  .select("_key", "value", "_cluster", "fact_id"))
    session.run("""
        CREATE OR REPLACE TEMP TABLE fact_members AS
        SELECT m.* EXCLUDE (_key), v._cluster, v.fact_id FROM fact_mentions m JOIN fact_values v USING (_key, value)""")
    out = values.join(summary(session, "fact_members", "_cluster"), on="_cluster")
    return out.select("_cluster", *(pl.col(c).cast(t) for c, t in ROWS.items())).sort(
        "kind", "measure", "unit", "value", "fact_id", nulls_last=True)


def _distinct(session, kinds: str) -> pl.DataFrame:
    """Each distinct (key, value) of the fact mentions, with its key's fields and how
    many mentions give it."""
    columns = ", ".join(KEY[:-1])
    return session.frame(f"""
        SELECT {_key_sql()} AS _key, value, count(*) AS n, {columns}, {sector_set()} AS sectors
        FROM mentions WHERE kind IN ({kinds})
        GROUP BY ALL""")
