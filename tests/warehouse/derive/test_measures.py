"""Tariff measures: which mentions are one measure, its status history, its tied dates."""

import json

from tradefigures.warehouse.derive import measures


def rows(release) -> list[dict]:
    return release.derived()["tariff_measures"].to_dicts()


def test_a_blanket_mention_joins_the_one_specific_measure_on_the_same_country(release):
    a, b = release.article("2025-06-05", "Outlet A"), release.article("2025-10-07", "Outlet B")
    release.figure(a, 50, sectors=["all"])
    release.figure(b, 50, sectors=["steel", "aluminum"])
    release.figure(b, 50, sectors=["aluminum"])
    (m,) = rows(release)
    assert (m["imposed_by"], m["applied_to"], m["sectors"], m["rate"]) == ("US", "CA", ["steel", "aluminum"], 50)
    assert (m["mentions"], m["articles"], m["outlets"]) == (3, 2, 2)


def test_a_blanket_mention_stays_apart_when_two_specific_measures_could_be_meant(release):
    a = release.article("2025-03-04")
    release.figure(a, 25, imposed_by="CA", applied_to="US", sectors=["all"])
    release.figure(a, 25, imposed_by="CA", applied_to="US", sectors=["steel"])
    release.figure(a, 25, imposed_by="CA", applied_to="US", sectors=["autos"])
    assert sorted(tuple(m["sectors"]) for m in rows(release)) == [("all",), ("autos",), ("steel",)]


def test_a_blanket_tariff_more_reported_than_the_specific_one_stays_apart(release):
    # Three articles cite the blanket tariff; one names a sector at the same rate.
    for day in ("2025-03-04", "2025-03-05", "2025-03-06"):
        release.figure(release.article(day), 25, sectors=["all"])
    release.figure(release.article("2025-03-07"), 25, sectors=["agriculture"])
    found = {tuple(m["sectors"]): m["articles"] for m in rows(release)}
    assert found == {("all",): 3, ("agriculture",): 1}


def test_every_country_links_with_one_country_only_where_sectors_overlap(release):
    a = release.article("2025-06-05")
    release.figure(a, 25, applied_to="*", sectors=["steel", "aluminum"])
    release.figure(a, 25, applied_to="CA", sectors=["steel"])
    release.figure(a, 25, applied_to="CA", sectors=["autos"])
    release.figure(a, 25, applied_to="MX", sectors=["autos"])
    found = {(m["applied_to"], tuple(m["sectors"])): m["mentions"] for m in rows(release)}
    assert found == {("*", ("steel", "aluminum")): 2, ("CA", ("autos",)): 1, ("MX", ("autos",)): 1}


def test_another_rate_or_another_levying_country_is_another_measure(release):
    a = release.article("2025-08-01")
    release.figure(a, 25, sectors=["all"])
    release.figure(a, 35, sectors=["all"])
    release.figure(a, 25, imposed_by="CA", applied_to="US", sectors=["all"])
    assert len(rows(release)) == 3


def test_a_mention_without_its_countries_joins_the_one_measure_it_fits(release):
    a = release.article("2025-06-05")
    release.figure(a, 50, sectors=["steel"])
    release.figure(a, 50, imposed_by=None, sectors=["steel"])
    release.figure(a, 50, imposed_by="US", applied_to=None, sectors=["steel"])
    release.figure(a, 15, imposed_by=None, applied_to=None, sectors=["agriculture"])
    found = {(m["imposed_by"], m["rate"]): m["mentions"] for m in rows(release)}
    assert found == {("US", 50): 3, (None, 15): 1}


def test_a_mention_without_its_countries_that_fits_two_measures_stands_alone(release):
    a = release.article("2025-06-05")
    release.figure(a, 25, imposed_by="US", applied_to="CA", sectors=["steel"])
    release.figure(a, 25, imposed_by="CA", applied_to="US", sectors=["steel"])
    release.figure(a, 25, imposed_by=None, applied_to=None, sectors=["steel"])
    found = sorted((m["imposed_by"] or "", m["mentions"]) for m in rows(release))
    assert found == [("", 1), ("CA", 1), ("US", 1)]


def test_the_status_history_runs_in_order_of_publication(release):
    first, middle, last = (release.article(d, o) for d, o in
                           (("2025-01-20", "A"), ("2025-03-12", "B"), ("2025-06-02", "C")))
    undated = release.article(None)
    # Added out of order: the history follows publication dates, not row order.
    release.figure(last, 25, status="removed")
    release.figure(middle, 25, status="in_effect")
    release.figure(first, 25, status="threatened")
    release.figure(middle, 25, status="threatened")
    release.figure(undated, 25, status="announced")
    (m,) = rows(release)
    assert json.loads(m["status_history"]) == [
        {"status": "announced", "first_seen": None, "last_seen": None, "mentions": 1},
        {"status": "threatened", "first_seen": "2025-01-20", "last_seen": "2025-03-12", "mentions": 2},
        {"status": "in_effect", "first_seen": "2025-03-12", "last_seen": "2025-03-12", "mentions": 1},
        {"status": "removed", "first_seen": "2025-06-02", "last_seen": "2025-06-02", "mentions": 1},
    ]
    assert m["status"] == "removed"
    assert (str(m["first_seen"]), str(m["last_seen"])) == ("2025-01-20", "2025-06-02")


def test_without_dates_the_status_is_the_furthest_along():
    runs = measures.status_history([{"status": s, "published_date": None} for s in ("in_effect", "threatened")])
    assert [r["status"] for r in runs] == ["threatened", "in_effect"]
    assert measures.current_status(runs) == "in_effect"
    assert measures.current_status([]) is None


def test_dates_are_tied_to_a_measure_only_from_its_own_sentence(release):
    a = release.article("2025-03-10")
    said = "The 25% tariff takes effect on March 12, Ottawa announced on March 10."
    other = "Talks resume on April 2."
    release.figure(a, 25, sentence=said, char_start=4)
    release.date(a, "2025-03-12", "effective", said, char_start=31)
    release.date(a, "2025-03-10", "announcement", said, char_start=60)
    release.date(a, "2025-04-02", "effective", other, char_start=80)
    # The same sentence again, far away in the article: its date is not this rate's.
    release.date(a, "2025-05-01", "effective", said, char_start=4000)
    (m,) = rows(release)
    assert m["effective_dates"] == ["2025-03-12"] and m["announced_dates"] == ["2025-03-10"]


def test_the_same_mentions_in_any_order_give_the_same_table(release):
    for n, day in enumerate(("2025-01-02", "2025-02-03", None, "2025-04-05")):
        a = release.article(day, f"Outlet {n % 2}")
        release.figure(a, 25, sectors=["all"], source_org="Agency" if n else None)
        release.figure(a, 25, applied_to="*", sectors=["steel"], status="announced")
        release.figure(a, 10 + n, sectors=["energy"])
    first = release.derived()["tariff_measures"]
    release.figures.reverse()
    release.articles.reverse()
    again = release.derived()["tariff_measures"]
    assert first.equals(again) and first.height == 6
    assert first["measure_id"].n_unique() == 6


def test_no_tariff_rates_give_an_empty_table(release):
    release.figure(release.article("2025-01-01"), 85000, kind="jobs")
    assert release.derived()["tariff_measures"].height == 0
