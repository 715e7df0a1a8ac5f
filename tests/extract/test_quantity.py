"""The values numerals name."""

import pytest

from tradefigures.extract.quantity import parse_fraction, parse_numeral, parse_words


@pytest.mark.parametrize("words, value", [("twenty-eight", 28), ("four", 4), ("ninety nine", 99)])
def test_parse_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("words, value", [("half", 0.5), ("one-tenth", 0.1), ("two-thirds", 2 / 3),
                                          ("a quarter", 0.25), ("three-quarters", 0.75)])
def test_parse_fraction(words, value):
    assert parse_fraction(words) == pytest.approx(value)


@pytest.mark.parametrize("numeral, value", [("85,000", 85000), ("1.8", 1.8), ("forty-five", 45), ("lots", None)])
def test_parse_numeral(numeral, value):
    assert parse_numeral(numeral) == value
