"""Recording a decision: its row found in the newest release, judged as the next release
will apply it, appended, and what it changes; refused in one line otherwise."""

import polars as pl
import pytest

from tradefigures.warehouse import decisions, layout, releases, reviews
from tradefigures.warehouse.errors import CorrectionRefused, NoWarehouse

from .conftest import publish_sources


@pytest.fixture
def wh(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    return warehouse


def rows(wh) -> pl.DataFrame:
    return pl.read_parquet(releases.latest(wh).path / "figures" / "*.parquet")


def a(wh, kind) -> dict:
    return rows(wh).filter(pl.col("kind") == kind).row(0, named=True)


def test_a_set_says_what_it_will_change_and_the_next_release_does_it(wh, corpus):
    tariff = a(wh, "tariff_rate")
    path = layout.corrections_path(wh)
    other = next(s for s in ("threatened", "announced") if s != tariff["status"])
    done = decisions.record(wh, path, tariff["figure_id"], "set", "M. Roy", "Still a threat.", [f"status={other}"])
    assert done.changes() == [("status", tariff["status"], other)]
    assert done.outcome.outcome == "applied" and done.release_id == releases.latest(wh).id
    listed = reviews.listing(wh, path)
    assert listed["correction_id"].to_list() == [done.decision.correction_id]
    assert listed["outcome"].to_list() == ["pending"]
    publish_sources(wh, [corpus])
    assert rows(wh).filter(pl.col("figure_id") == tariff["figure_id"])["status"].item() == other
    assert reviews.listing(wh, path)["outcome"].to_list() == ["applied"]


def test_a_decision_is_judged_with_the_files_earlier_ones_on_its_row(wh):
    money = a(wh, "trade_value")
    path = layout.corrections_path(wh)
    # On its own, a status on a trade value breaks a rule; once the row is a tariff rate
    # (an earlier decision, not yet published) it is what the next release publishes.
    with pytest.raises(CorrectionRefused, match="belong to tariff rates only"):
        decisions.record(wh, path, money["figure_id"], "set", "M. Roy", "x", ["status=announced"])
    decisions.record(wh, path, money["figure_id"], "set", "M. Roy", "A rate, not a value.",
                     ["kind=tariff_rate", "unit=percent", "value=25", "currency=", "period=", "measure="])
    done = decisions.record(wh, path, money["figure_id"], "set", "M. Roy", "Announced, not levied.",
                            ["status=announced"])
    assert done.changes() == [("status", None, "announced")]
    assert len(path.read_text().splitlines()) == 2


def test_a_rejected_row_can_be_decided_again(wh, corpus):
    jobs = a(wh, "jobs")
    path = layout.corrections_path(wh)
    decisions.record(wh, path, jobs["figure_id"], "reject", "M. Roy", "Not a count of jobs.")
    publish_sources(wh, [corpus])
    assert jobs["figure_id"] not in rows(wh)["figure_id"].to_list()
    done = decisions.record(wh, path, jobs["figure_id"], "confirm", "A. Tremblay", "It is: page 2 says so.")
    assert done.outcome.after is not None and done.outcome.before["figure_id"] == jobs["figure_id"]
    publish_sources(wh, [corpus])
    assert rows(wh).filter(pl.col("figure_id") == jobs["figure_id"])["reviewed"].item()


@pytest.mark.parametrize("row, decision, values, why", [
    ("0123456789abcdef", "confirm", [], 'No figure or date "0123456789abcdef" in release'),
    (None, "set", ["colour=red"], 'figures has no field "colour"'),
    (None, "set", ["char_end=9"], "char_end is not a field a person sets"),
    (None, "set", ["status=maybe"], "status 'maybe' is not one of the allowed values"),
    (None, "set", ["sectors=steel,plastics"], "Every sector must be one of the contract's sectors"),
    (None, "set", ["value=lots"], 'value "lots" is not a number'),
    (None, "set", ["kind=jobs"], "the row it makes breaks a rule: status, imposed_by and applied_to belong"),
    (None, "set", ["value=5000"], "the row it makes breaks a rule: A tariff rate must be in percent, between 0"),
    (None, "set", [], "set needs at least one FIELD=VALUE"),
])
def test_a_decision_the_contract_refuses_is_one_line_and_changes_nothing(wh, row, decision, values, why):
    tariff = a(wh, "tariff_rate")
    path = layout.corrections_path(wh)
    before = releases.list_ids(wh)
    with pytest.raises(CorrectionRefused) as caught:
        decisions.record(wh, path, row or tariff["figure_id"], decision, "M. Roy", "Checked.", values)
    message = str(caught.value)
    assert why in message and "\n" not in message
    if row is None:
        assert message.startswith(f'figure {tariff["figure_id"]} ("{tariff["mention"]}")')
    assert not path.exists() and releases.list_ids(wh) == before


def test_who_and_why_are_required(wh):
    with pytest.raises(CorrectionRefused, match="Say who decides and why"):
        decisions.record(wh, layout.corrections_path(wh), a(wh, "jobs")["figure_id"], "confirm", "M. Roy", " ")


def test_no_warehouse_is_said_so(tmp_path):
    with pytest.raises(NoWarehouse):
        decisions.record(tmp_path / "none", tmp_path / "c.jsonl", "0123456789abcdef", "confirm", "M", "x")
