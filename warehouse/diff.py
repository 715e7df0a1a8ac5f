"""What changed between two releases, row by row, by stable id.

A figure (or date) is added or removed when its id is in one release only, and changed
when the same id carries another value in any column. A row whose only difference is
the `extractor` column (new code that found the same thing) is `extractor_only`,
counted apart from `changed`, so that a new extractor version does not bury the real
changes. Ids come from the article's text and the span, so an edited article gets new
ids for all its rows: `articles` pairs its old and new versions by source, and a row
the edit left as it was (only its id and offsets differ) is `moved`, counted apart from
`added` and `removed`, which then hold exactly what the edit changed.

Parts two releases share hold the same rows in both, so only the parts that differ are
read: a diff costs what changed, not the size of the releases.

The people's decisions on the table's rows are compared too, by `correction_id`: a
decision `added` or `removed` between the two releases, or whose outcome `changed` (one
that was applied and is now orphaned, say).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tradefigures.validate import tables
from tradefigures.warehouse import history, releases, reviews
from tradefigures.warehouse.releases import Release

KEYS = {"figures": "figure_id", "dates": "date_id"}
STAMP = "extractor"
STATUSES = ("added", "removed", "changed", "extractor_only", "moved")
CORRECTION_STATUSES = ("added", "removed", "changed")
CORRECTION_COLUMNS = ("status", "correction_id", "decision", "id", "article_id", "mention", "set_values",
                      "reviewer", "decided_at", "why", "old_outcome", "new_outcome", "reason")


@dataclass(frozen=True, slots=True)
class Diff:
    """Two releases compared on one table.

    `rows`: one row per id that differs, with `status` (added, removed, changed,
    extractor_only, moved), the id (the new one for a moved row), `article_id`,
    `source_uri`, `mention`, `fields` (the columns that differ) and `before`/`after` as
    JSON (the whole row when added or removed, the differing columns otherwise).
    `articles`: one row per source whose article was added, removed or revised (same
    source, other text), with the old and new `article_id`. `corrections`: one row per
    decision on the table's rows that is in one release only or whose outcome differs
    (`status` added, removed or changed), with `old_outcome` and `new_outcome`."""

    old: str
    new: str
    table: str
    rows: pl.DataFrame
    articles: pl.DataFrame
    corrections: pl.DataFrame

    def counts(self) -> dict[str, int]:
        found = dict(self.rows.group_by("status").len().iter_rows())
        return {s: found.get(s, 0) for s in STATUSES}

    def correction_counts(self) -> dict[str, int]:
        found = dict(self.corrections.group_by("status").len().iter_rows())
        return {s: found.get(s, 0) for s in CORRECTION_STATUSES}

    def to_dict(self) -> dict:
        """The diff as plain JSON-ready data, `before`/`after` parsed."""
        rows = []
        for r in self.rows.iter_rows(named=True):
            r["before"] = json.loads(r["before"]) if r["before"] else None
            r["after"] = json.loads(r["after"]) if r["after"] else None
            rows.append(r)
        corrections = [{**r, "set_values": json.loads(r["set_values"])} for r in self.corrections.iter_rows(named=True)]
        return {"old": self.old, "new": self.new, "table": self.table, "counts": self.counts(),
                "articles": self.articles.to_dicts(), "rows": rows,
                "correction_counts": self.correction_counts(), "corrections": corrections}


def compare(old: pl.DataFrame, new: pl.DataFrame, key: str,
            revised: dict[str, str] | None = None) -> pl.DataFrame:
    """Rows that differ between two frames of one table, by `key` (columns as in
    `Diff.rows`, without `source_uri`). `revised` maps an article's old id to its new
    one; a removed row of the old article that matches an added row of the new one in
    everything but id and offsets is `moved`."""
    content = [c for c in new.columns if c not in (key, "article_id", "char_start", "char_end")]
    gone = old.join(new.select(key), on=key, how="anti")
    came = new.join(old.select(key), on=key, how="anti")
    moved, gone, came = _moved(gone, came, key, content, revised or {})
    both = old.join(new, on=key, how="inner", suffix="_new")
    columns = [c for c in new.columns if c != key]
    differs = pl.concat_list([
        pl.when(pl.col(c).ne_missing(pl.col(f"{c}_new"))).then(pl.lit(c)) for c in columns
    ]).list.drop_nulls()
    both = both.with_columns(fields=differs).filter(pl.col("fields").list.len() > 0)
    changed = both.select(
        status=pl.when(pl.col("fields") == pl.lit([STAMP], pl.List(pl.String)))
        .then(pl.lit("extractor_only")).otherwise(pl.lit("changed")),
        **{key: pl.col(key)}, article_id=pl.col("article_id_new"), mention=pl.col("mention_new"),
        fields=pl.col("fields"),
        before=_json(key, columns, "", "fields"), after=_json(key, columns, "_new", "fields"),
    )
    whole = pl.lit([], pl.List(pl.String))
    added = came.select(status=pl.lit("added"), **{key: pl.col(key)}, article_id=pl.col("article_id"),
                        mention=pl.col("mention"), fields=whole,
                        before=pl.lit(None, pl.String), after=_json(key, columns, "", None))
    removed = gone.select(status=pl.lit("removed"), **{key: pl.col(key)}, article_id=pl.col("article_id"),
                          mention=pl.col("mention"), fields=whole,
                          before=_json(key, columns, "", None), after=pl.lit(None, pl.String))
    order = {s: i for i, s in enumerate(STATUSES)}
    out = pl.concat([added, removed, changed, moved], how="vertical_relaxed")
    return out.sort(pl.col("status").replace_strict(order, return_dtype=pl.Int8), "article_id", "mention", key)


def _moved(gone: pl.DataFrame, came: pl.DataFrame, key: str, content: list[str],
           revised: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Pair the rows a revised article kept as they were, but at other offsets."""
    place = [key, "article_id", "char_start", "char_end"]
    match = ["_article", "_content", "_nth"]

    def tag(df: pl.DataFrame, article: pl.Expr) -> pl.DataFrame:
        # The n-th occurrence of the same content pairs with the n-th: a figure said
        # twice alike moves as two figures.
        return (df.with_columns(_article=article, _content=pl.struct(content).struct.json_encode())
                .with_columns(_nth=pl.col("char_start").rank("ordinal").over("_article", "_content")))

    old = tag(gone, pl.col("article_id").replace_strict(revised, default=None, return_dtype=pl.String))
    new = tag(came, pl.col("article_id"))
    pairs = old.filter(pl.col("_article").is_not_null()).select(*place, *match).join(
        new.select(*place, *match, "mention"), on=match, how="inner", suffix="_new")
    moved = pairs.select(
        status=pl.lit("moved"), **{key: pl.col(f"{key}_new")}, article_id=pl.col("article_id_new"),
        mention=pl.col("mention"),
        fields=pl.concat_list([pl.when(pl.col(c).ne_missing(pl.col(f"{c}_new"))).then(pl.lit(c))
                               for c in place]).list.drop_nulls(),
        before=pl.struct(place).struct.json_encode(),
        after=pl.struct([pl.col(f"{c}_new").alias(c) for c in place]).struct.json_encode(),
    )
    gone = gone.join(pairs.select(key), on=key, how="anti")
    came = came.join(pairs.select(pl.col(f"{key}_new").alias(key)), on=key, how="anti")
    return moved, gone, came


def _json(key: str, columns: list[str], suffix: str, only: str | None) -> pl.Expr:
    """One side of a row as JSON: every column, or only those named in column `only`."""
    whole = pl.struct(pl.col(key), *(pl.col(f"{c}{suffix}").alias(c) for c in columns)).struct.json_encode()
    if only is None:
        return whole

    def cut(s: dict) -> str:
        row = json.loads(s["row"])
        return json.dumps({f: row[f] for f in s[only]}, ensure_ascii=False)

    return pl.struct(whole.alias("row"), pl.col(only)).map_elements(cut, return_dtype=pl.String)


def between(wh: Path, old_ref: str, new_ref: str, table: str = "figures") -> Diff:
    """Compare two releases of the warehouse on `table` (figures or dates)."""
    if table not in KEYS:
        raise ValueError(f"diff compares {', '.join(KEYS)}, not {table}")
    old = releases.load(wh, history.resolve(wh, old_ref))
    new = releases.load(wh, history.resolve(wh, new_ref))
    old_rows, new_rows = _unshared(old, new, table)
    old_src, new_src = _read(old, "sources"), _read(new, "sources")
    articles = _articles(old_src, new_src)
    revised = articles.filter(pl.col("status") == "revised")
    rows = compare(old_rows, new_rows, KEYS[table],
                   dict(zip(revised["old_article_id"].to_list(), revised["new_article_id"].to_list())))
    uri = pl.concat([new_src, old_src]).group_by("article_id").agg(pl.col("source_uri").min())
    rows = rows.join(uri, on="article_id", how="left", maintain_order="left").select(
        "status", KEYS[table], "article_id", "source_uri", "mention", "fields", "before", "after")
    return Diff(old.id, new.id, table, rows, articles, decisions(old, new, KEYS[table]))


def decisions(old: Release, new: Release, key: str) -> pl.DataFrame:
    """The decisions on rows named by `key` that one release holds and the other does
    not, or whose outcome differs, oldest decision first."""
    sides = [reviews.published(r).filter(pl.col(key).is_not_null()).select(
        "correction_id", "seq", "decision", pl.col(key).alias("id"), "article_id", "mention", "set_values",
        "reviewer", pl.col("decided_at").dt.strftime("%Y-%m-%dT%H:%M:%S%.6fZ"), "why", "outcome", "reason")
        for r in (old, new)]
    both = sides[0].join(sides[1], on="correction_id", how="full", coalesce=True, suffix="_new")
    status = (pl.when(pl.col("outcome").is_null()).then(pl.lit("added"))
              .when(pl.col("outcome_new").is_null()).then(pl.lit("removed"))
              .when(pl.col("outcome") != pl.col("outcome_new")).then(pl.lit("changed")))
    pick = {c: pl.coalesce(f"{c}_new", c) for c in ("decision", "id", "article_id", "mention", "set_values",
                                                     "reviewer", "decided_at", "why", "reason")}
    return (both.with_columns(status=status).filter(pl.col("status").is_not_null())
            .sort(pl.coalesce("decided_at_new", "decided_at"), "correction_id")
            .select(pl.col("status"), pl.col("correction_id"), **pick,
                    old_outcome=pl.col("outcome"), new_outcome=pl.col("outcome_new"))
            .select(CORRECTION_COLUMNS))


def _articles(old: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    joined = old.select("source_uri", pl.col("article_id").alias("old_article_id")).join(
        new.select("source_uri", pl.col("article_id").alias("new_article_id")),
        on="source_uri", how="full", coalesce=True)
    status = (pl.when(pl.col("old_article_id").is_null()).then(pl.lit("added"))
              .when(pl.col("new_article_id").is_null()).then(pl.lit("removed"))
              .when(pl.col("old_article_id") != pl.col("new_article_id")).then(pl.lit("revised")))
    return (joined.with_columns(status=status).filter(pl.col("status").is_not_null())
            .select("status", "source_uri", "old_article_id", "new_article_id").sort("source_uri"))


def _unshared(old: Release, new: Release, table: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The rows of the parts each release does not share with the other."""
    old_names = {p["path"] for p in old.parts(table)}
    new_names = {p["path"] for p in new.parts(table)}
    return _read(old, table, old_names - new_names), _read(new, table, new_names - old_names)


def _read(release: Release, table: str, paths: set[str] | None = None) -> pl.DataFrame:
    wanted = [p["path"] for p in release.parts(table) if paths is None or p["path"] in paths]
    if not wanted:
        return tables.empty(table)
    return pl.concat([pl.read_parquet(release.path / p) for p in sorted(wanted)], how="vertical_relaxed")
