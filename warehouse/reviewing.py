"""A release's review, at publication: every decision of the corrections file applied to
the groups that hold its article, and the corrections table.

A staged group holds the rows as the extractor gave them this run; a group taken from
the parent release holds them with the parent's decisions applied, and is taken back
to the extractor's rows first (`corrected.extracted`, from the parent's corrections
table). Either way the decisions apply to the extractor's rows, so a decision survives
any number of reruns and extractor versions, and removing one from the file removes it
from the next release. Only the groups holding an article that a decision names, now or
in the parent, are read and rewritten: a decision costs its article, not the release.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tradefigures.validate import schemas, vocabulary
from tradefigures.warehouse import corrected, parts, reviews
from tradefigures.warehouse.corrections import Decision
from tradefigures.warehouse.corrected import Outcome
from tradefigures.warehouse.parts import Part
from tradefigures.warehouse.releases import Release

TABLE = reviews.TABLE
GONE = "Its article ({article}) is no longer in the release: its source was edited or removed."


@dataclass(slots=True)
class Review:
    """The release's groups with the decisions applied, where each part of them is to be
    taken from, the corrections table's part, and what came of each decision."""

    groups: list[dict[str, str]]
    homes: dict[str, Path]
    part: Part
    outcomes: list[Outcome] = field(default_factory=list)

    def summary(self) -> "Summary":
        return summary(self.outcomes)


@dataclass(frozen=True, slots=True)
class Summary:
    """What a release made of the corrections file, for a run's summary: how many
    decisions had each outcome, and a line for each one worth a look."""

    counts: dict[str, int]
    lines: tuple[str, ...] = ()

    def __str__(self) -> str:
        total = sum(self.counts.values())
        if not total:
            return "Corrections: none"
        shown = ", ".join(f"{self.counts[o]} {o}" for o in vocabulary.OUTCOMES if self.counts.get(o))
        return f"Corrections: {total} decision{'s' if total != 1 else ''} ({shown})"


def summary(outcomes: list[Outcome]) -> Summary:
    counts = Counter(o.outcome for o in outcomes)
    lines = tuple(f"correction {o.decision.correction_id} ({o.decision.describe()}) is {o.outcome}: {o.reason}"
                  for o in outcomes if o.outcome in ("orphaned", "invalid"))
    return Summary({o: counts.get(o, 0) for o in vocabulary.OUTCOMES}, lines)


def review(parent: Release | None, groups: list[dict[str, str]], homes: dict[str, Path], from_parent: set[str],
           decisions: list[Decision], staging: Path, versions: dict[str, str]) -> Review:
    """Apply the decisions to the groups (`from_parent`: the `sources` parts of the groups
    whose rows carry the parent's decisions); rewritten parts go into `staging`."""
    carried = reviews.published(parent).filter(pl.col("outcome") != "orphaned")
    named = {d.article_id for d in decisions}
    out_groups: list[dict[str, str]] = []
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    for group in groups:
        if not (named or carried.height):
            out_groups.append(group)  # no decision now or in the parent: no group to read
            continue
        path = homes[f"articles/{group['articles']}"]
        ids = set(pl.read_parquet(path, columns=["article_id"])["article_id"].to_list())
        seen |= ids
        ours = group["sources"] in from_parent
        undo = carried.filter(pl.col("article_id").is_in(list(ids))) if ours else carried.clear()
        mine = [d for d in decisions if d.article_id in ids]
        if mine or undo.height:
            group, outs = _reviewed(group, homes, path, mine, undo, staging, versions)
            outcomes += outs
        out_groups.append(group)
    gone = [d for d in decisions if d.article_id not in seen]
    if gone:
        where = _gone(parent, out_groups, homes)
        outcomes += [Outcome(d, "orphaned", where(d.article_id), None, None) for d in gone]
    outcomes.sort(key=lambda o: o.decision.seq)
    part = parts.write(staging, TABLE, corrected.frame(TABLE, [o.row() for o in outcomes]), versions)
    return Review(out_groups, homes, part, outcomes)


def _reviewed(group: dict[str, str], homes: dict[str, Path], articles: Path, decisions: list[Decision],
              undo: pl.DataFrame, staging: Path, versions: dict[str, str]) -> tuple[dict[str, str], list[Outcome]]:
    """One group with its decisions applied to the extractor's rows (taken back first
    from the parent's decisions `undo`), its figures and dates parts written anew."""
    found = pl.read_parquet(articles, columns=["article_id", "text"])
    texts = dict(zip(found["article_id"].to_list(), found["text"].to_list()))
    group = dict(group)
    outcomes: list[Outcome] = []
    for table, key in vocabulary.REVIEWED_TABLES.items():
        mine = [d for d in decisions if d.table == table]
        if not mine and undo.filter(pl.col(key).is_not_null()).height == 0:
            continue  # the group's part of this table is as it was
        rows = corrected.extracted(table, _rows(homes, group, table), undo)
        rows, outs = corrected.apply(table, rows, mine, texts)
        outcomes += outs
        _put(group, homes, table, rows, staging, homes[f"sources/{group['sources']}"], versions)
    return group, outcomes


def _gone(parent: Release | None, groups: list[dict[str, str]], homes: dict[str, Path]):
    """Why an article is not in the release, naming its source and the article that
    source gives now: what a reviewer needs to decide its rows again."""
    before = _sources([parent.part_path("sources", p["path"].split("/")[-1]) for p in parent.parts("sources")]
                      if parent else [])
    now = _sources([homes[f"sources/{g['sources']}"] for g in groups])
    uri_of = dict(zip(before["article_id"].to_list(), before["source_uri"].to_list()))
    article_of = dict(zip(now["source_uri"].to_list(), now["article_id"].to_list()))

    def why(article_id: str) -> str:
        uri = uri_of.get(article_id)
        if uri is None:
            return GONE.format(article=article_id)
        if uri in article_of:
            return (f"Its article ({article_id}) is no longer in the release: its source {uri} was edited "
                    f"and gives article {article_of[uri]} now.")
        return f"Its article ({article_id}) is no longer in the release: its source {uri} was removed."

    return why


def _sources(paths: list[Path]) -> pl.DataFrame:
    if not paths:
        return pl.DataFrame(schema={"source_uri": pl.String, "article_id": pl.String})
    return pl.read_parquet(paths, columns=["source_uri", "article_id"])


def _rows(homes: dict[str, Path], group: dict[str, str], table: str) -> pl.DataFrame:
    """A group's rows of one table (none when the batch had none: no part was written)."""
    return pl.read_parquet(homes[f"{table}/{group[table]}"]) if table in group else schemas.empty(table)


def _put(group: dict[str, str], homes: dict[str, Path], table: str, rows: pl.DataFrame, staging: Path,
         sources: Path, versions: dict[str, str]) -> None:
    """The group's part of `table` become `rows`, written into staging with the
    provenance every group part carries (the code versions, the inputs' hashes)."""
    group.pop(table, None)
    if rows.height == 0:
        return
    src = pl.read_parquet(sources, columns=["source_uri", "content_sha256"])
    inputs = json.dumps([{"source_uri": u, "content_sha256": h}
                         for u, h in zip(src["source_uri"].to_list(), src["content_sha256"].to_list())],
                        ensure_ascii=False, sort_keys=True)
    part = parts.write(staging, table, rows, {**versions, "inputs": inputs})
    group[table] = part.name
    homes.setdefault(f"{table}/{part.name}", staging / part.path)
