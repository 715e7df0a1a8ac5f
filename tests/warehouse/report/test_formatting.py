"""Figures written back as a reader would say them."""

import pytest

from tradefigures.warehouse.report.formatting import country, figure, number


@pytest.mark.parametrize("args, text", [
    ((25.0, "percent"), "25%"),
    ((3.1, "percent"), "3.1%"),
    ((45e9, "currency", "CAD", "annual", "approximate"), "about CAD 45 billion a year"),
    ((2e9, "currency", None, "daily"), "$2 billion a day"),
    ((1.54e9, "currency"), "$1.54 billion"),
    ((85000.0, "count", None, None, "lower_bound"), "at least 85,000"),
    ((0.1, "ratio"), "0.1 (ratio)"),
    ((400.0, "percent", None, None, "upper_bound"), "up to 400%"),
])
def test_figures_read_as_written(args, text):
    assert figure(*args) == text


def test_numbers_keep_their_digits_and_drop_trailing_zeros():
    assert number(1234567.0) == "1,234,567" and number(0.125) == "0.125" and number(7.5) == "7.5"


def test_countries_are_named_and_unknown_codes_kept():
    assert country("US") == "United States (US)" and country("*") == "all countries"
    assert country("ZZ") == "ZZ"
