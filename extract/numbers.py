"""Numbers as news writes them: find each quantity, its exact span, value and unit.

This module knows the form of a number ("$1.8 trillion", "25-per-cent", "three-quarters",
"4.42M bbl/day") and nothing of its meaning; `figures.py` decides what it measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from tradefigures.extract.inflection import forms
from tradefigures.extract.lexicons.labels import (
    CASED_LABEL_WORDS,
    LABEL_NOUNS,
    LABEL_WORDS,
    TRADE_LAW_NOUNS,
    TRADE_LAW_SECTIONS,
)
from tradefigures.extract.lexicons.numbers import (
    AFTER_CHANGE,
    CENTS,
    CHANGE_HEDGES,
    CHANGE_VERB_CLASSES,
    CONVERSION_NOTES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    FRACTION_OF_DETERMINERS,
    FRACTIONS,
    HYPHEN_HEDGES,
    MEASURE_SCALES,
    MEASURES,
    PER_UNIT,
    QUARTER_SPAN_BEFORE,
    QUARTER_SPAN_OF,
    RATIO_BEFORE,
    RATIO_NOUNS,
    SCALES,
    SIGN_WORDS,
    TENS,
    TIME_UNITS,
    UNITS,
    VULGAR_FRACTIONS,
)
from tradefigures.extract.lexicons.verbs import IRREGULAR, VERBS


@dataclass(slots=True)
class Quantity:
    """A number in the text with its unit, before any meaning is given to it."""

    start: int
    end: int
    value: float
    unit: str | None  # percent, currency, count, ratio; None: a bare number, unit unknown
    currency: str | None = None
    points: bool = False  # "percentage points"
    unit_words: str | None = None  # units of measure: "barrels per day", "per metric ton"
    words: bool = False  # written in words ("two per cent")
    fraction: bool = False  # "three-quarters", "half"
    scaled: bool = False  # carried a scale word ("billion")
    suspended: bool = False  # "$1.54- and $2.35-billion": the scale comes later
    provisional: bool = False  # a bare "two" kept only because a range may follow ("two to three per cent")
    currency_cue: str | None = None
    cues: dict[str, str] = field(default_factory=dict)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = _alternation(list(UNITS) + list(TENS))
_TENS_WORDS = _alternation(TENS)
_ONES = _alternation([w for w in UNITS if UNITS[w] < 10 and UNITS[w] > 0])
_FRACTION_WORDS = _alternation(FRACTIONS)

_WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[\s-](?:{_ONES}))?|{_UNIT_WORDS})"
# Fixed-width look-behinds, one a phrase; spaces as \s, since the cores are verbose.
_RATIO_AFTER_WORD = "|".join(rf"(?<={w.replace(' ', chr(92) + 's')}\s)" for w in RATIO_BEFORE)

_NUM = r"\d+(?:\.\d+)?"
_ODDS_JOIN = r"(?:\s+|-)(?:in|out[\s-]of)(?:\s+|-)"
# The numeric core of a quantity: a ratio, odds, digits, number words or a fraction, one
# pattern for a core that opens with a digit and one for words. Everything around it
# (currency, scale, unit) is read by anchored patterns from its ends.
_DIGITS_BODY = rf"""(?:
      (?P<ratio>{_NUM}-to-{_NUM}(?!\.?\d)
        | {_NUM}\s+to\s+{_NUM}(?=\s+(?:{_alternation(RATIO_NOUNS)})\b)
        | (?:{_RATIO_AFTER_WORD}){_NUM}\s+to\s+{_NUM}(?!\.?\d))
      | (?P<odds>\d{{1,2}}{_ODDS_JOIN}(?:{_UNIT_WORDS}|\d{{1,3}})\b)
      | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]*\d)|{_NUM}))
    """
_CORE_DIGITS = re.compile(r"(?<![\w.,])" + _DIGITS_BODY, re.X | re.I)
# After a currency that ends in a letter and touches the number ("$US1.5 billion").
_CORE_DIGITS_AFTER_LETTERS = re.compile(_DIGITS_BODY, re.X | re.I)
_CORE_WORDS = re.compile(
    rf"""
    \b(?:
      (?P<ratio>(?:{_UNIT_WORDS})-to-(?:{_UNIT_WORDS})\b)
      | (?P<odds>(?:{_UNIT_WORDS}){_ODDS_JOIN}(?:{_UNIT_WORDS}|\d{{1,3}})\b)
      | (?P<a_scale>(?<!\bin\s)an?(?=\s(?:hundred\s)?(?:thousand|million|billion|trillion)\b(?!-)))
      | (?P<fraction>(?:(?:{_ONES}|a)[\s-])?(?:{_FRACTION_WORDS})\b)
      | (?P<words>{_WORD_NUMBER}\b))
    """,
    re.X | re.I,
)

# Where a quantity can start: a run of digits (one regular expression, which the
# engine scans for at C speed) or a number or fraction word (one Aho-Corasick automaton:
# an alternation of words would be tried at every letter of the text).
# Lower case that keeps every offset, where str.lower does not ("İ" gives two characters).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_DIGIT_RUN = re.compile(r"[0-9]+")
_TRIGGER_WORDS = ahocorasick.Automaton()
# Each word: (length, whether "a" before it starts the quantity, whether only "a" can).
for _w in (*UNITS, *TENS, "half", "third", "quarter", "fifth", "sixth", "eighth", "tenth"):
    _TRIGGER_WORDS.add_word(_w, (len(_w), _w in FRACTIONS, False))
for _w in ("hundred", "thousand", "million", "billion", "trillion"):
    _TRIGGER_WORDS.add_word(_w, (len(_w), True, True))  # "a million"
_TRIGGER_WORDS.make_automaton()
_PREFIX = re.compile(rf"(?:{_alternation(CURRENCY_PREFIXES)})\s?$")
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$")
_SCALE = re.compile(
    r"(?:\s|-)?(?P<word>(?:hundred\s)?(?:thousand|million|billion|trillion)|hundred)s?\b"
    r"|(?P<abbr>bn|bln|mln|mn|tn|[MBKkT])(?![\w$%-])",
)
_SUSPENDED = re.compile(r"-\s+(?:and|or|to)\s")
_PERCENT = re.compile(
    r"(?P<pct>\s?%)"
    r"|(?P<pp>[\s-]percentage[\s-]points?\b|\sof\s(?:a|one)\spercentage[\s-]point\b)"
    r"|(?P<bp>\s(?:basis[\s-]points?|bps|bp)\b)"
    r"|(?P<pc>[\s-]?per[\s-]?cent\b|[\s-]percent\b|[\s-]?pct\b|[\s-]p\.c\.|\sof\s(?:a|one)\s(?:per[\s-]?cent|percent)\b)"
    # "a 10 per tariff": a dropped "cent" before the thing it rates.
    r"|(?P<typo>\sper(?=\s+(?:tariffs?|levy|levies|duty|duties|surcharge)\b))",
    re.I,
)
_CURRENCY_AFTER = re.compile(
    rf"\s(?P<cur>{_alternation(CURRENCY_SUFFIXES)})(?![\w$])", re.I
)
_CENTS = re.compile(rf"[\s-](?P<cents>{_alternation(CENTS)})\b", re.I)
_MEASURE = re.compile(rf"\s(?P<measure>{_alternation(MEASURES)})(?![\w/])", re.I)
_PER_UNIT = re.compile(rf"\s(?:a|an|per|each|every)\s(?P<per>{_alternation(PER_UNIT)})s?\b", re.I)
# After "U.S." as a currency, a function word or punctuation; before "U.S. goods" an
# adjective: "$30 U.S. to a price" is US dollars, "$30 billion U.S. goods" is not.
_AFTER_US_SUFFIX = re.compile(r"\s*(?:[).,;:\]]|$|(?:to|per|a|an|in|on|for|from|and|or|each|every|apiece|worth|last|this|next|annually|of|was|were|is|are)\b)")

_CONVERSION = re.compile(
    rf"\s*\((?:converted (?:to|into)|in)\s+(?P<cur>{_alternation(CONVERSION_NOTES)})\s+dollars\)", re.I)
# A number with a range or a list after it: "two to three percentage points", "2 to 4",
# "2, 5 or 10 per cent".
_RANGE_AHEAD = re.compile(
    rf"(?:\s*(?:to|-|–|and|or)\s+|\s*,\s*(?:(?:and|or)\s+)?)(?:\$|C\$|US\$)?(?:\d|(?:{_UNIT_WORDS})\b)", re.I)
# "10-15%", "2–3 per cent", "$1.5-2 billion": the first end of a range written with a
# hyphen; the second end must carry the unit or scale.
_HYPHEN_RANGE_AHEAD = re.compile(
    r"[-–]\d+(?:\.\d+)?(?:\s?%|[\s-]per[\s-]?cent\b|[\s-]percent\b|[\s-]percentage[\s-]points?\b"
    r"|[\s-](?:million|billion|trillion)\b|(?:bn|mn|tn|[MBT])\b)", re.I)
_HYPHEN_RANGE_BEHIND = re.compile(r"(?<![\d.,–-])\d+(?:\.\d+)?[-–]$")
_HEDGE_PREFIX = re.compile(rf"\b(?:{_alternation(HYPHEN_HEDGES)})-$", re.I)
# "a negative 25% tariff impact": after a determiner "negative" describes the noun.
_SIGN_WORD = re.compile(
    rf"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?:{_alternation(SIGN_WORDS)})\s+$", re.I)
# "3 dollars 50 cents", "thirteen dollars and forty-five cents".
_AND_CENTS = re.compile(rf"\s+(?:and\s+)?(?P<n>\d{{1,2}}|{_WORD_NUMBER})\s+cents?\b", re.I)
# "a quarter-point", "half a percentage point", "a quarter of a point": a fraction of a
# percentage point.
_FRACTION_POINT = re.compile(
    r"-(?:percentage-)?point\b|\s(?:of\s)?an?\s(?:percentage[\s-])?point\b"
    r"|\sof\s(?:a|one)\s(?P<cent>per[\s-]?cent|percent)\b", re.I)
# "2½", "2 1/2", "two and a half": a fraction after a whole number.
_MIXED = re.compile(
    rf"(?P<v>[{''.join(VULGAR_FRACTIONS)}])|\s(?P<n>[1-9])/(?P<d>[2-9]|1[0-6])(?![\d/])"
    r"|[\s-]and[\s-]an?[\s-](?P<f>half|quarter|third)\b", re.I)
# "a quarter point", "three quarters percentage point" (not "the half point of the season").
_COUNTED_FRACTION_POINT = re.compile(r"\s(?:percentage\s)?point\b", re.I)
_TIME_AFTER = re.compile(
    rf"(?:\s|-)(?:{_alternation(TIME_UNITS)})s?(?:['’]s?)?\b(?!-?(?:old\b))", re.I
)
_AGE = re.compile(r"-year-old\b|\s+years?\s+old\b", re.I)
_TOP_BEFORE = re.compile(r"\b[Tt]op\s+$")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_CLOCK = re.compile(r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|EDT\b|EST\b|ET\b|PT\b|PDT\b|CET\b)", re.I)
_LABELS = frozenset(LABEL_WORDS)
_CASED_LABELS = frozenset(CASED_LABEL_WORDS)
# Currencies that end in a letter and may touch the number: "$US1.5 billion".
_LETTER_PREFIXES = tuple(p.lower() for p in CURRENCY_PREFIXES if p[-1].isalpha())
_PREFIX_ENDS = frozenset(p[-1] for p in CURRENCY_PREFIXES)
_MEASURE_STARTS = tuple({m[:4] for m in MEASURES})
_CENTS_STARTS = frozenset(c[:4] for c in CENTS)
_JOINED_CHARS = frozenset("-–/:x×#@\\_=")
_LABEL_NOUN_AFTER = re.compile(rf"\s(?:{_alternation(LABEL_NOUNS)})\b", re.I)
_TRADE_LAW_NOUN_AFTER = re.compile(rf"\s(?:{_alternation(TRADE_LAW_NOUNS)})\b", re.I)
_JOINED_BEFORE = re.compile(r"[A-Za-z][-/]$|\d[-–/:x×]$|[#@/\\_=]$")
_JOINED_AFTER = re.compile(r"[-–/:x×]\d|[A-Za-wyz_]|[/\\_=@]")


def _change_forms() -> set[str]:
    out: set[str] = set()
    for cls in CHANGE_VERB_CLASSES:
        for lemma in VERBS[cls]:
            out.update(forms(lemma, IRREGULAR))
    return out


_CHANGED_BY = re.compile(
    rf"\b(?:{_alternation(_change_forms())})\s+(?:[\w'’]+\s+){{0,3}}?by\s+"
    rf"(?:(?:{_alternation(CHANGE_HEDGES)})\s+)?$", re.I)
_AFTER_CHANGE = re.compile(
    rf"\s*(?:[,.;:)!?—–\"”]|$)|\s+(?:{_alternation(AFTER_CHANGE)})\b", re.I)
_QUARTER_SPAN_BEFORE = re.compile(rf"\b(?:{_alternation(QUARTER_SPAN_BEFORE)})\s$")
_QUARTER_SPAN_OF = re.compile(rf"\sof\s+(?:(?:{_alternation(QUARTER_SPAN_OF)})\b|\d{{4}}\b)")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|latter|back|front|final|last)\s$", re.I)
_TIME_OF = re.compile(
    rf"\sof\s+(?:(?:{_alternation(FRACTION_OF_DETERMINERS)})\s+)?(?:{_alternation(TIME_UNITS)})s?\b(?!['’])")


def _starts(lower: str) -> list[int]:
    """Where a quantity can start in the lower-cased text, in order: digits, number
    words and fractions at the start of a word ("a third", "a million" from the "a")."""
    out = [m.start() for m in _DIGIT_RUN.finditer(lower)]
    for end, (n, after_a, only_after_a) in _TRIGGER_WORDS.iter(lower):
        pos = end - n + 1
        if pos and lower[pos - 1].isalnum():
            continue
        if after_a:
            if lower[pos - 2:pos] == "a " and (pos == 2 or not lower[pos - 3].isalnum()):
                pos -= 2
            elif lower[pos - 3:pos] == "an " and (pos == 3 or not lower[pos - 4].isalnum()):
                pos -= 3
            elif only_after_a:
                continue
        out.append(pos)
    out.sort()
    return out


def scan(text: str, lower: str):
    """The numeric cores (`_CORE_DIGITS`, `_CORE_WORDS`) where a quantity can start
    (`_starts`), none inside another."""
    cursor = 0
    for pos in _starts(lower):
        if pos < cursor:
            continue
        core = _CORE_DIGITS if lower[pos].isdigit() else _CORE_WORDS
        if pos and lower[pos - 1].isalnum():
            if core is _CORE_WORDS or not lower.endswith(_LETTER_PREFIXES, 0, pos):
                continue
            core = _CORE_DIGITS_AFTER_LETTERS
        m = core.match(text, pos)
        if m and m.end() > pos:
            cursor = m.end()
            yield m


# Marks of a web address or a file path; the whole non-space token around one is masked.
_URL_MARK = re.compile(r"://|www\.|/|\.(?:jpe?g|png|gif|webp|svg|html?|php)\b")


def addresses(text: str) -> list[tuple[int, int]]:
    """Spans of web addresses and file paths ("https://...", "uploads/2025/02/x.jpeg"):
    numbers inside them are no figures."""
    out: list[tuple[int, int]] = []
    for m in _URL_MARK.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        lo = m.start()
        while lo > 0 and not text[lo - 1].isspace() and m.start() - lo < 300:
            lo -= 1
        hi = m.end()
        while hi < len(text) and not text[hi].isspace() and hi - m.end() < 300:
            hi += 1
        token = text[lo:hi]
        if "://" in token or "www." in token or token.count("/") >= 2 or m.group() not in ("/",):
            out.append((lo, hi))
    return out


_PERCENT_CONTEXT = re.compile(r"%|per ?cent|percent|\brate\b")
_CHANGE_NEAR = re.compile(
    r"\b(?:increas|decreas|rose|rise|fell|fall|drop|jump|climb|gain|dip|declin|up|down|by)\w*\s+(?:by\s+)?$"
    r"|^\s+(?:drop|jump|decrease|increase|rise|gain|decline|dip|point)"
)
_SIZE_OF = re.compile(r"^\s*(?:the size|as (?:large|big)|the scale)")


def settle_unit(frame) -> None:
    """A bare number takes percent from a sentence about rates ("rose 0.9 to 5.8 per
    cent"); a fraction is a percent share unless it compares sizes ("one-tenth the size")."""
    q = frame.q
    text = frame.doc.text
    if q.fraction:
        if _SIZE_OF.match(text[q.end:q.end + 30].lower()):
            q.unit, q.value = "ratio", q.value / 100
        return
    if q.unit is None:
        sent = frame.doc.sentence_at(q.start)
        if re.match(r"\s+(?:points?|pts?)\b", text[q.end:q.end + 8]) and \
                _PERCENT_CONTEXT.search(text[sent.start:sent.end].lower()):
            q.unit, q.points = "percent", True  # "down 0.4 points" in a sentence of rates
            return
        before = text[max(sent.start, q.start - 30):q.start].lower()
        after = text[q.end:min(sent.end, q.end + 12)].lower()
        if "." in text[q.start:q.end] and _PERCENT_CONTEXT.search(text[sent.start:sent.end].lower()) \
                and (_CHANGE_NEAR.search(before) or _CHANGE_NEAR.search(after)):
            q.unit = "percent"
        else:
            q.unit = "count"


def parse_words(words: str) -> float | None:
    """Value of a number written in words: "twenty-eight" -> 28, "four" -> 4."""
    total = 0
    for part in re.split(r"[\s-]+", words.lower()):
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return float(total)


def parse_digits(digits: str) -> float:
    """Value of a number in digits: "85,000" -> 85000.0, "1.8" -> 1.8."""
    return float(digits.replace(",", ""))


def parse_fraction(words: str) -> float:
    """Share of one that a fraction names: "three-quarters" -> 0.75, "half" -> 0.5."""
    parts = re.split(r"[\s-]+", words.lower())
    base = FRACTIONS[parts[-1]]
    if len(parts) == 1 or parts[0] == "a":
        return base
    return UNITS.get(parts[0], 1) * base


def find_quantities(text: str, masked: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order, skipping the spans in `masked` (dates, URLs).

    Years, ordinals, clock times, durations ("five months", "for two quarters"), labels
    ("Section 232", "Local 1005", and a number the article uses as a label wherever it
    stands bare: "the 232 tariffs") and bare small counts in words are left out.
    """
    masked = sorted(masked or [])
    out: list[Quantity] = []
    labels: set[str] = set()
    mi = 0
    lower = text.lower()
    if len(lower) != len(text):
        lower = text.translate(_ASCII_LOWER)
    for m in scan(text, lower):
        while mi < len(masked) and masked[mi][1] <= m.start():
            mi += 1
        if (mi < len(masked) and masked[mi][0] < m.end()) or (out and m.start() < out[-1].end):
            continue
        q = _read(text, m, labels)
        if q is not None:
            out.append(q)
    if labels:
        out = [q for q in out if q.unit is not None or q.scaled or text[q.start:q.end] not in labels
               or _counts_people(text[q.end:q.end + 16])]
    return out


def _read(text: str, m: re.Match, labels: set[str]) -> Quantity | None:
    """The quantity whose numeric core `m` matched, or None where it is no figure; a
    number found to be a label goes into `labels`."""
    start, end = m.start(), m.end()
    kind = m.lastgroup
    core = m.group()
    if kind == "digits":
        value = parse_digits(core)
    elif kind == "words":
        value = parse_words(core)
        if value is None:
            return None
    elif kind == "a_scale":
        # "a million jobs", "a thousand workers": the scale follows; "death by a
        # thousand cuts" is no count
        if text[end:end + 10].lower() == " thousand " and not _counts_people(text[end + 9:end + 25]):
            return None
        value, kind = 1.0, "words"
    elif kind == "odds":
        return _odds(text, m)
    elif kind == "ratio":
        return _ratio(text, m)
    else:
        pt = _FRACTION_POINT.match(text, end) or (
            _COUNTED_FRACTION_POINT.match(text, end) if " " in core or "-" in core else None)
        if pt and not _ORDINAL_BEFORE.search(text, max(0, start - 12), start):
            return Quantity(start, pt.end(), parse_fraction(core), "percent",
                            points=not pt.group("cent"), words=True)
        if not _fraction_is_quantity(text, m):
            return None
        value = parse_fraction(core)

    if kind in ("digits", "words") and value.is_integer() and (mx := _MIXED.match(text, end)):
        value += _mixed_fraction(mx)
        end = mx.end()
    before = text[max(0, start - 24):start]
    q = Quantity(start, end, value, None, words=kind == "words", fraction=kind == "fraction")

    last = before[-1:]
    # The checks below run for every number: a look at the last character first, so
    # that most numbers never reach a regular expression.
    pm = _PREFIX.search(before) if last in _PREFIX_ENDS or (last == " " and before[-2:-1] in _PREFIX_ENDS) else None
    range_end = False  # the second end of "10-15%": kept only with a unit or scale
    if kind == "digits":
        if last in _JOINED_CHARS and _JOINED_BEFORE.search(before) and not pm and not _HEDGE_PREFIX.search(before):
            if not _HYPHEN_RANGE_BEHIND.search(before):
                return None
            range_end = True
        if _is_label_before(before, core.isdigit()):
            labels.add(core)
            return None

    # Left: currency and sign.
    if pm and kind != "fraction":
        q.start = start - len(pm.group())
        q.unit = "currency"
        q.currency = CURRENCY_PREFIXES[pm.group().strip()]
        q.currency_cue = pm.group().strip()
    elif kind == "digits" and last in ("-", "−") and _MINUS.search(before):
        q.start -= 1
        q.value = -q.value
    if kind != "fraction" and q.value > 0 and text[q.start - 1:q.start] == " " \
            and text[max(0, q.start - 10):q.start - 1].lower().endswith(SIGN_WORDS) \
            and (sw := _SIGN_WORD.search(text, max(0, q.start - 12), q.start)):
        q.start = sw.start()
        q.value = -q.value

    # Right: scale, then unit.
    pos = end
    sm = _SCALE.match(text, pos)
    if sm and kind != "fraction":
        word = (sm.group("word") or sm.group("abbr")).lower()
        if sm.group("abbr") and q.unit != "currency" and not _MEASURE.match(text, sm.end()) \
                and word not in ("bn", "mln", "mn", "tn", "bln"):
            sm = None  # "5 K" or "3 M" alone is not a scaled number
        if sm:
            for part in word.split():
                q.value *= SCALES[part]
            q.scaled = True
            pos = sm.end()
    if kind == "digits" and not q.scaled and text[pos:pos + 1] == "-" and _SUSPENDED.match(text, pos):
        q.suspended = True

    if kind != "fraction":
        pct = _PERCENT.match(text, pos)
        if pct:
            q.unit = "percent"
            q.points = pct.lastgroup in ("pp", "bp")
            if pct.lastgroup == "bp":
                q.value /= 100  # 25 basis points are a quarter of a percentage point
            q.currency = None
            pos = pct.end()
        elif not q.scaled and text[pos + 1:pos + 5].lower() in _CENTS_STARTS and (cm := _CENTS.match(text, pos)):
            q.unit = "currency"
            q.value /= 100
            phrase = cm.group("cents").lower()
            q.currency = "USD" if phrase.startswith(("us", "u.s", "american")) else \
                "CAD" if phrase.startswith("canadian") else q.currency
            q.currency_cue = cm.group("cents")
            pos = cm.end()
        else:
            cur = _CURRENCY_AFTER.match(text, pos)
            if cur:
                phrase = cur.group("cur").lower()
                is_us = phrase in ("u.s.", "us")
                if not is_us or _AFTER_US_SUFFIX.match(text, cur.end()):
                    if q.unit == "currency" or "dollar" in phrase or phrase in (
                            "euros", "euro", "yuan", "renminbi", "yen", "pesos", "rupees",
                            "pounds sterling") or (q.scaled and is_us and q.unit == "currency"):
                        q.unit = "currency"
                        code = CURRENCY_SUFFIXES[phrase]
                        q.currency = code or q.currency
                        q.currency_cue = cur.group("cur")
                        pos = cur.end()
                        if "dollar" in phrase and not q.scaled:
                            pos = _add_cents(text, q, pos)
            mm = _MEASURE.match(text, pos) if text[pos + 1:pos + 9].lower().startswith(_MEASURE_STARTS) else None
            if mm and q.unit is None:
                q.unit = "count"
                q.unit_words = mm.group("measure").lower()
                if q.unit_words in MEASURE_SCALES and not q.scaled:
                    q.value *= MEASURE_SCALES[q.unit_words]
                    q.scaled = True
                pos = mm.end()
            if q.unit == "currency":
                pu = _PER_UNIT.match(text, pos)
                if pu:
                    q.unit_words = "per " + pu.group("per").lower()
                    pos = pu.end()
                conv = _CONVERSION.match(text, pos)
                if conv and q.currency is None:
                    q.currency = CONVERSION_NOTES[conv.group("cur").lower()]
                    q.currency_cue = conv.group().strip(" ()")
    else:
        # "half a million jobs": a fraction of a scale is a count, not a share
        fm = re.match(r"\s+an?\s+(million|billion|trillion)\b", text[pos:pos + 20], re.I)
        if fm:
            q.value *= SCALES[fm.group(1).lower()]
            q.scaled = True
            q.fraction = False
            pos += fm.end()
            if pm:
                q.start -= len(pm.group())
                q.unit, q.currency = "currency", CURRENCY_PREFIXES[pm.group().strip()]
            else:
                q.unit = "currency" if re.match(r"\s+dollars\b", text[pos:pos + 9]) else "count"
        else:
            q.unit = "percent"
            q.value *= 100

    q.end = pos
    if range_end and q.unit is None and not q.scaled:
        return None
    if kind == "digits" and q.unit is None and not q.scaled and core.isdigit() and (
            _LABEL_NOUN_AFTER.match(text, q.end)
            or (core in TRADE_LAW_SECTIONS and _TRADE_LAW_NOUN_AFTER.match(text, q.end))):
        labels.add(core)
        return None
    if not _keep(text, q, kind, core):
        return None
    return q


def _is_label_before(before: str, integer: bool) -> bool:
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


def _mixed_fraction(m: re.Match) -> float:
    if m.group("v"):
        return VULGAR_FRACTIONS[m.group("v")]
    if m.group("n"):
        return int(m.group("n")) / int(m.group("d"))
    return FRACTIONS[m.group("f").lower()]


def _add_cents(text: str, q: Quantity, pos: int) -> int:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": the cents join the
    dollars in one amount. Returns where the amount ends."""
    if not q.value.is_integer():
        return pos
    cm = _AND_CENTS.match(text, pos)
    if not cm:
        return pos
    n = cm.group("n")
    cents = parse_digits(n) if n[0].isdigit() else parse_words(n)
    if cents is None or not 0 < cents < 100:
        return pos
    q.value += cents / 100
    return cm.end()


def _ratio(text: str, m: re.Match) -> Quantity | None:
    """"150-to-1", "three-to-one", "outnumbered 3 to 1": a ratio, valued as the first
    term over the second."""
    top, bottom = (parse_digits(p) if p[0].isdigit() else parse_words(p)
                   for p in re.split(r"\s*-?\bto\b-?\s*", m.group(), flags=re.I))
    if not top or not bottom:
        return None
    return Quantity(m.start(), m.end(), top / bottom, "ratio", words=not m.group()[0].isdigit())


def _odds(text: str, m: re.Match) -> Quantity | None:
    """"one in five Canadian jobs", "9 out of 10 exporters": a share in percent."""
    parts = re.split(_ODDS_JOIN, m.group(), flags=re.I)
    top, bottom = (parse_digits(p) if p[0].isdigit() else parse_words(p) for p in parts)
    if not top or not bottom or top >= bottom or re.match(r"\s*(?:years?|months?|days?|weeks?|decades?)\b", text[m.end():m.end() + 10], re.I):
        return None
    if not re.match(r"\s+(?:of\s+)?(?:the\s+)?[A-Za-z]", text[m.end():m.end() + 30]):
        return None
    return Quantity(m.start(), m.end(), 100 * top / bottom, "percent", words=True, fraction=True)


def _fraction_is_quantity(text: str, m: re.Match) -> bool:
    """A fraction word names a share, not a part of the calendar, an ordinal or a span
    of quarters ("for two quarters")."""
    word = m.group().lower()
    parts = re.split(r"[\s-]+", word)
    head = parts[-1]
    after = text[m.end():m.end() + 40].lower()
    before = text[max(0, m.start() - 20):m.start()].lower()
    if re.search(r"(first|second|third|fourth|latter|back|front|final|last|and a|one and)\s$", before):
        return False
    if after.startswith(("-", "way", "time")) or re.match(r"\s(century|decade|year|hour|day|an hour|a century)", after):
        return False
    if _TIME_OF.match(after):
        return False  # "half of the year", "a third of the decade": spans of time
    if word == "half":
        return bool(re.match(r"\s(of|the|its|their|his|her|that|this|from|in\b)", after)) or \
            bool(re.match(r"\s+an?\s+(?:million|billion|trillion)\b", after)) or \
            bool(re.search(r"\b(by|in|than|cut|nearly|almost|about|roughly|around|over|under)\s$", before))
    if head.startswith("quarter") and parts[0] != "a" and "-" not in word:
        # "two quarters", "one quarter": a span of time unless a share of something
        return after.startswith(" of ") and not _QUARTER_SPAN_BEFORE.search(before) \
            and not _QUARTER_SPAN_OF.match(after)
    if word.startswith("a ") or word in FRACTIONS:
        # "a third straight year", "a quarter" of a year: a share only "of" something,
        # or as the size of a change ("fell by a third")
        return after.startswith(" of") or _changed_by(text, m)
    return True


def _changed_by(text: str, m: re.Match) -> bool:
    """"exports fell by a third", "cut by nearly a quarter": the fraction is the size of
    a change, and the clause goes on without a noun after it."""
    return bool(_AFTER_CHANGE.match(text, m.end())) and \
        bool(_CHANGED_BY.search(text, max(0, m.start() - 80), m.start()))


def _keep(text: str, q: Quantity, kind: str, core: str) -> bool:
    """Whether a number is a figure at all, judged from its form and what touches it.

    A bare number that would be dropped ("two", "2", the "10" of "10-15%") is kept
    provisionally when a range or a list follows ("two to three per cent", "2, 5 or 10
    per cent"); figures.py drops it unless a range or a shared unit claims it."""
    if _is_figure(text, q, kind, core):
        return True
    if q.unit is None and not q.scaled and (_RANGE_AHEAD.match(text, q.end) or _HYPHEN_RANGE_AHEAD.match(text, q.end)):
        q.provisional = True
        return True
    return False


def _is_figure(text: str, q: Quantity, kind: str, core: str) -> bool:
    after = text[q.end:q.end + 16]
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
            if "." not in core and q.value < 10 and not _counts_people(after):
                return False
            if _TOP_BEFORE.search(text, max(0, q.start - 5), q.start):
                return False  # "Top 10 things": a ranking, not a count
    else:
        if q.unit is None and not q.scaled:
            return False  # "two countries", "eight in Quebec": not figures
        if kind == "words" and _TIME_AFTER.match(text, q.end):
            return False
    if q.unit == "percent" and kind == "digits" and text[q.start - 1:q.start] == "+":
        return False  # "+1.72%": a stock ticker
    return True


def _counts_people(after: str) -> bool:
    return bool(re.match(r"\s(?:jobs?|workers?|employees?|people|positions)\b", after, re.I))
