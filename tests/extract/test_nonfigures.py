"""Numbers that are no figures: labels, spans of quarters, idioms, hyphen ends without a unit."""

import pytest

from tradefigures.extract.nonfigures import label_after, label_before
from tradefigures.extract.numbers import find_quantities

from .test_numbers import one


@pytest.mark.parametrize("text", [
    # labels: union locals and lodges, numbered orders, bare section numbers
    "members of Unifor Local 88 voted to strike",
    "a statement from IAM Lodge 2323 on Monday",
    "under Executive Order 14300 the duty applies",
    "Washington opened a 301 investigation into pulp",
    "Commerce launched a 232 probe of copper",
    "the 232 duties on steel and the 301 tariffs",
    # spans of quarters, a fraction of the calendar, a fraction that is an ordinal
    "after two quarters of contraction",
    "the economy shrank for two quarters",
    "profits fell in the last three quarters",
    "over the past two quarters, orders slowed",
    "for half of the year the plant sat idle",
    "the work went to a third party",
    "the launch was delayed by a quarter",
    "at the half point of the season",
    "death by a thousand cuts",
    "one in a million",
    "a billion-dollar question",
    "two and a half years of talks",
    # the ends of a hyphen range need a unit; scores and fiscal years have none
    "the 2025-26 budget",
    "a 7–2 decision",
])
def test_not_a_figure(text):
    assert find_quantities(text) == [], text


def test_a_number_the_article_uses_as_a_label_is_a_label_where_it_stands_bare():
    text = "Under Section 122 the rate can last 150 days. The 122 tariff is new; 122 workers lost jobs."
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["122"]
    assert find_quantities(text)[0].start == text.index("122 workers")


def test_a_capitalised_label_numbers_only_plain_integers():
    (mention, q) = one("Local 1,200 firms closed")
    assert mention == "1,200"


@pytest.mark.parametrize("before, integer, label", [
    ("under Section ", True, True), ("see No. ", True, True), ("during COVID-", True, True),
    ("Unifor Local ", True, True), ("Unifor Local ", False, False), ("a local ", True, False),
    ("the Group of ", True, True), ("exports of ", True, False), ("Section  ", True, False),
])
def test_label_before(before, integer, label):
    assert label_before(before, integer) is label


@pytest.mark.parametrize("text, core, label", [
    ("a 232 probe", "232", True), ("450 probes", "450", False), ("232 probes", "232", True), ("the 301 tariffs", "301", True),
    ("the 450 tariffs", "450", False), ("a 500 investigation", "500", True),
])
def test_label_after(text, core, label):
    assert label_after(text, text.index(core) + len(core), core) is label


def test_a_fraction_that_multiplies_the_figure_after_it_is_none():
    found = find_quantities("about half the 40% duty Washington first named")
    assert [f.value for f in found] == [40.0]
