"""A rate in effect that a later sentence says was lifted, paused or suspended is removed."""

from datetime import date

import pytest

from tradefigures.extract.extractor import RulesExtractor


def status_of(text: str, mention: str) -> str:
    rows = RulesExtractor().extract(text, None, "a", None)
    return next(r["status"] for r in rows.figures if r["mention"] == mention)


@pytest.mark.parametrize("later", [
    "Weeks later, Quebec suspended the electricity surcharge.",
    "The province has since lifted its electricity surcharge.",
    "Trump's threat prompted Quebec to drop the electricity levy.",
])
def test_a_later_removal_removes_the_rate(later):
    text = "Quebec imposed a 20% surcharge on electricity exports in April. " + later
    assert status_of(text, "20%") == "removed"


@pytest.mark.parametrize("later", [
    "Quebec will lift the electricity surcharge next month.",  # not done yet
    "Quebec could scrap the electricity surcharge.",  # hypothetical
    "Quebec did not suspend the electricity surcharge.",  # negated
    "Quebec vowed to keep the surcharge until Washington lifts its electricity tariffs.",  # a condition
    "Washington suspended its duties on electricity.",  # another country's tariff
    "Quebec suspended the surcharge on dairy.",  # other goods
])
def test_what_is_not_a_removal_leaves_the_rate_in_effect(later):
    text = "Quebec imposed a 20% surcharge on electricity exports in April. " + later
    assert status_of(text, "20%") == "in_effect"


def test_a_removal_before_the_rate_does_not_remove_it():
    text = "Quebec suspended the electricity surcharge in March. In May it imposed a 20% surcharge on electricity exports."
    assert status_of(text, "20%") == "in_effect"


def test_a_removal_of_it_later_in_the_sentence_removes_the_last_rate_of_that_levier():
    text = "Quebec placed a 20% levy on power sold to two U.S. states, then scrapped it in May."
    assert status_of(text, "20%") == "removed"
    text = "Canada set a 15% duty on U.S. boats and Mexico charged 5%, but Ottawa soon lifted it."
    assert status_of(text, "15%") == "removed" and status_of(text, "5%") == "in_effect"


def test_a_removal_of_it_by_another_side_removes_nothing():
    text = "Canada kept its 25% tariff on U.S. steel while Washington dropped it for Britain."
    assert status_of(text, "25%") == "in_effect"


def test_a_removal_asked_for_is_not_done():
    text = ("Quebec imposed a 20% surcharge on electricity exports in April. "
            "Business groups have urged Quebec to drop the electricity surcharge.")
    assert status_of(text, "20%") == "in_effect"
    text = ("Quebec imposed a 20% surcharge on electricity exports in April. "
            "The backlash prompted Quebec to drop the electricity surcharge.")
    assert status_of(text, "20%") == "removed"


def test_a_passive_removal_opening_the_next_sentence_with_it_removes_the_rate_just_named():
    rows = RulesExtractor().extract("Ottawa put a 25% surtax on U.S. boats in March. It was lifted in September.",
                                    date(2025, 10, 15), "a").figures
    assert rows[0]["status"] == "removed"
    rows = RulesExtractor().extract("Ottawa put a 25% surtax on U.S. boats in March. It was raised in September.",
                                    date(2025, 10, 15), "a").figures
    assert rows[0]["status"] == "in_effect"
