"""Issue 10's test: the pipeline on the seeds and the samples makes one measure of each
tariff the news keeps citing, with its direction and status, and one corroborated fact
of the $2 billion of daily trade."""

import pytest

from tradefigures import Warehouse
from tradefigures.flows.pipeline import run_pipeline

from ..conftest import shared


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, samples, prefect_harness):
    """One run of the flow, under the session's Prefect harness, for every test here."""
    wh = tmp_path_factory.mktemp("facts-flow") / "warehouse"
    result = run_pipeline([str(shared("corpus", "seeds")), str(samples)], wh)
    assert result.publication.changed and result.items == 13
    return Warehouse(wh)


def measures(wh, imposed_by, rate):
    return wh.sql(f"""
        select applied_to, sectors, status, articles from tariff_measures
        where imposed_by = '{imposed_by}' and rate = {rate}""").to_dicts()


def test_the_us_50_per_cent_on_canadian_steel_and_aluminum_is_one_measure(warehouse):
    (m,) = measures(warehouse, "US", 50)
    assert m["applied_to"] == "CA" and set(m["sectors"]) == {"steel", "aluminum"}
    assert m["status"] == "in_effect" and m["articles"] >= 2


def test_canadas_25_per_cent_counter_tariff_is_one_measure(warehouse):
    (m,) = measures(warehouse, "CA", 25)
    assert m["applied_to"] == "US" and {"steel", "aluminum"} <= set(m["sectors"])
    assert m["status"] == "in_effect" and m["articles"] >= 2


def test_the_us_35_per_cent_general_tariff_is_one_measure(warehouse):
    (m,) = measures(warehouse, "US", 35)
    assert (m["applied_to"], m["sectors"], m["status"]) == ("CA", ["all"], "in_effect")
    assert m["articles"] >= 2


def test_two_billion_dollars_of_trade_a_day_is_one_fact_of_several_articles(warehouse):
    (f,) = warehouse.sql("""
        select articles, figure_ids from facts
        where kind = 'trade_value' and period = 'daily' and value = 2e9""").to_dicts()
    assert f["articles"] >= 2
    mentions = warehouse.sql(f"""
        select count(*) from figures where kind = 'trade_value' and period = 'daily'
        and value between 1.96e9 and 2.04e9""").item()
    assert len(f["figure_ids"]) == mentions
