"""Conflicts: two facts, or two measures, that cannot both be right, and what is not one."""

import pytest

from tradefigures.warehouse.derive import conflicts


def jobs(release, value, published, outlet, source, qualifier="exact", article=None, **fields):
    article = article or release.article(published, outlet)
    release.figure(article, value, kind="jobs", sectors=["copper"], source_org=source, qualifier=qualifier,
                   **{"measure": "jobs_at_risk", **fields})
    return article


def found(release) -> list[dict]:
    return release.derived()["conflicts"].to_dicts()


def test_two_job_estimates_from_two_sources_conflict_side_by_side(release):
    jobs(release, 30000, "2025-04-24", "Harbour Daily", "Unifor")
    jobs(release, 12000, "2025-04-10", "Prairie Ledger", "Copper Association", "approximate")
    (c,) = found(release)
    assert c["kind"] == "fact" and c["subject"] == "jobs_at_risk · jobs · copper · count"
    assert (c["measure"], c["ref_period"]) == ("jobs_at_risk", None)
    assert (c["left_value"], c["right_value"]) == (12000, 30000)
    assert (c["left_sources"], c["right_sources"]) == (["Copper Association"], ["Unifor"])
    assert (c["left_outlets"], c["right_outlets"]) == (["Prairie Ledger"], ["Harbour Daily"])
    assert c["reason"] == ("12,000 (10,800 to 13,200) and 30,000 (29,400 to 30,600) cannot both hold; "
                           "no article reports both; reported 14 days apart")
    assert c["days_apart"] == 14
    facts = release.derived()["facts"]
    assert {c["left_id"], c["right_id"]} == set(facts["fact_id"])


def test_values_one_article_gives_together_are_not_a_conflict(release):
    a = jobs(release, 12000, "2025-04-10", "Ledger", "Copper Association")
    jobs(release, 30000, None, None, "Unifor", article=a)
    assert found(release) == []


@pytest.mark.parametrize("left, right", [
    (("up to", 85000), ("up to", 23000)),        # both ceilings: 20,000 is under both
    (("about", 12000), ("about", 14000)),        # 12,600 is about either
    (("more than", 12000), ("exactly", 30000)),  # 30,000 is more than 12,000
])
def test_values_their_qualifiers_let_meet_are_not_a_conflict(release, left, right):
    words = {"up to": "upper_bound", "about": "approximate", "more than": "lower_bound", "exactly": "exact"}
    jobs(release, left[1], "2025-04-10", "A", "One", words[left[0]])
    jobs(release, right[1], "2025-04-12", "B", "Two", words[right[0]])
    assert found(release) == []


def test_estimates_for_one_year_half_a_year_apart_do_not_conflict_but_undated_ones_may(release):
    jobs(release, 12000, "2025-01-10", "A", "One", ref_period="2025")
    jobs(release, 30000, "2025-07-20", "B", "Two", ref_period="2025")
    assert found(release) == []
    jobs(release, 50000, None, "C", "Three", ref_period="2025")
    # Neighbours only: 30,000 and 50,000 are; 12,000 and 50,000 are not.
    assert [(c["left_value"], c["right_value"]) for c in found(release)] == [(30000, 50000)]
    assert all(c["reason"].endswith("one of them is undated") and c["days_apart"] is None
               for c in found(release))


def test_figures_that_state_no_time_conflict_only_when_reported_within_a_month(release):
    jobs(release, 12000, "2025-03-01", "A", "One")
    jobs(release, 30000, "2025-04-15", "B", "Two")
    assert found(release) == []
    # Undated: nothing says when it was about.
    jobs(release, 60000, None, "C", "Three")
    assert found(release) == []
    jobs(release, 12000, "2025-05-10", "D", "Four")
    (c,) = found(release)
    assert (c["left_value"], c["right_value"]) == (12000, 30000)
    # The 12,000 fact spans March to May, around April's 30,000: reported over
    # overlapping periods, and its May mention 25 days after the other.
    assert c["days_apart"] == 0


def indicator(release, value, measure, published, ref_period=None, outlet=None):
    a = release.article(published, outlet or f"Outlet {len(release.articles)}")
    release.figure(a, value, kind="economic_indicator", unit="percent", measure=measure, ref_period=ref_period)
    return a


def test_gdp_growth_for_two_quarters_does_not_conflict(release):
    indicator(release, 0.4, "gdp", "2025-08-29", "2025-Q2")
    indicator(release, 2.6, "gdp", "2025-08-30", "2025-Q3")
    assert release.derived()["facts"].height == 2 and found(release) == []


def test_two_unemployment_rates_for_one_month_from_two_articles_conflict(release):
    indicator(release, 6.9, "unemployment_rate", "2025-04-04", "2025-03")
    indicator(release, 7.4, "unemployment_rate", "2025-04-20", "2025-03")
    (c,) = found(release)
    assert (c["measure"], c["ref_period"]) == ("unemployment_rate", "2025-03")
    assert (c["left_value"], c["right_value"]) == (6.9, 7.4)
    assert c["subject"] == "unemployment_rate · economic_indicator · all · percent · 2025-03"


def test_a_gdp_figure_and_an_unemployment_rate_never_conflict(release):
    indicator(release, 1.2, "gdp", "2025-04-04", "2025")
    indicator(release, 6.9, "unemployment_rate", "2025-04-05", "2025")
    indicator(release, 1.2, "gdp", "2025-04-04")
    indicator(release, 6.9, "unemployment_rate", "2025-04-05")
    assert release.derived()["facts"].height == 4 and found(release) == []


def test_facts_that_name_no_measure_never_conflict(release):
    jobs(release, 12000, "2025-04-10", "A", "One", measure=None)
    jobs(release, 30000, "2025-04-12", "B", "Two", measure=None)
    assert release.derived()["facts"].height == 2 and found(release) == []


@pytest.mark.parametrize("n", [2, 5, 40])
def test_n_facts_of_one_key_give_at_most_n_minus_one_conflicts(release, n):
    for i in range(n):
        jobs(release, 1000 * 2 ** i, "2025-04-10", f"Outlet {i}", f"Source {i}")
    rows = found(release)
    assert len(rows) == n - 1
    # Each pair is two neighbours in the order of values.
    assert sorted((c["left_value"], c["right_value"]) for c in rows) == sorted(
        (1000 * 2 ** i, 1000 * 2 ** (i + 1)) for i in range(n - 1))


def test_the_nearest_dates_of_two_sides_are_their_closest_mentions():
    from datetime import date

    d = date.fromisoformat
    assert conflicts.nearest_days([d("2025-03-04"), d("2025-10-08")], [d("2025-08-01")]) == 68
    assert conflicts.nearest_days([d("2025-03-04")], []) is None


def measure(release, rate, published, status="in_effect", **fields):
    a = release.article(published, f"Outlet {len(release.articles)}")
    release.figure(a, rate, status=status, **{"sectors": ["steel"], **fields})
    return a


def test_two_rates_in_effect_on_the_same_goods_at_the_same_time_conflict(release):
    measure(release, 25, "2025-06-01", applied_to="*", sectors=["steel", "aluminum"])
    measure(release, 50, "2025-06-01")
    (c,) = found(release)
    assert c["kind"] == "measure" and (c["left_value"], c["right_value"]) == (25, 50)
    assert c["subject"] == "tariff_rate · US → *, CA · steel"
    assert c["reason"] == ("25% and 50% on the same goods, both in effect; no article reports both; "
                           "reported over overlapping periods")
    assert c["days_apart"] == 0


@pytest.mark.parametrize("second", [
    {"status": "removed"},                       # one of them no longer holds
    {"published": "2025-09-01"},                 # one after the other: the rate changed
    {"sectors": ["autos"]},                      # other goods
    {"applied_to": "MX"},                        # another country's goods
    {"imposed_by": "CA", "applied_to": "US"},    # another country levies it
])
def test_rates_that_can_both_hold_are_not_a_conflict(release, second):
    measure(release, 25, "2025-06-01")
    measure(release, 50, **{"published": "2025-06-01", **second})
    assert [c for c in found(release) if c["kind"] == "measure"] == []


def test_a_rate_is_compared_with_the_next_higher_rate_on_the_same_goods_only(release):
    for rate in (10, 25, 50):
        measure(release, rate, "2025-06-01")
    assert sorted((c["left_value"], c["right_value"]) for c in found(release)) == [(10, 25), (25, 50)]


def test_the_number_in_a_reason_reads_like_the_text():
    assert conflicts._number(2e9) == "2,000,000,000" and conflicts._number(6.6) == "6.6"
    assert conflicts._span(float("-inf"), 3) == "at most 3" and conflicts._span(85, float("inf")) == "at least 85"
