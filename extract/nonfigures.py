"""Numbers that are no figures, judged from their form and what touches them: labels
("Section 232", "Unifor Local 444", "a 232 probe"), ordinals, clock times, durations,
ages, rankings, stock tickers and bare small counts.
"""

from __future__ import annotations

import re

from tradefigures.extract.lexicons.labels import (
    CASED_LABEL_WORDS,
    LABEL_NOUNS,
    LABEL_WORDS,
    TRADE_LAW_NOUNS,
    TRADE_LAW_SECTIONS,
)
from tradefigures.extract.lexicons.numbers import TENS, TIME_UNITS, UNITS
from tradefigures.extract.quantity import Quantity, alternation

_LABELS = frozenset(LABEL_WORDS)
_CASED_LABELS = frozenset(CASED_LABEL_WORDS)
_LABEL_NOUN_AFTER = re.compile(rf"\s(?:{alternation(LABEL_NOUNS)})\b", re.I)
_TRADE_LAW_NOUN_AFTER = re.compile(rf"\s(?:{alternation(TRADE_LAW_NOUNS)})\b", re.I)
_TIME_AFTER = re.compile(rf"(?:\s|-)(?:{alternation(TIME_UNITS)})s?(?:['’]s?)?\b(?!-?(?:old\b))", re.I)
_AGE = re.compile(r"-year-old\b|\s+years?\s+old\b", re.I)
_TOP_BEFORE = re.compile(r"\b[Tt]op\s+$")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_CLOCK = re.compile(r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|EDT\b|EST\b|ET\b|PT\b|PDT\b|CET\b)", re.I)
_JOINED_AFTER = re.compile(r"[-–/:x×]\d|[A-Za-wyz_]|[/\\_=@]")
_PEOPLE_AFTER = re.compile(r"\s(?:jobs?|workers?|employees?|people|positions)\b", re.I)
# A number with a range or a list after it: "two to three percentage points", "2 to 4",
# "2, 5 or 10 per cent".
_RANGE_AHEAD = re.compile(
    rf"(?:\s*(?:to|-|–|and|or)\s+|\s*,\s*(?:(?:and|or)\s+)?)(?:\$|C\$|US\$)?"
    rf"(?:\d|(?:{alternation(list(UNITS) + list(TENS))})\b)", re.I)
# "10-15%", "2–3 per cent", "$1.5-2 billion": the first end of a range written with a
# hyphen; the second end must carry the unit or scale.
HYPHEN_RANGE_AHEAD = re.compile(
    r"[-–]\d+(?:\.\d+)?(?:\s?%|[\s-]per[\s-]?cent\b|[\s-]percent\b|[\s-]percentage[\s-]points?\b"
    r"|[\s-](?:million|billion|trillion)\b|(?:bn|mn|tn|[MBT])\b)", re.I)


# A fraction in words right before another figure it multiplies, with no "of": "half the
# 30% rate" ("half of the 2,000 workers" is a share of them, and a figure).
_MULTIPLIES_AFTER = re.compile(r"\s+(?:the|that|its|their)\s+(?:[A-Z]{0,2}\$|US\$|C\$)?\d")


def label_before(before: str, integer: bool) -> bool:
    """"Section 232", "No. 5", "COVID-19", "Unifor Local 444": the word just before the
    number (with at most one space, a "." or a "#" between) names what it labels. A
    capitalised label ("Local") numbers only plain integers ("Local 1,200 firms" is a
    count)."""
    if before[-1:].isspace() and before[-2:-1].isspace():
        return False
    parts = before.rsplit(None, 1)
    if not parts:
        return False
    word = parts[-1].rstrip("#").rstrip(".").lstrip("([{\"'“‘")
    if integer and word in _CASED_LABELS and before[-1:] == " ":
        return True
    word = word.lower()
    return word in _LABELS or (word == "of" and before.lower().endswith("group of "))


def label_after(text: str, end: int, core: str) -> bool:
    """"a 232 probe": a singular noun that a count could not take makes the bare integer
    before it a label; "the 232 tariffs": a section of trade law before its measures."""
    return bool(_LABEL_NOUN_AFTER.match(text, end)
                or (core in TRADE_LAW_SECTIONS and _TRADE_LAW_NOUN_AFTER.match(text, end)))


def counts_people(text: str, end: int) -> bool:
    """"300 jobs", "1,200 workers": a count of people after the number ending at `end`."""
    return bool(_PEOPLE_AFTER.match(text, end))


def keep(text: str, q: Quantity, kind: str, core: str) -> bool:
    """Whether a number is a figure at all, judged from its form and what touches it.

    A bare number that would be dropped ("two", "2", the "10" of "10-15%") is kept
    provisionally when a range or a list follows ("two to three per cent", "2, 5 or 10
    per cent"); figures.py drops it unless a range or a shared unit claims it."""
    if _is_figure(text, q, kind, core):
        return True
    if q.unit is None and not q.scaled and (_RANGE_AHEAD.match(text, q.end) or HYPHEN_RANGE_AHEAD.match(text, q.end)):
        q.provisional = True
        return True
    return False


def _is_figure(text: str, q: Quantity, kind: str, core: str) -> bool:
    if kind == "digits":
        if _JOINED_AFTER.match(text, q.end) and q.unit is None:
            return False
        if q.unit is None and _ORDINAL.match(text, q.end):
            return False
        if _CLOCK.match(text, q.end) or (text[q.start - 1:q.start] == ":" and text[q.start - 2:q.start - 1].isdigit()):
            return False
        if q.unit is None and not q.scaled:
            if _TIME_AFTER.match(text, q.end) or _AGE.match(text, q.end):
                return False
            if "." not in core and q.value < 10 and not counts_people(text, q.end):
                return False
            if _TOP_BEFORE.search(text, max(0, q.start - 5), q.start):
                return False  # "Top 10 things": a ranking, not a count
    else:
        if q.unit is None and not q.scaled:
            return False  # "two countries", "eight in Quebec": not figures
        if kind == "words" and _TIME_AFTER.match(text, q.end):
            return False
        if kind == "fraction" and _MULTIPLIES_AFTER.match(text, q.end):
            return False  # "half the 30% rate": a multiplier of the figure after it
    if q.unit == "percent" and kind == "digits" and text[q.start - 1:q.start] == "+":
        return False  # "+1.72%": a stock ticker
    return True
