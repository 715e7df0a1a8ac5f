"""Decisions applied to a table's rows: the rows a release publishes, and what came of
each decision.

The decisions on one row apply in the file's order, the later winning: `confirm` marks
the row reviewed, `set` gives fields their values, `reject` takes the row out of its
table (a later confirm or set brings it back). The row they make must pass the table's
own rules, the Pandera models in validate/ that every extracted row passes; a decision
that would break one is `invalid`, with the rule's reason, and is not applied. A `set`
whose every value is the extractor's own is `redundant`: still a review, no longer a
correction. A decision whose row is not among the rows is `orphaned`.

Each decision keeps the row just before it and just after it. The first one's `before`
is the row as extracted, which is how `extracted` takes a published row back to what
the extractor gave before the decisions are applied again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import polars as pl

from tradefigures.validate import quarantine, schemas, vocabulary
from tradefigures.warehouse.corrections import KEYS, Decision, same

REDUNDANT = "The extractor gives every value it sets: a review, no longer a correction."
NOT_FOUND = {
    "figures": "The extractor no longer finds a figure at this place in its article.",
    "dates": "The extractor no longer finds a date at this place in its article.",
}


@dataclass(frozen=True)
class Outcome:
    """What a release made of one decision, with the row just before and after it (None
    when orphaned; `after` None when the row is rejected)."""

    decision: Decision
    outcome: str
    reason: str | None
    before: dict | None
    after: dict | None

    def row(self) -> dict:
        """The decision's row of the corrections table."""
        d = self.decision
        return {"correction_id": d.correction_id, "seq": d.seq,
                "figure_id": d.row_id if d.table == "figures" else None,
                "date_id": d.row_id if d.table == "dates" else None,
                "article_id": d.article_id, "mention": d.mention, "decision": d.decision,
                "fields": list(d.set_values), "set_values": to_json(d.set_values),
                "outcome": self.outcome, "reason": self.reason,
                "before": None if self.before is None else to_json(self.before),
                "after": None if self.after is None else to_json(self.after),
                "reviewer": d.reviewer, "decided_at": d.decided_at, "why": d.why}


def to_json(row: dict) -> str:
    """A row (or a decision's values) as JSON: dates as ISO text, floats exactly."""
    def plain(v):
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v

    return json.dumps({k: plain(v) for k, v in row.items()}, ensure_ascii=False)


def from_json(table: str, text: str) -> dict:
    """A row back from `to_json`, each value of its column's type."""
    row = json.loads(text)
    for name, dtype in schemas.polars_schema(table).items():
        if dtype == pl.Date and row.get(name) is not None:
            row[name] = date.fromisoformat(row[name])
    return row


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows as a frame of the table's columns and types."""
    return quarantine.frame(table, rows) if rows else schemas.empty(table)


def ordered(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """A corrected part's rows in one order, whatever order they came in: by article,
    then place in its text, so the same rows and decisions always give the same bytes."""
    return df.sort("article_id", "char_start", "char_end", KEYS[table])


def extracted(table: str, published: pl.DataFrame, corrections: pl.DataFrame) -> pl.DataFrame:
    """The rows as the extractor gave them, back from rows a release published with its
    decisions applied (`corrections`: that release's corrections of these rows' articles).
    A row a decision touched, or rejected, is its first decision's `before`."""
    key = KEYS[table]
    firsts = (corrections.filter(pl.col(key).is_not_null() & (pl.col("outcome") != "orphaned"))
              .sort("seq").unique(key, keep="first", maintain_order=True))
    if firsts.height == 0:
        return published
    originals = frame(table, [from_json(table, b) for b in firsts["before"]])
    kept = published.filter(~pl.col(key).is_in(firsts[key].implode()))
    return ordered(table, pl.concat([kept, originals.select(published.columns)]))


def apply(table: str, rows: pl.DataFrame, decisions: list[Decision],
          texts: dict[str, str]) -> tuple[pl.DataFrame, list[Outcome]]:
    """The rows with the decisions applied (rejected rows left out), in `ordered` order
    when any decision names one of them, and what came of each decision. `texts` holds
    the article text of every row a decision names, to check it is still grounded."""
    key = KEYS[table]
    by_row: dict[str, list[Decision]] = {}
    for d in sorted(decisions, key=lambda d: d.seq):
        by_row.setdefault(d.row_id, []).append(d)
    found = {r[key]: r for r in rows.filter(pl.col(key).is_in(list(by_row))).iter_rows(named=True)}
    outcomes: list[Outcome] = []
    finals: dict[str, dict | None] = {}
    for row_id, ds in by_row.items():
        if row_id not in found:
            outcomes += [Outcome(d, "orphaned", NOT_FOUND[table], None, None) for d in ds]
            continue
        finals[row_id], outs = _replay(table, found[row_id], ds)
        outcomes += outs
    failing = _failures(table, [r for r in finals.values() if r is not None], texts)
    if failing:
        # Only rows whose decisions together break a rule are replayed one decision at a
        # time, each judged, so that only the decisions that break it are left out.
        outcomes = [o for o in outcomes if o.decision.row_id not in failing]
        for row_id in failing:
            finals[row_id], outs = _replay(table, found[row_id], by_row[row_id],
                                           lambda r: _failures(table, [r], texts).get(r[key]))
            outcomes += outs
    if not found:
        return rows, sorted(outcomes, key=lambda o: o.decision.seq)
    kept = rows.filter(~pl.col(key).is_in(list(found)))
    changed = frame(table, [r for r in finals.values() if r is not None])
    out = ordered(table, pl.concat([kept, changed.select(rows.columns)]))
    return out, sorted(outcomes, key=lambda o: o.decision.seq)


def _replay(table: str, extracted_row: dict, decisions: list[Decision],
            judge=None) -> tuple[dict | None, list[Outcome]]:
    """One row through its decisions: the row it ends as (None when rejected) and each
    decision's outcome. `judge(row)` gives the reason a row breaks a rule, or None."""
    row, rejected = dict(extracted_row), False
    out = []
    for d in decisions:
        after, now_rejected = _step(table, row, d, extracted_row)
        reason = judge(after) if judge is not None and not now_rejected else None
        if reason is not None:
            out.append(Outcome(d, "invalid", reason, dict(row), dict(row)))
            continue
        redundant = d.decision == "set" and all(same(extracted_row[f], v) for f, v in d.set_values.items())
        out.append(Outcome(d, "redundant" if redundant else "applied", REDUNDANT if redundant else None,
                           dict(row), None if now_rejected else dict(after)))
        row, rejected = after, now_rejected
    return (None if rejected else row), out


def _step(table: str, row: dict, d: Decision, extracted_row: dict) -> tuple[dict, bool]:
    """The row after one decision, and whether it is rejected."""
    after = dict(row)
    for name, value in d.set_values.items():
        if not same(after[name], value):
            after[name] = list(value) if isinstance(value, (list, tuple)) else value
    after["reviewed"] = True
    after["corrected_fields"] = [f for f in vocabulary.REVIEWABLE[table]
                                 if not same(after[f], extracted_row[f])]
    return after, d.decision == "reject"


def _failures(table: str, rows: list[dict], texts: dict[str, str]) -> dict[str, str]:
    """row id -> the reason its row breaks a rule of the table (with its article's text
    alongside, as every extracted row is checked)."""
    if not rows:
        return {}
    key = KEYS[table]
    df = frame(table, rows).with_columns(
        article_text=pl.col("article_id").replace_strict(texts, default=None, return_dtype=pl.String))
    _, bad = quarantine.validate_table(table, df)
    return {json.loads(b["row"])[key]: f"{b['reason']} ({b['check']})" for b in bad}
