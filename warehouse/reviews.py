"""The reviews so far, read back: the corrections file's decisions beside what the
newest release made of each, and how often the extractor agreed with the reviewers.

Both read the newest release's own corrections table, never Pandera or the rules:
they answer at once, like the other commands that only read.

Agreement is the dataset's own measure of the extractor, growing with every review. A
reviewed row vouches for every field a person may set when a decision on it confirms
it, else for the fields its set decisions name; a field agrees when the value the
extractor gave (the first decision's `before`) is the value the row ends with. A
rejected row is no figure (or date) at all: counted apart, not field by field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tradefigures.validate import tables, vocabulary
from tradefigures.warehouse import corrections, history, releases
from tradefigures.warehouse.corrections import same
from tradefigures.warehouse.releases import Release

TABLE = "corrections"
# What `list` says of a decision the newest release does not hold yet.
PENDING = "pending"
LIST_COLUMNS = {"seq": pl.Int64, "correction_id": pl.String, "decision": pl.String, "table": pl.String,
                "id": pl.String, "mention": pl.String, "set_values": pl.String, "reviewer": pl.String,
                "decided_at": pl.String, "why": pl.String, "outcome": pl.String, "reason": pl.String}


def published(release: Release | None) -> pl.DataFrame:
    """A release's corrections table (empty for a release made before it existed)."""
    paths = [] if release is None else [release.part_path(TABLE, p["path"].split("/")[-1])
                                         for p in release.parts(TABLE)]
    return pl.read_parquet(paths) if paths else tables.empty(TABLE)


def newest(wh: Path) -> Release | None:
    history.ids(wh)  # NoWarehouse when there is none
    return releases.latest(wh)


def listing(wh: Path, path: Path) -> pl.DataFrame:
    """Every decision of the corrections file, in its order, with what the newest release
    made of it (`pending` when that release does not hold it yet)."""
    done = {r["correction_id"]: r for r in published(newest(wh)).iter_rows(named=True)}
    rows = []
    for d in corrections.read(path):
        found = done.get(d.correction_id, {})
        rows.append({"seq": d.seq, "correction_id": d.correction_id, "decision": d.decision,
                     "table": d.table, "id": d.row_id, "mention": d.mention,
                     "set_values": json.dumps(corrections.jsonable(d.set_values), ensure_ascii=False),
                     "reviewer": d.reviewer, "decided_at": d.decided_at.strftime(corrections.TIME_FORMAT),
                     "why": d.why, "outcome": found.get("outcome", PENDING), "reason": found.get("reason")})
    return pl.DataFrame(rows, schema=LIST_COLUMNS)


@dataclass(slots=True)
class TableAgreement:
    """One table's reviewed rows, those rejected, and per field [agreed, vouched for]."""

    reviewed: int = 0
    rejected: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)

    @property
    def agreement(self) -> float | None:
        agreed, counted = (sum(v[i] for v in self.fields.values()) for i in (0, 1))
        return round(agreed / counted, 4) if counted else None

    @property
    def kept(self) -> float | None:
        """The share of reviewed rows that are figures (dates) at all: not rejected."""
        return round((self.reviewed - self.rejected) / self.reviewed, 4) if self.reviewed else None


@dataclass(slots=True)
class Agreement:
    """How often the extractor's values were the reviewers', per table and field."""

    release_id: str | None
    tables: dict[str, TableAgreement]
    pending: int = 0

    def to_dict(self) -> dict:
        return {"release_id": self.release_id, "pending": self.pending,
                "tables": {t: {"reviewed": a.reviewed, "rejected": a.rejected, "kept": a.kept,
                               "field_agreement": a.agreement,
                               "fields": {f: {"agreed": v[0], "reviewed": v[1],
                                              "agreement": round(v[0] / v[1], 4) if v[1] else None}
                                          for f, v in a.fields.items()}}
                           for t, a in self.tables.items()}}

    def lines(self) -> list[str]:
        """The agreement as `make eval` prints its scores: a line per table, one per field."""
        out = []
        for name, a in self.tables.items():
            out.append(f"{name:8} reviewed={a.reviewed} rejected={a.rejected} kept={_shown(a.kept)} "
                       f"field agreement={_shown(a.agreement)}")
            for f, (agreed, counted) in a.fields.items():
                if counted:
                    out.append(f"    {f:14} {agreed:3}/{counted:<3} {agreed / counted:.3f}")
        out.append("summary " + " ".join(f"{t}_reviewed={a.reviewed} {t}_field_agreement={a.agreement}"
                                         for t, a in self.tables.items()))
        return out


def _shown(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def agreement(wh: Path, path: Path | None = None) -> Agreement:
    """Per field, how often the extractor's value was the one reviewers confirmed or
    set, over every decision the newest release holds; `pending` counts the decisions of
    the corrections file at `path` that it does not hold yet."""
    release = newest(wh)
    done = published(release)
    out = Agreement(release.id if release else None,
                    {t: TableAgreement(fields={f: [0, 0] for f in vocabulary.REVIEWABLE[t]})
                     for t in vocabulary.REVIEWED_TABLES})
    if path is not None:
        held = set(done["correction_id"].to_list())
        out.pending = sum(d.correction_id not in held for d in corrections.read(path))
    for table, key in vocabulary.REVIEWED_TABLES.items():
        judged = done.filter(pl.col(key).is_not_null() & pl.col("outcome").is_in(["applied", "redundant"]))
        for _, rows in judged.sort("seq").group_by(key, maintain_order=True):
            _count(out.tables[table], table, rows)
    return out


def _count(into: TableAgreement, table: str, rows: pl.DataFrame) -> None:
    """One reviewed row's decisions, counted."""
    extracted = json.loads(rows["before"][0])
    final = rows["after"][-1]
    into.reviewed += 1
    if final is None:
        into.rejected += 1
        return
    final = json.loads(final)
    confirmed = "confirm" in rows["decision"].to_list()
    vouched = set(vocabulary.REVIEWABLE[table]) if confirmed else {f for fs in rows["fields"] for f in fs}
    for name in vocabulary.REVIEWABLE[table]:
        if name in vouched:
            into.fields[name][1] += 1
            into.fields[name][0] += same(extracted.get(name), final.get(name))
