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

Mentions with the same countries, sectors and rate always fall in one group, so the
steps judge each such signature once (in the order of its first figure_id, so the same
mentions always give the same measures, in the same order, with the same ids), and ask
the session how many articles a group's signatures hold.
"""

from __future__ import annotations

import json
from itertools import groupby

import polars as pl

from tradefigures.warehouse.derive.corroboration import ordered_sectors, sector_set, stable_id, summary

KIND = "tariff_rate"
BLANKET = "all"
EVERY_COUNTRY = "*"
# Within one publication date, a measure moves this way, never back.
RANK = {"threatened": 0, "announced": 1, "in_effect": 2, "removed": 3}
# Dates the text ties to a rate (a date of that role in the rate's sentence).
TIED_ROLES = {"announcement": "announced_dates", "effective": "effective_dates"}

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


def _with_blankets_joined(groups: list[list[dict]], articles) -> list[list[dict]]:
    """Blanket groups on one named country merged into the one specific group on exactly
    that country, when there is exactly one and it is not less reported than they are."""
    specific = [g for g in groups if not _is_blanket(g)]
    out = list(specific)
    for g in groups:
        if not _is_blanket(g):
            continue
        country = shown_applied_to(g)
        targets = [s for s in specific if country not in (None, EVERY_COUNTRY) and shown_applied_to(s) == country]
        if len(targets) == 1 and articles(targets[0]) >= articles(g):
            targets[0].extend(g)
        else:
            out.append(g)
    return out


def _grouped(rows: list[dict], articles) -> list[list[dict]]:
    """Steps 1 and 2: bucket by (imposed_by, rate), link, join the blankets."""
    out: list[list[dict]] = []
    buckets: dict[tuple, list[dict]] = {}
    for r in rows:
        buckets.setdefault((r["imposed_by"], r["value"]), []).append(r)
    for bucket in buckets.values():
        out += _with_blankets_joined(_link(bucket), articles)
    return out


def _fits(row: dict, group: list[dict], tokens: frozenset[str]) -> bool:
    """Whether a mention that leaves a country unsaid can be this group's measure."""
    first = group[0]
    return (row["value"] == first["value"]
            and row["imposed_by"] in (None, first["imposed_by"])
            and (row["applied_to"] is None or countries_agree(row["applied_to"], shown_applied_to(group)))
            and bool(sector_tokens(row["sectors"]) & tokens))


def groups(rates: list[dict], articles) -> list[list[dict]]:
    """The tariff-rate mentions (dicts, in figure_id order, or one per signature in the
    order of its first figure_id) in groups, one per measure; `articles(rows)` is the
    number of distinct articles the rows hold."""
    named = [r for r in rates if r["imposed_by"] and r["applied_to"]]
    vague = [r for r in rates if not (r["imposed_by"] and r["applied_to"])]
    found = _grouped(named, articles)
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
    return found + _grouped(alone, articles)


def status_history(rows: list[dict]) -> list[dict]:
    """Runs of one status in publication order: undated mentions first (one run per
    status; their time is unknown), then dated ones; within one date, by RANK. A row
    stands for `n` mentions of its status and date where it says so."""
    stated = [r for r in rows if r["status"] in RANK]
    undated = sorted((r for r in stated if r["published_date"] is None), key=lambda r: RANK[r["status"]])
    dated = sorted((r for r in stated if r["published_date"] is not None),
                   key=lambda r: (r["published_date"], RANK[r["status"]]))
    runs = [{"status": s, "first_seen": None, "last_seen": None, "mentions": _count(g)}
            for s, g in groupby(undated, key=lambda r: r["status"])]
    for status, g in groupby(dated, key=lambda r: r["status"]):
        run = list(g)
        runs.append({"status": status, "first_seen": run[0]["published_date"].isoformat(),
                     "last_seen": run[-1]["published_date"].isoformat(), "mentions": _count(run)})
    return runs


def _count(rows) -> int:
    return sum(r.get("n", 1) for r in rows)


def current_status(runs: list[dict]) -> str | None:
    """The status of the latest dated run; without dates, the furthest along."""
    dated = [r for r in runs if r["first_seen"] is not None]
    return (dated or runs)[-1]["status"] if runs else None


def _signatures(session) -> list[dict]:
    """The session's tariff-rate mentions in `rates`, each with its signature `sig`
    (countries, sectors as a set, rate), and the signatures in the order of their first
    figure_id, each with its mentions' statuses and dates (`statuses`)."""
    countries = f"to_json(struct_pack(imposed_by := imposed_by, applied_to := applied_to, sectors := {sector_set()}))"
    session.run(f"""
        CREATE OR REPLACE TEMP TABLE rate_mentions AS
        SELECT figure_id, article_id, outlet, published_date, source_org, value, qualifier, status,
               imposed_by, applied_to, sentence_hash, sentence_chars, char_start,
               {sector_set()} AS sectors, {countries} AS _countries
        FROM mentions WHERE kind = '{KIND}'""")
    session.run("""
        CREATE OR REPLACE TEMP TABLE signatures AS
        SELECT row_number() OVER (ORDER BY min(figure_id)) - 1 AS sig, _countries, value,
               any_value(imposed_by) AS imposed_by, any_value(applied_to) AS applied_to,
               any_value(sectors) AS sectors
        FROM rate_mentions GROUP BY _countries, value""")
    session.run("""
        CREATE OR REPLACE TEMP TABLE rates AS
        SELECT r.* EXCLUDE (_countries), s.sig FROM rate_mentions r JOIN signatures s USING (_countries, value)""")
    session.run("CREATE OR REPLACE TEMP TABLE rate_articles AS SELECT DISTINCT sig, article_id FROM rates")
    found = session.frame("SELECT sig, imposed_by, applied_to, value, sectors FROM signatures ORDER BY sig").to_dicts()
    ranked = ", ".join(f"'{s}'" for s in RANK)
    statuses = session.frame(f"""
        SELECT sig, status, published_date, count(*) AS n FROM rates WHERE status IN ({ranked})
        GROUP BY ALL ORDER BY ALL""")
    by_sig: dict[int, list[dict]] = {}
    for r in statuses.to_dicts():
        by_sig.setdefault(r["sig"], []).append(r)
    for r in found:
        r["statuses"] = by_sig.get(r["sig"], [])
    return found


def _article_counter(session):
    """How many distinct articles the mentions of some signatures hold, asked of the session."""
    known: dict[frozenset, int] = {}

    def articles(rows: list[dict]) -> int:
        sigs = frozenset(r["sig"] for r in rows)
        if sigs not in known:
            known[sigs] = session.frame("SELECT count(*) AS n FROM (SELECT DISTINCT article_id FROM rate_articles "
                                        "WHERE list_contains(?, sig))", [sorted(sigs)])["n"][0]
        return known[sigs]

    return articles


def tied_dates(session) -> pl.DataFrame:
    """measure_id and the values of the announcement and effective dates in the
    sentences of its mentions (`rate_members`)."""
    roles = ", ".join(f"'{r}'" for r in TIED_ROLES)
    # The same sentence said twice in an article is told apart by distance: a date
    # in the rate's own sentence lies within one sentence's length of it.
    return session.frame(f"""
        SELECT DISTINCT r.measure_id, d.role, d.value AS date
        FROM rate_members r JOIN (SELECT * FROM dates WHERE role IN ({roles})) d
             ON d.article_id = r.article_id AND d.sentence_hash = r.sentence_hash
        WHERE abs(d.char_start - r.char_start) <= r.sentence_chars""")


ROWS = {c: t for c, t in SCHEMA.items() if c != "figure_ids"}


def derive(session) -> pl.DataFrame:
    """One row per tariff measure (SCHEMA but its figure_ids, which
    `corroboration.slices` adds), in the table's order, from the session's mentions and
    dates; the session keeps `rate_members` (each mention of a measure, with its measure_id)."""
    signatures = _signatures(session)
    rows, members = [], []
    for g in groups(signatures, _article_counter(session)):
        imposed_by = next((r["imposed_by"] for r in g if r["imposed_by"]), None)
        applied_to, sectors, rate = shown_applied_to(g), shown_sectors(g), g[0]["value"]
        measure_id = stable_id("measure", imposed_by, applied_to, ",".join(sectors or ()), rate)
        runs = status_history([s for r in g for s in r["statuses"]])
        rows.append({"measure_id": measure_id, "imposed_by": imposed_by, "applied_to": applied_to,
                     "sectors": sectors, "rate": rate, "status": current_status(runs),
                     "status_history": json.dumps(runs, ensure_ascii=False)})
        members += [{"sig": r["sig"], "measure_id": measure_id} for r in g]
    session.table("sig_measures", pl.DataFrame(members, schema={"sig": pl.Int64, "measure_id": pl.String}))
    session.run("CREATE OR REPLACE TEMP TABLE rate_members AS "
                "SELECT r.*, m.measure_id FROM rates r JOIN sig_measures m USING (sig)")
    if not rows:
        return pl.DataFrame(schema=ROWS)
    counts = summary(session, "rate_members", "measure_id")
    tied = tied_dates(session).group_by("measure_id").agg(
        **{column: pl.col("date").filter(pl.col("role") == role).unique().sort()
           for role, column in TIED_ROLES.items()})
    empty = pl.lit([], pl.List(pl.String))
    out = (pl.DataFrame(rows, schema={k: SCHEMA[k] for k in rows[0]})
           .join(counts, on="measure_id", how="left")
           .join(tied, on="measure_id", how="left")
           .with_columns(*(pl.col(c).fill_null(empty) for c in TIED_ROLES.values())))
    return (out.select([pl.col(c).cast(t) for c, t in ROWS.items()])
            .sort("imposed_by", "applied_to", "rate", "measure_id", nulls_last=True))
