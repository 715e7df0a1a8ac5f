"""Articles written for the tests (tests/data/facts), published: a tariff threatened, put in
force and lifted in three outlets is one measure with that history, and two job
estimates from two sources are a conflict."""

import json

import pytest

from tradefigures import Warehouse

from ...conftest import DATA
from ..conftest import publish_sources


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    wh = tmp_path_factory.mktemp("facts") / "warehouse"
    publish_sources(wh, [DATA / "facts"])
    return Warehouse(wh)


def test_a_tariff_threatened_then_in_force_then_lifted_is_one_measure_with_its_history(warehouse):
    (m,) = warehouse.table("tariff_measures").to_dicts()
    assert (m["imposed_by"], m["applied_to"], m["sectors"], m["rate"]) == ("US", "CA", ["copper"], 25)
    assert [(r["status"], r["first_seen"]) for r in json.loads(m["status_history"])] == [
        ("threatened", "2025-01-20"), ("in_effect", "2025-03-12"), ("removed", "2025-06-02")]
    assert m["status"] == "removed"
    assert (m["mentions"], m["articles"], m["outlets"]) == (3, 3, 3)
    # the day it took effect, and the day its lifting did (a removal takes effect too)
    assert m["effective_dates"] == ["2025-03-12", "2025-06-02"]
    assert sorted(m["figure_ids"]) == sorted(warehouse.sql(
        "select figure_id from figures where kind = 'tariff_rate'")["figure_id"])


def test_two_job_estimates_from_two_sources_are_a_conflict(warehouse):
    (c,) = warehouse.table("conflicts").to_dicts()
    assert c["kind"] == "fact" and c["subject"] == "jobs_at_risk · jobs · copper · count · 2025"
    assert (c["measure"], c["ref_period"]) == ("jobs_at_risk", "2025")
    assert (c["left_value"], c["right_value"]) == (12000, 30000)
    assert (c["left_sources"], c["right_sources"]) == (["Canadian Copper Association"], ["Unifor"])
    assert (c["left_outlets"], c["right_outlets"]) == (["Prairie Ledger"], ["Harbour Daily"])
    assert "cannot both hold" in c["reason"]
    view = warehouse.sql("select left_sources, right_sources from conflicts")
    assert view.rows() == [(["Canadian Copper Association"], ["Unifor"])]
