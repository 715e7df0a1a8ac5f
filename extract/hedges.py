"""The hedge around a number (`qualifier`) and the time base of a flow (`period`).

Both are read right next to the figure: a hedge is the phrase just before the number
("roughly", "more than", "up to") or just after it ("or more"); a period follows the
amount in its clause ("$2 billion a day", "$45 billion annually"), stands before it as
an adjective ("annual exports of"), or is a calendar year the amount totals ("exports
were $9.3 billion in 2024").
"""

from __future__ import annotations

import re

from tradefigures.extract.structure import Frame

# Words that may stand between a hedge and its number: "a record 4.4 million".
_GAP = re.compile(r"\s*(?:record\s+)?~?\s*")
_AFTER_GAP = re.compile(r"\s*,?\s*")
_REACH = 40
# A period more than this many characters after the amount belongs to something else.
_PERIOD_REACH = 60
# "in 2024", "for the 2024 fiscal year": a whole calendar year the amount totals.
_CALENDAR_LEAD = re.compile(r"\b(?:in|for|during|through|throughout|of)\s+(?:the\s+)?(?:calendar\s+|fiscal\s+)?$", re.I)
_PARTIAL_YEAR = re.compile(r"\b(?:months?|weeks?|quarters?|half|days?)\s+of\s+(?:the\s+)?$|\b(?:since|by|until)\s+$", re.I)
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
        if _AFTER_GAP.fullmatch(text, q.end, start):
            return label, text[start:end]
    if best:
        return best[2], text[best[0]:best[1]]
    if text[max(0, q.start - 2):q.start].strip() == "~":
        return "approximate", "~"
    return "exact", None


def period(frame: Frame, kind: str, dates) -> tuple[str | None, str | None]:
    """The time base of an amount (a flow of money or goods), and its words."""
    q = frame.q
    if q.unit not in ("currency", "count") or kind == "jobs":
        return None, None
    if q.measure and re.search(r"/d\b|per day|a day|bpd|/day", q.measure):
        return "daily", q.measure
    doc = frame.doc
    c_start, c_end = frame.span_chars(*frame.clause)
    # the next figure ends this one's reach: its period is its own
    nxt = [t.start for t in frame.tokens[frame.index + 1:frame.clause[1]] if t.kind == "n"]
    limit = min([c_end, q.end + _PERIOD_REACH] + nxt)
    found = doc.cues.within("period", q.end, limit)
    if found:
        start, end, label = found[0]
        return label, doc.text[start:end]
    lo, _ = frame.phrase
    lead_lo = frame.lead.lo if frame.lead else lo
    for k in range(lead_lo, frame.index):
        t = frame.tokens[k]
        if t.has("period") and t.low in ("annual", "yearly", "daily", "monthly", "quarterly"):
            return t.values("period")[0], frame.text(k, k + 1)
    if frame.lead and frame.lead.prep in ("to", "by", "from") and frame.verb and \
            any(c in frame.verb.classes for c in ("rise", "fall", "raise", "lower")):
        return None, None  # a change in an amount is no flow over a period
    return _calendar(frame, kind, dates, c_start, c_end)


def _calendar(frame: Frame, kind: str, dates, lo: int, hi: int) -> tuple[str | None, str | None]:
    """A whole year the amount totals ("in 2024", "Canada's 2024 trade balance")."""
    doc, q = frame.doc, frame.q
    text = doc.text
    sent = doc.sentence_at(q.start)
    for d in dates:
        if not (sent.start <= d.start < sent.end) or d.value is None:
            continue
        mention = text[d.start:d.end]
        whole_year = re.fullmatch(r"\d{4}", mention) or (d.relative and d.granularity == "year"
                                                        and "year" in mention.lower())
        lead = text[max(sent.start, d.start - 30):d.start]
        if d.granularity == "year" and whole_year and not _PARTIAL_YEAR.search(lead) \
                and (_CALENDAR_LEAD.search(lead) or d.relative or 0 <= q.start - d.end < 40):
            return "annual", mention
        if d.granularity == "month" and kind == "trade_value" and re.search(r"\bin\s+$", lead) \
                and lo <= d.start < hi:
            return "monthly", mention
    return None, None
