"""Dates put on the calendar, resolved against the publication date where needed."""

from datetime import date

import pytest

from tradefigures.extract.dates import find_dates
from tradefigures.extract.text import Document


def dates(text, published=None):
    return [(text[d.start:d.end], d.value, d.granularity, d.role, d.relative)
            for d in find_dates(Document.of(text), published)]


def only(text, published=None):
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, published, mention, value, granularity, role", [
    ("The review deadline is July 1, 2026, officials said.", None, "July 1, 2026", "2026-07-01", "day", "deadline"),
    ("Duties apply as of March 20, 2025, the notice says.", None, "March 20, 2025", "2025-03-20", "day", "effective"),
    ("Ottawa released the notice dated March 8, 2025.", None, "March 8, 2025", "2025-03-08", "day", "announcement"),
    ("The tax was announced in 2020 and passed later.", None, "2020", "2020", "year", "announcement"),
    ("The agreement is up for review in 2026.", None, "2026", "2026", "year", "review"),
    ("Exports to China grew strongly in 2024.", None, "2024", "2024", "year", "reference"),
    ("The measure is retroactive to 2022.", None, "2022", "2022", "year", "effective"),
    ("Unemployment peaked in May 2020 during the pandemic.", None, "May 2020", "2020-05", "month", "reference"),
    ("They met in the Oval Office in May.", date(2025, 10, 5), "May", "2025-05", "month", "meeting"),
    ("Talks must end ahead of an Aug. 1 deadline.", date(2025, 7, 16), "Aug. 1", "2025-08-01", "day", "deadline"),
    ("The budget officer's December estimate was lower.", date(2025, 3, 6), "December", "2024-12", "month", "reference"),
    ("The formal review begins next year.", date(2025, 10, 5), "next year", "2026", "year", "review"),
    ("Both sides opened consultations last month.", date(2025, 10, 5), "last month", "2025-09", "month", "announcement"),
    ("The counter-tariffs came into effect this morning.", date(2025, 3, 4), "this morning", "2025-03-04", "day", "effective"),
    ("Mills shed thousands of jobs this year.", date(2025, 10, 6), "this year", "2025", "year", "reference"),
    ("Implemented in the fall of 2024, the levies remain.", None, "fall of 2024", "2024", "year", "effective"),
    ("The tax was announced in 2019, but it only passed in 2023.", None, "2023", "2023", "year", "reference"),
    ("Mills may ship up to 2024 levels before duties apply.", None, "2024", "2024", "year", "reference"),
    ("Ministers prepare for the 2026 review of the pact.", None, "2026", "2026", "year", "review"),
    ("It was the largest increase since 1993, the agency said.", None, "1993", "1993", "year", "reference"),
    ("Both leaders agreed to settle the dispute by August, a deadline they missed.", date(2025, 10, 6),
     "August", "2025-08", "month", "deadline"),
])

def test_date_values_and_roles(text, published, mention, value, granularity, role):
    found = {d[0]: d for d in dates(text, published)}
    assert mention in found, found
    assert found[mention][:4] == (mention, value, granularity, role)


def test_timeline_entry_takes_the_role_of_its_entry():
    text = "On March 12: Washington imposed a 25% tariff on every country's steel and aluminum products, officials said."
    assert dates(text, date(2025, 4, 9))[0][:4] == ("March 12", "2025-03-12", "day", "effective")


def test_next_month_in_december_is_january_of_the_next_year():
    assert only("Ministers will meet again next month.", date(2025, 12, 10))[1:3] == ("2026-01", "month")


def test_last_month_in_january_is_december_of_the_year_before():
    assert only("Exports fell last month, the agency said.", date(2026, 1, 9))[1] == "2025-12"


def test_month_without_year_near_new_year_goes_to_the_nearest_year():
    assert only("The plan was unveiled in November.", date(2026, 1, 15))[1] == "2025-11"
    assert only("The tariff will take effect in February.", date(2025, 12, 20))[1] == "2026-02"


def test_relative_mention_without_publication_date_is_kept_unresolved():
    mention, value, granularity, _, relative = only("The review begins next year.")
    assert (mention, value, granularity, relative) == ("next year", None, "year", True)


@pytest.mark.parametrize("text", [
    "The pause lasted five months.", "Relations are the worst in decades.",
    "It paid $2,025 in fees.", "Tariffs of 20% hit exports.", "Section 232 applies.",
])
def test_durations_and_numbers_are_not_dates(text):
    assert dates(text) == []


def test_may_the_verb_is_not_a_month():
    assert dates("Prices may rise. Trade may March on.") == []


def test_iso_and_fiscal_years():
    assert dates("Published 2025-04-09 in Ottawa.")[0][1:3] == ("2025-04-09", "day")
    assert dates("for the 2024-25 fiscal year")[0][1:3] == ("2024", "year")
