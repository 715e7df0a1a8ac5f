"""Shares and ratios written as words: fractions, fractions of a point, mixed numbers,
odds and ratios, and when a fraction word is a share at all."""

import re

import pytest

from tradefigures.extract.numbers import find_quantities
from tradefigures.extract.shares import is_share, mixed_fraction

from .test_numbers import one


@pytest.mark.parametrize("text, mention, value, unit", [
    # a fraction as the size of a change, with no "of" after it
    ("shipments of softwood dropped by a quarter in the spring", "a quarter", 25, "percent"),
    ("its sales to Ohio shrank by a third from a year earlier", "a third", 100 / 3, "percent"),
    ("imports have climbed by nearly a fifth, the agency said", "a fifth", 20, "percent"),
    ("the mill cut output by a tenth", "a tenth", 10, "percent"),
    ("three quarters of its lumber goes south", "three quarters", 75, "percent"),
    # ratios: the first term over the second
    ("buyers outnumber sellers 40-to-1 at the border", "40-to-1", 40, "ratio"),
    ("a 3-to-2 split of the quota", "3-to-2", 1.5, "ratio"),
    ("the motion passed by a 4 to 1 margin", "4 to 1", 4, "ratio"),
    ("a two-to-one edge in volume", "two-to-one", 2, "ratio"),
    ("Ontario plants are outnumbered 12 to 1 by Michigan ones", "12 to 1", 12, "ratio"),
    # a fraction of a percentage point
    ("the bank made a quarter-point cut", "a quarter-point", 0.25, "percent"),
    ("yields rose half a percentage point", "half a percentage point", 0.5, "percent"),
    ("a rise of three-quarters of a point", "three-quarters of a point", 0.75, "percent"),
    ("prices rose seven-tenths of a per cent", "seven-tenths of a per cent", 0.7, "percent"),
    # a whole number and a fraction
    ("a 3½ per cent rise", "3½ per cent", 3.5, "percent"),
    ("a 4 1/2 per cent rise", "4 1/2 per cent", 4.5, "percent"),
    ("a rise of three and a half per cent", "three and a half per cent", 3.5, "percent"),
    ("a gain of 0.3 of a percentage point", "0.3 of a percentage point", 0.3, "percent"),
    ("one in five jobs in the region", "one in five", 20, "percent"),
    ("nine out of 10 exporters agree", "nine out of 10", 90, "percent"),
])
def test_share_and_ratio_forms(text, mention, value, unit):
    got, q = one(text)
    assert got == mention
    assert q.value == pytest.approx(value, rel=1e-6)
    assert q.unit == unit


def test_a_fraction_of_a_point_is_in_percentage_points_and_of_a_per_cent_is_not():
    assert one("the bank made a quarter-point cut")[1].points
    assert not one("prices rose seven-tenths of a per cent")[1].points


def test_a_change_to_a_level_is_no_ratio():
    text = "the share grew from 4 to 6 per cent"
    assert [(text[q.start:q.end], q.unit) for q in find_quantities(text)] == [("4", None), ("6 per cent", "percent")]


@pytest.mark.parametrize("text, share", [
    ("fell by a third last year", True),
    ("fell by a third, the board said", True),
    ("a third of its exports", True),
    ("won by a third party", False),
    ("for a third straight year", False),
    ("delayed by a quarter", False),  # no change verb: a quarter of a year
    ("three quarters of exports", True),
    ("three quarters of growth", False),
    ("the last three quarters of trade", False),
    ("half of the decade", False),
    ("half the output", True),
])
def test_is_share(text, share):
    m = re.search(r"(?:a |three )?(?:third|quarters?|half)", text)
    assert is_share(text, m) is share


@pytest.mark.parametrize("text, end, add", [
    ("2½ per cent", 1, 0.5), ("2 1/4 per cent", 1, 0.25), ("two and a half", 3, 0.5),
    ("2 10/1 ratio", 1, None), ("two and more", 3, None),
])
def test_mixed_fraction(text, end, add):
    got = mixed_fraction(text, end)
    assert (got[0] if got else None) == (pytest.approx(add) if add else None)
