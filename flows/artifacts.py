"""What each run leaves in Prefect's UI: figures by kind, and what needs a look.

Two artifacts per run: a table of the newest release's figures by kind (with its
release id), and a markdown list of the rows quarantined, the sources skipped and the
people's decisions the release could not apply (orphaned, invalid).
"""

from __future__ import annotations

import polars as pl
from prefect.artifacts import create_markdown_artifact, create_table_artifact

TABLE_KEY = "tradefigures-figures-by-kind"
PROBLEMS_KEY = "tradefigures-problems"
# Artifacts live in Prefect's database: a long list is cut, the release holds it all.
MAX_LINES = 200


def publish(result, counts: pl.DataFrame) -> None:
    """Create the run's two artifacts from its RunResult and the figures counted by kind."""
    pub = result.publication
    release = pub.release_id or pub.parent
    rows = [{"release_id": release, "kind": kind, "figures": n} for kind, n in counts.iter_rows()]
    said = "published" if pub.changed else "unchanged, nothing published"
    create_table_artifact(rows, key=TABLE_KEY, description=f"Figures by kind in release {release} ({said})")
    create_markdown_artifact(problems(result), key=PROBLEMS_KEY,
                             description=f"Quarantined rows and skipped sources, release {release}")


def problems(result) -> str:
    """The run's quarantined rows and skipped sources, as markdown tables."""
    lines = [f"# Quarantined rows: {result.quarantined}", ""]
    if result.quarantine_rows:
        lines += _table(["table", "article_id", "check", "reason"],
                        [[r.get(k) for k in ("table", "article_id", "check", "reason")]
                         for r in result.quarantine_rows], result.quarantined,
                        "the release's `quarantine` table")
    else:
        lines.append("None.")
    lines += ["", f"# Skipped sources: {len(result.skipped)}", ""]
    if result.skipped:
        lines += _table(["source", "reason"], [[s["source_uri"], s["reason"]] for s in result.skipped],
                        len(result.skipped), "the release's `datapackage.json` (`tradefigures:skipped`)")
    else:
        lines.append("None.")
    review = result.publication.review
    lines += ["", f"# {review}", ""]
    lines += [f"- {_cell(line)}" for line in review.lines[:MAX_LINES]]
    if len(review.lines) > MAX_LINES:
        lines += ["", f"The first {MAX_LINES} of {len(review.lines)}; the release's `corrections` table holds them all."]
    return "\n".join(lines) + "\n"


def _table(header: list[str], rows: list[list], total: int, everything: str) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows[:MAX_LINES]]
    if total > min(len(rows), MAX_LINES):
        out += ["", f"The first {min(len(rows), MAX_LINES)} of {total}; {everything} holds them all."]
    return out


def _cell(value) -> str:
    """A value as a markdown table cell: pipes escaped, one line."""
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
