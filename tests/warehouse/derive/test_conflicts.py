"""Conflicts: two facts, or two measures, that cannot both be right, and what is not one."""

import pytest

from tradefigures.warehouse.derive import conflicts


def jobs(release, value, published, outlet, source, qualifier="exact", article=None):
    article = article or release.article(published, outlet)
    release.figure(article, value, kind="jobs", sectors=["copper"], source_org=source, qualifier=qualifier)
    return article


def found(release) -> list[dict]:
    return release.derived()["conflicts"].to_dicts()


def test_two_job_estimates_from_two_sources_conflict_side_by_side(release):
    jobs(release, 30000, "2025-04-24", "Harbour Daily", "Unifor")
    jobs(release, 12000, "2025-04-10", "Prairie Ledger", "Copper Association", "approximate")
    (c,) = found(release)
    assert c["kind"] == "fact" and c["subject"] == "jobs · copper · count"
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


def test_estimates_half_a_year_apart_do_not_conflict_but_undated_ones_may(release):
    jobs(release, 12000, "2025-01-10", "A", "One")
    jobs(release, 30000, "2025-07-20", "B", "Two")
    assert found(release) == []
    jobs(release, 50000, None, "C", "Three")
    assert sorted((c["left_value"], c["right_value"]) for c in found(release)) == [(12000, 50000), (30000, 50000)]
    assert all(c["reason"].endswith("one of them is undated") and c["days_apart"] is None
               for c in found(release))


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


def test_the_number_in_a_reason_reads_like_the_text():
    assert conflicts._number(2e9) == "2,000,000,000" and conflicts._number(6.6) == "6.6"
    assert conflicts._span(float("-inf"), 3) == "at most 3" and conflicts._span(85, float("inf")) == "at least 85"
