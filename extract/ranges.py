"""Numbers that go together: ranges ("between 10% and 15%", "$1.54- and $2.35-billion")
and approximations ("six or seven per cent").

A range gives one figure per end: the first takes the second's unit and scale, and the
two are the range's lower and upper bounds. "A or B" is one approximate figure only for
neighbouring small integers ("six or seven"); "25 or 50" are two figures.
"""

from __future__ import annotations

import re

from tradefigures.extract.numbers import Quantity

_JOIN = re.compile(r"-?\s*(?P<c>to|and|or|-|–|—|through)\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|roughly\s+)?$")
_SPAN_FROM = re.compile(r"\b(?:anywhere|ranging|range|ranges)\s+from\s+(?:about\s+|roughly\s+)?$")
# "rose from 25% to 50%": a change from one level to another, not a range.
_CHANGE_FROM = re.compile(
    r"\b(?:rais|increas|hik|doubl|lift|boost|cut|reduc|lower|went|go|rose|fell|jump|grew|"
    r"climb|drop|declin|widen|narrow|shr[iau]nk|slash|chang|mov)\w*\b[^.;]{0,60}\bfrom\s+(?:about\s+|roughly\s+)?$"
)
_PLAIN_FROM = re.compile(r"\bfrom\s+(?:about\s+|roughly\s+|approximately\s+)?$")


def join(text: str, qs: list[Quantity | None]) -> tuple[dict[int, int], dict[int, tuple[str, str]]]:
    """Join ranges and approximations in `qs` (in place: merged ends become None).

    Returns the ranges (index of the lower end -> index of the upper end) and the
    qualifiers they give, (qualifier, cue) by index."""
    lower = text.lower()
    pairs: dict[int, int] = {}
    hedges: dict[int, tuple[str, str]] = {}
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a is None or b is None:
            continue
        between = text[a.end:b.start]
        m = _JOIN.fullmatch(between)
        if not m or "\n" in between:
            continue
        conn = m.group("c")
        before = lower[max(0, a.start - 70):a.start]
        if a.unit == "currency" and b.unit is None and b.scaled and conn != "and":
            # "$1.5-2 billion", "$5 to 10 billion": the second end is money too
            b.unit, b.currency, b.currency_cue = "currency", a.currency, a.currency_cue
        if a.unit not in (None, b.unit) and not (a.unit == "currency" and b.unit == "currency"):
            continue
        if conn == "and" and not (a.suspended or _BETWEEN.search(before)):
            continue
        if _CHANGE_FROM.search(before) and not _SPAN_FROM.search(before):
            continue
        scale = 1.0
        if (a.suspended or not a.scaled) and b.scaled and a.unit in (None, b.unit):
            scale = _scale_of(b)
        low = a.value * scale
        if conn == "or":
            if not _neighbours(a, b, low) or _listed(text, qs, i):
                continue
            merged = Quantity(a.start, b.end, (low + b.value) / 2, b.unit, b.currency or a.currency,
                              b.points, b.unit_words, b.words, b.fraction, b.scaled)
            merged.currency_cue = b.currency_cue or a.currency_cue
            qs[i + 1] = merged
            qs[i] = None
            hedges[i + 1] = ("approximate", "or")
            continue
        if low <= 0 or b.value <= low or b.value / low > 5:
            continue
        a.value = low
        a.unit = b.unit
        a.points = b.points
        a.currency = a.currency or b.currency
        a.currency_cue = a.currency_cue or b.currency_cue
        a.unit_words = a.unit_words or b.unit_words
        hedges[i] = ("lower_bound", f"{conn} (range)")
        hedges[i + 1] = ("upper_bound", f"{conn} (range)")
        pairs[i] = i + 1
    return pairs, hedges


def _neighbours(a: Quantity, b: Quantity, low: float) -> bool:
    """"six or seven", "2 or 3": neighbouring small whole numbers, one approximate value."""
    return (0 < low < 20 and low.is_integer() and b.value.is_integer()
            and b.value - low == 1)


def _scale_of(q: Quantity) -> float:
    for s in (1e12, 1e9, 1e6, 1e3):
        if q.scaled and q.value >= s:
            return s
    return 1.0


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LIST_END = re.compile(r"\s*,?\s*(?:and|or)\s+")


def _listed(text: str, qs: list[Quantity | None], i: int) -> bool:
    """Whether qs[i] and qs[i + 1] are two items of a longer list ("5, 6 or 7 per cent"):
    another number is listed right before or right after the pair."""
    a, b = qs[i], qs[i + 1] if i + 1 < len(qs) else None
    prev = qs[i - 1] if i > 0 else None
    after = qs[i + 2] if i + 2 < len(qs) else None
    return bool((prev is not None and _LIST_GAP.fullmatch(text, prev.end, a.start))
                or (b is not None and after is not None and _LIST_GAP.fullmatch(text, b.end, after.start)))


def share_units(text: str, qs: list[Quantity | None]) -> None:
    """Bare numbers listed before one with a unit take its unit: "10, 20 or 40 per cent",
    "12 or 25 or 50 or 1,000 per cent" are all percent (in place), and each is a figure.
    Two numbers make a list only when "and" or "or" joins them ("In 2024, 25 per cent"
    is none); three or more may go by commas alone ("10, 20, 40 per cent")."""
    for i in range(len(qs) - 1, 0, -1):
        q = qs[i]
        if q is None or q.unit != "percent":
            continue
        j = i - 1
        while j >= 0 and qs[j] is not None and qs[j].unit is None and not qs[j].scaled \
                and _LIST_GAP.fullmatch(text, qs[j].end, qs[j + 1].start):
            j -= 1
        items = qs[j + 1:i]
        if not items or (len(items) == 1 and not _LIST_END.fullmatch(text, items[0].end, q.start)):
            continue
        for item in items:
            item.unit = "percent"
            item.points = q.points
            item.provisional = False
