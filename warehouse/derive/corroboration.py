"""What a group of mentions shares: how often, where and when it was reported, and by whom.

Measures and facts are both groups of figure mentions; both report their corroboration
the same way, from the figures joined with their article's outlet and publication date.
"""

from __future__ import annotations

import hashlib

import polars as pl

from tradefigures.validate import vocabulary

# The figure columns grouping reads, and what the article adds.
FIGURE_COLUMNS = ("figure_id", "article_id", "kind", "value", "unit", "currency", "qualifier",
                  "period", "sectors", "status", "imposed_by", "applied_to", "source_org",
                  "measure", "ref_period", "char_start", "sentence")
ARTICLE_COLUMNS = ("article_id", "published_date", "outlet")
_SECTOR_ORDER = {s: i for i, s in enumerate(vocabulary.SECTORS)}


def compact(frame: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame | pl.LazyFrame:
    """A figures or dates frame with its `sentence` text replaced by what deriving needs
    of it (a hash to tell sentences apart, and a length): 100,000 articles hold millions
    of sentences, too many to keep in memory whole. A compact frame is returned as is."""
    if "sentence" not in frame.collect_schema().names():
        return frame
    return frame.with_columns(pl.col("sentence").hash().alias("sentence_hash"),
                              pl.col("sentence").str.len_chars().alias("sentence_chars")).drop("sentence")


def mentions(articles: pl.DataFrame, figures: pl.DataFrame) -> pl.DataFrame:
    """Figures with their article's publication date and outlet, in figure_id order (so
    that everything computed from them is the same whatever order the parts come in)."""
    columns = [c for c in FIGURE_COLUMNS if c != "sentence"] + ["sentence_hash", "sentence_chars"]
    return (compact(figures).select(columns)
            .join(articles.select(ARTICLE_COLUMNS), on="article_id", how="left")
            .sort("figure_id"))


def stable_id(*parts: object) -> str:
    """A 16-hex id from what identifies a row: the same key gives the same id in every release."""
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def ordered_sectors(sectors) -> list[str]:
    """Sectors without repeats, in the contract's order."""
    return sorted(set(sectors), key=lambda s: (_SECTOR_ORDER.get(s, len(_SECTOR_ORDER)), s))


def summary(grouped: pl.DataFrame, by: str) -> pl.DataFrame:
    """Per value of `by`: mentions, articles and outlets (distinct non-null), first and
    last publication date, the credited sources and the figure ids, each list sorted."""
    return grouped.group_by(by).agg(
        mentions=pl.len().cast(pl.Int64),
        articles=pl.col("article_id").n_unique().cast(pl.Int64),
        outlets=pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64),
        first_seen=pl.col("published_date").min(),
        last_seen=pl.col("published_date").max(),
        source_orgs=pl.col("source_org").drop_nulls().unique().sort(),
        figure_ids=pl.col("figure_id").sort(),
    )
