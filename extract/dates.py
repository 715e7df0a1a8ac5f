"""Dates in an article: absolute, partial and relative, put on the calendar.

Found in one pass: two patterns, one for the dates that start with a digit ("04th Jan
2019"), tried at each run of digits, one for those that start with a word ("Dec. 31,
1994"), tried where the matcher found a calendar word (`lexicons/dates.py`); relative phrases
("earlier this year", "two years ago", "last August") are the matcher's own hits. A date
never runs past the end of its sentence, and a hard-wrapped line ("earlier this / year")
does not break one.

A day or month without a year ("Sept. 1", "in March") gets its year from the tense of its
clause (`settle`): "will drop on Sept. 1" lies ahead of the publication date, "slapped in
March" behind it. A relative mention needs the publication date; without one it is kept
with a null value, never resolved against today. Each date's role is then decided by its
rule table (`rules/date_role.py`) from the structure around it (`date_frames.py`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from tradefigures.extract import date_frames
from tradefigures.extract.document import Document
from tradefigures.extract.engine import Table
from tradefigures.extract.features import TESTS
from tradefigures.extract.lexicons.dates import MODAL_FOLLOWERS, MONTH_LEADS, MONTHS, PARTS, SEASONS, WEEKDAYS
from tradefigures.extract.rules import date_role


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
    # ("day", month, day), ("month", month) or ("weekday", weekday): what the clause's
    # tense resolves against the publication date
    partial: tuple | None = None
    rule: str | None = None  # the role rule that decided


_DAY_DIGITS = re.compile(r"\d+")  # the day of "March 4th"
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December")
_MONTH_CAP = (rf"(?:{_MONTH_NAMES}|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|"
              r"Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])")
# With a day beside it a month reads as a date in any case ("28 june in 2020").
_MONTH_ANY = rf"(?i:(?:{_MONTH_NAMES}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z]))"
_MONTH_ABBR = r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z]))"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# White space with at most one line break: a date may wrap onto the next line.
_S = r"(?:[ \t]+\n?|\n)[ \t]*"
_NOT_AMOUNT = r"(?!\s*(?:%|per\s?cent|percent|million|billion|trillion))"
_YEAR_AFTER = rf"(?:,?{_S}(?:(?:of|in){_S})?(?P<{{0}}>{_YEAR})\b)?"
_SEASON = "|".join(SEASONS)
_PART = "|".join(p.replace(" ", r"\s+") for p in PARTS)

# Dates that start with a digit.
_NUMERIC = re.compile(
    rf"""
    (?P<iso>\b{_YEAR}-[01]\d-[0-3]\d\b)
  | (?P<dmy_dash>\b(?P<d6>[0-3]?\d)-(?P<m6>{_MONTH_ABBR})-(?P<y6>{_YEAR})\b)
  | (?P<mdy_slash>\b(?P<m5>[01]?\d)/(?P<d5>[0-3]?\d)/(?P<y5>{_YEAR})\b)
  | (?P<dmy>\b(?P<d2>{_DAY})\b{_S}(?:of{_S})?(?P<m2>{_MONTH_ANY}){_YEAR_AFTER.format("y2")})
  | (?P<years>\b(?P<y8>{_YEAR})[-–/](?:\d\d|{_YEAR})\b(?!-))
  | (?P<decade>\b(?P<y9>(?:19|20)\d)0s\b)
  | (?P<year>(?<![\w$€£.,/#-])(?P<y7>{_YEAR})(?![\w%]|[.,]\d|\s?(?:per\s?cent|percent|-per-cent)))
    """,
    re.X,
)
# Where those can start: the pattern is tried at each run of digits (scanning for it
# alone is many times slower, as its alternatives open with look-behinds).
_DIGITS = re.compile(r"\d+")
# Dates that start with a word, tried where the matcher found one of `TRIGGERS`.
_WORDY = re.compile(
    rf"""
    (?P<mdy_dash>(?P<m7>{_MONTH_ABBR})-(?P<d7>[0-3]?\d)-(?P<y7>{_YEAR})\b)
  | (?P<mdy>(?:{_WEEKDAY},?{_S})?(?P<m1>{_MONTH_ANY}){_S}(?P<d1>{_DAY})\b{_NOT_AMOUNT}{_YEAR_AFTER.format("y1")})
  | (?P<part>(?i:(?:the\s+)?(?:(?:early|late)\s+)?(?:{_SEASON}|{_PART})\s+of\s+|(?:{_SEASON})\s+|(?:early|mid|late)[-\s]+)(?P<y4>{_YEAR})\b)
  | (?P<my>(?:(?i:early|mid|late|(?:the\s+)?(?:{_PART})\s+of)[-\s]+)?(?P<m3>{_MONTH_CAP})(?:,?{_S}(?P<y3>{_YEAR})\b)?)
  | (?P<weekday>{_WEEKDAY}\b)
    """,
    re.X,
)
ROLE = Table("role", date_role.RULES, TESTS)
_LEAD = re.compile(r"(?:^|\W)(" + "|".join(re.escape(w) for w in sorted(MONTH_LEADS, key=len, reverse=True)) + r")\s*$", re.I)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


def find_dates(doc: Document, published: date | None) -> list[DateMention]:
    """Every date mention in the document, in order. Relative mentions are resolved
    against `published`; a day or month without a year waits for `settle`."""
    text = doc.text
    found: list[DateMention] = []
    cursor = 0
    match = _NUMERIC.match
    for run in _DIGITS.finditer(text):
        start = run.start()
        if start < cursor:
            continue
        m = match(text, start)
        if m:
            cursor = m.end()
            _add(found, doc, _NUMERIC, m, published)
    for start, _, _ in doc.cues.of("date_word"):
        m = _WORDY.match(text, start, doc.sentence_at(start).end)
        if m:
            _add(found, doc, _WORDY, m, published)
    for start, end, meaning in doc.cues.of("date_relative"):
        if doc.sentence_index(start) == doc.sentence_index(end - 1):
            found.append(_relative(start, end, meaning, published))
    # of overlapping readings the one that starts first wins, then the longest
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def _add(found: list, doc: Document, pattern: re.Pattern, m: re.Match, published) -> None:
    sentence = doc.sentence_at(m.start())
    if m.end() > sentence.end:  # a date stays inside its sentence
        m = pattern.match(doc.text, m.start(), sentence.end)
        if m is None:
            return
    mention = _read(doc.text, m, published)
    if mention is not None:
        found.append(mention)


def _read(text: str, m: re.Match, published: date | None) -> DateMention | None:
    kind = m.lastgroup
    g = dict.fromkeys(("m1", "m2", "m6", "m7", "d1", "d2", "d6", "d7", "y1", "y2", "y6", "y7"))
    g.update(m.groupdict())
    start, end = m.start(), m.end()
    if text[start:start + 4].lower() == "the ":
        start += 4  # "the end of 2025" is written "end of 2025"
    if kind == "iso":
        y, mo, d = (int(x) for x in m.group().split("-"))
        return _absolute(start, end, y, mo, d)
    if kind in ("dmy_dash", "mdy_dash"):
        month = MONTHS[(g["m6"] or g["m7"]).lower()]
        return _absolute(start, end, int(g["y6"] or g["y7"]), month, int(g["d6"] or g["d7"]))
    if kind == "mdy_slash":
        mo, d = int(g["m5"]), int(g["d5"])
        if mo > 12:
            mo, d = d, mo
        return _absolute(start, end, int(g["y5"]), mo, d)
    if kind in ("mdy", "dmy"):
        word = (g["m1"] or g["m2"]).rstrip(".")
        day = int(_DAY_DIGITS.match(g["d1"] or g["d2"]).group())
        year = g["y1"] or g["y2"]
        if not 1 <= day <= 31:
            return None
        if word.islower() and word in ("may", "mar", "march") and not year \
                and not _ORDINAL.search(m.group()):
            return None  # "it may 10 times": a verb, not a month
        month = MONTHS[word.lower()]
        if year:
            return _absolute(start, end, int(year), month, day)
        return _partial(start, end, "day", ("day", month, day), published)
    if kind == "my":
        word = g["m3"].rstrip(".")
        if g["y3"]:
            return _month(start, end, int(g["y3"]), MONTHS[word.lower()], relative=False)
        if len(word) <= 4 and word not in ("May", "June", "July"):
            return None  # "Jan" alone is too often something else
        if word in ("May", "March") and g["m3"] == m.group():
            if not (_LEAD.search(text[max(0, start - 16):start]) or _month_before_noun(text, start, end)):
                return None
        return _partial(start, end, "month", ("month", MONTHS[word.lower()]), published)
    if kind == "part":
        return _year(start, end, int(g["y4"]), relative=False)
    if kind == "years":
        return _year(start, end, int(g["y8"]), relative=False)
    if kind == "decade":
        y = int(g["y9"] + "0")
        return DateMention(start, end, str(y), "year", date(y, 1, 1), date(y + 9, 12, 31), False, None)
    if kind == "year":
        return _year(start, end, int(g["y7"]), relative=False)
    if kind == "weekday":
        return _partial(start, end, "day", ("weekday", WEEKDAYS[m.group().lower()]), published)
    return None


def _month_before_noun(text: str, start: int, end: int) -> bool:
    """"will release May trade data", "the March jobs report": a capitalised "May" or
    "March" inside a sentence, before a word in lower case, is the month (the verbs are
    written in lower case there; a headline in title case capitalises the next word too)."""
    after = _LOWER_WORD_AFTER.match(text, end)
    if not after or after.group(1) in _MODAL_FOLLOWERS:
        return False
    before = text[max(0, start - 3):start]
    return bool(before) and not _SENTENCE_OPENS.search(before)


_LOWER_WORD_AFTER = re.compile(r" ([a-z]{3,})\b")
_MODAL_FOLLOWERS = frozenset(MODAL_FOLLOWERS)
_SENTENCE_OPENS = re.compile(r"(?:[.!?:]\s+|\n|[\"“‘'(]\s*)$")


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


def _partial(start: int, end: int, granularity: str, partial: tuple, published) -> DateMention:
    """A date whose year (or week) the clause's tense will give; resolved now as the
    nearest to publication, and again by `resolve` once the clause is read."""
    mention = DateMention(start, end, None, granularity, None, None, True, None, partial=partial)
    resolve(mention, published, None)
    return mention


def _relative(start: int, end: int, meaning: tuple, published: date | None) -> DateMention:
    unit = meaning[0]
    granularity = {"day": "day", "week": "day", "month": "month", "month_of": "month"}.get(unit, "year")
    if published is None:
        return DateMention(start, end, None, granularity, None, None, True, None)
    if unit == "day":
        d = published + timedelta(days=meaning[1])
        return DateMention(start, end, d.isoformat(), "day", d, d, True, None)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=meaning[1])
        return DateMention(start, end, monday.isoformat(), "day", monday, monday + timedelta(days=6), True, None)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + meaning[1]
        return _month(start, end, index // 12, index % 12 + 1, relative=True)
    if unit == "month_of":
        shift, month = meaning[1], meaning[2]
        year = published.year
        if shift < 0 and month >= published.month:
            year -= 1
        elif shift > 0 and month <= published.month:
            year += 1
        return _month(start, end, year, month, relative=True)
    if unit == "season":
        return _year(start, end, published.year + meaning[1], relative=True)
    return _year(start, end, published.year + meaning[1], relative=True)


# -- the year of a day or month written without one -----------------------------------

def resolve(mention: DateMention, published: date | None, tense: str | None) -> None:
    """Put a partial date on the calendar: `tense` "ahead" takes the first such day or
    month from publication on, "past" the last one up to it, None the nearest."""
    if mention.partial is None or published is None:
        return
    kind = mention.partial[0]
    if kind == "weekday":
        delta = mention.partial[1] - published.weekday()
        delta = delta % 7 if tense == "ahead" else (delta - 7 if delta > 0 else delta)
        d = published + timedelta(days=delta)
        mention.value, mention.date_start, mention.date_end = d.isoformat(), d, d
        return
    month = mention.partial[1]
    if kind == "month":
        here = published.year * 12 + published.month - 1
        candidates = [y * 12 + month - 1 for y in (published.year - 1, published.year, published.year + 1)]
        index = _choose(candidates, here, tense, slack=0)
        resolved = _month(mention.start, mention.end, index // 12, month, relative=True)
    else:
        day = mention.partial[2]
        here = published.toordinal()
        candidates = []
        for y in (published.year - 1, published.year, published.year + 1):
            try:
                candidates.append(date(y, month, day).toordinal())
            except ValueError:
                continue
        if not candidates:
            return
        chosen = date.fromordinal(_choose(candidates, here, tense, slack=1))
        resolved = DateMention(mention.start, mention.end, chosen.isoformat(), "day", chosen, chosen, True, None)
    mention.value, mention.date_start, mention.date_end = resolved.value, resolved.date_start, resolved.date_end


def _choose(candidates: list[int], here: int, tense: str | None, slack: int) -> int:
    """Of points in time one year apart, the one the tense points to: the first at or
    after `here` (ahead), the last at or before it (past), else the nearest (the earlier
    on a tie). `slack` forgives a publication date a day off."""
    if tense == "ahead":
        ahead = [c for c in candidates if c >= here - slack]
        if ahead:
            return min(ahead)
    elif tense == "past":
        behind = [c for c in candidates if c <= here + slack]
        if behind:
            return max(behind)
    return min(candidates, key=lambda c: (abs(c - here), c > here))


# -- after the sentences are read ------------------------------------------------------

def settle(doc: Document, mentions: list[DateMention], parses: dict, published: date | None) -> None:
    """Give every date its year from its clause's tense where it was written without
    one, and its role from the rule table (`rules/date_role.py`). `parses` holds the
    parse of every sentence that holds a date (`figures.sentence_parses`)."""
    read: dict[int, tuple[date_frames.Words, dict[int, int]]] = {}
    for m in mentions:
        si = doc.sentence_index(m.start)
        p = parses[si]
        if si not in read:
            read[si] = (date_frames.Words(doc, p), {id(t.ref): i for i, t in enumerate(p.tokens) if t.kind == "d"})
        words, where = read[si]
        index = where.get(id(m))
        if index is None:
            m.role = "reference"
            continue
        frame = date_frames.build(doc, p, words, index, published)
        if m.partial is not None:
            resolve(m, published, date_frames.tense(frame))
        decision = ROLE.decide(frame, "reference")
        m.role, m.rule = decision.value, decision.rule
        if decision.cue:
            m.cues["role"] = decision.describe()
