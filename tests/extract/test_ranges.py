"""Numbers that go together: ranges, "A or B" approximations and lists that share a unit."""

import pytest

from tradefigures.extract.extractor import RulesExtractor
from tradefigures.extract.numbers import find_quantities
from tradefigures.extract.ranges import join, share_units

EXTRACTOR = RulesExtractor()


def joined(text):
    """The number layer as figures.py runs it: find, share list units, join; a
    provisional number that nothing claimed is dropped."""
    qs = find_quantities(text)
    share_units(text, qs)
    ranges, hedges = join(text, qs)
    kept = [(i, q) for i, q in enumerate(qs) if q is not None and (not q.provisional or i in ranges or i in hedges)]
    return [(text[q.start:q.end], q.value, q.unit, hedges.get(i, (None,))[0]) for i, q in kept]


@pytest.mark.parametrize("text, rows", [
    ("duties of 15, 30 or 45 per cent on cars",
     [("15", 15, "percent", None), ("30", 30, "percent", None), ("45 per cent", 45, "percent", None)]),
    ("levies of 2, 4 or 8 per cent",
     [("2", 2, "percent", None), ("4", 4, "percent", None), ("8 per cent", 8, "percent", None)]),
    ("rates of 10 or 35 or 60 or 200 per cent",
     [("10", 10, "percent", None), ("35", 35, "percent", None), ("60", 60, "percent", None),
      ("200 per cent", 200, "percent", None)]),
    ("tariffs of two, three or four per cent",
     [("two", 2, "percent", None), ("three", 3, "percent", None), ("four per cent", 4, "percent", None)]),
])
def test_a_list_shares_its_last_unit_one_row_each(text, rows):
    assert joined(text) == rows


@pytest.mark.parametrize("text, mention, value", [
    ("a rise of four or five per cent", "four or five per cent", 4.5),
    ("prices may climb 2 or 3 per cent", "2 or 3 per cent", 2.5),
    ("a hit of one or two percentage points", "one or two percentage points", 1.5),
])
def test_neighbouring_small_numbers_are_one_approximate_value(text, mention, value):
    assert joined(text) == [(mention, value, "percent", "approximate")]


@pytest.mark.parametrize("text, rows", [
    ("a levy of 30 or 60 per cent", [("30", 30, "percent", None), ("60 per cent", 60, "percent", None)]),
    ("a levy of 3, 4 or 5 per cent",
     [("3", 3, "percent", None), ("4", 4, "percent", None), ("5 per cent", 5, "percent", None)]),
])
def test_other_alternatives_are_separate_figures(text, rows):
    assert joined(text) == rows


def test_a_number_before_a_comma_is_no_list_item():
    assert joined("In 1990, 40 per cent went south") == [("1990", 1990, None, None), ("40 per cent", 40, "percent", None)]


def test_three_numbers_make_a_list_by_commas_alone():
    assert [row[2] for row in joined("rates of 10, 20, 40 per cent")] == ["percent"] * 3


@pytest.mark.parametrize("text, rows", [
    ("levies of 10-20% on cars", [("10", 10, "percent", "lower_bound"), ("20%", 20, "percent", "upper_bound")]),
    ("aid of $2-3 billion", [("$2", 2e9, "currency", "lower_bound"), ("3 billion", 3e9, "currency", "upper_bound")]),
    ("between 4 and 6 per cent", [("4", 4, "percent", "lower_bound"), ("6 per cent", 6, "percent", "upper_bound")]),
])
def test_ranges_give_one_row_per_end(text, rows):
    assert joined(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Ottawa weighed duties of 15, 30 or 45 per cent.", [("15", 15), ("30", 30), ("45 per cent", 45)]),
    ("The union expects cuts of 2, 4 or 8 per cent.", [("2", 2), ("4", 4), ("8 per cent", 8)]),
    ("Economists see a dip of four or five per cent.", [("four or five per cent", 4.5)]),
    ("Exports to Ohio fell by a third last year.", [("a third", 33.333333)]),
    ("Growth was minus two percent in the spring.", [("minus two percent", -2)]),
    ("Ontario buyers outnumber Quebec ones 9-to-1.", [("9-to-1", 9)]),
    ("A meal cost 6 dollars 40 cents at the border.", [("6 dollars 40 cents", 6.4)]),
    ("Members of Unifor Local 1999 said 300 jobs were at risk.", [("300", 300)]),
    ("The economy could contract for two quarters, the bank said.", []),
])
def test_the_extractor_gives_these_rows(text, rows):
    got = EXTRACTOR.extract(text, None, "0" * 16).figures
    assert [(f["mention"], pytest.approx(f["value"])) for f in got] == rows
    if rows and "per cent" in text:
        assert {f["unit"] for f in got} == {"percent"}
