"""Dates in an article: absolute, partial and relative, put on the calendar.

A mention without a year ("in September", "Aug. 1") or a relative one ("next year")
needs the article's publication date; without it the mention is kept with a null value,
never resolved against today.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from tradefigures.extract.lexicons.dates import (
    ADJECTIVE_ROLES,
    MONTH_LEADS,
    MONTHS,
    RELATIVE,
    ROLE_CUES,
    SEASONS,
    WEEKDAYS,
)
from tradefigures.extract.text import Document, scan


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: str | None
    granularity: str
    date_start: date | None
    date_end: date | None
    relative: bool
    role: str | None
    cues: dict[str, str] = field(default_factory=dict)


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|"
          r"Nov\.|Dec\.|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
_SEASON = "|".join(SEASONS)
_RELATIVE = "|".join(re.escape(k) for k in sorted(RELATIVE, key=len, reverse=True))

_DATES = re.compile(
    rf"""
    (?P<iso>\b{_YEAR}-[01]\d-[0-3]\d\b)
  | (?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s?cent|percent|million|billion))(?:,?\s+(?P<y1>{_YEAR})\b)?)
  | (?P<dmy>\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?)
  | (?P<relmonth>(?i:\b(?:last|next|this|earlier\s+this|later\s+this)\s+)(?P<m4>{_MONTH}))
  | (?P<my>(?:(?i:\b(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of))[-\s]+)?(?P<m3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR})\b)?)
  | (?P<part>(?i:\b(?:the\s+)?(?:(?:early|late)\s+)?(?:{_SEASON}|latter\s+part|first\s+half|second\s+half|end|start|beginning|middle|first\s+quarter|second\s+quarter|third\s+quarter|fourth\s+quarter|final\s+quarter)\s+of\s+)(?P<y4>{_YEAR})\b)
  | (?P<years>\b(?P<y5>{_YEAR})[-–/](?:\d\d|{_YEAR})\b(?!-))
  | (?P<decade>\b(?P<y6>(?:19|20)\d)0s\b)
  | (?P<year>(?<![\w$€£.,/#-])(?P<y7>{_YEAR})(?![\w%]|[.,]\d|\s?(?:per\s?cent|percent|-per-cent)))
  | (?P<relative>(?i:\b(?:{_RELATIVE})\b))
  | (?P<season>(?i:\b(?:this|last|next)\s+(?:{_SEASON})\b))
  | (?P<weekday>\b{_WEEKDAY}\b)
    """,
    re.X,
)
# Where a date can start: a number or the first word of a date expression (run on the
# lower-cased text; see text.scan).
_TRIGGER = re.compile(
    r"[0-9]+|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"last|next|this|earlier|later|early|mid|late|today|tonight|yesterday|tomorrow|a (?:year|month|week)|"
    r"the (?:end|start|beginning|previous|following|year|first|second|third|fourth|final|latter|middle|early|late|spring|summer|fall|autumn|winter)|"
    r"spring|summer|fall|autumn|winter|latter|first|second|third|fourth|final|end|start|beginning|middle")
_LEAD = re.compile(r"(?:^|\W)(" + "|".join(re.escape(w) for w in sorted(MONTH_LEADS, key=len, reverse=True)) + r")\s*$", re.I)
# The future tense of the clause around a month with no year: it lies ahead.
_FUTURE = re.compile(r"\b(?:will|shall|set to|slated|scheduled|is to|are to|expected to|plans? to|upcoming|next|coming)\b", re.I)
_ROLE_PATTERNS = {role: re.compile("|".join(cues)) for role, cues in ROLE_CUES.items()}  # on lower-cased text
# Ties between roles go to the more specific one.
_ROLE_ORDER = ("deadline", "review", "effective", "meeting", "announcement")
_ROLE_REACH = 90
# Clause boundaries a role does not cross ("announced in 2020, but ... until last year").
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|[—–]|,\s(?:but|while|whereas|although|though|which)\b|\bbut\b")
_ADJECTIVE_YEAR = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")


def find_dates(doc: Document, published: date | None) -> list[DateMention]:
    """Every date mention in the document, resolved against `published` where needed."""
    text = doc.text
    out: list[DateMention] = []
    for m in scan(_DATES, _TRIGGER, text, doc.lower):
        mention = _read(text, m, published)
        if mention is None:
            continue
        mention.role, cue = _role(doc, mention)
        if cue:
            mention.cues["role"] = cue
        out.append(mention)
    return out


def _read(text: str, m: re.Match, published: date | None) -> DateMention | None:
    kind = m.lastgroup
    g = m.groupdict()
    start, end = m.start(), m.end()
    future = bool(_FUTURE.search(_clause(text, start, end)))
    if kind == "iso":
        y, mo, d = (int(x) for x in m.group().split("-"))
        return _absolute(start, end, y, mo, d)
    if kind in ("mdy", "dmy"):
        month = MONTHS[(g["m1"] or g["m2"]).rstrip(".").lower()]
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if not 1 <= day <= 31:
            return None
        if year:
            return _absolute(start, end, int(year), month, day)
        return _partial_day(start, end, month, day, published, future)
    if kind == "my":
        word = g["m3"].rstrip(".")
        if g["y3"]:
            return _month(start, end, int(g["y3"]), MONTHS[word.lower()], relative=False)
        if len(word) <= 4 and word not in ("May", "June", "July"):
            return None  # "Jan" alone is too often something else
        if word in ("May", "March") or not g["m3"][0].isupper():
            if not _LEAD.search(text[max(0, start - 16):start]) and not m.group().lower().startswith(("early", "mid", "late", "the")):
                return None
        return _partial_month(start, end, MONTHS[word.lower()], published, future)
    if kind == "relmonth":
        word = m.group().split()[0].lower()
        month = MONTHS[g["m4"].rstrip(".").lower()]
        if published is None:
            return DateMention(start, end, None, "month", None, None, True, None)
        year = published.year
        if word == "last" and month >= published.month:
            year -= 1
        elif word == "next" and month <= published.month:
            year += 1
        return _month(start, end, year, month, relative=True)
    if kind == "part":
        if m.group().lower().startswith("the "):
            start += 4
        return _year(start, end, int(g["y4"]), relative=False)
    if kind == "years":
        return _year(start, end, int(g["y5"]), relative=False)
    if kind == "decade":
        y = int(g["y6"] + "0")
        return DateMention(start, end, str(y), "year", date(y, 1, 1), date(y + 9, 12, 31), False, None)
    if kind == "year":
        return _year(start, end, int(g["y7"]), relative=False)
    if kind == "relative":
        return _relative(start, end, m.group().lower(), published)
    if kind == "season":
        if published is None:
            return DateMention(start, end, None, "year", None, None, True, None)
        offset = {"this": 0, "last": -1, "next": 1}[m.group().split()[0].lower()]
        return _year(start, end, published.year + offset, relative=True)
    if kind == "weekday":
        return _weekday(start, end, WEEKDAYS[m.group().lower()], published, future)
    return None


def _clause(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 120)
    hi = min(x for x in (text.find(".", end), text.find("\n", end), end + 80, len(text)) if x >= 0)
    return text[lo + 1:hi]


def _absolute(start: int, end: int, y: int, mo: int, d: int) -> DateMention | None:
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return DateMention(start, end, day.isoformat(), "day", day, day, False, None)


def _month(start: int, end: int, y: int, mo: int, relative: bool) -> DateMention:
    last = calendar.monthrange(y, mo)[1]
    return DateMention(start, end, f"{y:04d}-{mo:02d}", "month", date(y, mo, 1), date(y, mo, last),
                       relative, None)


def _year(start: int, end: int, y: int, relative: bool) -> DateMention:
    return DateMention(start, end, f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31), relative, None)


def _nearest_year(published: date, month: int, day: int, future: bool) -> int:
    """The year that puts month/day nearest the publication date, later if the
    sentence speaks of the future, earlier on a tie."""
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            cand = date(y, month, min(day, calendar.monthrange(y, month)[1]))
        except ValueError:
            continue
        delta = (cand - published).days
        if future and delta < -1:
            continue
        key = (abs(delta), delta > 0)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else published.year


def _partial_day(start, end, month, day, published, future) -> DateMention | None:
    if published is None:
        return DateMention(start, end, None, "day", None, None, True, None)
    mention = _absolute(start, end, _nearest_year(published, month, day, future), month, day)
    if mention:
        mention.relative = True
    return mention


def _partial_month(start, end, month, published, future) -> DateMention:
    if published is None:
        return DateMention(start, end, None, "month", None, None, True, None)
    return _month(start, end, _nearest_year(published, month, 15, future), month, relative=True)


def _relative(start: int, end: int, phrase: str, published: date | None) -> DateMention:
    unit, offset = RELATIVE[" ".join(phrase.split())]
    granularity = "day" if unit in ("day", "week") else unit
    if published is None:
        return DateMention(start, end, None, granularity, None, None, True, None)
    if unit == "day":
        d = published + timedelta(days=offset)
        return DateMention(start, end, d.isoformat(), "day", d, d, True, None)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        return DateMention(start, end, monday.isoformat(), "day", monday, monday + timedelta(days=6), True, None)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return _month(start, end, index // 12, index % 12 + 1, relative=True)
    return _year(start, end, published.year + offset, relative=True)


def _weekday(start, end, weekday, published, future) -> DateMention:
    if published is None:
        return DateMention(start, end, None, "day", None, None, True, None)
    delta = weekday - published.weekday()
    if future:
        delta %= 7
    elif delta > 0:
        delta -= 7
    d = published + timedelta(days=delta)
    return DateMention(start, end, d.isoformat(), "day", d, d, True, None)


def _role(doc: Document, mention: DateMention) -> tuple[str | None, str | None]:
    """The role whose cue stands nearest the date in its clause, if near enough."""
    sent = doc.sentence_at(mention.start)
    text = doc.text
    before = doc.lower[max(sent.start, mention.start - 12):mention.start]
    if re.search(r"\bby\s+$", before) and mention.granularity in ("day", "month"):
        return "deadline", "by"
    if re.search(r"\b(?:since|dating (?:back )?to|as far back as)\s+$", before):
        return "reference", before.split()[-1]
    if mention.granularity == "year" and re.fullmatch(r"\d{4}", text[mention.start:mention.end]):
        after = _ADJECTIVE_YEAR.match(doc.lower, mention.end, sent.end)
        if after and not re.match(r"\s+(?:and|or|to|with|as|in|on|at|by|for|from|after|before|when|while|that|which|was|were|is|are|will)\b",
                                  doc.lower[mention.end:mention.end + 10]):
            role = ADJECTIVE_ROLES.get(after.group(1))
            return (role, after.group(1)) if role else ("reference", None)
    lo, hi = _role_span(doc, sent, mention)
    best: tuple[int, int, str, str] | None = None
    for rank, role in enumerate(_ROLE_ORDER):
        for cm in doc.cues.within(_ROLE_PATTERNS[role], lo, hi):
            s, e = cm.start(), cm.end()
            if e <= mention.start:
                dist = mention.start - e
            elif s >= mention.end:
                dist = s - mention.end
            else:
                continue
            if dist > _ROLE_REACH and not timeline_entry(doc, mention):
                continue
            key = (dist, rank, role, doc.text[s:e])
            if best is None or key < best:
                best = key
    if best is None:
        return "reference", None
    return best[2], best[3]


def timeline_entry(doc: Document, mention: DateMention) -> bool:
    """"On March 12: The U.S. imposed ...": a date that heads an entry of a timeline."""
    return bool(re.match(r"\s*(?:\([^)]{0,20}\))?\s*:", doc.text[mention.end:mention.end + 25]))


def _role_span(doc: Document, sent, mention: DateMention) -> tuple[int, int]:
    """The part of the sentence a date's role is read from: its clause, or after the
    colon of a timeline entry, the whole entry."""
    if timeline_entry(doc, mention):
        return sent.start, sent.end
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(doc.lower, sent.start, sent.end):
        if m.end() <= mention.start:
            lo = m.end()
        elif m.start() >= mention.end:
            hi = m.start()
            break
    return lo, hi
