"""The form of numbers: span, value, unit and currency, before any meaning."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradefigures.extract.numbers import find_quantities, parse_fraction, parse_words


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, [text[q.start:q.end] for q in found]
    q = found[0]
    return text[q.start:q.end], q


@pytest.mark.parametrize("text, mention, value, unit, currency", [
    ("damage of $45 billion a year", "$45 billion", 45e9, "currency", None),
    ("tariffs on C$155 billion worth of goods", "C$155 billion", 155e9, "currency", "CAD"),
    ("a deficit of US$1.0 billion in May", "US$1.0 billion", 1e9, "currency", "USD"),
    ("sales of Can$506 million in all", "Can$506 million", 506e6, "currency", "CAD"),
    ("worth $3.63 billion U.S. last year", "$3.63 billion U.S.", 3.63e9, "currency", "USD"),
    ("above 750 million euros per year", "750 million euros", 750e6, "currency", "EUR"),
    ("the loonie could slide to 65 US cents soon", "65 US cents", 0.65, "currency", "USD"),
    ("more than $740M annually", "$740M", 740e6, "currency", None),
    ("a bill of $3.5-billion for Ottawa", "$3.5-billion", 3.5e9, "currency", None),
    ("costs of £2 billion", "£2 billion", 2e9, "currency", "GBP"),
    ("a 25% tariff", "25%", 25, "percent", None),
    ("a 25 per cent tariff", "25 per cent", 25, "percent", None),
    ("a 25-per-cent tariff", "25-per-cent", 25, "percent", None),
    ("a 24.8-percent surge", "24.8-percent", 24.8, "percent", None),
    ("a three-per-cent levy", "three-per-cent", 3, "percent", None),
    ("cut growth by 4.2 percentage points", "4.2 percentage points", 4.2, "percent", None),
    ("down two per cent", "two per cent", 2, "percent", None),
    ("hit with a 10 per tariff", "10 per", 10, "percent", None),
    ("up to 85,000 jobs", "85,000", 85000, None, None),
    ("record of 4.42M bbl/day in the week", "4.42M bbl/day", 4.42e6, "count", None),
    ("around two million metric tonnes of meal", "two million metric tonnes", 2e6, "count", None),
    ("at $650.30 U.S. per metric ton", "$650.30 U.S. per metric ton", 650.3, "currency", "USD"),
    ("down by about one-third from the average", "one-third", 100 / 3, "percent", None),
    ("nearly three-quarters of exports", "three-quarters", 75, "percent", None),
    ("fell by half from its high", "half", 50, "percent", None),
    ("ship half of last year's volume", "half", 50, "percent", None),
])
def test_quantity_form(text, mention, value, unit, currency):
    got, q = one(text)
    assert got == mention
    assert q.value == pytest.approx(value, rel=1e-6)
    assert q.unit == unit
    assert q.currency == currency


@pytest.mark.parametrize("text", [
    "under Section 232 of the act",
    "leaders met at the G7 summit",
    "calls to become the 51st state",
    "at 12:01 a.m. on Tuesday",
    "a pause of five months",
    "a 30-day pause",
    "in 21 days' time",
    "during the COVID-19 pandemic",
    "for the first half of the year",
    "for a third straight year",
    "all three member countries",
    "the 300x250 ad slot",
    "Bill C-2 passed",
    "one of only two countries",
])
def test_not_a_quantity(text):
    assert find_quantities(text) == [], text


def test_suspended_hyphen_range_keeps_both_ends():
    text = "cost the sector between $1.54- and $2.35-billion in lost sales"
    qs = find_quantities(text)
    assert [text[q.start:q.end] for q in qs] == ["$1.54", "$2.35-billion"]
    assert qs[0].suspended and not qs[1].suspended


def test_negative_only_when_printed():
    (mention, q) = one("a change of -0.5% on the month")
    assert mention == "-0.5%" and q.value == -0.5
    (mention, q) = one("fell 0.5% on the month")
    assert q.value == 0.5


@pytest.mark.parametrize("words, value", [("twenty-eight", 28), ("four", 4), ("ninety nine", 99)])
def test_parse_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("words, value", [("half", 0.5), ("one-tenth", 0.1), ("two-thirds", 2 / 3),
                                          ("a quarter", 0.25), ("three-quarters", 0.75)])
def test_parse_fraction(words, value):
    assert parse_fraction(words) == pytest.approx(value)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_grounded_quantities(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.unit in (None, "percent", "currency", "count", "ratio")
