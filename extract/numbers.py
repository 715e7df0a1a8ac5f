"""Numbers as news writes them: find each quantity, its exact span, value and unit.

This module knows the form of a number ("$1.8 trillion", "25-per-cent", "minus five
percent", "3 dollars 50 cents", "4.42M bbl/day") and nothing of its meaning. It finds
every numeric core in one pass (a digit regex and one word automaton as triggers) and
reads currency, sign, scale and unit from the core's ends; `shares.py` reads fractions,
odds and ratios, `nonfigures.py` judges which numbers are no figures, `ranges.py` joins
ranges and lists, and `figures.py` decides what each figure measures.
"""

from __future__ import annotations

import re

import ahocorasick

from tradefigures.extract import shares
from tradefigures.extract.lexicons.numbers import (
    CENTS,
    CONVERSION_NOTES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    FRACTIONS,
    HYPHEN_HEDGES,
    MEASURE_SCALES,
    MEASURES,
    PER_UNIT,
    RATIO_BEFORE,
    RATIO_NOUNS,
    SCALES,
    SIGN_WORDS,
    TENS,
    UNITS,
)
from tradefigures.extract.nonfigures import counts_people, keep, label_after, label_before
from tradefigures.extract.quantity import (
    Quantity,
    alternation,
    parse_digits,
    parse_fraction,
    parse_numeral,
    parse_words,
)

_UNIT_WORDS = alternation(list(UNITS) + list(TENS))
_TENS_WORDS = alternation(TENS)
_ONES = alternation([w for w in UNITS if UNITS[w] < 10 and UNITS[w] > 0])
_FRACTION_WORDS = alternation(FRACTIONS)

_WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[\s-](?:{_ONES}))?|{_UNIT_WORDS})"
# Fixed-width look-behinds, one a phrase; spaces as \s, since the cores are verbose.
_RATIO_AFTER_WORD = "|".join(rf"(?<={w.replace(' ', chr(92) + 's')}\s)" for w in RATIO_BEFORE)

_NUM = r"\d+(?:\.\d+)?"
_ODDS_JOIN = shares.ODDS_JOIN
# The numeric core of a quantity: a ratio, odds, digits, number words or a fraction, one
# pattern for a core that opens with a digit and one for words. Everything around it
# (currency, scale, unit) is read by anchored patterns from its ends.
_DIGITS_BODY = rf"""(?:
      (?P<ratio>{_NUM}-to-{_NUM}(?!\.?\d)
        | {_NUM}\s+to\s+{_NUM}(?=\s+(?:{alternation(RATIO_NOUNS)})\b)
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

# Lower case that keeps every offset, where str.lower does not ("İ" gives two characters).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Where a quantity can start: a run of digits (one regular expression, which the
# engine scans for at C speed) or a number or fraction word (one Aho-Corasick automaton:
# an alternation of words would be tried at every letter of the text).
_DIGIT_RUN = re.compile(r"[0-9]+")
_TRIGGER_WORDS = ahocorasick.Automaton()
# Each word: (length, whether "a" before it starts the quantity, whether only "a" can).
for _w in (*UNITS, *TENS, "half", "third", "quarter", "fifth", "sixth", "eighth", "tenth"):
    _TRIGGER_WORDS.add_word(_w, (len(_w), _w in FRACTIONS, False))
for _w in ("hundred", "thousand", "million", "billion", "trillion"):
    _TRIGGER_WORDS.add_word(_w, (len(_w), True, True))  # "a million"
_TRIGGER_WORDS.make_automaton()
_PREFIX = re.compile(rf"(?:{alternation(CURRENCY_PREFIXES)})\s?$")
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
    rf"\s(?P<cur>{alternation(CURRENCY_SUFFIXES)})(?![\w$])", re.I
)
_CENTS = re.compile(rf"[\s-](?P<cents>{alternation(CENTS)})\b", re.I)
_MEASURE = re.compile(rf"\s(?P<measure>{alternation(MEASURES)})(?![\w/])", re.I)
_PER_UNIT = re.compile(rf"\s(?:a|an|per|each|every)\s(?P<per>{alternation(PER_UNIT)})s?\b", re.I)
# After "U.S." as a currency, a function word or punctuation; before "U.S. goods" an
# adjective: "$30 U.S. to a price" is US dollars, "$30 billion U.S. goods" is not.
_AFTER_US_SUFFIX = re.compile(r"\s*(?:[).,;:\]]|$|(?:to|per|a|an|in|on|for|from|and|or|each|every|apiece|worth|last|this|next|annually|of|was|were|is|are)\b)")

_CONVERSION = re.compile(
    rf"\s*\((?:converted (?:to|into)|in)\s+(?P<cur>{alternation(CONVERSION_NOTES)})\s+dollars\)", re.I)
_HYPHEN_RANGE_BEHIND = re.compile(r"(?<![\d.,–-])\d+(?:\.\d+)?[-–]$")
_HEDGE_PREFIX = re.compile(rf"\b(?:{alternation(HYPHEN_HEDGES)})-$", re.I)
# "a negative 25% tariff impact": after a determiner "negative" describes the noun.
_SIGN_WORD = re.compile(
    rf"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?:{alternation(SIGN_WORDS)})\s+$", re.I)
# "3 dollars 50 cents", "thirteen dollars and forty-five cents".
_AND_CENTS = re.compile(rf"\s+(?:and\s+)?(?P<n>\d{{1,2}}|{_WORD_NUMBER})\s+cents?\b", re.I)
# Currencies that end in a letter and may touch the number: "$US1.5 billion".
_LETTER_PREFIXES = tuple(p.lower() for p in CURRENCY_PREFIXES if p[-1].isalpha())
_PREFIX_ENDS = frozenset(p[-1] for p in CURRENCY_PREFIXES)
_MEASURE_STARTS = tuple({m[:4] for m in MEASURES})
_CENTS_STARTS = frozenset(c[:4] for c in CENTS)
_JOINED_CHARS = frozenset("-–/:x×#@\\_=")
_JOINED_BEFORE = re.compile(r"[A-Za-z][-/]$|\d[-–/:x×]$|[#@/\\_=]$")
# Read per quantity: compiled once here, not looked up in re's cache each time.
_POINTS_AFTER = re.compile(r"\s+(?:points?|pts?)\b")
_FRACTION_SCALE = re.compile(r"\s+an?\s+(million|billion|trillion)\b", re.I)  # "half a million"
_DOLLARS_AFTER = re.compile(r"\s+dollars\b")


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
        if _POINTS_AFTER.match(text[q.end:q.end + 8]) and \
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
               or counts_people(text, q.end)]
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
        if text[end:end + 10].lower() == " thousand " and not counts_people(text, end + 9):
            return None
        value, kind = 1.0, "words"
    elif kind == "odds":
        return shares.odds(text, m)
    elif kind == "ratio":
        return shares.ratio(m)
    else:
        if (q := shares.point_fraction(text, m)) is not None:
            return q
        if not shares.is_share(text, m):
            return None
        value = parse_fraction(core)

    if kind in ("digits", "words") and value.is_integer() and (mixed := shares.mixed_fraction(text, end)):
        value += mixed[0]
        end = mixed[1]
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
        if label_before(before, core.isdigit()):
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

    pos = _unit(text, q, pos) if kind != "fraction" else _fraction_unit(text, q, pos, pm)

    q.end = pos
    if range_end and q.unit is None and not q.scaled:
        return None
    if kind == "digits" and q.unit is None and not q.scaled and core.isdigit() and label_after(text, q.end, core):
        labels.add(core)
        return None
    if not keep(text, q, kind, core):
        return None
    return q


def _unit(text: str, q: Quantity, pos: int) -> int:
    """The unit after a number that ends at `pos` (percent, cents, a currency, a unit of
    measure, a price per unit), set on `q`. Returns where the quantity ends."""
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
    return pos


def _fraction_unit(text: str, q: Quantity, pos: int, pm: re.Match | None) -> int:
    """A fraction is a percent share; with a scale after it, a count or an amount ("half a
    million jobs", "half a billion dollars"). Returns where the quantity ends."""
    fm = _FRACTION_SCALE.match(text[pos:pos + 20])
    if fm:
        q.value *= SCALES[fm.group(1).lower()]
        q.scaled = True
        q.fraction = False
        pos += fm.end()
        if pm:
            q.start -= len(pm.group())
            q.unit, q.currency = "currency", CURRENCY_PREFIXES[pm.group().strip()]
        else:
            q.unit = "currency" if _DOLLARS_AFTER.match(text[pos:pos + 9]) else "count"
    else:
        q.unit = "percent"
        q.value *= 100
    return pos


def _add_cents(text: str, q: Quantity, pos: int) -> int:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents": the cents join the
    dollars in one amount. Returns where the amount ends."""
    if not q.value.is_integer():
        return pos
    cm = _AND_CENTS.match(text, pos)
    if not cm:
        return pos
    cents = parse_numeral(cm.group("n"))
    if cents is None or not 0 < cents < 100:
        return pos
    q.value += cents / 100
    return cm.end()
