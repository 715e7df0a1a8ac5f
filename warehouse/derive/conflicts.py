"""Conflicts: two facts, or two tariff measures, that cannot both be right.

Facts conflict when they name the same measure and share their key (so the same time
reference, or none), the values their qualifiers allow do not meet, they were reported
within WINDOW_DAYS of each other (or one is undated) when the key states a time, within
UNSTATED_WINDOW_DAYS when it does not, and no article reports both. A fact with no
measure never conflicts: what it is about is not known well enough to say. Facts of one
key are sorted by value and only neighbours are compared, so N facts give at most N-1
conflicts. Measures conflict when the same country levies two rates on goods they both
cover (agreeing applied_to, overlapping sectors), both are in effect, their reporting
periods overlap (or one is undated), and no article reports both.

An article that gives both values treats them as two things (two quantities that the
key does not tell apart, a rate and the one stacked on it or replacing it), so only
values no single article puts together are listed, for a person to judge.
"""

from __future__ import annotations

import math

import polars as pl

from tradefigures.warehouse.derive import facts as facts_
from tradefigures.warehouse.derive.corroboration import ordered_sectors, stable_id
from tradefigures.warehouse.derive.measures import BLANKET, EVERY_COUNTRY

# How far a hedged value reaches either side: "about 2 billion" allows 1.8 to 2.2
# billion; an unhedged one only the facts' own tolerance.
APPROXIMATE = 0.10
# Two estimates a half-year apart can both be right; within it, they disagree.
WINDOW_DAYS = 180
# Figures that state no time are about the time they were reported: two of them disagree
# only when reported in the same month or so, both dated.
UNSTATED_WINDOW_DAYS = 31
IN_EFFECT = "in_effect"

SIDE = {"id": pl.String, "value": pl.Float64, "sources": pl.List(pl.String),
        "outlets": pl.List(pl.String), "mentions": pl.Int64, "first_seen": pl.Date,
        "last_seen": pl.Date}
SCHEMA = {"conflict_id": pl.String, "kind": pl.String, "subject": pl.String,
          **{f"{side}_{c}": t for side in ("left", "right") for c, t in SIDE.items()},
          "days_apart": pl.Int64, "reason": pl.String, "measure": pl.String, "ref_period": pl.String}


def reach() -> tuple[str, str]:
    """SQL: the lowest and highest value a mention allows, given its qualifier."""
    spread = (f"(CASE WHEN qualifier = 'approximate' THEN {APPROXIMATE!r} ELSE {facts_.TOLERANCE!r} END)::DOUBLE"
              " * abs(value)")
    low = f"CASE WHEN qualifier = 'upper_bound' THEN '-inf'::DOUBLE WHEN qualifier = 'lower_bound' THEN value " \
          f"ELSE value - {spread} END"
    high = f"CASE WHEN qualifier = 'lower_bound' THEN 'inf'::DOUBLE WHEN qualifier = 'upper_bound' THEN value " \
           f"ELSE value + {spread} END"
    return low, high


def _number(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.4g}"


def _span(low: float, high: float) -> str:
    if low == -math.inf:
        return f"at most {_number(high)}"
    if high == math.inf:
        return f"at least {_number(low)}"
    return f"{_number(low)} to {_number(high)}"


def days_apart(a: dict, b: dict) -> int | None:
    """Days between two reporting periods (0 when they overlap); None when one side has
    no dated mention."""
    if a["first_seen"] is None or b["first_seen"] is None:
        return None
    return max((b["first_seen"] - a["last_seen"]).days, (a["first_seen"] - b["last_seen"]).days, 0)


def _when(days: int | None) -> str:
    if days is None:
        return "one of them is undated"
    return "reported over overlapping periods" if days == 0 else f"reported {days} days apart"


def _sides(groups: pl.DataFrame, id_column: str, session, members: str) -> list[dict]:
    """Each fact or measure with what a conflict shows of it and needs to judge it: its
    outlets, its publication dates, and the lowest and highest values its mentions
    allow (its articles stay in the session: `_sharing` asks after them)."""
    low, high = reach()
    found = session.frame(f"""
        SELECT {id_column}, min({low}) AS low, max({high}) AS high FROM {members} GROUP BY {id_column}""")
    for column, name in (("outlet", "outlet_names"), ("published_date", "dates")):
        # Distinct values first, then listed: few per fact, where its mentions are many.
        found = found.join(session.frame(f"""
            SELECT {id_column}, list({column} ORDER BY {column}) AS {name}
            FROM (SELECT DISTINCT {id_column}, {column} FROM {members} WHERE {column} IS NOT NULL)
            GROUP BY {id_column}"""), on=id_column, how="left")
    found = found.with_columns(pl.col("outlet_names").fill_null(pl.lit([], pl.List(pl.String))),
                               pl.col("dates").fill_null(pl.lit([], pl.List(pl.Date))))
    return groups.join(found, on=id_column).sort(id_column).to_dicts()


def _sharing(session, members: str, id_column: str, pairs: list[tuple[dict, dict]]) -> set[tuple[str, str]]:
    """The pairs (by id) of which some article reports both sides."""
    if not pairs:
        return set()
    sides = [(i, a[id_column], 0) for i, (a, _) in enumerate(pairs)] + \
            [(i, b[id_column], 1) for i, (_, b) in enumerate(pairs)]
    session.table("_pair_sides", pl.DataFrame(sides, schema={"pair": pl.Int64, "id": pl.String, "side": pl.Int64},
                                              orient="row"))
    # One grouping by (pair, article), which spills, rather than a join of two sides'
    # articles: a fact's mentions can be most of the release's.
    found = session.frame(f"""
        SELECT DISTINCT pair FROM (
            SELECT p.pair, m.article_id FROM {members} m JOIN _pair_sides p ON m.{id_column} = p.id
            GROUP BY p.pair, m.article_id HAVING min(p.side) = 0 AND max(p.side) = 1)""")
    return {(pairs[i][0][id_column], pairs[i][1][id_column]) for i in found["pair"].to_list()}


def _within(a: dict, b: dict, days: int) -> bool:
    """Reported close enough in time to disagree: at most `days` apart (0: overlapping),
    or one side undated."""
    gap = days_apart(a, b)
    return gap is None or gap <= days


def _row(kind: str, subject: str, a: dict, b: dict, id_column: str, value_column: str, why: str) -> dict:
    row = {"conflict_id": stable_id("conflict", a[id_column], b[id_column]), "kind": kind, "subject": subject}
    for side, r in (("left", a), ("right", b)):
        row.update({f"{side}_id": r[id_column], f"{side}_value": r[value_column],
                    f"{side}_sources": r["source_orgs"], f"{side}_outlets": r["outlet_names"],
                    f"{side}_mentions": r["mentions"], f"{side}_first_seen": r["first_seen"],
                    f"{side}_last_seen": r["last_seen"]})
    row["days_apart"] = days_apart(a, b)
    row["reason"] = f"{why}; no article reports both; {_when(row['days_apart'])}"
    row["measure"], row["ref_period"] = a.get("measure"), a.get("ref_period")
    return row


def nearest_days(a: list, b: list) -> int | None:
    """Days between the closest two dates of two sorted lists; None when one is empty."""
    if not a or not b:
        return None
    i = j = 0
    best = abs((a[0] - b[0]).days)
    while i < len(a) and j < len(b):
        best = min(best, abs((a[i] - b[j]).days))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


def _timed(a: dict, b: dict) -> bool:
    """Reported close enough in time to disagree. With a time reference (the key gives
    both sides the same one): within WINDOW_DAYS, or one side undated. Without one: a
    mention of each reported within UNSTATED_WINDOW_DAYS of the other, both dated (a
    fact reported in March and October does not overlap August's figure for it)."""
    if a["ref_period"] is not None:
        return _within(a, b, WINDOW_DAYS)
    gap = nearest_days(a["dates"], b["dates"])
    return gap is not None and gap <= UNSTATED_WINDOW_DAYS


def fact_subject(a: dict) -> str:
    """What both sides are about: measure, kind, sectors, unit, currency, period, time."""
    return " · ".join(x for x in (a["measure"], a["kind"], ", ".join(a["sectors"] or ["no sector"]),
                                  a["unit"], a["currency"], a["period"], a["ref_period"]) if x)


def between_facts(facts: pl.DataFrame, session) -> list[dict]:
    """Conflict rows for neighbouring facts of one key that names a measure, in the
    order the values sort: each fact is compared with the next one only."""
    named = facts.filter(pl.col("measure").is_not_null())
    by_key: dict[str, list[dict]] = {}
    for s in _sides(named.with_columns(_key=facts_.key()), "fact_id", session, "fact_members"):
        by_key.setdefault(s["_key"], []).append(s)
    pairs = []
    for group in by_key.values():
        group.sort(key=lambda s: (s["value"], s["fact_id"]))
        pairs += [(a, b) for a, b in zip(group, group[1:]) if a["high"] < b["low"] and _timed(a, b)]
    shared = _sharing(session, "fact_members", "fact_id", pairs)
    out = []
    for a, b in pairs:
        if (a["fact_id"], b["fact_id"]) not in shared:
            why = (f"{_number(a['value'])} ({_span(a['low'], a['high'])}) and "
                   f"{_number(b['value'])} ({_span(b['low'], b['high'])}) cannot both hold")
            out.append(_row("fact", fact_subject(a), a, b, "fact_id", "value", why))
    return out


def _covers_same(a: dict, b: dict) -> bool:
    """The same country levies both on goods both cover."""
    return (a["imposed_by"] == b["imposed_by"]
            and (a["applied_to"] == b["applied_to"] or EVERY_COUNTRY in (a["applied_to"], b["applied_to"]))
            and bool(set(a["sectors"] or [BLANKET]) & set(b["sectors"] or [BLANKET])))


def between_measures(measures: pl.DataFrame, session) -> list[dict]:
    """Conflict rows for measures in effect, in the order the rates sort: each measure is
    compared with its neighbour only, the next higher rate on goods both cover."""
    live = measures.filter((pl.col("status") == IN_EFFECT) & pl.col("imposed_by").is_not_null())
    sides = sorted(_sides(live, "measure_id", session, "rate_members"), key=lambda s: (s["rate"], s["measure_id"]))
    pairs = []
    for i, a in enumerate(sides):
        b = next((b for b in sides[i + 1:] if a["rate"] < b["rate"] and _covers_same(a, b)), None)
        if b is not None and _within(a, b, 0):
            pairs.append((a, b))
    shared = _sharing(session, "rate_members", "measure_id", pairs)
    out = []
    for a, b in pairs:
        if (a["measure_id"], b["measure_id"]) in shared:
            continue
        to = a["applied_to"] if a["applied_to"] == b["applied_to"] else f"{a['applied_to']}, {b['applied_to']}"
        common = set(a["sectors"] or [BLANKET]) & set(b["sectors"] or [BLANKET])
        subject = f"tariff_rate · {a['imposed_by']} → {to} · {', '.join(ordered_sectors(common))}"
        why = f"{_number(a['rate'])}% and {_number(b['rate'])}% on the same goods, both in effect"
        out.append(_row("measure", subject, a, b, "measure_id", "rate", why))
    return out


def derive(measures: pl.DataFrame, facts: pl.DataFrame, session) -> pl.DataFrame:
    """One row per conflicting pair (SCHEMA), the lower value on the left, from the
    measures and facts the session derived (their mentions are still in it)."""
    rows = between_facts(facts, session) + between_measures(measures, session)
    return pl.DataFrame(rows, schema=SCHEMA).sort("kind", "subject", "left_id", "right_id")
