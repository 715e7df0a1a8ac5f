"""The hedge around a number (`qualifier`) and the time base of a flow (`period`).

Both are read right next to the figure: a hedge is the phrase just before the number
("roughly", "more than", "up to") or just after it ("or more"); a period follows the
amount in its clause ("$2 billion a day", "$45 billion annually"), stands before it as
an adjective ("annual exports of"), or is a calendar year the amount totals ("exports
were $9.3 billion in 2024").
"""

from __future__ import annotations

import re

from tradefigures.extract.lexicons.grammar import DETERMINERS
from tradefigures.extract.lexicons.hedges import TOPIC_VERBS
from tradefigures.extract.structure import Frame

# Words that may stand between a hedge and its number: "a record 4.4 million".
_GAP = re.compile(r"\s*(?:record\s+)?~?[\s-]*")
_AFTER_GAP = re.compile(r"\s*,?\s*")
# Patterns of the period readers, compiled once here rather than looked up in re's
# cache on every figure.
_DAILY = re.compile(r"/d\b|per day|a day|bpd|/day")
_YEAR_DIGITS = re.compile(r"\d{4}")
_LOWER_AFTER = re.compile(r"\s+[a-z]")  # "2025 exports": a year used as an adjective
_IN_BEFORE = re.compile(r"\bin\s+$")
_REACH = 40
# A period more than this many characters after the amount belongs to something else.
_PERIOD_REACH = 60
# "in 2024", "for the 2024 fiscal year": a whole calendar year the amount totals.
_CALENDAR_LEAD = re.compile(r"\b(?:in|for|during|through|throughout|of)\s+(?:the\s+)?(?:calendar\s+|fiscal\s+)?$", re.I)
# "in the second quarter": the quarter a trade flow was counted in.
_IN_QUARTER = re.compile(r"\bin\s+the\s+(?:first|second|third|fourth|last|final|latest|previous|same)\s+quarter\b", re.I)
_FLOW_KINDS = ("trade_value", "economic_impact", "other")


def qualifier(frame: Frame) -> tuple[str, str | None]:
    """The hedge just before or after the number, and its words."""
    doc, q = frame.doc, frame.q
    text = doc.text
    best = None
    for start, end, label in doc.cues.within("hedge_before", max(0, q.start - _REACH), q.start):
        if _GAP.fullmatch(text, end, q.start) and (best is None or end - start > best[1] - best[0]):
            best = (start, end, label)
    for start, end, label in doc.cues.within("hedge_after", q.end, min(len(text), q.end + 30)):
        if _AFTER_GAP.fullmatch(text, q.end, start) and not _SECOND_TERM.match(text, end):
            return label, text[start:end]
    if best and _particle_up(doc, best[0], best[1]):
        best = None  # "pushing unemployment up to 7.3 per cent": a verb's particle, no hedge
    if best and _topic_about(text, best[0], best[1]):
        best = None  # "talking about 12 or 25 per cent": the verb's topic, no hedge
    if best:
        return best[2], text[best[0]:best[1]]
    if text[max(0, q.start - 2):q.start].strip() == "~":
        return "approximate", "~"
    return "exact", None


# "25% plus a 25% penalty", "$10 plus $2 in fees": a word after the number that goes
# on to a determiner or another amount joins two terms; it bounds neither.
_SECOND_TERM = re.compile(r"\s+(?:(?:" + "|".join(DETERMINERS) + r")\b|[$€£]?\d)", re.I)

_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _topic_about(text: str, start: int, end: int) -> bool:
    """Whether an "about" follows a verb of speech or thought, whose topic it opens."""
    if text[start:end].lower() != "about":
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in TOPIC_VERBS


def _particle_up(doc, start: int, end: int) -> bool:
    """Whether an "up to" is the particle of a verb of rising before it ("pushed the
    rate up to 7%", "climbed up to 4%"), not a hedge."""
    if doc.text[start:end].lower() != "up to":
        return False
    if doc.text[max(0, start - 3):start].lower() == "of ":
        return False  # "a hit of up to $5 billion": a noun's "of", not a verb's particle
    verb = doc.cues.last_before("verb", start, max(0, start - 30))
    return verb is not None and verb[2][0] in ("rise", "raise") and "," not in doc.text[verb[1]:start]


def period(frame: Frame, kind: str, dates) -> tuple[str | None, str | None]:
    """The time base of an amount (a flow of money or goods), and its words."""
    q = frame.q
    if q.unit not in ("currency", "count") or kind == "jobs":
        return None, None
    if q.unit_words and _DAILY.search(q.unit_words):
        return "daily", q.unit_words
    doc = frame.doc
    text = doc.text
    sent = doc.sentence_at(q.start)
    # the next figure ends this one's reach (its period is its own), unless it only
    # restates this one: "$3.6 billion ($2.6 billion) ... each day", "1.5 million
    # tonnes, valued at $740M annually"
    limit = min(sent.end, q.end + _PERIOD_REACH)
    for t in frame.tokens[frame.index + 1:]:
        if t.kind == "n":
            if not _RESTATES.match(text, q.end, t.start):
                limit = min(limit, t.start)
                break
            limit = min(sent.end, t.end + _PERIOD_REACH)
    found = [c for c in doc.cues.within("period", q.end, limit) if not _BEFORE_NOW.match(text, c[1])]
    if found:
        start, end, label = found[0]
        return label, text[start:end]
    lo, _ = frame.phrase
    lead_lo = frame.lead.lo if frame.lead else lo
    for k in range(lead_lo, frame.index):
        t = frame.tokens[k]
        if "period" in t.tags and t.low in _PERIOD_ADJECTIVES:
            return t.values("period")[0], frame.text(k, k + 1)
    if _change_amount(frame):
        return None, None  # a change in an amount is no flow over a period
    c_start, c_end = frame.span_chars(*frame.clause)
    return _calendar(frame, kind, dates, c_start, c_end)


# Period words that stand before the amount, in its phrase or what it hangs on ("an annual
# $3 billion", "an annualized rate of 1.6%").
_PERIOD_ADJECTIVES = frozenset(("annual", "yearly", "daily", "monthly", "quarterly", "annualized", "annualised"))
# "a year earlier", "a month ago": a time the amount is compared with, not a rate per year
# nor a year's total.
_COMPARED = r"(?:earlier|ago|before|prior)"
_BEFORE_NOW = re.compile(rf"\s+(?:{_COMPARED}|later|on)\b", re.I)
_COMPARED_TIME = re.compile(rf"\b{_COMPARED}$", re.I)
_AMOUNT = re.compile(r"\d")
# Between an amount and what restates it: a bracket, "valued at", "worth", "or".
_RESTATES = re.compile(r"\s*(?:\(\s*|,?\s*(?:valued at|worth|or|about|roughly|some)\s+(?:about\s+|roughly\s+|more than\s+|nearly\s+)?)$")


def _change_amount(frame: Frame) -> bool:
    """"an increase of $2.2 billion", "exports fell by $3 billion", "up $1.2 billion":
    the amount is a change, not a level."""
    if frame.lead is not None and frame.lead.prep == "by":
        return True
    if frame.lead is not None and frame.lead.prep == "of" and any(
            "change_noun" in frame.tokens[k].tags for k in range(frame.lead.lo, frame.lead.hi)):
        return True
    before = frame.tokens[frame.phrase[0] - 1] if frame.phrase[0] else None
    return before is not None and before.low in ("up", "down")


_PARTIAL = re.compile(r"\b(?:months?|weeks?|quarters?|half|days?)\s+of\s+(?:the\s+)?$|\b(?:since|by|until|before|after)\s+$", re.I)
# "so far this year": the part of a year up to now, no year's total (though the year it is about)
_SO_FAR = re.compile(r"\bso\s+far\s+$", re.I)
# "so far this year", "this year to date": part of a year, no year's total
_YEAR_WORDS = re.compile(rf"(?<!so far )\b(?:that|the same|this|last|each|a)\s+year\b(?!\s+{_COMPARED}\b)(?!\s+to\s+date)"
                         r"|\bstraight\s+year\b", re.I)


# Flows counted month by month or quarter by quarter: an amount of one "in March" is that
# month's total (trade, and the duties collected on it).
_COUNTED_FLOWS = ("exports", "imports", "trade_balance", "tariff_revenue")


def _calendar(frame: Frame, kind: str, dates, lo: int, hi: int) -> tuple[str | None, str | None]:
    """A whole year the amount totals ("in 2024", "Canada's 2024 trade balance was",
    "that year were valued at"), or a month a trade flow was counted in ("in March")."""
    doc, q = frame.doc, frame.q
    text = doc.text
    sent = doc.sentence_at(q.start)
    for d in dates:
        if not (sent.start <= d.start < sent.end):
            continue
        mention = text[d.start:d.end]
        lead = text[max(sent.start, d.start - 30):d.start]
        if _PARTIAL.search(lead) or _SO_FAR.search(lead) or _COMPARED_TIME.search(mention):
            continue  # "a year earlier": the time compared with, not a year's total
        if d.granularity == "year" and d.value is not None and (_YEAR_DIGITS.fullmatch(mention) or d.relative):
            adjective = d.start < q.start and _LOWER_AFTER.match(text[d.end:d.end + 3])
            if _CALENDAR_LEAD.search(lead) or d.relative or (lo <= d.start < q.start) or adjective:
                return "annual", mention
        if d.granularity == "month" and _IN_BEFORE.search(lead) and lo <= d.start < hi + 40 \
                and (kind == "trade_value" or frame.fields.get("measure") in _COUNTED_FLOWS) \
                and frame.fields.get("measure") != "covered_trade":
            return "monthly", mention  # the goods a tariff covers are no month's flow
    m = _YEAR_WORDS.search(text, lo, q.start) or _YEAR_WORDS.search(text, q.end, min(hi, q.end + _PERIOD_REACH))
    if m:
        return "annual", m.group()
    m = _IN_QUARTER.search(text, q.end, min(hi, q.end + _PERIOD_REACH))
    if m and (kind == "trade_value" or frame.fields.get("measure") in _COUNTED_FLOWS):
        return "quarterly", m.group()  # a quarter's total, as "in March" is a month's
    return None, None


_QUARTER = re.compile(r"\b(?:(?P<ord>first|second|third|fourth|final|last)\s+quarter|Q(?P<num>[1-4]))"
                      r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", re.I)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_TIME_LEAD = re.compile(r"\b(?:in|for|during|through|throughout|of|over)\s+(?:the\s+)?$", re.I)


def ref_period(frame: Frame, kind: str, dates) -> tuple[str | None, str | None]:
    """The time a figure is about, where its clause says: "exports fell 4% in March"
    (2025-03), "in 2024" (2024), "GDP shrank 1.6% in the second quarter" (2025-Q2); not
    for tariff rates, whose dates say when they start or change."""
    if kind == "tariff_rate":
        return None, None
    doc, q = frame.doc, frame.q
    text = doc.text
    lo, hi = frame.span_chars(*frame.clause)
    published = frame.article.published
    m = _QUARTER.search(text, lo, hi)
    if m:
        year = m.group("year") or (published.year if published else None)
        if year:
            n = _QUARTERS[m.group("ord").lower()] if m.group("ord") else int(m.group("num"))
            return f"{year}-Q{n}", m.group()
    best = None
    for d in dates:
        if d.value is None or d.granularity not in ("year", "month") or not (lo <= d.start < hi):
            continue
        lead = text[max(lo, d.start - 20):d.start]
        adjective = d.granularity == "year" and d.start < q.start and _LOWER_AFTER.match(text[d.end:d.end + 3])
        if not (_TIME_LEAD.search(lead) or adjective or d.relative):
            continue
        if _PARTIAL.search(lead):
            continue
        # the gap between the two, a date after the figure first on a tie ("$6.4 billion in
        # July to $8.6 billion in August": each its own month), one with another amount
        # between them last
        after = d.start >= q.end
        gap = text[q.end:d.start] if after else text[d.end:q.start]
        key = (_AMOUNT.search(gap) is not None, len(gap), not after)
        if best is None or key < best[0]:
            best = (key, d)
    if best:
        d = best[1]
        return d.value, text[d.start:d.end]
    return None, None
