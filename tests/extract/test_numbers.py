"""The form of numbers: span, value, unit and currency, before any meaning."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradefigures.extract.numbers import find_quantities


def one(text: str):
    """The one quantity in `text`: its mention and the Quantity."""
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
    # a hedge written onto the number with a hyphen is not part of it
    ("forecasters see a near-3% expansion", "3%", 3, "percent", None),
    ("growth held at a sub-2 per cent pace", "2 per cent", 2, "percent", None),
    ("a near-$5 billion hit to farm income", "$5 billion", 5e9, "currency", None),
    # number words before their unit
    ("the levy lowers growth by two percentage points", "two percentage points", 2, "percent", None),
    ("only three per cent of its output stays home", "three per cent", 3, "percent", None),
    # signed words
    ("inflation came in at minus two percent", "minus two percent", -2, "percent", None),
    ("growth of negative 0.4 per cent in May", "negative 0.4 per cent", -0.4, "percent", None),
    ("a balance of minus $3 billion", "minus $3 billion", -3e9, "currency", None),
    # dollars and cents in one amount
    ("a ticket of 4 dollars 25 cents each", "4 dollars 25 cents", 4.25, "currency", None),
    ("it sold for twelve dollars and sixty cents", "twelve dollars and sixty cents", 12.6, "currency", None),
    ("a fee of eighty-five cents", "eighty-five cents", 0.85, "currency", None),
    ("a gain of 0.3 of a percentage point", "0.3 of a percentage point", 0.3, "percent", None),
    # "a million", a currency touching the number, cents joined by a hyphen, "pct"
    ("it could cost a million jobs", "a million", 1e6, None, None),
    ("a hundred thousand workers", "a hundred thousand", 1e5, None, None),
    ("a loan of $US2.5 billion", "$US2.5 billion", 2.5e9, "currency", "USD"),
    ("a 45-cent levy on each litre", "45-cent", 0.45, "currency", None),
    ("a 35pct duty", "35pct", 35, "percent", None),
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


def test_negative_after_a_determiner_describes_the_noun():
    (mention, q) = one("the negative 25% tariff shock")
    assert mention == "25%" and q.value == 25


def test_offsets_hold_where_lower_case_changes_length():
    text = "İİ Stahl: 25% and 40 per cent"
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["25%", "40 per cent"]


def test_hyphen_range_keeps_both_ends_for_the_ranges_to_join():
    text = "levies of 10-20% on cars and $2-3 billion in aid"
    found = find_quantities(text)
    assert [text[q.start:q.end] for q in found] == ["10", "20%", "$2", "3 billion"]
    assert found[0].provisional and not found[1].provisional


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


def assert_grounded(text, found):
    previous_end = 0
    for q in found:
        assert previous_end <= q.start < q.end <= len(text)  # in order, none inside another
        assert q.unit in (None, "percent", "currency", "count", "ratio")
        previous_end = q.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_grounded_quantities(text):
    assert_grounded(text, find_quantities(text))


FORM_PIECES = [
    "by", "a third", "a quarter", "half", "fell", "cut", "quarters", "two", "three", "of", "near-",
    "sub-", "2%", "10-15%", "-", "–", ",", " or ", "and", "per cent", "percentage points", "minus",
    "negative", "dollars", "cents", "and forty-five", "150-to-1", "to", "1", "outnumbered", "margin",
    "Local", "Lodge", "Section", "232", "probe", "$", "billion", "point", "a quarter-point", "9" * 30,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORM_PIECES) | st.text(max_size=6), max_size=40).map(" ".join))
def test_number_forms_in_any_order_give_grounded_quantities(text):
    assert_grounded(text, find_quantities(text))


@pytest.mark.parametrize("text", [
    "1-to-" * 2000, "minus " * 3000 + "5%", "fell by a third " * 800, "Local " * 3000 + "12",
    "two quarters of " * 1000, "3 dollars and " * 2000 + "50 cents", "10-" * 3000 + "15%",
    "near-" * 3000 + "2%", "outnumbered " * 2000 + "3 to 1", "9" * 400 + "½ per cent",
    "9" * 400 + " or " + "9" * 401 + " per cent", "a " * 3000 + "million", "$US" * 2000 + "5",
])
def test_hostile_number_shapes(text):
    assert_grounded(text, find_quantities(text))
