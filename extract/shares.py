"""Shares and ratios written as words: fractions ("a third", "three-quarters"), fractions
of a point ("a quarter-point"), mixed numbers ("2½"), odds ("one in five") and ratios
("150-to-1"), and when a fraction word is a share at all.

`numbers.py` finds the numeric core; these read what it names.
"""

from __future__ import annotations

import re

from tradefigures.extract.inflection import forms
from tradefigures.extract.lexicons.numbers import (
    AFTER_CHANGE,
    CHANGE_HEDGES,
    CHANGE_VERB_CLASSES,
    FRACTION_OF_DETERMINERS,
    FRACTIONS,
    QUARTER_SPAN_BEFORE,
    QUARTER_SPAN_OF,
    TIME_UNITS,
    VULGAR_FRACTIONS,
)
from tradefigures.extract.lexicons.verbs import IRREGULAR, VERBS
from tradefigures.extract.quantity import Quantity, alternation, parse_fraction, parse_numeral

ODDS_JOIN = r"(?:\s+|-)(?:in|out[\s-]of)(?:\s+|-)"
# The splits of a fraction, a ratio and odds, compiled once.
_WORD_PARTS = re.compile(r"[\s-]+")
_RATIO_JOIN = re.compile(r"\s*-?\bto\b-?\s*", re.I)
_ODDS_JOIN = re.compile(ODDS_JOIN, re.I)

# "a quarter-point", "half a percentage point", "a quarter of a point", "seven-tenths of a
# per cent": a fraction of a percentage point or of a per cent.
_FRACTION_POINT = re.compile(
    r"-(?:percentage-)?point\b|\s(?:of\s)?an?\s(?:percentage[\s-])?point\b"
    r"|\sof\s(?:a|one)\s(?P<cent>per[\s-]?cent|percent)\b", re.I)
# "a quarter point", "three quarters percentage point" (not "the half point of the season").
_COUNTED_FRACTION_POINT = re.compile(r"\s(?:percentage\s)?point\b", re.I)
# "2½", "2 1/2", "two and a half": a fraction after a whole number.
_MIXED = re.compile(
    rf"(?P<v>[{''.join(VULGAR_FRACTIONS)}])|\s(?P<n>[1-9])/(?P<d>[2-9]|1[0-6])(?![\d/])"
    r"|[\s-]and[\s-]an?[\s-](?P<f>half|quarter|third)\b", re.I)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|latter|back|front|final|last)\s$", re.I)
_PART_BEFORE = re.compile(r"(?:first|second|third|fourth|latter|back|front|final|last|and a|one and)\s$")
_TIME_AFTER = re.compile(r"\s(?:century|decade|year|hour|day|an hour|a century)")
_TIME_OF = re.compile(
    rf"\sof\s+(?:(?:{alternation(FRACTION_OF_DETERMINERS)})\s+)?(?:{alternation(TIME_UNITS)})s?\b(?!['’])")
_QUARTER_SPAN_BEFORE = re.compile(rf"\b(?:{alternation(QUARTER_SPAN_BEFORE)})\s$")
_QUARTER_SPAN_OF = re.compile(rf"\sof\s+(?:(?:{alternation(QUARTER_SPAN_OF)})\b|\d{{4}}\b)")
_HALF_AFTER = re.compile(r"\s(?:of|the|its|their|his|her|that|this|from|in\b)|\s+an?\s+(?:million|billion|trillion)\b")
_HALF_BEFORE = re.compile(r"\b(?:by|in|than|cut|nearly|almost|about|roughly|around|over|under)\s$")
_ODDS_SPAN = re.compile(r"\s*(?:years?|months?|days?|weeks?|decades?)\b", re.I)
_ODDS_NOUN = re.compile(r"\s+(?:of\s+)?(?:the\s+)?[A-Za-z]")


def _change_forms() -> set[str]:
    out: set[str] = set()
    for cls in CHANGE_VERB_CLASSES:
        for lemma in VERBS[cls]:
            out.update(forms(lemma, IRREGULAR))
    return out


_CHANGED_BY = re.compile(
    rf"\b(?:{alternation(_change_forms())})\s+(?:[\w'’]+\s+){{0,3}}?by\s+"
    rf"(?:(?:{alternation(CHANGE_HEDGES)})\s+)?$", re.I)
_AFTER_CHANGE = re.compile(rf"\s*(?:[,.;:)!?—–\"”]|$)|\s+(?:{alternation(AFTER_CHANGE)})\b", re.I)


def point_fraction(text: str, m: re.Match) -> Quantity | None:
    """"a quarter-point" (0.25 percentage points), "seven-tenths of a per cent" (0.7
    per cent): the fraction `m` matched, read with the unit it is a fraction of."""
    core = m.group()
    pt = _FRACTION_POINT.match(text, m.end()) or (
        _COUNTED_FRACTION_POINT.match(text, m.end()) if " " in core or "-" in core else None)
    if not pt or _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return Quantity(m.start(), pt.end(), parse_fraction(core), "percent",
                    points=not pt.groupdict().get("cent"), words=True)


def is_share(text: str, m: re.Match) -> bool:
    """Whether the fraction `m` matched names a share, not a part of the calendar ("the
    first half", "half of the year"), an ordinal ("a third straight year") or a span of
    quarters ("for two quarters")."""
    word = m.group().lower()
    parts = _WORD_PARTS.split(word)
    after = text[m.end():m.end() + 40].lower()
    before = text[max(0, m.start() - 20):m.start()].lower()
    if _PART_BEFORE.search(before) or after.startswith(("-", "way", "time")) or _TIME_AFTER.match(after):
        return False
    if _TIME_OF.match(after):
        return False
    if word == "half":
        return bool(_HALF_AFTER.match(after) or _HALF_BEFORE.search(before))
    if parts[-1].startswith("quarter") and parts[0] != "a" and "-" not in word:
        # "two quarters", "one quarter": a span of time unless a share of something
        return after.startswith(" of ") and not _QUARTER_SPAN_BEFORE.search(before) \
            and not _QUARTER_SPAN_OF.match(after)
    if word.startswith("a ") or word in FRACTIONS:
        # a share "of" something, or the size of a change ("fell by a third")
        return after.startswith(" of") or _changed_by(text, m)
    return True


def _changed_by(text: str, m: re.Match) -> bool:
    """"exports fell by a third", "cut by nearly a quarter": the fraction is the size of
    a change, and the clause goes on without a noun after it ("by a third party")."""
    return bool(_AFTER_CHANGE.match(text, m.end())) and \
        bool(_CHANGED_BY.search(text, max(0, m.start() - 80), m.start()))


def mixed_fraction(text: str, end: int) -> tuple[float, int] | None:
    """The fraction after a whole number that ends at `end` ("2½", "2 1/2", "two and a
    half"), and where it ends."""
    m = _MIXED.match(text, end)
    if not m:
        return None
    if m.group("v"):
        return VULGAR_FRACTIONS[m.group("v")], m.end()
    if m.group("n"):
        return int(m.group("n")) / int(m.group("d")), m.end()
    return FRACTIONS[m.group("f").lower()], m.end()


def ratio(m: re.Match) -> Quantity | None:
    """"150-to-1", "three-to-one", "outnumbered 3 to 1": a ratio, valued as the first
    term over the second."""
    top, bottom = (parse_numeral(p) for p in _RATIO_JOIN.split(m.group()))
    if not top or not bottom:
        return None
    return Quantity(m.start(), m.end(), top / bottom, "ratio", words=not m.group()[0].isdigit())


def odds(text: str, m: re.Match) -> Quantity | None:
    """"one in five Canadian jobs", "9 out of 10 exporters": a share in percent."""
    top, bottom = (parse_numeral(p) for p in _ODDS_JOIN.split(m.group()))
    if not top or not bottom or top >= bottom or _ODDS_SPAN.match(text, m.end()):
        return None
    if not _ODDS_NOUN.match(text, m.end()):
        return None
    return Quantity(m.start(), m.end(), 100 * top / bottom, "percent", words=True, fraction=True)
