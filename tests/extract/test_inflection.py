"""Verb forms from lemmas."""

import doctest

from tradefigures.extract import inflection
from tradefigures.extract.inflection import forms
from tradefigures.extract.lexicons.verbs import IRREGULAR


def test_doctests():
    assert doctest.testmod(inflection).failed == 0


def test_regular_and_irregular_forms():
    assert forms("hike")["hiked"] == ("past", "pp")
    assert "retaliating" in forms("retaliate")
    assert forms("rise", IRREGULAR)["rose"] == ("past",)
    assert forms("cut", IRREGULAR)["cut"] == ("base", "past", "pp")
    assert "taxes" in forms("tax")
    assert "dropped" in forms("drop")
