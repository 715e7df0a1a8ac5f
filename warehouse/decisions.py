"""Recording a person's decision: its row found in the newest release, the decision
checked as the next release will apply it, appended to the corrections file, and what
it will change.

The row is judged as the extractor gave it with every decision of the file on it, then
this one: the state the next release publishes. A decision the contract refuses (an
unknown row or field, a value outside a vocabulary, a row a rule would quarantine) is
CorrectionRefused with the rule's reason, and the file stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tradefigures.validate import quarantine, tables, vocabulary
from tradefigures.warehouse import corrected, corrections, history, releases, reviews
from tradefigures.warehouse.corrected import Outcome
from tradefigures.warehouse.corrections import Decision, NotADecision
from tradefigures.warehouse.errors import CorrectionRefused, NoWarehouse
from tradefigures.warehouse.releases import Release


@dataclass(frozen=True, slots=True)
class Recorded:
    """A decision appended to the file, the release it was judged against, and the
    row just before and after it as the next release will publish it."""

    decision: Decision
    path: Path
    release_id: str
    outcome: Outcome

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for each field the decision changes."""
        before, after = self.outcome.before or {}, self.outcome.after or {}
        if self.outcome.after is None:
            return []
        return [(f, before.get(f), after.get(f)) for f in vocabulary.REVIEWABLE[self.decision.table]
                if not corrections.same(before.get(f), after.get(f))]


def record(wh: Path, path: Path, row_id: str, decision: str, reviewer: str, why: str,
           assignments: list[str] | None = None) -> Recorded:
    """Decide of the figure or date `row_id` (confirm, set FIELD=VALUE ..., reject), as
    `reviewer` for the reason `why`, and append the decision to the corrections file."""
    release = _newest(wh)
    table, extracted, text = _row(release, row_id)
    if not reviewer.strip() or not why.strip():
        raise CorrectionRefused("Say who decides and why: --by NAME --why TEXT, neither empty")
    row = extracted.row(0, named=True)
    try:
        values = dict(corrections.parse(table, a) for a in assignments or [])
        if decision == "set" and not values:
            raise NotADecision("set needs at least one FIELD=VALUE (e.g. status=in_effect)")
        made = corrections.new(table, row_id, row["article_id"], row["mention"], decision, reviewer, why, values)
    except NotADecision as exc:
        raise CorrectionRefused(f"{_named(table, row)}: {exc}") from None
    failed = quarantine.field_failures(table, made.set_values)
    if failed:
        raise CorrectionRefused(f"{_named(table, row)}: {failed[0][2]}")
    found: list[Outcome] = []

    def judged(existing: list[Decision]) -> Decision:
        mine = Decision(len(existing) + 1, made.table, made.row_id, made.article_id, made.decision, made.reviewer,
                        made.decided_at, made.why, made.set_values, made.mention)
        on_row = [d for d in existing if d.row_id == row_id] + [mine]
        _, outcomes = corrected.apply(table, extracted, on_row, {row["article_id"]: text})
        outcome = outcomes[-1]
        if outcome.outcome == "invalid":
            raise CorrectionRefused(f"{_named(table, row)}: the row it makes breaks a rule: {outcome.reason}")
        found.append(outcome)
        return mine

    appended = corrections.append(path, judged)
    return Recorded(appended, path, release.id, found[0])


def _named(table: str, row: dict) -> str:
    key = vocabulary.REVIEWED_TABLES[table]
    return f'{key.removesuffix("_id")} {row[key]} ("{row["mention"]}")'


def _newest(wh: Path) -> Release:
    """The release the next run builds on: the newest one whose files verify."""
    history.ids(wh)  # NoWarehouse when there is none
    release = releases.base(wh).release
    if release is None:
        raise NoWarehouse(wh)
    return release


def _row(release: Release, row_id: str) -> tuple[str, pl.DataFrame, str]:
    """The table of `row_id`, its row as the extractor gave it, and its article's text.
    A row rejected in the release is found in its corrections table."""
    done = reviews.published(release)
    for table, key in vocabulary.REVIEWED_TABLES.items():
        published = _read(release, table, key, row_id)
        decided = done.filter(pl.col(key) == row_id)
        row = corrected.extracted(table, published, decided)
        if row.height:
            article = _read(release, "articles", "article_id", row["article_id"][0])
            return table, row, article["text"][0]
    raise CorrectionRefused(f'No figure or date "{row_id}" in release {release.id}: '
                            '`tradefigures query "select figure_id, mention, sentence from figures"` lists figures')


def _read(release: Release, table: str, key: str, value: str) -> pl.DataFrame:
    """The rows of a release's table whose `key` is `value`, read as a scan (the parts
    are filtered as they are read, never loaded whole)."""
    paths = [release.part_path(table, p["path"].split("/")[-1]) for p in release.parts(table)]
    if not paths:
        return tables.empty(table)
    return pl.scan_parquet(paths).filter(pl.col(key) == value).collect()
