"""Facts: mentions of one quantity grouped within the tolerance, with their corroboration."""

from tradefigures.warehouse.derive import facts


def values(release) -> list[tuple]:
    return [(f["value"], f["value_min"], f["value_max"], f["mentions"])
            for f in release.derived()["facts"].sort("value").to_dicts()]


def test_values_within_two_percent_of_the_smallest_are_one_fact(release):
    a = release.article("2025-03-04")
    for v in (2.0e9, 2.03e9, 2.04e9, 2.05e9, 2.0e9):
        release.figure(a, v, kind="trade_value", unit="currency", period="daily")
    assert values(release) == [(2.0e9, 2.0e9, 2.04e9, 4), (2.05e9, 2.05e9, 2.05e9, 1)]


def test_clusters_start_at_their_smallest_value_so_a_chain_is_cut():
    keys = ["k"] * 4 + ["other"]
    assert facts.clusters(keys, [100, 101.5, 103, 104, 104]) == [0, 0, 1, 1, 2]
    # Negative values: the tolerance is relative to the size of the smallest.
    assert facts.clusters(["k"] * 3, [-0.51, -0.5, -0.4]) == [0, 0, 1]


def test_the_value_is_the_most_mentioned_and_of_two_as_common_the_smaller(release):
    a = release.article("2025-03-04")
    for v in (100.0, 101.0, 101.0, 100.0, 101.5):
        release.figure(a, v, kind="jobs")
    assert values(release) == [(100.0, 100.0, 101.5, 5)]
    release.figure(a, 101.5, kind="jobs")
    release.figure(a, 101.5, kind="jobs")
    assert values(release)[0][0] == 101.5


def test_the_key_keeps_apart_what_is_not_the_same_quantity(release):
    a = release.article("2025-03-04")
    release.figure(a, 2e9, kind="trade_value", unit="currency", period="daily")
    release.figure(a, 2e9, kind="trade_value", unit="currency", period="annual")
    release.figure(a, 2e9, kind="trade_value", unit="currency", currency="CAD", period="daily")
    release.figure(a, 2e9, kind="economic_impact", unit="currency", period="daily")
    release.figure(a, 2e9, kind="trade_value", unit="currency", period="daily", sectors=["steel", "autos"])
    release.figure(a, 2e9, kind="trade_value", unit="currency", period="daily", sectors=["autos", "steel"])
    release.figure(a, 2e9, kind="trade_value", unit="currency", period="daily", sectors=None)
    found = release.derived()["facts"]
    assert found.height == 6 and found["fact_id"].n_unique() == 6
    steel = found.filter(found["sectors"].list.len() == 2).row(0, named=True)
    assert steel["sectors"] == ["steel", "autos"] and steel["mentions"] == 2


def test_tariff_rates_and_other_figures_are_not_facts(release):
    a = release.article("2025-03-04")
    release.figure(a, 25)
    release.figure(a, 20, kind="other", unit="percent")
    assert release.derived()["facts"].height == 0


def test_corroboration_counts_articles_outlets_dates_and_sources(release):
    arts = [release.article("2025-03-04", "Ledger"), release.article("2025-10-08", "Ledger"),
            release.article("2025-06-01", None), release.article(None, "Wire")]
    for a, org in zip(arts, ("Statistics Canada", None, "Statistics Canada", "Donald Trump")):
        release.figure(a, 2e9, kind="trade_value", unit="currency", period="daily", source_org=org)
    release.figure(arts[0], 2e9, kind="trade_value", unit="currency", period="daily")
    (f,) = release.derived()["facts"].to_dicts()
    assert (f["mentions"], f["articles"], f["outlets"]) == (5, 4, 2)
    assert (str(f["first_seen"]), str(f["last_seen"])) == ("2025-03-04", "2025-10-08")
    assert f["source_orgs"] == ["Donald Trump", "Statistics Canada"]
    assert len(f["figure_ids"]) == 5 and f["figure_ids"] == sorted(f["figure_ids"])


def test_a_fact_keeps_its_id_when_other_facts_come_and_go(release):
    a = release.article("2025-03-04")
    release.figure(a, 85000, kind="jobs", sectors=["steel"])
    first = release.derived()["facts"]["fact_id"].to_list()
    release.figure(release.article("2025-04-01"), 160000, kind="jobs", sectors=["autos"])
    assert set(first) < set(release.derived()["facts"]["fact_id"].to_list())


def test_a_fact_the_added_fields_do_not_tell_apart_keeps_the_id_it_had_before_them(release):
    from tradefigures.warehouse.derive.corroboration import stable_id

    a = release.article("2025-03-04")
    release.figure(a, 85000, kind="jobs", sectors=["steel"])
    release.figure(a, 85000, kind="jobs", sectors=["steel"], measure="jobs_at_risk")
    found = {f["measure"]: f["fact_id"] for f in release.derived()["facts"].to_dicts()}
    assert found[None] == stable_id("fact", "jobs", "count", None, None, "steel", 85000.0)
    assert found["jobs_at_risk"] != found[None]


def test_one_measure_for_other_times_or_directions_is_other_facts(release):
    a = release.article("2025-03-04")
    for ref_period in ("2025-Q2", "2025-Q3", "2025", None):
        release.figure(a, 1.2, kind="economic_indicator", unit="percent", measure="gdp", ref_period=ref_period)
    release.figure(a, 1.2, kind="economic_indicator", unit="percent", measure="inflation", ref_period="2025")
    release.figure(a, 5e9, kind="trade_value", unit="currency", measure="covered_trade", imposed_by="CA")
    release.figure(a, 5e9, kind="trade_value", unit="currency", measure="covered_trade", imposed_by="US")
    found = release.derived()["facts"]
    assert found.height == 7
    assert sorted(found.filter(found["measure"] == "gdp")["ref_period"].to_list(), key=str) == \
        sorted(["2025-Q2", "2025-Q3", "2025", None], key=str)
