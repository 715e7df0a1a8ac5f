"""The reviews read back: the file's decisions with what the newest release made of
them, and how often the extractor's values were the reviewers', field by field."""

import polars as pl

from tradefigures.validate import vocabulary
from tradefigures.warehouse import decisions, layout, releases, reviews

from .conftest import publish_sources

FIELDS = vocabulary.REVIEWABLE["figures"]


def test_agreement_counts_what_reviewers_confirmed_set_and_rejected(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    rows = pl.read_parquet(releases.latest(warehouse).path / "figures" / "*.parquet")
    tariffs = rows.filter(pl.col("kind") == "tariff_rate")
    confirmed = [tariffs.row(0, named=True), rows.filter(pl.col("kind") == "jobs").row(0, named=True)]
    changed, redundant = tariffs.row(1, named=True), tariffs.row(2, named=True)
    rejected = rows.filter(pl.col("kind") == "economic_impact").row(0, named=True)
    path = layout.corrections_path(warehouse)

    def record(row, decision, *values):
        return decisions.record(warehouse, path, row["figure_id"], decision, "M. Roy", "Checked.", list(values))

    for row in confirmed:
        record(row, "confirm")
    other = next(s for s in vocabulary.STATUSES if s != changed["status"])
    record(changed, "set", f"status={other}")
    record(redundant, "set", f"applied_to={redundant['applied_to'] or ''}")
    record(rejected, "reject")
    assert reviews.agreement(warehouse, path).pending == 5
    publish_sources(warehouse, [corpus])
    record(changed, "confirm")  # not published yet
    found = reviews.agreement(warehouse, path)

    assert found.release_id == releases.latest(warehouse).id and found.pending == 1
    figures = found.tables["figures"]
    assert figures.reviewed == 5 and figures.rejected == 1 and figures.kept == 0.8
    for name in FIELDS:
        extra = {"status": 1, "applied_to": 1}.get(name, 0)
        assert figures.fields[name] == [2 + (name == "applied_to"), 2 + extra], name
    assert figures.agreement == round((2 * len(FIELDS) + 1) / (2 * len(FIELDS) + 2), 4)
    assert found.tables["dates"].reviewed == 0 and found.tables["dates"].agreement is None
    lines = found.lines()
    assert lines[0] == f"figures  reviewed=5 rejected=1 kept=0.800 field agreement={figures.agreement:.3f}"
    assert "    status           2/3   0.667" in lines and lines[-1].startswith("summary figures_reviewed=5 ")
    assert found.to_dict()["tables"]["figures"]["fields"]["status"] == {"agreed": 2, "reviewed": 3,
                                                                       "agreement": 0.6667}


def test_the_list_says_what_the_newest_release_made_of_each_decision(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    rows = pl.read_parquet(releases.latest(warehouse).path / "figures" / "*.parquet")
    path = layout.corrections_path(warehouse)
    first = rows.row(0, named=True)
    decisions.record(warehouse, path, first["figure_id"], "confirm", "M. Roy", "Checked.")
    publish_sources(warehouse, [corpus])
    decisions.record(warehouse, path, rows.row(1, named=True)["figure_id"], "reject", "A. Tremblay", "Not one.")
    listed = reviews.listing(warehouse, path)
    assert listed.select("seq", "decision", "id", "reviewer", "outcome").rows() == [
        (1, "confirm", first["figure_id"], "M. Roy", "applied"),
        (2, "reject", rows.row(1, named=True)["figure_id"], "A. Tremblay", reviews.PENDING)]
    assert listed["mention"].to_list() == [first["mention"], rows.row(1, named=True)["mention"]]
