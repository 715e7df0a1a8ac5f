"""The tests rules are made of: each reads one thing of a figure's structure.

A test takes a frame (`extract/structure.py`) and an argument (the text after "=" in a
rule) and answers a `Cue` (the words that hold it, and a value where it gives one) or
None. Tests read the structure and the cue words found once per article; none scans
the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tradefigures.extract import date_frames
from tradefigures.extract.engine import Cue
from tradefigures.extract.lexicons.actors import GOVERNMENT_WORDS
from tradefigures.extract.lexicons.grammar import (BULLETS, CONDITION_PREPOSITIONS, DEFINITE, IF_CONDITIONS,
                                                   OBJECT_PRONOUNS, TABLE_CELL)
from tradefigures.extract.lexicons.measures import EMPLOYERS, IMPORT_SIDE, SHARE_NOUNS, SHARE_OF_MEASURE, WHOLES
from tradefigures.extract.lexicons.measures import UNITS as MEASURE_UNITS
from tradefigures.extract.lexicons.tariffs import PRELIMINARY, SUPERSEDED_AFTER
from tradefigures.extract.lexicons.verbs import LOSS_VERBS, UNDERGONE, UNDERGONE_CLASSES
from tradefigures.extract.parse import Token, reads_as_noun
from tradefigures.extract.structure import Frame

_OBJECT_PRONOUNS = frozenset(OBJECT_PRONOUNS)

TESTS: dict[str, Callable[[Frame, str | None], Cue | None]] = {}


def test(name: str):
    def register(fn):
        TESTS[name] = fn
        return fn
    return register


@lru_cache(maxsize=None)
def _args(arg: str | None) -> tuple[str, ...]:
    return tuple(a for a in (arg or "").split("/") if a)


def _word(f: Frame, i: int) -> str:
    return f.text(i, i + 1)


SHARES = ("export_share", "import_share")


def _longest_first(hit: tuple) -> int:
    return -hit[0]


def _measures_of(t: Token, unit: str | None, only: tuple[str, ...] | None = None) -> list[str]:
    """The measures a word can name for a figure of this unit, longest phrase first."""
    hits = t.tags.get("measure")
    if not hits:
        return []
    hits = sorted(hits, key=_longest_first)
    out = []
    for _, m in hits:
        if (unit is None or unit in MEASURE_UNITS.get(m, ())) and (only is None or m in only):
            if m not in out:
                out.append(m)
    return out


def _class_cue(f: Frame, t: Token, cls: str) -> Cue | None:
    """The cue a token gives for a class: "measure" reads the measures the figure's unit
    allows, "share" only the shares; any other class, its first value."""
    if cls in ("measure", "share"):
        ms = _measures_of(t, f.q.unit, SHARES if cls == "share" else None)
        return Cue(_hit_text(f, t, "measure"), ms[0]) if ms else None
    if cls == "stock" and "stock" in t.tags:
        return Cue(_hit_text(f, t, "stock"), "stock")
    if cls in t.tags:
        return Cue(_hit_text(f, t, cls), t.values(cls)[0])
    return None


def _holds_class(f: Frame, t: Token, cls: str) -> bool:
    """Whether `_class_cue` gives a cue for the token, without making the cue (the
    nearest-word searches ask it of every word of a clause or sentence)."""
    if cls in ("measure", "share"):
        if "measure" not in t.tags:
            return False
        return bool(_measures_of(t, f.q.unit, SHARES if cls == "share" else None))
    return cls in t.tags


def _hit_text(f: Frame, t: Token, cls: str) -> str:
    end = max(e for e, _ in t.tags[cls])
    return f.doc.text[t.start:end]


# -- the figure itself -----------------------------------------------------------------

@test("unit")
def unit(f: Frame, arg):
    return Cue(f.q.unit) if f.q.unit in _args(arg) else None


@test("points")
def points(f: Frame, arg):
    """"percentage points": a change in a rate."""
    return Cue("percentage points") if f.q.points else None


@test("per_unit")
def per_unit(f: Frame, arg):
    """A price per unit ("$95 a ton") or a unit of measure ("3.3 million tonnes")."""
    m = f.q.unit_words
    if not m:
        return None
    if arg == "price":
        return Cue(m) if m.startswith("per ") else None
    return Cue(m) if not m.startswith("per ") else None


@test("signed")
def signed(f: Frame, arg):
    return Cue("signed") if f.q.value < 0 else None


# -- the phrase ------------------------------------------------------------------------

@test("head")
def head(f: Frame, arg):
    """The phrase's head noun after the figure is of class `arg` ("25% tariff")."""
    if f.head is None:
        return None
    t = f.tokens[f.head]
    for cls in _args(arg):
        cue = _class_cue(f, t, cls)
        if cue:
            return cue
    return None


@test("phrase_noun")
def phrase_noun(f: Frame, arg):
    """A noun of class `arg` after the figure in its phrase, before its head ("a 25%
    tariff threat", "the 10% duty hike")."""
    hi = f.head if f.head is not None else f.phrase[1]
    for k in range(f.index + 1, hi):
        for cls in _args(arg):
            cue = _class_cue(f, f.tokens[k], cls)
            if cue:
                return cue
    return None


@test("before_phrase")
def before_phrase(f: Frame, arg):
    """A word of class `arg` in the phrase before the figure ("Trump's 35% tariff")."""
    lo, _ = f.phrase
    for k in range(f.index - 1, lo - 1, -1):
        t = f.tokens[k]
        for cls in _args(arg):
            if cls in t.tags:
                return Cue(_hit_text(f, t, cls), t.values(cls)[0])
    return None


@test("preliminary")
def preliminary(f: Frame, arg):
    """A word of a finding not yet final in the rate's phrase or in what it hangs on ("a
    preliminary duty of 20%", "preliminary deposits of 75.8%")."""
    lo, _ = f.phrase
    spans = [(lo, f.index)]
    if f.lead is not None:
        spans.append((f.lead.lo, f.lead.hi))
    for a, b in spans:
        for k in range(a, b):
            if f.tokens[k].low in PRELIMINARY:
                return Cue(f.tokens[k].low)
    return None


def _trade_side(words: str) -> str:
    """Which share of trade the words a share is "of" name (lower case): of a buyer's
    imports or supply, else of exports."""
    return "import_share" if any(w in words for w in IMPORT_SIDE) else "export_share"


@test("share_of")
def share_of(f: Frame, arg):
    """"75% of Canadian exports": the figure is a share of trade; the value says of
    which way (export_share or import_share)."""
    if not f.after or f.after[0].prep != "of":
        return None
    a = f.after[0]
    words = [f.tokens[k] for k in range(a.lo, a.hi)]
    if words and words[0].low == "which" or (a.lo < len(f.tokens) and f.tokens[a.lo].low == "which"):
        # "$10.8 billion worth of aluminum, 93 per cent of which goes to the U.S."
        lo, hi = f.clause[0], len(f.tokens)
        for k in range(a.lo, hi):
            for _, m in f.tokens[k].tags.get("measure", ()):
                if m in SHARES:
                    return Cue("of which ... " + f.text(k, k + 1), m, f.text(k, k + 1))
        return None
    trade = [t for t in words if "share_of" in t.tags]
    if not trade:
        return None
    head = next((w for w, nxt in zip(words, words[1:] + [None]) if nxt is None or nxt.has("prep")), words[-1])
    if head.has("industry") and not head.has("share_of"):
        return None  # "half of the steel plants in Ontario": a share of the plants, not of trade
    text = f.text(a.lo, a.hi)
    low = text.lower()
    side = _trade_side(low)
    if a.hi < len(f.tokens) and a.hi > a.lo and f.tokens[a.hi - 1].tags.keys() & {"actor", "in_name"} \
            and any(v[0] == "import" for v in f.tokens[a.hi].values("verb")):
        # "half of the aluminum the United States imports": what a country buys
        side = "import_share"
        text = f.text(a.lo, a.hi + 1)
    return Cue("of " + text, side, "of " + text)


_SHARE_NOUNS = frozenset(SHARE_NOUNS)


@test("employer_subject")
def employer_subject(f: Frame, arg):
    """The verb's subject is an employer: a firm's noun ("the mill") or a company's name
    (capitalised, no country): "Stellantis will cut 1,200 jobs"."""
    if f.verb is None or f.verb_after or f.subject is None:
        return None
    for k in range(*f.subject):
        t = f.tokens[k]
        if t.kind != "w":
            continue
        if t.low.rstrip("s").endswith(EMPLOYERS):  # "the mill", "the sawmill", "automakers"
            return Cue(t.low)
        if k == f.subject[0] and f.doc.text[t.start].isupper() and k == f.clause[0] \
                and not t.tags.keys() & {"actor", "verb", "tariff", "tariff_weak", "measure", "det"}:
            return Cue(f.text(k, k + 1))  # a company's name (carmakers' names read as autos)
    return None


@test("subject_share")
def subject_share(f: Frame, arg):
    """The verb's subject is a share of trade ("the **share of** Canadian exports headed
    south fell to 71%"): the percent is that share, of exports or of imports."""
    if f.verb is None or f.verb_after or f.subject is None:
        return None
    lo, hi = f.subject
    k = next((j for j in range(lo, hi - 1) if f.tokens[j].low in _SHARE_NOUNS and f.tokens[j + 1].low == "of"), None)
    if k is None:
        return None
    words = [f.tokens[j] for j in range(k + 2, hi)]
    if not any("share_of" in t.tags for t in words):
        return None
    return Cue(f.text(k, hi), _trade_side(f.text(k + 2, hi).lower()))


@test("own_noun")
def own_noun(f: Frame, arg):
    """The phrase ends on a noun no lexicon knows ("a $1,000 reward", "a 30 percent
    discount"): the figure is about that thing, whatever the clause says."""
    lo, hi = f.phrase
    if f.index + 1 >= hi or f.head is not None:
        return None
    # a determiner, a possessive or a hedge opens the phrase ("less than 50% U.S. content")
    if arg != "any" and not any("det" in f.tokens[k].tags or f.tokens[k].possessive or "hedge_before" in f.tokens[k].tags
                                for k in range(lo, f.index)):
        return None
    if hi - f.index > 4:
        return None
    t = f.tokens[hi - 1]
    if not (t.kind == "w" and not t.tags and t.low.isalpha() and len(t.low) > 2
            and not t.low.endswith(("ly", "ed")) and t.low not in PRONOUNS):
        return None  # "the 27.5% they paid": a pronoun opens a clause, it is no noun
    # what stands between says whose or which: "2 million U.S. homes", "a 30% online discount"
    for k in range(f.index + 1, hi - 1):
        m = f.tokens[k]
        if not (m.kind == "w" and (not m.tags or "actor" in m.tags or "in_name" in m.tags)) and m.low not in "-.":
            return None
    return Cue(f.text(f.index + 1, hi))


@test("threshold")
def threshold(f: Frame, arg):
    """An amount that is a limit, not a flow: "contracts worth $25 million or more",
    "revenues greater than 750 million euros"."""
    doc, q = f.doc, f.q
    for start, end, label in doc.cues.within("hedge_after", q.end, min(len(doc.text), q.end + 20)):
        if label == "lower_bound" and not doc.text[q.end:start].strip(" ,"):
            return Cue(doc.text[start:end])
    for start, end, _ in doc.cues.within("threshold", max(0, q.start - 25), q.start):
        return Cue(doc.text[start:end])
    return None


@test("same_as_before")
def same_as_before(f: Frame, arg):
    """"that 35 percent measure": a figure named again, with a demonstrative, is what
    it was the first time."""
    before = f.tokens[f.index - 1] if f.index else None
    if before is None or before.low not in ("that", "this", "those", "these", "same"):
        return None
    for q, topic, _ in reversed(f.article.decided):
        if q.value == f.q.value and q.unit == f.q.unit and topic:
            return Cue(f"{before.low} {f.doc.text[q.start:q.end]}", topic, "")
    return None


@test("continues")
def continues(f: Frame, arg):
    """A figure no words decide continues the one before it, of the same unit, in its
    sentence or the two before ("Guelph's rate rose 0.9 to 5.8 per cent. London's
    fell to 7.2 per cent.")."""
    doc = f.doc
    here = doc.sentence_index(f.q.start)
    para = doc.paragraph_index(f.q.start)
    for q, topic, strong in reversed(f.article.decided):
        there = doc.sentence_index(q.start)
        if here - there > 2:
            return None
        if q.unit == f.q.unit:
            if topic and (there == here or doc.paragraph_index(q.start) in (para, *_list_items(doc, para))
                          or here - there <= 1 and (strong or (topic == "tariff" and _goods_subject(f)))):
                return Cue("continues " + doc.text[q.start:q.end], topic, "")
            return None
    return None


def _goods_subject(f: Frame) -> bool:
    """The figure is a bare level of goods its verb's subject names ("Energy and potash
    remain **at** 10%"): after a tariff rate, the next paragraph's rate for other goods."""
    if f.verb is None or f.verb_after or f.subject is None or f.head is not None:
        return False
    return any("sector" in f.tokens[k].tags for k in range(*f.subject))


def _list_items(doc, para: int) -> tuple[int, ...]:
    """The items of a bulleted list or the rows of a table before paragraph `para`, if it
    is one of them: a list's items continue each other ("- 35%: the rate on ..." then "-
    50%: steel"), and so do a table's rows ("Steel | 50% | June 4" then "Aluminum | 50%")."""
    def bullet(i: int) -> bool:
        p = doc.paragraphs[i]
        line = doc.text[p.start:p.end]
        return line.lstrip().startswith(BULLETS) or line.count(TABLE_CELL) >= 2
    if not doc.paragraphs or not bullet(para):
        return ()
    out = []
    i = para - 1
    while i >= 0 and bullet(i):
        out.append(i)
        i -= 1
    return tuple(out)


def _of_part(f: Frame):
    """The "of" phrase right after a percent that is a part of something ("1.5% of GDP"),
    or None."""
    if f.after and f.after[0].prep == "of" and f.q.unit == "percent":
        return f.after[0]
    return None


@test("share_of_gdp")
def share_of_gdp(f: Frame, arg):
    """"1.5% of GDP": a part of the economy's output, a measure of its size."""
    a = _of_part(f)
    if a is None or f.q.points:
        return None
    if any("gdp" in _measures_of(f.tokens[k], "percent", None) for k in range(a.lo, a.hi)):
        return Cue("of " + f.text(a.lo, a.hi), "gdp")
    return None


@test("share_of_whole")
def share_of_whole(f: Frame, arg):
    """"Exports to the U.S. make up 72% of the total": a share of the whole of what the
    verb's subject names."""
    a = _of_part(f)
    if a is None or not any(f.tokens[k].low in WHOLES for k in range(a.lo, a.hi)):
        return None
    subject = verb_subject(f, "measure")
    share = SHARE_OF_MEASURE.get(subject.value) if subject else None
    return Cue(f"{subject.text} ... of {f.text(a.lo, a.hi)}", share, subject.grounded) if share else None


@test("central_bank_subject")
def central_bank_subject(f: Frame, arg):
    """The verb's subject is a central bank: the rate it moves is an interest rate."""
    if f.verb is None or f.subject is None or f.verb_after:
        return None
    start, end = f.span_chars(*f.subject)
    bank = next(iter(f.doc.cues.within("central_bank", start, end)), None)
    return Cue(f.doc.text[bank[0]:bank[1]], "interest_rate") if bank else None


@test("bare_rate_on")
def bare_rate_on(f: Frame, arg):
    """A bare percent with no verb and no noun of its own, then "on" goods, a sector, a
    country's goods or an amount of them ("- 25% on C$30 billion of U.S. goods", "10% on
    energy"): a rate levied on them. A noun of its own ("a 5% return on equity") or a
    verb ("rose 25% on demand for steel") says otherwise."""
    if f.head is not None or f.q.unit != "percent" or not f.after or f.after[0].prep != "on":
        return None
    if f.verb is not None:
        return None  # a verb says what the rate is ("rose 25% on demand for steel")
    lo, hi = f.phrase
    if any(f.tokens[k].kind == "w" and not ("det" in f.tokens[k].tags or "hedge_before" in f.tokens[k].tags
                                            or "in_hedge" in f.tokens[k].tags) for k in range(lo, hi) if k != f.index):
        return None
    a = f.after[0]
    for k in range(a.lo, a.hi):
        t = f.tokens[k]
        if "sector" in t.tags or "generic_trade" in t.tags or "actor" in t.tags or t.kind == "n":
            return Cue("on " + f.text(a.lo, a.hi))
    return None


@test("share_of_firms")
def share_of_firms(f: Frame, arg):
    """A percent whose own phrase ends on firms or people ("nine in 10 businesses",
    "40% of firms" is `share_of_other`): a share of them, not a rate or a trade."""
    lo, hi = f.phrase
    if hi - 1 <= f.index or not "industry" in f.tokens[hi - 1].tags or f.head not in (None, hi - 1):
        return None
    if any("tariff" in f.tokens[k].tags or "measure" in f.tokens[k].tags for k in range(f.index + 1, hi)):
        return None
    return Cue(f.text(f.index + 1, hi))


@test("share_of_goods")
def share_of_goods(f: Frame, arg):
    """"90% of the cars built in Ontario are sold to the U.S.": a share of goods, which
    the rest of its clause sends abroad (an export share) or brings in (an import share)."""
    a = _of_part(f)
    if a is None or f.q.points or not any(f.tokens[k].has("sector") for k in range(a.lo, a.hi)):
        return None
    for k in range(a.hi, f.clause[1]):
        for _, m in f.tokens[k].tags.get("measure", ()):
            if m in SHARES:
                return Cue("of " + f.text(a.lo, a.hi) + " ... " + f.text(k, k + 1), m)
    return None


@test("share_of_other")
def share_of_other(f: Frame, arg):
    """"half of the job losses": a share of something that is not trade."""
    a = _of_part(f)
    if a is None or f.q.points:
        return None
    # the phrase ends before a verb ("75% of Canada's go to the U.S.")
    end = next((k for k in range(a.lo, a.hi) if "verb" in f.tokens[k].tags and not reads_as_noun(f.tokens, k)), a.hi)
    if end > a.lo and f.tokens[end - 1].possessive:
        return None  # "83% of Mexico's exports and 75% of Canada's": the noun is left out
    return Cue("of " + f.text(a.lo, a.hi))


@test("after")
def after(f: Frame, arg):
    """A prepositional phrase after the figure's phrase: `arg` is "prep:class", e.g.
    "in:measure" for "$412 billion in exports"."""
    prep, _, cls = (arg or "").partition(":")
    for a in f.after[:2]:
        if prep and a.prep not in prep.split("/"):
            continue
        # the phrase's head says what it is: "in tariff **costs**" is a cost, not duties
        head = next((k for k in range(a.lo, a.hi) if k + 1 == a.hi or "prep" in f.tokens[k + 1].tags), None)
        if head is not None and head > a.lo and cls in ("tariff", "measure") \
                and not _class_cue(f, f.tokens[head], cls) \
                and ("tariff" in f.tokens[head].tags or "measure" in f.tokens[head].tags):
            continue
        for k in range(a.lo, a.hi):
            cue = _class_cue(f, f.tokens[k], cls)
            if cue:
                return Cue(f"{a.prep} {cue.text}", cue.value, cue.grounded)
    return None


# -- what the phrase hangs on ----------------------------------------------------------

@test("lead")
def lead(f: Frame, arg):
    """The phrase hangs on a preposition after a word of a class: "tariffs of 25%"
    (`arg` "of/at/to:tariff"), "retaliation on C$155 billion" ("on:retaliation")."""
    if f.lead is None:
        return None
    preps, _, cls = (arg or "").partition(":")
    if preps and f.lead.prep not in preps.split("/"):
        return None
    if not cls:
        return Cue(f.lead.prep)
    if f.complement:
        return None  # the noun before the preposition is not what the figure is of
    lo = f.lead.lo
    if lo == f.lead.hi and lo >= 2 and f.tokens[lo - 1].kind == "n":
        # "levies of 25 per cent on $30 billion": what the rate before it hangs on
        k = lo - 2
        while k > f.clause[0] and (f.tokens[k].low in ("of", "at") or "hedge_before" in f.tokens[k].tags):
            k -= 1
        if f.lead.prep == "to" and k == lo - 2 and k >= 0 and not f.tokens[k].has("prep"):
            return None  # "could climb 2% to 3%": a range, whose near end hangs on nothing
        lo = max(f.clause[0], k - 3)
        return next((Cue(f"{cue.text} ... {f.lead.prep}", cue.value, cue.grounded)
                     for j in range(k, lo - 1, -1) for c in cls.split("/")
                     if (cue := _class_cue(f, f.tokens[j], c))), None)
    for k in range(f.lead.hi - 1, f.lead.lo - 1, -1):
        for c in cls.split("/"):
            if _swallows(f.tokens[k], c, f.tokens[f.lead.hi]):
                continue
            cue = _class_cue(f, f.tokens[k], c)
            if cue:
                return Cue(f"{cue.text} {f.lead.prep}", cue.value, cue.grounded)
    return None


# Between a noun and the figure it gives the level of: "duties set at 6.74%", "levies
# above 27%", "the rate from 7.66%", "exports worth $9 billion".
_BRIDGE = frozenset(("of", "at", "to", "from", "by", "above", "below", "over", "under", "near",
                     "around", "about", "up", "as", "high", "as", "much", "more", "than", "less",
                     "roughly", "nearly", "some", "approximately", "almost", "worth", "valued",
                     "estimated", "set", "pegged", "totalling", "totaling", "topping", "reaching",
                     "hitting", "exceeding", "surpassing", "just", "well", "an", "a", "the",
                     "record", "high", "low", "dramatically", "reduced", "new", "in", "was",
                     "is", "were", "are", "now", "stood", "stands", "sits", "sat", "of",
                     "between", "anywhere", "ranging", "the", "be", "been", "at", "fixed"))


# Measures named by a verb phrase after the figure ("75% of exports go to the U.S.").
_SHARE_MEASURES = frozenset(("export_share", "import_share"))


def _swallows(t: Token, cls: str, word: Token) -> bool:
    """Whether every phrase of class `cls` that starts on t runs on through `word`, the
    preposition just before the figure ("goes to 40 per cent"): such a phrase is a verb
    with its particle, not the noun the figure hangs on."""
    hits = t.tags.get("measure" if cls in ("measure", "share") else cls, ())
    return bool(hits) and min(e for e, _ in hits) >= word.end


@test("left_noun")
def left_noun(f: Frame, arg):
    """The nearest noun before the phrase, with only linking words between: "tariffs
    of 25%", "duties set at 6.74%", "levies above 27%". `arg` names its class. Not
    for a figure that completes its verb ("raised its tariff on imports to 35%")."""
    if f.complement:
        return None
    first = f.tokens[f.phrase[0]]
    if "prep" in first.tags and any(e > first.end for e, _ in first.tags.get("hedge_before", ())):
        # "subsidize the project to the tune of $5 billion": a phrase that opens with a
        # prepositional idiom is the verb's adjunct; the noun before it is the verb's object
        return None
    c_lo, _ = f.clause
    k = f.phrase[0] - 1
    steps = 0
    while k >= c_lo and steps < 6:
        t = f.tokens[k]
        if t.kind != "w":
            if t.kind == "p" and t.low in "-'’":
                k -= 1
                continue
            return None
        if "verb" in t.tags and not reads_as_noun(f.tokens, k) and not "hedge_before" in t.tags \
                and t.low not in _BRIDGE:
            return None
        for c in _args(arg):
            cue = _class_cue(f, t, c)
            if cue and cue.value in _SHARE_MEASURES and _swallows(t, c, f.tokens[f.phrase[0] - 1]):
                cue = None  # a share's verb ("goes to 40 per cent") reads after its figure
            if cue:
                if c == "measure" and f.q.unit == "percent":
                    # "Tariff-exempt exports top 80%": a share word in the noun's phrase
                    j = k - 1
                    while j >= c_lo and f.tokens[j].kind in ("w", "p") and f.tokens[j].low not in (",", ";"):
                        share = _class_cue(f, f.tokens[j], "share")
                        if share:
                            return share
                        if "prep" in f.tokens[j].tags or "verb" in f.tokens[j].tags:
                            break
                        j -= 1
                return cue
        if t.low not in _BRIDGE and not "hedge_before" in t.tags and not "det" in t.tags:
            if not ("sector" in t.tags or "actor" in t.tags or not t.tags or t.possessive):
                return None
        k -= 1
        steps += 1
    return None


# -- the verb ----------------------------------------------------------------------------

def _verb_classes(f: Frame) -> tuple[str, ...]:
    return f.verb.classes if f.verb else ()


@test("verb")
def verb(f: Frame, arg):
    """The governing verb is of one of these classes."""
    if f.verb is None:
        return None
    for c in _args(arg):
        if c in f.verb.classes:
            return Cue(f.text(f.verb.first, f.verb.last + 1), c)
    return None


@test("verb_before")
def verb_before(f: Frame, arg):
    """As `verb`, and the verb stands before the figure (the figure is its object)."""
    if f.verb is None or f.verb_after:
        return None
    return verb(f, arg)


@test("verb_subject")
def verb_subject(f: Frame, arg):
    """The governing verb's subject holds a word of class `arg` ("exports fell 4.2%")."""
    if f.verb is None or f.subject is None or f.verb_after:
        return None
    lo, hi = f.subject
    # the head's words first, those before the first preposition ("prices on imported
    # goods" are prices), then what modifies them ("the value of exports")
    cut = next((k for k in range(lo + 1, hi) if f.tokens[k].has("prep") and not f.tokens[k].has("verb")), hi)
    order = list(range(cut - 1, lo - 1, -1)) + list(range(hi - 1, cut - 1, -1))
    for c in _args(arg):
        for k in order:
            t = f.tokens[k]
            if t.kind == "w":
                cue = _class_cue(f, t, c)
                if cue:
                    return cue
    return None


def _antecedent(f: Frame, pronoun: str, before: int):
    """The tariff or measure noun nearest before token `before` that `pronoun` ("it",
    "them") can stand for: a singular noun for "it", a plural one for "them"."""
    plural = pronoun == "them"
    for j in range(before - 1, -1, -1):
        t = f.tokens[j]
        if not ("tariff" in t.tags or "tariff_weak" in t.tags or "measure" in t.tags) or t.kind != "w":
            continue
        head = t
        if "measure" in t.tags:  # "the jobless rate": the number of the phrase's last word
            end = max(e for e, _ in t.tags["measure"])
            head = next((u for u in f.tokens[j:before] if u.end == end), t)
        if head.low.endswith("s") == plural:
            return t
    return None


@test("cost_to_economy")
def cost_to_economy(f: Frame, arg):
    """Money a verb of cost takes from the economy ("could cost the economy $45 billion"):
    a loss, where "reduce GDP by 2%" changes the measure."""
    if f.verb is None or f.verb_after or f.verb.lemma not in LOSS_VERBS:
        return None
    return Cue(f.text(f.verb.first, f.verb.last + 1))


@test("verb_object")
def verb_object(f: Frame, arg):
    """Between the governing verb and the figure, a word of class `arg`: the verb's
    object ("cut its key rate to 4.25%", "hiked tariffs on Canada to 35%")."""
    if f.verb is None or f.verb_after:
        return None
    for k in range(f.phrase[0] - 1, f.verb.last, -1):
        t = f.tokens[k]
        if t.kind == "n":
            continue  # the other end of a range: "reduce GDP by 3.4 to 4.2 points"
        if t.low in _OBJECT_PRONOUNS:
            # "imposed a 25% tariff, then cut it to 10%"; "the jobless rate could rise,
            # pushing it toward 9%": the nearest tariff or measure before, in number
            ante = _antecedent(f, t.low, f.verb.first)
            if ante is not None and "tariff" in ante.tags and "tariff" in _args(arg):
                return Cue(f"{t.low} (the tariff before)")
            for c in _args(arg):
                cue = _class_cue(f, ante, c) if ante is not None and c != "tariff" else None
                if cue:
                    return Cue(f"{t.low} ({cue.text} before)", cue.value, cue.grounded)
            continue
        for c in _args(arg):
            cue = _class_cue(f, t, c)
            if cue:
                return cue
    c_lo = f.clause[0]
    if f.tokens[c_lo].low in ("which", "that") and f.subject is not None and f.subject[0] == c_lo \
            and f.subject[1] - c_lo > 1:
        # "the duties, which Washington raised from 14.4%": the relative pronoun is the
        # object, and stands for the noun before it
        for k in range(c_lo - 1, max(-1, c_lo - 6), -1):
            for c in _args(arg):
                cue = _class_cue(f, f.tokens[k], c)
                if cue:
                    return Cue(f"{cue.text} (which)", cue.value, cue.grounded)
    return None


@test("mood")
def mood(f: Frame, arg):
    if f.verb is None:
        return None
    return Cue(f.text(f.verb.first, f.verb.last + 1), f.verb.mood) if f.verb.mood in _args(arg) else None


# -- the clause, sentence, paragraph ---------------------------------------------------------

def _nearest_in(f: Frame, lo: int, hi: int, cls: str) -> tuple[int, Token] | None:
    """The token of class `cls` in tokens[lo:hi] nearest the figure, outside its phrase."""
    best = None
    p_lo, p_hi = f.phrase
    tokens, index = f.tokens, f.index
    for k in range(lo, hi):
        if p_lo <= k < p_hi:
            continue
        t = tokens[k]
        if t.kind != "w":
            continue
        if not _holds_class(f, t, cls):
            continue
        d = abs(k - index)
        if best is None or d < best[0]:
            best = (d, k)
    return (best[1], f.tokens[best[1]]) if best else None


@test("clause")
def clause(f: Frame, arg):
    """A word of class `arg` in the figure's clause, the nearest one."""
    lo, hi = f.clause
    for c in _args(arg):
        found = _nearest_in(f, lo, hi, c)
        if found:
            return _class_cue(f, found[1], c)
    return None


# -- status ------------------------------------------------------------------------------

_DONE = ("past", "perfect", "present", "participle")
_PENDING = ("future", "conditional")


def _chain_mood(f: Frame) -> str | None:
    """The mood that rules the figure's verb: its own, or for an infinitive ("to
    raise"), the mood of what governs it: "agreed to reduce", "vowed to retaliate" and
    "plans to lay" lie ahead, "threatened to raise" is conditional."""
    for v in f.chain():
        if v.mood != "infinitive":
            return v.mood
        gov = v.governor
        noun = f.tokens[v.governing_noun].values("status_noun") if v.governing_noun is not None else []
        if "announced" in noun or (gov is not None and "announce" in gov.classes):
            return "future"
        if "threatened" in noun or (gov is not None and "threaten" in gov.classes):
            return "conditional"
    return f.verb.mood if f.verb else None


@test("requested")
def requested(f: Frame, arg):
    """A verb that asks for the rate, or for what the figure's verb names, governs it:
    "the union wants Ottawa to slap a 25% counter-tariff", "Ottawa is weighing a 10%
    surtax": proposed, not set."""
    for v in f.chain()[1 if f.verb_after else 0:]:
        if "request" in v.classes and not v.negated:
            return Cue(f.text(v.first, v.last + 1))
    return None


@test("chain")
def chain(f: Frame, arg):
    """A verb of one of these classes governs the figure, itself or through "to"."""
    wanted = _args(arg)
    for v in f.chain():
        # A tariff that is the subject of an active verb does what the verb says: one
        # that "threatens" growth or "could eliminate" jobs is neither threatened nor removed.
        if f.verb_after and v is f.verb and not v.passive and not _undergoes(v):
            continue
        for c in wanted:
            if c in v.classes:
                return Cue(f.text(v.first, v.last + 1), c)
    if f.verb is not None and f.verb.governing_noun is not None:
        t = f.tokens[f.verb.governing_noun]
        if "announce" in wanted and "announced" in t.values("status_noun"):
            return Cue(t.low, "announce")
        if "threaten" in wanted and "threatened" in t.values("status_noun"):
            return Cue(t.low, "threaten")
    return None


def _undergoes(v) -> bool:
    """Whether the verb's subject undergoes it ("the duty expired", "the levy will rise")."""
    return v.lemma in UNDERGONE or not UNDERGONE_CLASSES.isdisjoint(v.classes)


@test("chain_mood")
def chain_mood(f: Frame, arg):
    m = _chain_mood(f)
    if m in _args(arg):
        v = f.verb
        return Cue(f.text(v.first, v.last + 1), m)
    return None


# What a relative clause's verb says of the rate it describes, by its mood.
_RELATIVE_MOODS = {"conditional": "threatened", "future": "announced"}
_IN_FORCE = frozenset(("take_effect", "levy", "face", "collect"))


@test("relative_status")
def relative_status(f: Frame, arg):
    """The status a relative clause right after the figure's phrase gives it, where the
    clause's own verb says nothing: "bracing for a 45% duty that could take effect next
    year" (threatened), "... that will start Friday" (announced), "... that took effect
    in March" (in effect)."""
    hi = f.phrase[1]
    if hi < len(f.tokens) and f.tokens[hi].low == ",":
        hi += 1
    # "that" opening a clause of its own is a relative pronoun, whatever else it reads as
    if hi >= len(f.tokens) or f.tokens[hi].clause == f.tokens[f.index].clause or not (
            "rel" in f.tokens[hi].tags or f.tokens[hi].low in ("that", "which")):
        return None
    c_lo, c_hi = f.parse.clauses[f.tokens[hi].clause]
    verbs = f.parse.verbs_in(c_lo, c_hi)
    if not verbs or verbs[0].negated:
        return None
    v = verbs[0]
    status = _mood_status(v)
    return Cue(f.text(v.first, v.last + 1), status) if status else None


@test("relative_targeted")
def relative_targeted(f: Frame, arg):
    """Goods the figure is the worth of, that a relative clause right after it says a
    tariff may fall on: "a list of U.S. products worth C$150 billion **that could be
    targeted**"."""
    if f.lead is None or f.lead.prep not in ("worth", "of") or not any(
            "generic_trade" in f.tokens[k].tags or "sector" in f.tokens[k].tags for k in range(f.lead.lo, f.lead.hi)):
        return None
    hi = f.phrase[1]
    if hi >= len(f.tokens) or f.tokens[hi].clause == f.tokens[f.index].clause or not (
            "rel" in f.tokens[hi].tags or f.tokens[hi].low in ("that", "which")):
        return None
    c_lo, c_hi = f.parse.clauses[f.tokens[hi].clause]
    verbs = f.parse.verbs_in(c_lo, c_hi)
    if verbs and verbs[0].passive and not verbs[0].negated and {"levy", "cover"} & set(verbs[0].classes):
        return Cue(f.text(verbs[0].first, verbs[0].last + 1))
    return None


def _mood_status(v) -> str | None:
    """Where a relative clause's verb puts the rate: "that could take effect" threatened,
    "that will start" announced, "that took effect" in effect."""
    status = _RELATIVE_MOODS.get(v.mood)
    if status is None and v.mood in ("past", "perfect", "present") and _IN_FORCE.intersection(v.classes):
        status = "in_effect"
    return status


_OBJECT_STATUS = (("threaten", "threatened"), ("request", "threatened"), ("remove", "removed"), ("announce", "announced"))


@test("object_relative")
def object_relative(f: Frame, arg):
    """The rate is the object of a relative clause right after it, with or without
    "that": "the 30% Trump had threatened" (threatened), "the 25% duty that Ottawa
    imposed in March" (in effect), "the 10% Washington will charge" (announced). Its own
    clause says where the rate stands, whatever the sentence's main verb does."""
    for j, v in _object_relatives(f):
        status = next((s for cls, s in _OBJECT_STATUS if cls in v.classes), None) or _mood_status(v)
        if status:
            return Cue(f.text(f.index + 1, v.last + 1), status)
    return None


@test("relative_levier")
def relative_levier(f: Frame, arg):
    """The subject of a levying verb in the rate's own relative clause: "the 100% tariff
    China placed on canola oil", "the duty that Ottawa imposed"."""
    for j, v in _object_relatives(f):
        if "actor" in f.tokens[j].tags and not v.passive and _LEVIES.intersection(v.classes) \
                and (any(cls in v.classes for cls, _ in _OBJECT_STATUS) or _mood_status(v)):
            return _first_actor(f, (j,), {"person", "seat", "name"})
    return None


def _object_relatives(f: Frame):
    """(its subject, its verb) of each relative clause right after
    the rate whose verb has no object of its own: a name right after the rate, or after
    its head, may have been read into the phrase."""
    n = len(f.tokens)
    for k in range(f.index + 1, min(n, f.phrase[1] + 1)):
        j = k + 1 if f.tokens[k].low in ("that", "which") else k
        if j >= n or not ("actor" in f.tokens[j].tags or f.tokens[j].low in _PRONOUNS):
            continue
        v = next((g for g in f.parse.verbs if g.first > j), None)
        if v is None or v.negated or any(f.tokens[i].kind != "w" for i in range(j, v.first)):
            continue
        if v.first - j > 3 and not all(f.doc.text[f.tokens[i].start].isupper() for i in range(j, v.first)):
            continue  # a subject of more than three words must be a name ("U.S. President Donald Trump")
        k2 = v.last + 1
        if k2 < n and f.tokens[k2].low == "that" and "say" in v.classes:
            k2 += 1
        if "say" in v.classes and k2 < n and ("actor" in f.tokens[k2].tags or f.tokens[k2].low in PRONOUNS):
            # "the 25% tariffs Trump has said he will impose": the verb it reports
            v = next((g for g in f.parse.verbs if g.first > k2), None)
            if v is None or v.first - k2 > 2 or v.negated:
                continue
        after = f.tokens[v.last + 1] if v.last + 1 < n else None
        if after is not None and after.kind == "n" or after is not None and after.kind == "w" and not (
                "prep" in after.tags or "conj" in after.tags or "aux" in after.tags or "modal" in after.tags
                or after.low in ("last", "this", "next", "earlier")):
            continue  # "the 25% Ottawa imposed tariffs on": the verb has an object of its own
        yield j, v


@test("reported_would")
def reported_would(f: Frame, arg):
    """The figure's verb is "would" under a verb of saying in the past ("told reporters
    that Ottawa would impose ..."): the future as it was said, not a hypothesis."""
    v = f.verb
    if v is None or v.modal is None or v.modal.lower() != "would":
        return None
    for g in f.parse.verbs:
        if g.head >= v.first:
            break
        if "say" in g.classes and g.mood in ("past", "perfect"):
            return Cue(f"{f.text(g.first, g.last + 1)} ... {v.modal}")
    return None


@test("negated")
def negated(f: Frame, arg):
    return Cue("not") if f.verb is not None and f.verb.negated else None


@test("target")
def target(f: Frame, arg):
    """The figure is the level something moves to ("raised to 50%", "lifting total
    charges above 45%") or from (`arg` "from")."""
    wanted = _args(arg) or ("to",)
    if f.lead is not None and f.lead.prep in wanted:
        return Cue(f.lead.prep)
    if "to" in wanted and f.lead is not None and f.lead.prep == "of" and any(
            "change_noun" in f.tokens[k].tags for k in range(f.lead.lo, f.lead.hi)):
        return Cue("increase of")  # "a promised increase of 30 per cent"
    if "to" in wanted and "hedge_before" in f.tokens[f.phrase[0]].tags and f.tokens[f.phrase[0]].low in ("above", "up"):
        return Cue(f.tokens[f.phrase[0]].low)
    return None


@test("conditional")
def conditional(f: Frame, arg):
    """The figure's clause is a condition ("if Ottawa retaliates with 25%")."""
    lo, _ = f.clause
    t = f.tokens[lo]
    if "condition" in t.tags and _until_a_time(f, lo) is None:
        return Cue(t.low)
    return None


_IF = frozenset(IF_CONDITIONS)
_CONDITION_PREPS = frozenset(CONDITION_PREPOSITIONS)


@test("conditioned")
def conditioned(f: Frame, arg):
    """A clause next to the figure's sets its condition: "If no deal is reached by
    Friday, Washington will raise the tariff to 45%", "... will impose 25% if Ottawa
    does not act", "Without a deal, the levy will climb to 45%": what will happen only
    if something else does is a threat."""
    ci = f.tokens[f.index].clause
    for cj in (ci - 1, ci + 1):
        if 0 <= cj < len(f.parse.clauses):
            lo, _ = f.parse.clauses[cj]
            if f.tokens[lo].low in _IF:
                return Cue(f.tokens[lo].low)
    lo = f.clause[0]
    if f.tokens[lo].low in _CONDITION_PREPS:  # "Without a deal, the levy will climb to 45%"
        return Cue(f.text(lo, min(f.clause[1], lo + 3)))
    return None


# Conditions that also open a span of time: "until March" bounds, it sets no condition.
_UNTIL = frozenset(("until", "till"))


def _until_a_time(f: Frame, k: int) -> Token | None:
    """The date that "until" at token k runs to ("Until last week, ..."), if it does."""
    if f.tokens[k].low not in _UNTIL:
        return None
    for j in range(k + 1, min(len(f.tokens), k + 3)):
        if f.tokens[j].kind == "d":
            return f.tokens[j]
    return None


@test("ended_until")
def ended_until(f: Frame, arg):
    """The figure's clause opens "until <a time>" and its verb is past: the measure held
    until then and holds no more ("Until May, exporters paid a 25% tariff")."""
    lo, _ = f.clause
    day = _until_a_time(f, lo)
    if day is None or f.verb is None or f.verb.mood not in ("past", "perfect"):
        return None
    return Cue(f.text(lo, lo + 1) + " " + f.doc.text[day.start:day.end])


@test("ended_span")
def ended_span(f: Frame, arg):
    """The figure's clause says, with a past verb, that the measure ran "from" one time
    "to" or "until" another ("were in place from March to September"): it holds no
    more."""
    if f.verb is None or f.verb.mood not in ("past", "perfect"):
        return None
    lo, hi = f.clause
    tokens = f.tokens
    for k in range(lo, hi - 3):
        if tokens[k].low != "from" or tokens[k + 1].kind != "d":
            continue
        j = k + 2
        if j + 1 < hi and tokens[j].low in ("to", "until", "through", "till") and tokens[j + 1].kind == "d":
            return Cue(f.text(k, j + 2))
    return None


@test("decision_subject")
def decision_subject(f: Frame, arg):
    """The verb's subject is a decision ("The executive order would place 25%
    tariffs"): what it says it does is announced."""
    if f.verb is None:
        return None
    lo = f.subject[0] if f.subject and not f.verb_after else f.clause[0]
    c_lo = f.clause[0]
    span = range(max(0, c_lo - 12), f.verb.first) if f.tokens[c_lo].low in ("that", "which") else range(lo, f.verb.first)
    for k in span:
        t = f.tokens[k]
        if "announced" in t.values("status_noun"):
            return Cue(t.low)
    return None


@test("host")
def host(f: Frame, arg):
    """A clause before the figure's, in its sentence, has a verb of class `arg` or the
    future: "had planned to impose 25% on imports, which would face 10%"."""
    c_lo = f.clause[0]
    for v in f.parse.verbs:
        if v.head >= c_lo:
            break
        if v.mood == "future" or any(c in v.classes for c in _args(arg)):
            return Cue(f.text(v.first, v.last + 1))
    return None


@test("host_status")
def host_status(f: Frame, arg):
    """The clause a relative clause hangs on describes what it does with a status word:
    "a preliminary finding that would raise the rate to 14%", "the planned tariff, which
    would apply to cars"."""
    c_lo = f.clause[0]
    if c_lo == 0 or not "rel" in f.tokens[c_lo].tags and f.tokens[c_lo].low not in ("that", "which"):
        return None
    h_lo, _ = f.parse.clauses[f.tokens[c_lo - 1].clause]
    for k in range(c_lo - 1, h_lo - 1, -1):
        t = f.tokens[k]
        if "status_adj" in t.tags:
            return Cue(t.low, t.values("status_adj")[0])
    return None


@test("at_once")
def at_once(f: Frame, arg):
    """The figure's sentence says the measure applies now ("immediately")."""
    for t in f.tokens:
        if "at_once" in t.tags:
            return Cue(t.low)
    return None


@test("starts_on")
def starts_on(f: Frame, arg):
    """A start cue before a date in the figure's sentence, the date after publication:
    "starting Oct. 14", "as of March 20" (these hold with no publication date known,
    news speaks so of starts ahead), "on Aug. 1" (only with one)."""
    published = f.article.published
    for k, t in enumerate(f.tokens):
        if t.kind != "d" or k == 0 or t.ref is None:
            continue
        j = k - 1
        while j > 0 and f.tokens[j].low == "the":
            j -= 1
        cues = [f.tokens[i] for i in range(max(0, j - 2), j + 1) if "start_cue" in f.tokens[i].tags]
        if not cues and f.verb is not None and "take_effect" in f.verb.classes and f.verb.last <= j:
            # "takes effect Oct. 14": the verb itself says the start, the date follows it
            if all("prep" in f.tokens[i].tags for i in range(f.verb.last + 1, k)):
                cues = [f.tokens[f.verb.first]]
        if not cues:
            continue
        cue = cues[0]
        strong = any(end >= f.tokens[j].end and _hit_is_strong(f, cue) for end, _ in cue.tags.get("start_cue", ()))
        d = t.ref
        later = published is not None and d.date_start is not None and d.date_start > published
        if later or (published is None and strong):
            return Cue(f"{f.text(f.tokens.index(cue), k)} {t.low}")
    return None


def _hit_is_strong(f: Frame, t: Token) -> bool:
    from tradefigures.extract.lexicons.tariffs import START_STRONG

    end = max(e for e, _ in t.tags["start_cue"])
    words = " ".join(f.doc.text[t.start:end].lower().split())
    return words in START_STRONG


@test("moved_later")
def moved_later(f: Frame, arg):
    """A later rate in the figure's clause is where this one moves to ("will cut its
    100% tariff on EVs to 6.1%")."""
    lo, hi = f.clause
    for other in f.article.frames:
        if other is f or other.parse is not f.parse or other.q.start <= f.q.start:
            continue
        if other.index < hi and other.lead is not None and other.lead.prep == "to":
            return Cue("to " + other.doc.text[other.q.start:other.q.end])
    return None


@test("lead_on_tariff")
def lead_on_tariff(f: Frame, arg):
    """What the figure hangs on is itself what a tariff falls on: "a duty on Canadian
    canola imports of 75.8%"."""
    if f.lead is None or f.lead.prep not in ("of", "at"):
        return None
    k = f.lead.lo - 1
    if k < f.clause[0] or f.tokens[k].low not in ("on", "against"):
        return None
    for j in range(k - 1, max(f.clause[0], k - 5) - 1, -1):
        t = f.tokens[j]
        if "tariff" in t.tags:
            return Cue(f"{_hit_text(f, t, 'tariff')} on ... of")
        if t.kind != "w" or "verb" in t.tags or "prep" in t.tags:
            return None
    return None


from tradefigures.extract.lexicons.tariffs import SUM_NOUNS as _SUM_LIST  # noqa: E402

_SUM_NOUNS = frozenset(_SUM_LIST)


@test("superseded_later")
def superseded_later(f: Frame, arg):
    """A later rate in the sentence is what this one was moved to ("25% tariffs ... in
    mid-March, increasing rates to 50 per cent on June 4"; "a measure that was recently
    raised to 35 per cent"), and that move is done."""
    for other in f.article.frames:
        if other is f or other.parse is not f.parse or other.q.start <= f.q.start:
            continue
        if other.q.unit != "percent" or other.q.value == f.q.value:
            continue
        if other.lead is None or other.lead.prep != "to" or other.verb is None:
            continue
        if _names_its_own_tariff(other, f.clause[1]):
            continue  # "..., but the levy on cars fell to 15%": another tariff moved
        if any(other.tokens[k].low in _SUM_NOUNS for k in range(other.lead.lo, other.lead.hi)):
            continue  # "an extra 25%, bringing its total (the combined rate) to 50%": the sum, nothing replaced
        v = other.verb
        if any(c in v.classes for c in ("raise", "lower", "rise", "fall")) and \
                _chain_mood(other) in ("past", "perfect", "gerund", "participle"):
            return Cue(f"{other.text(v.first, v.last + 1)} to {other.doc.text[other.q.start:other.q.end]}")
    return None


def _names_its_own_tariff(other: Frame, after: int) -> bool:
    """Whether a later figure's verb has a subject of its own, past token `after`, that
    names a tariff: it moves that tariff, not one named before."""
    if other.subject is None or other.verb_after or other.subject[0] < after:
        return False
    return any("tariff" in other.tokens[k].tags or "tariff_weak" in other.tokens[k].tags for k in range(*other.subject))


@test("same_rate")
def same_rate(f: Frame, arg):
    """An earlier tariff rate of the same value and sectors in the article, whose status
    its own words decided: the same measure, named again."""
    for q, status, sectors, reach in reversed(f.article.statuses):
        if q.value == f.q.value and status and reach not in (None, "article") \
                and (not sectors or not f.fields.get("sectors") or set(sectors) & set(f.fields["sectors"])):
            return Cue(f"as {f.doc.text[q.start:q.end]} before", status)
    return None


@test("same_rate_direction")
def same_rate_direction(f: Frame, arg):
    """An earlier tariff rate of the same value and sectors in the article, whose levier
    its own words named ("China placed a 75.8% duty ... the 75.8% tariff is likely
    temporary"): the same measure, levied by the same side on the same side. `arg` is
    imposed_by or applied_to."""
    if f.index == 0 or f.tokens[f.index - 1].low not in DEFINITE:
        return None  # "a 25% tariff" is a new one; "the 25% tariff" the one named before
    mine = set(f.fields.get("sectors") or [])
    for q, imposed, applied, sectors, reach in reversed(f.article.directions):
        if q.value == f.q.value and q.unit == f.q.unit and reach not in (None, "article") \
                and (not sectors or not mine or set(sectors) & mine):
            value = imposed if arg == "imposed_by" else applied
            return Cue(f"as {f.doc.text[q.start:q.end]} before", value) if value else None
    return None


@test("named_before")
def named_before(f: Frame, arg):
    """A definite rate ("the 25% export tax") whose value the article gave before with a
    status its own words decided: the same measure, whatever the mood of the verb about
    what it does ("the 25% tax would add $100 a month": the tax is no hypothesis)."""
    if f.index == 0 or f.tokens[f.index - 1].low not in DEFINITE:
        return None
    return same_rate(f, arg)


@test("speaker_country")
def speaker_country(f: Frame, arg):
    """The country whose government reports the figure's clause ("Mexico's economy
    ministry said a 30% duty on U.S. pork ...", "Beijing said ..."): the first country in
    the subject of a saying verb before the figure, when that subject is a government
    (its seat, its leader, or its name beside a word such as "ministry")."""
    tokens = f.tokens
    for v in f.parse.verbs:
        if v.first >= f.phrase[0]:
            break
        if "say" not in v.classes:
            continue
        earlier = [g for g in f.parse.verbs if g.last < v.first]
        lo = earlier[-1].last + 1 if earlier else 0
        governed = any(tokens[k].low in GOVERNMENT_WORDS for k in range(lo, v.first))
        for k in range(lo, v.first):
            found = _actor_at(f, k)
            if found and found[0] != "*" and (found[1] in ("seat", "person") or governed):
                return Cue(f.text(k, v.last + 1), found[0])
    return None


@test("plan_list")
def plan_list(f: Frame, arg):
    """The figure is in a list item ("• Implementing a new 25% tariff") under a plan:
    the headline or the line before the list announces it."""
    doc = f.doc
    line_start = doc.text.rfind("\n", 0, f.q.start) + 1
    if not doc.text[line_start:f.q.start].lstrip().startswith(BULLETS):
        return None
    head = f.article.headline
    spans = [head] if head else []
    colon = doc.text.rfind(":\n", 0, line_start)
    if colon > 0:
        spans.append((doc.text.rfind("\n", 0, colon) + 1, colon))
    for lo, hi in spans:
        for _, _, v in doc.cues.within("verb", lo, hi):
            if v[0] == "announce":
                return Cue(doc.text[lo:hi].strip()[:40])
        for _, _, v in doc.cues.within("status_noun", lo, hi):
            if v == "announced":
                return Cue(doc.text[lo:hi].strip()[:40])
    return None


@test("after_superseded")
def after_superseded(f: Frame, arg):
    """An adverb right after the figure says it was the rate before ("14.4% previously")."""
    # the phrase may have taken the adverb in: it is no noun the lexicons know
    for k in (f.index + 1, f.phrase[1]):
        if k < len(f.tokens) and f.tokens[k].low in SUPERSEDED_AFTER:
            return Cue(f.tokens[k].low)
    return None


def _answered_by(f: Frame) -> int | None:
    """Where a country's possessive stands before a noun of retaliation the rate hangs on
    ("**Canada's** response to the 35% tariff"): the one who answers it, not who levies it."""
    if f.lead is None or f.lead.prep not in ("to", "against"):
        return None
    if not any("retaliation" in f.tokens[k].tags for k in range(f.lead.lo, f.lead.hi)):
        return None
    return next((k for k in range(f.lead.lo, f.lead.hi) if f.tokens[k].possessive and _actor_at(f, k)), None)


@test("answered_by")
def answered_by(f: Frame, arg):
    """"Canada's response to the 35% tariff": the rate falls on the one who answers it."""
    k = _answered_by(f)
    return Cue(f.text(k, k + 1), _actor_at(f, k)[0]) if k is not None else None


@test("retaliation_target")
def retaliation_target(f: Frame, arg):
    """The rate is what a retaliation answers ("Canada will not retaliate against the 50%
    steel tariff"): the retaliator's, the subject's, country is the one it falls on."""
    if f.verb is None or f.verb_after or "retaliate" not in f.verb.classes:
        return None
    if f.lead is None or f.lead.prep not in ("against", "over", "for") or f.lead.hi > f.lead.lo:
        return None  # the preposition must follow the verb itself, not a noun
    country = _first_actor(f, range(*f.subject), {"person", "seat", "name", "region"}) if f.subject else None
    return Cue(f"{f.text(f.verb.first, f.verb.last + 1)} {f.lead.prep}", country.value if country else None,
               country.grounded if country else None)


@test("other_rate")
def other_rate(f: Frame, arg):
    """Another rate of a different value stands in the figure's sentence."""
    for t in f.tokens:
        if t.kind == "n" and t.ref is not f.q and getattr(t.ref, "unit", None) == "percent" \
                and t.ref.value != f.q.value:
            return Cue(t.low)
    return None


# -- direction ---------------------------------------------------------------------------

_TARGET_PREPS = ("on", "against", "from", "targeting", "on imports from", "on goods from")
_ROLES = {"name", "adjective", "seat", "person", "region"}


def _actor_at(f: Frame, k: int, roles=None) -> tuple[str, str] | None:
    t = f.tokens[k]
    for _, (code, role) in t.tags.get("actor", ()):
        if roles is None or role in roles:
            return code, role
    return None


def _first_actor(f: Frame, indices, roles=None, last: bool = False, outside_pp: bool = False,
                 specific: bool = False) -> Cue | None:
    """The first (or last) country named among the tokens; "non-U.S." names none, and
    with `outside_pp` neither does one inside a prepositional phrase ("generators
    selling power to the U.S."); with `specific`, one country only (not "*", every one)."""
    ks = list(indices)
    if last:
        ks.reverse()
    for k in ks:
        found = _actor_at(f, k, roles)
        if not found or specific and found[0] == "*":
            continue
        before = f.tokens[k - 1] if k else None
        if before is not None and before.low == "-" and k >= 2 and f.tokens[k - 2].low == "non":
            continue
        if before is not None and before.low == "non":
            continue
        if outside_pp and _in_pp(f, k, max(ks[0] if not last else ks[-1], k - 3)):
            continue
        end = max(e for e, _ in f.tokens[k].tags["actor"])
        return Cue(f.doc.text[f.tokens[k].start:end], found[0])
    return None


def _in_pp(f: Frame, k: int, lo: int) -> bool:
    """Whether a preposition governs token k from at most three words back, with no
    comma between ("selling power to the U.S."; not "In return, Japan")."""
    for j in range(k - 1, lo - 1, -1):
        t = f.tokens[j]
        if t.kind == "p":
            return False
        if "prep" in t.tags and not "verb" in t.tags:
            return True
    return False


def _roles(arg) -> set[str] | None:
    return set(_args(arg)) or None


@test("possessor")
def possessor(f: Frame, arg):
    """A country's possessive before the figure ("Trump's 35% tariffs", "Canada's
    counter-tariffs"), in its phrase or what it hangs on; "its own" points to the
    subject of its clause."""
    lo, _ = f.phrase
    spans = [range(f.index - 1, lo - 1, -1)]
    if f.lead is not None and _answered_by(f) is None:
        spans.append(range(f.lead.hi - 1, f.lead.lo - 1, -1))
    if f.subject is not None and not f.verb_after and any(
            "tariff" in f.tokens[k].tags for k in range(*f.subject)):
        spans.append(range(f.subject[1] - 1, f.subject[0] - 1, -1))  # "Canada's countermeasures sit at 1%"
    if f.verb is not None and not f.verb_after:
        spans.append(range(f.phrase[0] - 1, f.verb.last, -1))  # "agreed to reduce its tariff ... to 15%"
    for a in f.after[:1]:
        if a.prep == "of" and any(f.tokens[k].low in ("its", "their") for k in range(a.lo, a.hi)):
            spans.append(range(a.lo, a.hi))  # "a 25% levy of its own"
    for span in spans:
        for k in span:
            t = f.tokens[k]
            if t.possessive and _actor_at(f, k):
                return Cue(f.text(k, k + 1), _actor_at(f, k)[0])
            if t.low in ("its", "their"):
                # "its own 25% duties", "its combined tariff": the subject of the clause
                lo_s = f.subject[0] if f.subject else f.clause[0]
                cue = _first_actor(f, range(lo_s, k), {"name", "seat", "person", "region"}, outside_pp=True)
                if cue:
                    return Cue(f"{t.low} ({cue.text})", cue.value)
    return None


@test("actor_before")
def actor_before(f: Frame, arg):
    """A country named right before the figure or its tariff noun, in its phrase:
    "U.S. tariffs of 50%", "a Chinese 100% duty"."""
    lo, hi = f.phrase
    if f.head is not None and "tariff" in f.tokens[f.head].tags:
        cue = _first_actor(f, range(f.index - 1, lo - 1, -1), {"name", "adjective", "seat", "person", "region"})
        if cue:
            return cue
    if f.lead is not None and f.lead.prep in ("of", "at") and f.lead.head is not None \
            and "tariff" in f.tokens[f.lead.head].tags:
        return _first_actor(f, range(f.lead.head - 1, f.lead.lo - 1, -1), {"name", "adjective", "seat", "person", "region"})
    return None


@test("target_object")
def target_object(f: Frame, arg):
    """The country whose goods the tariff falls on, in what follows the figure: "on
    Canadian goods", "on imports from Mexico", "against the U.S."; for a tax on exports,
    the country they go to ("on electricity exports to Michigan")."""
    export_levy = any("export_levy" in f.tokens[k].tags for k in range(*f.clause))
    started = False
    for a in f.after:
        if a is f.after[0] and _levier_from(f, a):
            continue  # "a 30% tariff from Washington": who levies it
        if not started and a.prep not in _TARGET_PREPS and a.prep not in ("to", "into", "for"):
            continue
        goods = any("generic_trade" in f.tokens[k].tags or "sector" in f.tokens[k].tags for k in range(a.lo, a.hi))
        if a.prep in ("to", "into") and not export_levy and not started and not goods:
            continue
        started = True
        if a.prep in ("to", "into") and not export_levy and not goods:
            break
        cue = _first_actor(f, range(a.lo, a.hi))
        if cue and cue.value == "*":
            # "on imported Canadian fertilizer": a country that qualifies the imports
            # narrows them
            cue = _first_actor(f, range(a.lo, a.hi), specific=True) or cue
        if cue is None and f.tokens[a.lo].low in _OWNER_PRONOUNS:
            cue = _owner(f)
        if cue:
            return cue
    return None


def _levier_from(f: Frame, a) -> bool:
    """The phrase right after a tariff is "from" a country and no goods: "a 30% tariff
    from Washington" names who levies it, not where the goods come from."""
    if a.prep != "from" or f.head is None or "tariff" not in f.tokens[f.head].tags:
        return False
    words = [f.tokens[k] for k in range(a.lo, a.hi)]
    return any("actor" in t.tags for t in words) and not any(
        "generic_trade" in t.tags or "sector" in t.tags for t in words)


@test("levier_from")
def levier_from(f: Frame, arg):
    if f.after and _levier_from(f, f.after[0]):
        return _first_actor(f, range(f.after[0].lo, f.after[0].hi))
    return None


# Verbs whose subject levies the tariff (not "accepted", "faces", "won").
_LEVIES = frozenset(("levy", "raise", "threaten", "announce"))
# Possessive pronouns that give goods an owner: "on its cars", "on their steel".
_OWNER_PRONOUNS = frozenset(("its", "their"))


def _owner(f: Frame) -> Cue | None:
    """Whose "its" goods are: the country that is the clause's subject ("Japan accepted a
    15% tariff on its cars")."""
    if f.verb_after:
        return None
    # a verb the lexicons do not know ("Britain won a 10% rate on its steel") leaves no
    # subject: the country that opens the clause
    lo, hi = f.subject or (f.clause[0], f.phrase[0])
    subject = _first_actor(f, range(lo, hi), {"person", "seat", "name", "region"}, outside_pp=True)
    if subject is not None and f.verb is not None and not f.verb.passive and _LEVIES.intersection(f.verb.classes) \
            and "consent" not in f.verb.classes:
        # "Mexico said it would respond if the U.S. went ahead with a 30% tariff on its
        # exports": who levies does not tax its own goods; "its" is the country before
        before = _first_actor(f, range(0, lo), {"name", "seat", "adjective"}, last=True)
        return before if before is not None and before.value != subject.value else None
    return subject


# ", up from 10%", ", down from 35%": a comparison set off by a comma, not a clause.
_COMPARISON_ADVERBS = frozenset(("up", "down"))
# Pronouns a levier may be named by ("it imposed", "they have charged").
_PRONOUNS = frozenset(("it", "they", "we"))


@test("subject_actor")
def subject_actor(f: Frame, arg):
    """The country that is the subject of the figure's verb (of class `arg`)."""
    if f.verb is None or f.subject is None or f.verb_after or f.verb.passive:
        return None  # the subject of a passive ("Brazil was hit with") is the target
    if f.verb.lemma in _COMPARISON_ADVERBS and f.verb.first > 0 and f.tokens[f.verb.first - 1].low == ",":
        return None  # "a 50% duty, up from 10%": a comparison, with no subject of its own
    if _args(arg) and not any(c in f.verb.classes for c in _args(arg)) and not any(
            c in g.classes for g in f.chain() for c in _args(arg)):
        return None
    if f.lead is not None and f.lead.prep == "at" and "say" in f.verb.classes:
        return None  # "placed the rate at 5.5%": an estimate, not a levy
    lo, hi = f.subject
    cue = _first_actor(f, range(lo, hi), {"person", "seat", "name", "region"}, last=True, outside_pp=True)
    if cue is None and lo > f.clause[0]:
        # "Trump halted talks and threatened a 10% tariff": the first verb's subject
        cue = _first_actor(f, range(f.clause[0], lo), {"person", "seat", "name", "region"}, outside_pp=True)
    if cue is None and f.tokens[f.clause[0]].low in ("which", "that", "who") and f.clause[0] > 0:
        # "Ontario, which imposed ...": the noun the relative clause hangs on
        cue = _first_actor(f, range(max(0, f.clause[0] - 4), f.clause[0]), None, last=True)
    if cue is None and hi - lo <= 2 and any(f.tokens[k].low in _PRONOUNS for k in range(lo, hi)):
        # "Canada ... they have charged 400% tariffs": the country last named before
        cue = _first_actor(f, range(0, lo), {"name", "seat"}, last=True, outside_pp=True)
    if cue is not None and cue.value == f.fields.get("applied_to"):
        return None  # "Japan accepted a 15% tariff on its cars": no country levies on itself
    return cue


@test("passive_agent")
def passive_agent(f: Frame, arg):
    """"imposed by the United States", "levied by Ottawa"."""
    for a in f.after:
        if a.prep == "by":
            return _first_actor(f, range(a.lo, a.hi))
    if f.verb is not None and (f.verb.passive or f.verb_after and "pp" in f.verb.form):
        k = f.verb.last + 1  # "a 25% duty imposed by Ottawa"
        if k < len(f.tokens) and f.tokens[k].low == "by":
            return _first_actor(f, range(k + 1, min(len(f.tokens), k + 5)))
    return None


@test("importer")
def importer(f: Frame, arg):
    """The country goods go to, after the figure: "a tariff on imports of canola oil to
    China", "vehicles into Canada at 6.1%": the importer levies the tariff (for a tax on
    exports, it pays it instead). A "to" that goes with a participle of its own is that
    verb's: in "require generators selling power to the U.S. to add a 25% surcharge",
    the surcharge is not levied by where the power goes."""
    lo, hi = f.clause
    own = [g for g in f.parse.verbs if g is not f.verb and g.mood in ("gerund", "participle")
           and lo <= g.last]
    if any("export_levy" in f.tokens[k].tags for k in range(0, len(f.tokens))):
        return None
    for k in range(lo, hi - 1):
        t = f.tokens[k]
        if t.low in ("to", "into") and (k > 0 and ("generic_trade" in f.tokens[k - 1].tags or "sector" in f.tokens[k - 1].tags
                                                    or any("generic_trade" in f.tokens[j].tags for j in range(max(lo, k - 8), k)))) \
                and not any(k - 4 <= g.last < k for g in own):
            found = _actor_at(f, k + 1, {"name", "seat"})
            if found is None and k + 2 < hi and f.tokens[k + 1].low == "the":
                found = _actor_at(f, k + 2, {"name", "seat"})
            if found and found[0] != "*":
                return Cue(f.text(k, k + 2), found[0])
    return None


@test("goods_adjective")
def goods_adjective(f: Frame, arg):
    """Goods named with their country in the clause: "Chinese electric vehicles into
    Canada at 6.1%", "tariffs on Canadian canola"."""
    lo, hi = f.clause
    for k in range(lo, hi - 1):
        found = _actor_at(f, k, {"adjective"})
        if not found or f.tokens[k].possessive:
            continue
        j = k + 1
        while j + 1 < hi and f.tokens[j].low in ("and", "or", ",") and _actor_at(f, j + 1, {"adjective"}):
            j += 2  # "Canadian and Mexican imports": the first of them
        if ("sector" in f.tokens[j].tags or "generic_trade" in f.tokens[j].tags) and not "industry" in f.tokens[j].tags:
            return Cue(f.text(k, j + 1), found[0])  # goods, not "American workers"
    return None


@test("actor_in_lead")
def actor_in_lead(f: Frame, arg):
    """A country in what the figure hangs on ("the U.K. at 10%")."""
    if f.lead is None:
        return None
    return _first_actor(f, range(f.lead.hi - 1, f.lead.lo - 1, -1), None)


@test("hit_object")
def hit_object(f: Frame, arg):
    """The country a verb hits with the tariff: "threatened Canada and Mexico with
    duties of 25%", "hit Canada with 35% tariffs"."""
    if f.verb is None or f.verb_after or f.subject is not None and f.subject[0] > f.verb.last:
        return None  # a list item's own subject ("..., Mexico 30%"): no object of the verb
    ks = [k for k in range(f.verb.last + 1, f.phrase[0]) if _actor_at(f, k, {"name", "seat"})
          and not _after_prep(f, k)]
    if not ks:
        return None
    k = ks[-1]
    while ks and k - 2 in ks and f.tokens[k - 1].low in ("and", ","):
        k -= 2  # "Canada and Mexico with duties of 25%": the first of the two
    return _first_actor(f, (k,), {"name", "seat"})


def _after_prep(f: Frame, k: int) -> bool:
    """Whether token k stands right after a preposition ("into Canada", "in the U.S.")."""
    j = k - 1
    if j >= 0 and f.tokens[j].low == "the":
        j -= 1
    return j >= 0 and "prep" in f.tokens[j].tags and not "verb" in f.tokens[j].tags


@test("passive_target")
def passive_target(f: Frame, arg):
    """The subject of a levy in the passive: "Brazil was hit with a 50% duty", "Canadian
    steel was slapped with 25%". The one a passive verb names first is its patient, the
    side the tariff falls on; the levier, if named, follows "by"."""
    if f.verb is None or f.verb_after or not f.verb.passive or f.subject is None:
        return None
    if _args(arg) and not any(c in f.verb.classes for c in _args(arg)):
        return None
    if any("tariff" in f.tokens[k].tags for k in range(*f.subject)):
        return None  # "the U.S. tariffs were raised to 35%": the measure itself, not its target
    return _first_actor(f, range(*f.subject), None, outside_pp=True)


# Verbs whose subject levies, changes, reports or pays a tariff: their subject is no
# target by `subject_target`.
_NOT_GOT = frozenset(("levy", "announce", "threaten", "raise", "lower", "retaliate", "remove", "take_effect",
                      "say", "collect", "cover", "face", "keep", "rise", "fall", "amount", "plan", "delay"))


@test("subject_target")
def subject_target(f: Frame, arg):
    """The country that is the subject of a verb that neither levies nor reports the rate:
    "Japan and the EU each negotiated a 15% rate with Washington", "Britain won a 10%
    rate": the one that gets, bargains for or is granted a rate is the one it falls on.
    The U.S., the usual levier, is no such subject."""
    if f.verb is None or f.verb_after or f.subject is None:
        return None
    if "consent" not in f.verb.classes and (_NOT_GOT.intersection(f.verb.classes)
                                            or any(_NOT_GOT.intersection(g.classes) for g in f.chain())):
        return None
    cue = _first_actor(f, range(*f.subject), None, outside_pp=True, specific=True)
    return cue if cue is not None and cue.value != "US" else None


@test("payer_subject")
def payer_subject(f: Frame, arg):
    """The subject of "faces" or "pays": "Mexico faces a 25% levy"."""
    if f.verb is None or f.verb_after or "face" not in f.verb.classes or f.subject is None:
        return None
    lo, hi = f.subject
    for k in range(lo, hi - 1):
        # "American buyers of Canadian lumber will pay": whose goods they are, not who buys
        t = f.tokens[k + 1]
        if ("sector" in t.tags or "generic_trade" in t.tags) and not "industry" in t.tags and not f.tokens[k].possessive \
                and (found := _first_actor(f, (k,), {"adjective"}, specific=True)):
            return found
    return _first_actor(f, range(lo, hi), None, outside_pp=True)


@test("between_countries")
def between_countries(f: Frame, arg):
    """"a 15% tariff deal between Washington and Tokyo": of the two countries a deal or
    talks are between, the one that is not the U.S. is the one the rate falls on."""
    for k in range(f.index + 1, f.clause[1]):
        if f.tokens[k].low != "between":
            continue
        found = [(j, _actor_at(f, j, {"person", "seat", "name"})) for j in range(k + 1, min(f.clause[1], k + 8))]
        codes = [(j, a[0]) for j, a in found if a]
        if len(codes) >= 2 and "US" in {c for _, c in codes[:2]}:
            j, code = next((j, c) for j, c in codes[:2] if c != "US")
            return Cue(f.doc.text[f.tokens[j].start:f.tokens[j].end], code)
        return None
    return None


@test("clause_target")
def clause_target(f: Frame, arg):
    """A country's goods named anywhere in the clause as what a tariff falls on:
    "on Canadian goods", "from Canada"."""
    lo, hi = f.clause
    for k in range(lo, hi - 1):
        t = f.tokens[k]
        if t.low in ("on", "against", "from") and not "verb" in t.tags:
            for j in range(k + 1, min(hi, k + 4)):
                found = _actor_at(f, j)
                if found:
                    return Cue(f.text(k, j + 1), found[0])
                if f.tokens[j].kind != "w" or "verb" in f.tokens[j].tags:
                    break
    return None


@test("recent_direction")
def recent_direction(f: Frame, arg):
    """The direction of the tariff the article spoke of just before (its sentence or
    the two before, its paragraph): `arg` is imposed_by or applied_to. A target is taken
    only from a tariff of the same levier: Canada's counter-tariff on the U.S. says
    nothing of whom China's duty falls on."""
    doc = f.doc
    here = doc.sentence_index(f.q.start)
    mine = set(f.fields.get("sectors") or [])
    levier = f.fields.get("imposed_by")
    for q, imposed, applied, sectors, _ in reversed(f.article.directions):
        if here - doc.sentence_index(q.start) > 2:
            return None
        value = imposed if arg == "imposed_by" else applied
        if arg == "applied_to" and mine and sectors and not (mine & set(sectors)):
            continue  # another measure: its target is its own
        if arg == "applied_to" and levier and imposed != levier:
            continue
        if value:
            return Cue("earlier tariff", value)
    return None


@test("canada_framed")
def canada_framed(f: Frame, arg):
    """The figure's clause, or its sentence when it holds no other tariff rate, frames
    the tariff as falling on Canada: Canadian goods, exporters or producers ("closed to
    Canadian steel"), "shipments to the U.S."."""
    spans = [f.clause]
    rates = [t for t in f.tokens if t.kind == "n" and getattr(t.ref, "unit", None) == "percent"]
    if len(rates) <= 1:
        spans.append((0, len(f.tokens)))
    for lo, hi in spans:
        for k in range(lo, hi):
            t = f.tokens[k]
            found = _actor_at(f, k, {"adjective", "name", "region"})
            if found and found[0] == "CA":
                for j in range(k + 1, min(hi, k + 3)):
                    nxt = f.tokens[j]
                    if "sector" in nxt.tags or "generic_trade" in nxt.tags or "industry" in nxt.tags:
                        return Cue(f.text(k, j + 1), "CA")
            if t.low in ("exporters", "exporting", "shipments", "exports", "selling", "sold") and k + 2 < hi:
                for j in range(k + 1, min(hi, k + 5)):
                    if f.tokens[j].low == "to" and j + 1 < hi and _actor_at(f, j + 1, {"name"}) == ("US", "name"):
                        return Cue(f.text(k, j + 2), "CA")
    return None


@test("article_imposer")
def article_imposer(f: Frame, arg):
    """The country the article's tariffs are mostly levied by (three in five of those
    its own words named: "China placed a duty ...", "Ontario applied a surcharge ..."),
    for a rate whose own sentence names no levier; never the figure's own target."""
    counts: dict[str, int] = {}
    for code, reach in f.article.imposers:
        if reach in ("phrase", "verb", "object"):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        headline = f.article.headline_imposer
        if headline and headline not in ("US", "CA", "*") and headline != f.fields.get("applied_to"):
            return Cue(f"headline: {headline}", headline)
        return None
    best = max(counts, key=counts.get)
    if best == "*" or counts[best] < 0.6 * sum(counts.values()) or best == f.fields.get("applied_to"):
        return None
    return Cue(f"article: {best}", best)


@test("plan_actor")
def plan_actor(f: Frame, arg):
    """For an item of an announced plan, the country of the one announcing it."""
    if plan_list(f, None) is None or not f.article.headline:
        return None
    lo, hi = f.article.headline
    for start, end, (code, role) in f.doc.cues.within("actor", lo, hi):
        if role in ("person", "seat", "name"):
            return Cue(f.doc.text[start:end], code)
    return None


@test("retaliation")
def retaliation(f: Frame, arg):
    """The figure's clause or sentence speaks of a counter-measure."""
    for lo, hi in (f.clause, (0, len(f.tokens))):
        for k in range(lo, hi):
            if "retaliation" in f.tokens[k].tags:
                return Cue(f.text(k, k + 1))
    return None


@test("applied")
def applied(f: Frame, arg):
    """The figure's applied_to (decided before imposed_by) is one of these (`any`: is set)."""
    value = f.fields.get("applied_to")
    return Cue(str(value), value) if value is not None and (arg == "any" or value in _args(arg)) else None


@test("country_specific")
def country_specific(f: Frame, arg):
    """A duty that answers one country's trade ("anti-dumping", "countervailing"), in the
    figure's clause (`arg` "sentence": its sentence)."""
    lo, hi = f.clause if arg != "sentence" else (0, len(f.tokens))
    for k in range(lo, hi):
        if "country_specific" in f.tokens[k].tags:
            return Cue(f.text(k, k + 1))
    return None


# -- sectors ---------------------------------------------------------------------------

from tradefigures.extract.lexicons.sectors import BROAD as _BROAD  # noqa: E402
from tradefigures.extract.lexicons.sectors import SECTORS as _SECTOR_WORDS  # noqa: E402

_SECTOR_ORDER = {name: i for i, name in enumerate(_SECTOR_WORDS)}
_TARIFF_OBJECT = ("on", "against", "for", "targeting", "covering", "to")
_OF_OBJECT = ("of", "in", "from", "for", "on", "to")


def _sectors(f: Frame, indices, goods_are_all: bool = False) -> tuple[list[str] | None, str]:
    """The sectors a run of tokens names: blanket words ("all goods") give all; else
    the sectors named; else words about the whole economy (and, with `goods_are_all`,
    goods in general: a tariff "on imports") give all. A bare "trucks" beside cars and
    vans is about autos."""
    specific: dict[str, str] = {}
    blanket = economy = light = False
    words: list[int] = []
    tokens = f.tokens
    for k in indices:
        t = tokens[k]
        if "sector_exception" in t.tags:
            break
        light = light or "light_vehicle" in t.tags
        for _, v in t.tags.get("sector", ()):
            words.append(k)
            if v == "all":
                blanket = True
            else:
                specific.setdefault(v, t.low)
        if "economy" in t.tags or (goods_are_all and "generic_trade" in t.tags):
            economy = True
            words.append(k)
    if light and "trucks" in specific and specific["trucks"] in ("truck", "trucks"):
        del specific["trucks"]
    for broad in _BROAD:
        # "auto manufacturing plants": broad words right after a specific one are its industry
        if broad not in specific or len(specific) < 2:
            continue
        absorbed = set()
        for k in sorted(set(words)):
            if broad in f.tokens[k].values("sector"):
                before = f.tokens[k - 1].values("sector") if k - 1 in words else ()
                if k - 1 in absorbed or any(v != broad for v in before):
                    absorbed.add(k)
                else:
                    break
        else:
            del specific[broad]
    if not words:
        return None, ""
    text = f.text(min(words), max(words) + 1)
    if blanket:
        return ["all"], text
    if specific:
        return sorted(specific, key=_SECTOR_ORDER.get), text
    return (["all"], text) if economy else (None, "")


def _object_indices(f: Frame, preps: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    started = False
    for a in f.after:
        if not started and a.prep not in preps:
            continue
        if started and a.prep not in ("of", "from", "in", "including", "such as", "and"):
            break
        started = True
        out.extend(range(a.lo, a.hi))
    return out


@test("sectors")
def sectors(f: Frame, arg):
    """The sectors named in one part of the figure's structure (`arg`): its phrase, its
    object ("on steel and aluminum"), what it hangs on, the verb's subject or object,
    its clause, its sentence."""
    if arg == "phrase":
        lo, hi = f.phrase
        indices = [k for k in range(lo, hi) if k != f.index]
    elif arg == "object":
        tariff = f.fields.get("kind") == "tariff_rate"
        indices = _object_indices(f, _TARIFF_OBJECT if tariff else _OF_OBJECT)
    elif arg == "lead":
        if f.lead is None or f.lead.prep not in ("of", "at", "to", "from", "by", "above", "below") \
                or f.complement:
            return None  # "hiked taxes on steel and aluminum to 50%": the verb's object says
        indices = list(range(f.lead.lo, f.lead.hi))
    elif arg == "subject":
        if f.subject is None or f.verb_after:
            return None
        indices = list(range(*f.subject))
    elif arg == "verb_object":
        if f.verb is None or f.verb_after or (f.subject is not None and f.subject[0] > f.verb.last):
            return None  # a list's item with a subject of its own ("..., and lumber 45%")
        indices = list(range(f.verb.last + 1, f.phrase[0]))
    elif arg == "clause":
        lo, hi = f.clause
        indices = _nearest_group(f, lo, hi)
    elif arg == "sentence":
        indices = _nearest_group(f, 0, len(f.tokens))
    else:
        raise ValueError(f"sectors= wants phrase, object, lead, subject, verb_object, clause or sentence, not {arg}")
    found, text = _sectors(f, indices, goods_are_all=arg == "object" and f.fields.get("kind") == "tariff_rate")
    return Cue(text, found) if found else None


@test("general_subject")
def general_subject(f: Frame, arg):
    """The figure's verb has a subject in its own clause that names what moved in general
    terms and no sector ("while overall **exports** fell 2.3%"): a sector named in
    another clause of the sentence is not its sector."""
    if f.verb is None or f.verb_after or f.subject is None:
        return None
    lo, hi = f.subject
    if lo < f.clause[0] or sectors(f, "subject") is not None:
        return None
    for k in range(lo, hi):
        t = f.tokens[k]
        if "generic_trade" in t.tags or "measure" in t.tags:
            return Cue(t.low)
    return None


@test("broad_phrase")
def broad_phrase(f: Frame, arg):
    """The figure's own phrase calls it economy-wide ("a blanket 10% tariff") and names
    no sector of its own."""
    cue = sectors(f, "phrase")
    return cue if cue is not None and cue.value == ["all"] else None


def _nearest_group(f: Frame, lo: int, hi: int) -> list[int]:
    """The run of sector words nearest the figure in tokens[lo:hi], with the words that
    join them ("steel, aluminum and autos"), outside its own phrase."""
    # "the 35% levy excludes energy": what follows an exception after the figure is not its sector
    tokens = f.tokens
    cut = next((k for k in range(f.index + 1, hi) if "sector_exception" in tokens[k].tags), hi)
    p_lo, p_hi = f.phrase
    marks = [k for k in range(lo, cut) if ("sector" in tokens[k].tags or "economy" in tokens[k].tags)
             and not p_lo <= k < p_hi]
    if not marks:
        return []
    best = min(marks, key=lambda k: (abs(k - f.index), k))
    group = [best]
    for step in (-1, 1):
        k = best + step
        while lo <= k < hi:
            t = tokens[k]
            if "sector" in t.tags or "economy" in t.tags:
                group.append(k)
            elif not (t.low in (",", "and", "or", "&") or (t.kind == "w" and not t.tags)):
                break
            k += step
    return sorted(group)


from tradefigures.extract.lexicons.sectors import ANAPHORA as _SECTOR_ANAPHORA  # noqa: E402

_ANAPHOR = re.compile(r"\b(?:" + "|".join(_SECTOR_ANAPHORA) + r")\b(?!\s+(?:of|for)\b)", re.I)


@test("sector_anaphor")
def sector_anaphor(f: Frame, arg):
    """"the sector" or "the industry" in the figure's clause points back to the sector
    last named before it in its paragraph ("Support for the auto industry grew when
    Ottawa pledged $2 billion to protect the sector"; "... cost the sector $1.5 billion"
    after a sentence on canola)."""
    doc = f.doc
    c_start, c_end = f.span_chars(*f.clause)
    m = _ANAPHOR.search(doc.text, c_start, c_end)
    if m is None:
        return None
    para = doc.paragraph_at(m.start())
    named = [(s, e, v) for s, e, v in doc.cues.within("sector", para.start, m.start()) if v != "all"]
    if not named:
        return None
    s, e, v = named[-1]
    return Cue(doc.text[s:e], [v])


@test("generic_object")
def generic_object(f: Frame, arg):
    """What a tariff falls on is goods in general ("on shipments", "on its exports"),
    not every good by a word that says so ("on all imports"): it names no sector of its
    own, so whose goods they are may ("potash producers pay a 10% tariff on shipments")."""
    if f.fields.get("kind") != "tariff_rate":
        return None
    indices = _object_indices(f, _TARIFF_OBJECT)
    if not indices or _sectors(f, indices)[0]:
        return None
    found, text = _sectors(f, indices, goods_are_all=True)
    return Cue(text) if found == ["all"] else None


@test("unknown_goods")
def unknown_goods(f: Frame, arg):
    """What a tariff falls on is named, but by words no sector has ("on American
    motorcycles", "on pharmaceuticals"): no sector of the list, and not all goods."""
    if f.fields.get("kind") != "tariff_rate":
        return None
    indices = _object_indices(f, ("on", "against"))
    words = [k for k in indices if f.tokens[k].kind == "w"]
    if not words or any("sector" in f.tokens[k].tags or "generic_trade" in f.tokens[k].tags or "economy" in f.tokens[k].tags
                        or "actor" in f.tokens[k].tags for k in words[-1:]):
        return None
    head = f.tokens[words[-1]]
    if head.tags or not head.low.isalpha() or len(head.low) <= 3 or head.low.endswith("ly") \
            or head.low in _NOT_GOODS:
        return None
    if any("sector" in f.tokens[k].tags or "generic_trade" in f.tokens[k].tags or "economy" in f.tokens[k].tags for k in indices):
        return None
    return Cue(head.low)


# Words that end a tariff's object without naming goods.
_NOT_GOODS = frozenset(("certain", "other", "some", "many", "most", "various", "several", "additional",
                        "specific", "affected", "imported", "select", "selected", "those", "these", "such",
                        "countries", "partners", "nations", "companies", "firms", "producers", "items",
                        "groups", "made", "users", "consumers"))


@test("country_target")
def country_target(f: Frame, arg):
    """The figure's clause names a country by name as the one a tariff falls on (and
    no goods): "threatened Canada and Mexico with duties of 25%"."""
    lo, hi = f.clause
    for k in range(lo, hi):
        t = f.tokens[k]
        for _, (code, role) in t.tags.get("actor", ()):
            if role == "name" and code != "US" and not "containing_name" in t.tags:
                return Cue(f.text(k, k + 1), code)
    return None


@test("article_sector")
def article_sector(f: Frame, arg):
    """The article's sector of `arg` (`tariff_sector` or `topic`), as a list."""
    value = getattr(f.article, arg)
    return Cue(f"article: {value}", [value]) if value else None


@test("in_clause")
def in_clause(f: Frame, arg):
    """A word in the figure's clause that names one of these measures, whatever the
    figure's unit ("at risk", "layoffs")."""
    lo, hi = f.clause
    wanted = _args(arg)
    for k in range(lo, hi):
        t = f.tokens[k]
        for end, m in t.tags.get("measure", ()):
            if m in wanted:
                return Cue(f.doc.text[t.start:end], m)
    return None


@test("sentence")
def sentence(f: Frame, arg):
    """A word of class `arg` in the figure's sentence, the nearest one."""
    for c in _args(arg):
        found = _nearest_in(f, 0, len(f.tokens), c)
        if found:
            return _class_cue(f, found[1], c)
    return None


@test("nearby")
def nearby(f: Frame, arg):
    """A word of class `arg` in the sentence before or after the figure's (its paragraph's)."""
    doc = f.doc
    i = doc.sentence_index(f.q.start)
    para = doc.paragraph_at(f.q.start)
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc.sentences):
            s = doc.sentences[j]
            if s.start < para.start or s.end > para.end:
                continue
            for c in _args(arg):
                hits = doc.cues.within(c, s.start, s.end)
                if hits:
                    return Cue(doc.text[hits[0][0]:hits[0][1]], hits[0][2])
    return None


@test("previous_sentence")
def previous_sentence(f: Frame, arg):
    """A word of class `arg` in the sentence just before the figure's, in whatever
    paragraph (news copy often gives each sentence a line of its own)."""
    doc = f.doc
    i = doc.sentence_index(f.q.start)
    if i == 0:
        return None
    s = doc.sentences[i - 1]
    for c in _args(arg):
        hits = doc.cues.within(c, s.start, s.end)
        if hits:
            return Cue(doc.text[hits[0][0]:hits[0][1]], hits[0][2])
    return None


@test("article")
def article(f: Frame, arg):
    """An article-level fact: `arg` names it (see `extract/article.py`)."""
    value = getattr(f.article, arg, None)
    return Cue(str(value), value) if value else None


@test("field")
def field_is(f: Frame, arg):
    """A field decided before this one has one of these values ("kind:tariff_rate")."""
    name, _, values = (arg or "").partition(":")
    value = f.fields.get(name)
    return Cue(str(value), value) if value in values.split("/") else None


# -- dates -------------------------------------------------------------------------------
# Tests of a date's structure (`extract/date_frames.py`), for `rules/date_role.py`. Their
# names start with "date_"; each takes a DateFrame.

from tradefigures.extract.lexicons.grammar import PRONOUNS  # noqa: E402


def _date_noun(f, lo: int, hi: int, last: bool = True) -> Cue | None:
    """The role noun of tokens[lo:hi] (its head: the last one, or the first), if any."""
    hits = date_frames.nouns(f.words, lo, hi, start=min(lo, f.clause[0]))
    if not hits:
        return None
    k, end, role = hits[-1] if last else hits[0]
    return Cue(f.doc.text[f.tokens[k].start:end], role)


def _date_span_has(f, span, classes: tuple[str, ...]) -> Cue | None:
    """The first word in tokens[span] that starts a hit of one of `classes`."""
    k = found_at(f, span, classes)
    if k is None:
        return None
    cls = next(c for c in classes if f.words.has(k, c))
    return Cue(f.doc.text[f.tokens[k].start:f.words.end(k, cls)])


def found_at(f, span, classes: tuple[str, ...]) -> int | None:
    """The first token in tokens[span] that starts a hit of one of `classes`."""
    if span is None:
        return None
    for k in range(*span):
        if any(f.words.has(k, cls) for cls in classes):
            return k
    return None


@test("date_phrase")
def date_phrase(f, arg):
    """A noun in the date's own phrase names what happens then: "the July 1 deadline",
    "Tuesday's meeting", "a March 8 statement", "talks last week". A year before the name
    of a document is no date of issue ("the 2024 fall economic statement")."""
    cue = _date_noun(f, *f.right) or _date_noun(f, *f.left)
    if cue is None or (cue.value == "announcement" and f.mention.granularity == "year"):
        return None
    return cue


@test("date_phrase_measure")
def date_phrase_measure(f, arg):
    """A measure after the date in its phrase: "the Aug. 1 tariff increase"."""
    return _date_span_has(f, f.right, ("tariff", "date_measure"))


@test("date_classifier")
def date_classifier(f, arg):
    """The date classifies the noun after it: "2024 levels", "November canola futures",
    "last year's deficit", "the 2020 trade agreement". A capitalised name or a day only
    after a determiner: in "In March 2025 Canada imposed" the date ends at "Canada", and
    "a news conference on Sept. 3 drew a crowd" is no classifier."""
    lo, hi = f.right
    if lo >= hi:
        return None
    first = f.tokens[lo]
    if first.low in "'’":
        return Cue(f.text(lo, hi))
    if first.low in PRONOUNS:
        return None
    determined = any("det" in f.tokens[k].tags or f.tokens[k].possessive for k in range(*f.left))
    if determined or (f.doc.text[first.start].islower() and f.mention.granularity != "day"):
        return Cue(f.text(lo, hi))
    return None


@test("date_of")
def date_of(f, arg):
    """The date completes a noun through "of" ("the Trade Expansion Act of 1962", "the
    first four months of 2025"): the noun's role, else none."""
    if f.lead is not None or f.lead_prep is None or f.tokens[f.lead_prep].low != "of" or not f.hosts \
            or f.left[0] < f.index and any(f.tokens[k].kind == "w" and not "det" in f.tokens[k].tags
                                           for k in range(*f.left)):
        return None
    lo, hi = f.hosts[0]
    cue = _date_noun(f, lo, hi)
    return cue or Cue(f.text(lo, hi) + " of", "reference")


@test("date_lead")
def date_lead(f, arg):
    """The words right before the date say what it is: `arg` the roles ("deadline" for
    "until", "by" for "by", "effective" for "starting", "as of", "reference" for "since")."""
    if f.lead is None or f.lead[2] not in _args(arg):
        return None
    k, lo, role = f.lead
    return Cue(f.text(k, lo), role)


@test("date_event")
def date_event(f, arg):
    """The date's verb names a meeting or a review, itself or through its object:
    "starting in May, the minister will hold talks"."""
    cue = date_verb(f, "meeting/review")
    if cue is None and date_verb(f, "light"):
        cue = date_object(f, None)
    return cue if cue is not None and cue.value in ("meeting", "review") else None


@test("date_granularity")
def date_granularity(f, arg):
    g = f.mention.granularity
    return Cue(g) if g in _args(arg) else None


@test("date_negated")
def date_negated(f, arg):
    p = f.predicate
    return Cue("not") if p is not None and p.group is not None and p.group.negated else None


@test("date_mood")
def date_mood(f, arg):
    """The mood of the date's verb group is one of `arg`."""
    p = f.predicate
    if p is None or p.group is None or p.group.mood not in _args(arg):
        return None
    return Cue(f.text(p.first, p.last + 1), p.group.mood)


@test("date_since_state")
def date_since_state(f, arg):
    """A state a measure is in before the date in its clause: "in force since 2020"."""
    return _date_span_has(f, (f.clause[0], f.index), ("date_state",))


@test("date_host")
def date_host(f, arg):
    """The noun phrase the date hangs on names what happens then: "talks in January",
    "his first visit to the US in May", "a review of the pact next year"; unless a verb
    with a role of its own governs it ("announces its review of the order on Aug. 8")."""
    if f.host_verb is not None and f.host_verb.bearing:
        return None
    for lo, hi in f.hosts:
        cue = _date_noun(f, lo, hi)
        if cue is not None:
            return cue
    return None


@test("date_host_tariff")
def date_host_tariff(f, arg):
    """The date hangs on a tariff ("has paid a 50% **duty** since June 4"): the time the
    tariff started."""
    if not f.hosts:
        return None
    lo, hi = f.hosts[0]
    return next((Cue(f.tokens[k].low) for k in range(lo, hi) if "tariff" in f.tokens[k].tags), None)


@test("date_copula")
def date_copula(f, arg):
    """"The deadline is July 1": a form of "be" whose subject names what happens then."""
    p = f.predicate
    if p is None or p.group is None or p.group.lemma is not None or p.bearing:
        return None
    span = date_frames.subject_span(f)
    return _date_noun(f, *span) if span else None


@test("date_verb")
def date_verb(f, arg):
    """The date's verb has one of these roles (any, without `arg`): "took effect",
    "announced", "met", "will review"; the main verb's role first."""
    p = f.predicate
    if p is None:
        return None
    wanted = _args(arg)
    for role in reversed(p.roles):
        if role == "meeting" and _date_span_has(f, date_frames.object_span(f), ("date_unmet",)):
            continue  # "imports meeting the criteria"
        if not wanted or role in wanted:
            return Cue(f.text(p.first, p.last + 1), role)
    return None


from tradefigures.extract.lexicons.dates import PARTITIVES as _PARTITIVE_LIST  # noqa: E402

_PARTITIVES = frozenset(_PARTITIVE_LIST)


@test("date_subject")
def date_subject(f, arg):
    """The verb's subject names what happens then: "talks begin", "the review starts"
    (`arg`: only these roles)."""
    span = date_frames.subject_span(f)
    if span:
        # the head, before the first preposition, says what it is: "consultations on the
        # review close" end the consultations; past a partitive the "of" phrase does
        lo, hi = span
        cut = next((k for k in range(lo + 1, hi) if "prep" in f.tokens[k].tags), hi)
        if cut < hi and any("verb" in f.tokens[k].tags or f.tokens[k].kind != "w" for k in range(cut, hi)):
            cut = hi  # past the preposition a verb or a figure: no plain noun phrase, read it all
        words = [f.tokens[k] for k in range(lo, cut) if f.tokens[k].kind == "w" and "det" not in f.tokens[k].tags]
        if cut < hi and words and not any(w.low in _PARTITIVES for w in words):
            span = (lo, cut)
    cue = _date_noun(f, *span) if span else None
    return cue if cue is not None and (not arg or cue.value in _args(arg)) else None


@test("date_measure")
def date_measure(f, arg):
    """What the verb puts in place or changes is a measure: its object ("lifted its
    counter-tariffs", "hit the industry with tariffs"), or where it has none, or is
    passive, its subject ("the tariffs were raised", "duties doubled to 50%"). A measure
    that acts on something else is none ("tariffs would lower GDP by 2% by 2029"), nor is
    an amount of one ("collected $828 million in duties")."""
    measure = ("tariff", "date_measure")
    p = f.predicate
    obj = date_frames.object_span(f)
    passive = p is not None and p.group is not None and p.group.passive
    if not passive:
        found = _date_span_has(f, obj, measure)
        if found is None and obj is not None and f.tokens[obj[0]].low in _OBJECT_PRONOUNS:
            # "slapped the duties in March and raised them in August": what "them" was
            obj = (0, obj[0])
            found = _date_span_has(f, obj, measure)
        if found and any(f.tokens[k].kind == "n" and getattr(f.tokens[k].ref, "unit", None) == "currency"
                         for k in range(obj[0], found_at(f, obj, measure))):
            return None  # "collected $828 million in duties": an amount, not a measure
        if found or (obj is not None and date_frames.has_object(f)):
            return found
        gapped = _gapped_object(f, measure)
        if gapped is not None:
            return gapped
    return _date_span_has(f, date_frames.subject_span(f), measure)


def _gapped_object(f, measure: tuple[str, ...]) -> Cue | None:
    """The measure a relative clause with no pronoun is about, where the verb's object is
    that measure, named before the clause's subject: "the 25% tariffs Trump has said he
    will impose on Feb. 1"."""
    p = f.predicate
    if p is None or p.group is None:
        return None
    k = p.group.first - 1
    while k >= 0:
        t = f.tokens[k]
        if t.kind != "w":
            return None
        if any(f.words.has(k, cls) for cls in measure):
            return _date_span_has(f, (k, k + 1), measure)
        if not ("actor" in t.tags or t.low in PRONOUNS or "aux" in t.tags or "saying" in t.tags
                or "in_name" in t.tags or f.doc.text[t.start].isupper()):
            return None
        k -= 1
    return None


@test("date_opens")
def date_opens(f, arg):
    """What the verb opens or starts names what happens then: "opened consultations"."""
    return date_object(f, arg) if date_frames.has_object(f) else None


@test("date_object")
def date_object(f, arg):
    """The verb's object names what happens then: "held an emergency meeting"."""
    span = date_frames.object_span(f)
    return _date_noun(f, *span, last=False) if span else None
