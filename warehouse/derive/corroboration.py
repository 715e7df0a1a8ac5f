"""What a group of mentions shares: how often, where and when it was reported, and by whom.

Measures and facts are both groups of figure mentions; both report their corroboration
the same way, from the figures joined with their article's outlet and publication date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import polars as pl

from tradefigures.validate import vocabulary

_SECTOR_ORDER = {s: i for i, s in enumerate(vocabulary.SECTORS)}


def stable_id(*parts: object) -> str:
    """A 16-hex id from what identifies a row: the same key gives the same id in every release."""
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def ordered_sectors(sectors) -> list[str]:
    """Sectors without repeats, in the contract's order."""
    return sorted(set(sectors), key=lambda s: (_SECTOR_ORDER.get(s, len(_SECTOR_ORDER)), s))


def sector_set() -> str:
    """SQL: a mention's sectors as a set (sorted, no repeats), null and empty kept apart."""
    return "list_sort(list_distinct(sectors))"


# The figure ids of a table's rows are gathered for at most this many mentions at a
# time: they are as many as the mentions, and DuckDB holds a sorted aggregate's rows in
# memory whatever its memory limit.
SLICE_MENTIONS = 250_000


def summary(session, members: str, by: str) -> pl.DataFrame:
    """Per value of `by` in the table `members` (mentions with their group): mentions,
    articles and outlets (distinct non-null), first and last publication date and the
    credited sources, sorted. The figure ids come with `slices`."""
    # Distinct values first, then counted: hash aggregates spill, DISTINCT inside one does not.
    counts = session.frame(f"""
        SELECT {by}, sum(n)::BIGINT AS mentions, count(*)::BIGINT AS articles,
               min(first_seen) AS first_seen, max(last_seen) AS last_seen
        FROM (SELECT {by}, article_id, count(*) AS n, min(published_date) AS first_seen,
                     max(published_date) AS last_seen
              FROM {members} GROUP BY {by}, article_id)
        GROUP BY {by}""")
    outlets = session.frame(f"""
        SELECT {by}, count(*)::BIGINT AS outlets
        FROM (SELECT DISTINCT {by}, outlet FROM {members} WHERE outlet IS NOT NULL) GROUP BY {by}""")
    sources = session.frame(f"""
        SELECT {by}, list(source_org ORDER BY source_org) AS source_orgs
        FROM (SELECT DISTINCT {by}, source_org FROM {members} WHERE source_org IS NOT NULL)
        GROUP BY {by}""")
    empty = pl.lit([], pl.List(pl.String))
    return (counts.join(outlets, on=by, how="left").join(sources, on=by, how="left")
            .with_columns(pl.col("outlets").fill_null(0), pl.col("source_orgs").fill_null(empty))
            .select(by, "mentions", "articles", "outlets", "first_seen", "last_seen", "source_orgs"))


def slices(session, rows: pl.DataFrame, members: str, by: str, schema: dict) -> Iterator[pl.DataFrame]:
    """The rows (in their order, at least one slice) with their sorted `figure_ids`
    from `members`, a few rows at a time: no slice holds more than about SLICE_MENTIONS
    figure ids unless one row alone does."""
    bounds, total = [0], 0
    for i, n in enumerate(rows["mentions"].to_list()):
        if total and total + n > SLICE_MENTIONS:
            bounds.append(i)
            total = 0
        total += n
    bounds.append(rows.height)
    for start, end in zip(bounds, bounds[1:]):
        chunk = rows.slice(start, end - start)
        session.table("_slice", chunk.select(by))
        ids = session.frame(f"""
            SELECT {by}, list(figure_id ORDER BY figure_id) AS figure_ids
            FROM {members} WHERE {by} IN (SELECT {by} FROM _slice) GROUP BY {by}""")
        yield (chunk.join(ids, on=by, how="left", maintain_order="left")
               .select([pl.col(c).cast(t) for c, t in schema.items()]))
