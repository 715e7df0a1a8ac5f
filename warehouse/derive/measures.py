"""Tariff measures: every mention of one tariff, across articles, as one row.

A measure is who levies it, on whom, on what and at which rate. Mentions are grouped in
three steps (docs/facts.md gives the reasons and examples):

1. Mentions that name both countries are bucketed by (imposed_by, rate). Inside a
   bucket, two mentions are the same measure when their applied_to agree (equal, or one
   is `*`, every country) and their sectors overlap (a blanket mention's sectors are
   `all`); links are followed transitively.
2. A group of blanket mentions (`all`, or no sector named) on one country joins the
   group of specific sectors on exactly that country when there is exactly one and it
   is reported by at least as many articles: "the 50% tariff on Canada" and "the 50%
   tariff on Canadian steel" then name the same measure, while a blanket tariff the news
   keeps citing is not folded into a sector one article happens to name.
3. A mention that leaves a country unsaid joins the one group it fits (same rate,
   agreeing countries, overlapping sectors); otherwise it is grouped with its like.

Everything is computed from rows in figure_id order, so the same mentions always give
the same measures, in the same order, with the same ids.
"""

from __future__ import annotations

import json
from itertools import groupby

import polars as pl

from tradefigures.warehouse.derive.corroboration import compact, ordered_sectors, stable_id, summary

KIND = "tariff_rate"
BLANKET = "all"
EVERY_COUNTRY = "*"
# Within one publication date, a measure moves this way, never back.
RANK = {"threatened": 0, "announced": 1, "in_effect": 2, "removed": 3}
# Dates the text ties to a rate (a date of that role in the rate's sentence).
TIED_ROLES = {"announcement": "announced_dates", "effective": "effective_dates"}
GROUPING_COLUMNS = ("figure_id", "article_id", "imposed_by", "applied_to", "sectors", "value", "status",
                    "published_date")
DATE_COLUMNS = ("article_id", "sentence", "char_start", "role", "value")

SCHEMA = {
    "measure_id": pl.String, "imposed_by": pl.String, "applied_to": pl.String,
    "sectors": pl.List(pl.String), "rate": pl.Float64, "status": pl.String,
    "status_history": pl.String, "first_seen": pl.Date, "last_seen": pl.Date,
    "mentions": pl.Int64, "articles": pl.Int64, "outlets": pl.Int64,
    "announced_dates": pl.List(pl.String), "effective_dates": pl.List(pl.String),
    "source_orgs": pl.List(pl.String), "figure_ids": pl.List(pl.String),
}


def sector_tokens(sectors) -> frozenset[str]:
    """The sectors a mention is about, for overlap: a blanket mention is about `all`."""
    named = frozenset(sectors or ()) - {BLANKET}
    return named or frozenset({BLANKET})


def countries_agree(a: str | None, b: str | None) -> bool:
    """Two applied_to values that can name the same measure: equal, or one is every country."""
    return a == b or EVERY_COUNTRY in (a, b)


def shown_applied_to(rows: list[dict]) -> str | None:
    """`*` when any mention says every country, else the one country named."""
    named = {r["applied_to"] for r in rows} - {None}
    return EVERY_COUNTRY if EVERY_COUNTRY in named else min(named, default=None)


def shown_sectors(rows: list[dict]) -> list[str] | None:
    """The specific sectors of the mentions; `all` only when no mention names one."""
    named = {s for r in rows for s in (r["sectors"] or ()) if s != BLANKET}
    if named:
        return ordered_sectors(named)
    return [BLANKET] if any(r["sectors"] for r in rows) else None


def _tokens(rows: list[dict]) -> frozenset[str]:
    return frozenset().union(*(sector_tokens(r["sectors"]) for r in rows))


def _is_blanket(rows: list[dict]) -> bool:
    return _tokens(rows) == {BLANKET}


def _link(rows: list[dict]) -> list[list[dict]]:
    """Rows of one bucket in groups linked, transitively, by agreeing countries and
    overlapping sectors. Rows with the same countries and sectors always link, so the
    pairs compared are those of distinct (applied_to, sectors), a few per bucket."""
    kinds: dict[tuple, list[dict]] = {}
    for r in rows:
        kinds.setdefault((r["applied_to"], sector_tokens(r["sectors"])), []).append(r)
    keys = list(kinds)
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (country_i, tokens_i) in enumerate(keys):
        for j in range(i):
            country_j, tokens_j = keys[j]
            if countries_agree(country_i, country_j) and tokens_i & tokens_j:
                parent[root(i)] = root(j)
    groups: dict[int, list[dict]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(root(i), []).extend(kinds[key])
    return list(groups.values())


def _articles(rows: list[dict]) -> int:
    return len({r["article_id"] for r in rows})


def _with_blankets_joined(groups: list[list[dict]]) -> list[list[dict]]:
    """Blanket groups on one named country merged into the one specific group on exactly
    that country, when there is exactly one and it is not less reported than they are."""
    specific = [g for g in groups if not _is_blanket(g)]
    out = list(specific)
    for g in groups:
        if not _is_blanket(g):
            continue
        country = shown_applied_to(g)
        targets = [s for s in specific if country not in (None, EVERY_COUNTRY) and shown_applied_to(s) == country]
        if len(targets) == 1 and _articles(targets[0]) >= _articles(g):
            targets[0].extend(g)
        else:
            out.append(g)
    return out


def _grouped(rows: list[dict]) -> list[list[dict]]:
    """Steps 1 and 2: bucket by (imposed_by, rate), link, join the blankets."""
    out: list[list[dict]] = []
    buckets: dict[tuple, list[dict]] = {}
    for r in rows:
        buckets.setdefault((r["imposed_by"], r["value"]), []).append(r)
    for bucket in buckets.values():
        out += _with_blankets_joined(_link(bucket))
    return out


def _fits(row: dict, group: list[dict], tokens: frozenset[str]) -> bool:
    """Whether a mention that leaves a country unsaid can be this group's measure."""
    first = group[0]
    return (row["value"] == first["value"]
            and row["imposed_by"] in (None, first["imposed_by"])
            and (row["applied_to"] is None or countries_agree(row["applied_to"], shown_applied_to(group)))
            and bool(sector_tokens(row["sectors"]) & tokens))


def groups(rates: list[dict]) -> list[list[dict]]:
    """The tariff-rate mentions (dicts, in figure_id order) in groups, one per measure."""
    named = [r for r in rates if r["imposed_by"] and r["applied_to"]]
    vague = [r for r in rates if not (r["imposed_by"] and r["applied_to"])]
    found = _grouped(named)
    # Step 3 judges every vague mention against the groups as steps 1 and 2 left them,
    # so no vague mention's choice depends on another's.
    tokens = [_tokens(g) for g in found]
    alone: list[dict] = []
    fits_in: list[tuple[list[dict], dict]] = []
    for r in vague:
        fits = [g for g, t in zip(found, tokens) if _fits(r, g, t)]
        if len(fits) == 1:
            fits_in.append((fits[0], r))
        else:
            alone.append(r)
    for g, r in fits_in:
        g.append(r)
    return found + _grouped(alone)


def status_history(rows: list[dict]) -> list[dict]:
    """Runs of one status in publication order: undated mentions first (one run per
    status; their time is unknown), then dated ones; within one date, by RANK."""
    stated = [r for r in rows if r["status"] in RANK]
    undated = sorted((r for r in stated if r["published_date"] is None), key=lambda r: RANK[r["status"]])
    dated = sorted((r for r in stated if r["published_date"] is not None),
                   key=lambda r: (r["published_date"], RANK[r["status"]]))
    runs = [{"status": s, "first_seen": None, "last_seen": None, "mentions": len(list(g))}
            for s, g in groupby(undated, key=lambda r: r["status"])]
    for status, g in groupby(dated, key=lambda r: r["status"]):
        run = list(g)
        runs.append({"status": status, "first_seen": run[0]["published_date"].isoformat(),
                     "last_seen": run[-1]["published_date"].isoformat(), "mentions": len(run)})
    return runs


def current_status(runs: list[dict]) -> str | None:
    """The status of the latest dated run; without dates, the furthest along."""
    dated = [r for r in runs if r["first_seen"] is not None]
    return (dated or runs)[-1]["status"] if runs else None


def tied_dates(rates: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """figure_id and the values of the announcement and effective dates in its sentence."""
    tied = compact(dates).filter(pl.col("role").is_in(list(TIED_ROLES)) & pl.col("value").is_not_null()).select(
        "article_id", "sentence_hash", pl.col("char_start").alias("date_start"), "role", pl.col("value").alias("date"))
    # The same sentence said twice in an article is told apart by distance: a date
    # in the rate's own sentence lies within one sentence's length of it.
    return (rates.select("figure_id", "article_id", "sentence_hash", "sentence_chars", "char_start")
            .join(tied, on=["article_id", "sentence_hash"], how="inner")
            .filter((pl.col("date_start") - pl.col("char_start")).abs() <= pl.col("sentence_chars"))
            .select("figure_id", "role", "date"))


def derive(mentions: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """One row per tariff measure (SCHEMA), from the mentions (corroboration.mentions)
    and the release's dates."""
    rates = mentions.filter(pl.col("kind") == KIND)
    if rates.height == 0:
        return pl.DataFrame(schema=SCHEMA)
    members, rows = [], []
    # Only what grouping reads becomes Python objects: tariff-rate mentions are about a
    # quarter of a release's figures, and these dicts are the derive step's largest cost.
    for g in groups(rates.select(GROUPING_COLUMNS).to_dicts()):
        g.sort(key=lambda r: r["figure_id"])
        imposed_by = next((r["imposed_by"] for r in g if r["imposed_by"]), None)
        applied_to, sectors, rate = shown_applied_to(g), shown_sectors(g), g[0]["value"]
        measure_id = stable_id("measure", imposed_by, applied_to, ",".join(sectors or ()), rate)
        runs = status_history(g)
        rows.append({"measure_id": measure_id, "imposed_by": imposed_by, "applied_to": applied_to,
                     "sectors": sectors, "rate": rate, "status": current_status(runs),
                     "status_history": json.dumps(runs, ensure_ascii=False)})
        members += [{"figure_id": r["figure_id"], "measure_id": measure_id} for r in g]
    member = pl.DataFrame(members, schema={"figure_id": pl.String, "measure_id": pl.String})
    counts = summary(rates.join(member, on="figure_id"), "measure_id")
    tied = tied_dates(rates, dates).join(member, on="figure_id").group_by("measure_id").agg(
        **{column: pl.col("date").filter(pl.col("role") == role).unique().sort()
           for role, column in TIED_ROLES.items()})
    empty = pl.lit([], pl.List(pl.String))
    out = (pl.DataFrame(rows, schema={k: SCHEMA[k] for k in rows[0]})
           .join(counts, on="measure_id", how="left")
           .join(tied, on="measure_id", how="left")
           .with_columns(*(pl.col(c).fill_null(empty) for c in TIED_ROLES.values())))
    return (out.select([pl.col(c).cast(t) for c, t in SCHEMA.items()])
            .sort("imposed_by", "applied_to", "rate", "measure_id", nulls_last=True))
