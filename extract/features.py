"""The tests rules are made of: each reads one thing of a figure's structure.

A test takes a frame (`extract/structure.py`) and an argument (the text after "=" in a
rule) and answers a `Cue` (the words that hold it, and a value where it gives one) or
None. Tests read the structure and the cue words found once per article; none scans
the text.
"""

from __future__ import annotations

from collections.abc import Callable

from tradefigures.extract.engine import Cue
from tradefigures.extract.lexicons.measures import UNITS as MEASURE_UNITS
from tradefigures.extract.parse import Token
from tradefigures.extract.structure import Frame

TESTS: dict[str, Callable[[Frame, str | None], Cue | None]] = {}


def test(name: str):
    def register(fn):
        TESTS[name] = fn
        return fn
    return register


def _args(arg: str | None) -> tuple[str, ...]:
    return tuple(a for a in (arg or "").split("/") if a)


def _word(f: Frame, i: int) -> str:
    return f.text(i, i + 1)


SHARES = ("export_share", "import_share")


def _measures_of(t: Token, unit: str | None, only: tuple[str, ...] | None = None) -> list[str]:
    """The measures a word can name for a figure of this unit, longest phrase first."""
    hits = sorted(t.tags.get("measure", ()), key=lambda h: -h[0])
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
    if t.has(cls):
        return Cue(_hit_text(f, t, cls), t.values(cls)[0])
    return None


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
    m = f.q.measure
    if not m:
        return None
    if arg == "price":
        return Cue(m) if m.startswith("per ") else None
    return Cue(m) if not m.startswith("per ") else None


@test("signed")
def signed(f: Frame, arg):
    return Cue("signed") if f.q.value < 0 else None


@test("value_over")
def value_over(f: Frame, arg):
    return Cue(f"over {arg}") if f.q.value > float(arg) else None


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


@test("in_phrase")
def in_phrase(f: Frame, arg):
    """A word of class `arg` anywhere in the figure's own phrase."""
    lo, hi = f.phrase
    for k in range(lo, hi):
        t = f.tokens[k]
        if k == f.index:
            continue
        for cls in _args(arg):
            if t.has(cls):
                return Cue(_hit_text(f, t, cls), t.values(cls)[0])
    return None


@test("before_phrase")
def before_phrase(f: Frame, arg):
    """A word of class `arg` in the phrase before the figure ("Trump's 35% tariff")."""
    lo, _ = f.phrase
    for k in range(f.index - 1, lo - 1, -1):
        t = f.tokens[k]
        for cls in _args(arg):
            if t.has(cls):
                return Cue(_hit_text(f, t, cls), t.values(cls)[0])
    return None


@test("share_of")
def share_of(f: Frame, arg):
    """"75% of Canadian exports": the figure is a share of trade; the value says of
    which way (export_share or import_share)."""
    if not f.after or f.after[0].prep != "of":
        return None
    a = f.after[0]
    words = [f.tokens[k] for k in range(a.lo, a.hi)]
    trade = [t for t in words if t.has("share_of")]
    if not trade:
        return None
    text = f.text(a.lo, a.hi)
    low = text.lower()
    side = "import_share" if any(w in low for w in ("import", "supply", "consum", "demand")) else "export_share"
    return Cue("of " + text, side)


@test("own_noun")
def own_noun(f: Frame, arg):
    """The phrase ends on a noun no lexicon knows ("a $1,000 reward", "a 30 percent
    discount"): the figure is about that thing, whatever the clause says."""
    lo, hi = f.phrase
    if f.index + 1 >= hi or f.head is not None:
        return None
    if not any(f.tokens[k].has("det") or f.tokens[k].possessive for k in range(lo, f.index)):
        return None
    t = f.tokens[f.index + 1]
    if t.kind == "w" and not t.tags and t.low.isalpha() and len(t.low) > 2 and f.index + 2 >= hi:
        return Cue(f.text(f.index + 1, f.index + 2))
    return None


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
            return Cue(f"{before.low} {f.doc.text[q.start:q.end]}", topic)
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
            if topic and (there == here or doc.paragraph_index(q.start) == para or strong):
                return Cue("continues " + doc.text[q.start:q.end], topic)
            return None
    return None


@test("share_of_other")
def share_of_other(f: Frame, arg):
    """"half of the job losses": a share of something that is not trade."""
    if f.after and f.after[0].prep == "of" and f.q.unit == "percent" and not f.q.points:
        a = f.after[0]
        return Cue("of " + f.text(a.lo, a.hi))
    return None


@test("after")
def after(f: Frame, arg):
    """A prepositional phrase after the figure's phrase: `arg` is "prep:class", e.g.
    "in:measure" for "$412 billion in exports"."""
    prep, _, cls = (arg or "").partition(":")
    for a in f.after[:2]:
        if prep and a.prep not in prep.split("/"):
            continue
        for k in range(a.lo, a.hi):
            cue = _class_cue(f, f.tokens[k], cls)
            if cue:
                return Cue(f"{a.prep} {cue.text}", cue.value)
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
    for k in range(f.lead.hi - 1, f.lead.lo - 1, -1):
        for c in cls.split("/"):
            cue = _class_cue(f, f.tokens[k], c)
            if cue:
                return Cue(f"{cue.text} {f.lead.prep}", cue.value)
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


@test("left_noun")
def left_noun(f: Frame, arg):
    """The nearest noun before the phrase, with only linking words between: "tariffs
    of 25%", "duties set at 6.74%", "levies above 27%". `arg` names its class."""
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
        for c in _args(arg):
            cue = _class_cue(f, t, c)
            if cue:
                return cue
        if t.low not in _BRIDGE and not t.has("hedge_before") and not t.has("det"):
            if not (t.has("sector") or t.has("actor") or not t.tags or t.possessive):
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
    for c in _args(arg):
        for k in range(hi - 1, lo - 1, -1):
            t = f.tokens[k]
            if t.kind == "w":
                cue = _class_cue(f, t, c)
                if cue:
                    return cue
    return None


@test("verb_object")
def verb_object(f: Frame, arg):
    """Between the governing verb and the figure, a word of class `arg`: the verb's
    object ("cut its key rate to 4.25%", "hiked tariffs on Canada to 35%")."""
    if f.verb is None or f.verb_after:
        return None
    for k in range(f.phrase[0] - 1, f.verb.last, -1):
        t = f.tokens[k]
        if t.kind == "n":
            return None
        for c in _args(arg):
            cue = _class_cue(f, t, c)
            if cue:
                return cue
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
    for k in range(lo, hi):
        if p_lo <= k < p_hi:
            continue
        t = f.tokens[k]
        if t.kind != "w":
            continue
        if _class_cue(f, t, cls) is None:
            continue
        d = abs(k - f.index)
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


@test("clause_mood")
def clause_mood(f: Frame, arg):
    """A verb of one of these moods in the figure's clause."""
    lo, hi = f.clause
    for v in f.parse.verbs:
        if lo <= v.head < hi and v.mood in _args(arg):
            return Cue(f.text(v.first, v.last + 1), v.mood)
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
