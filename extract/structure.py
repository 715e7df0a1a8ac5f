"""The structure around one figure: its own phrase, what it hangs on, its clause's verb,
that verb's subject, and the prepositional phrases that follow it.

"Canada will impose a 25% counter-tariff on $30 billion of U.S. goods":
for "25%", the phrase is "a 25% counter-tariff" (head "counter-tariff"), the verb group
"will impose" (future) with subject "Canada", and the phrases after it "on $30 billion"
and "of U.S. goods". For "$30 billion", the phrase hangs on "on" after "counter-tariff".
Every field is then decided from the smallest of these that answers it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tradefigures.extract.document import Document
from tradefigures.extract.lexicons.dates import TIME_OPENERS, TIME_UNITS
from tradefigures.extract.parse import NOUNISH, Parse, Token, VerbGroup, is_modifier, reads_as_noun, unknown_past

# Punctuation inside a phrase: hyphens ("25-per-cent"), apostrophes, slashes.
_INNER = frozenset("-/'’&")


@dataclass(slots=True)
class Attachment:
    """A preposition and the noun phrase after it, or before it (`lead`)."""

    prep: str
    lo: int  # token range of the noun phrase
    hi: int
    head: int | None


@dataclass(slots=True)
class Frame:
    doc: Document
    parse: Parse
    index: int  # the figure's token
    clause: tuple[int, int]
    phrase: tuple[int, int]
    head: int | None  # the phrase's head noun, after the figure ("25% tariff")
    lead: Attachment | None  # what the phrase hangs on: "tariffs of 25%" -> of, "tariffs"
    after: list[Attachment] = field(default_factory=list)  # "on Canadian goods", "of exports"
    verb: VerbGroup | None = None
    verb_after: bool = False  # the phrase is the verb's subject ("a 25% tariff will apply")
    subject: tuple[int, int] | None = None  # the governing verb's subject, a token range
    complement: bool = False  # "raised its tariff on imports to 35%": the lead is the verb's
    # Filled by the extractor: the quantity, the article around it, and the fields
    # decided so far (later fields read earlier ones).
    q: object = None
    article: object = None
    fields: dict = field(default_factory=dict)
    decisions: dict = field(default_factory=dict)  # field -> the Decision that set it
    tokens: list[Token] = field(default_factory=list)  # the parse's tokens, at hand

    def __post_init__(self):
        self.tokens = self.parse.tokens

    def text(self, lo: int, hi: int) -> str:
        return self.parse.text(self.doc, lo, hi)

    def span_chars(self, lo: int, hi: int) -> tuple[int, int]:
        toks = self.parse.tokens
        return toks[lo].start, toks[hi - 1].end

    def phrase_tokens(self) -> list[Token]:
        lo, hi = self.phrase
        return self.parse.tokens[lo:hi]

    def chain(self) -> list[VerbGroup]:
        """The governing verb and the verbs that govern it ("threatened to raise")."""
        out = []
        v = self.verb
        while v is not None and v not in out:
            out.append(v)
            v = v.governor
        return out


_TIME_OPENERS, _TIME_UNITS = frozenset(TIME_OPENERS), frozenset(TIME_UNITS)


def _stops_phrase(t: Token, tokens: list[Token], i: int, leftward: bool = False) -> bool:
    """Whether token i cannot be inside the noun phrase of a figure next to it (walking
    left from the figure, a hedge belongs to it: "more than 80%")."""
    if t.kind in ("n", "d"):
        return True
    if t.kind == "p":
        return t.low not in _INNER
    if leftward and ("hedge_before" in t.tags or "in_hedge" in t.tags) and not "det" in t.tags:
        return False
    if ("prep" in t.tags and not "det" in t.tags) or "aux" in t.tags or "modal" in t.tags or "conj" in t.tags \
            or "sub" in t.tags or "rel" in t.tags or "neg" in t.tags or "prospective" in t.tags:
        return True
    if t.low == "that" and not (i + 1 < len(tokens) and tokens[i + 1].kind == "n"):
        return True
    if not leftward and t.low == "as":
        return True  # "surged 40% as producers diverted shipments": a clause or a comparison
    if not leftward and t.low in _TIME_OPENERS and i + 1 < len(tokens) and tokens[i + 1].low in _TIME_UNITS:
        return True  # "cost the firm $40 million last quarter": a time, not the amount's noun
    if "verb" in t.tags and not reads_as_noun(tokens, i) and not is_modifier(tokens, i) or unknown_past(tokens, i):
        return True
    if not t.tags and t.low.endswith("ed") and i > 0 and ("actor" in tokens[i - 1].tags or tokens[i - 1].low[:1].isupper()
                                                            and tokens[i - 1].kind == "w"
                                                            or any(c in tokens[i - 1].tags for c in _AFTER_HEAD)):
        # "Mexico avoided the 30% tariff", "Canada's 10% share dwindled": a verb the
        # lexicons do not know, after a name or a noun that heads a phrase
        return True
    return False


def _np_right(tokens: list[Token], i: int, hi: int) -> int:
    """The end (exclusive) of the noun phrase that starts at token i."""
    j = i
    while j < hi:
        t = tokens[j]
        if t.kind == "p" and t.low == ",":
            # a list goes on: "on autos, steel and aluminum"
            if j > i and j + 1 < hi and (_modifier(tokens[j + 1]) or tokens[j + 1].low in ("and", "or")) \
                    and not "verb" in tokens[j + 1].tags and tokens[j + 1].kind == "w" \
                    and _list_ends(tokens, j + 1, hi):
                j += 1
                continue
            break
        if t.low in ("and", "or") and j + 1 < hi and _modifier(tokens[j + 1]) and j > i:
            j += 1  # "steel and aluminum tariffs", "on steel and aluminum"
            continue
        if j > i and _stops_phrase(t, tokens, j):
            break
        j += 1
    return j


def _list_ends(tokens: list[Token], j: int, hi: int) -> bool:
    """Whether the words from j on read as the rest of a list: nouns up to an "and" or
    "or" before the next comma or clause end."""
    for k in range(j, min(hi, j + 8)):
        t = tokens[k]
        if t.low in ("and", "or"):
            return True
        if t.kind != "w" or "verb" in t.tags or "prep" in t.tags or "det" in t.tags:
            return t.low == "," and k > j
    return False


def _modifier(t: Token) -> bool:
    return t.kind == "w" and ("sector" in t.tags or "actor" in t.tags or "measure" in t.tags
                              or "generic_trade" in t.tags or not t.tags)


# Noun phrases read whole whose first word is their head ("jobless rate").
_WHOLE = tuple(c for c in NOUNISH if c != "sector")
# NOUNISH as a set: whether a word has any of them is one C call per word
_NOUN_CLASSES = frozenset(NOUNISH)
# Nouns after which a word in "-ed" the lexicons do not know is a verb, not a noun.
_AFTER_HEAD = NOUNISH + ("level_noun",)


def _head_of(tokens: list[Token], lo: int, hi: int) -> int | None:
    """The last noun the lexicons know in tokens[lo:hi] (the head of a noun phrase); of
    a phrase the lexicons know whole ("jobless rate"), its first word. A sector's phrase
    that ends on the noun ("fentanyl tariff", "metal tariffs") names the topic, not the
    head: the head stays the tariff."""
    for k in range(hi - 1, lo - 1, -1):
        t = tokens[k]
        if t.kind == "w" and not _NOUN_CLASSES.isdisjoint(t.tags) and not "det" in t.tags:
            for j in range(max(lo, k - 3), k):
                if any(e >= t.end for c in _WHOLE for e, _ in tokens[j].tags.get(c, ())):
                    return j
            return k
    return None


def build(doc: Document, parse: Parse, index: int) -> Frame:
    tokens = parse.tokens
    clause = parse.clause_of(index)
    c_lo, c_hi = clause
    lo = index
    while lo - 1 >= c_lo and not _stops_phrase(tokens[lo - 1], tokens, lo - 1, leftward=True):
        lo -= 1
        t = tokens[lo]
        if "hedge_before" in t.tags and not "in_hedge" in t.tags:
            # a hedge opens the phrase: "levies on lumber up to 34.6%" ends at "up to"
            if not (lo - 1 >= c_lo and "det" in tokens[lo - 1].tags):
                break
    hi = index + 1
    while hi < c_hi:
        t = tokens[hi]
        if t.low in ("and", "or") and hi + 2 < c_hi and _modifier(tokens[hi + 1]) \
                and any("tariff" in tokens[k].tags for k in range(hi + 1, min(c_hi, hi + 4))):
            hi += 1  # "25% steel and aluminum tariffs"
            continue
        if _stops_phrase(t, tokens, hi):
            break
        hi += 1
    head = _head_of(tokens, index + 1, hi)
    frame = Frame(doc, parse, index, clause, (lo, hi), head, _lead(tokens, lo, c_lo), _after(tokens, *_past_bracket(parse, hi, c_hi)))
    _described(frame)
    _governing_verb(frame)
    _gapped_subject(frame)
    _circumstance(frame)
    _verbal_complement(frame)
    return frame


def _described(frame: Frame) -> None:
    """A figure that is all of its line's label ("- 35%: the new rate on non-USMCA
    goods") is what the words after the colon describe: their noun is its head, their
    prepositional phrases its own, their clause its clause."""
    parse, tokens = frame.parse, frame.parse.tokens
    ci = tokens[frame.index].clause
    if ci + 2 >= len(parse.clauses):
        return
    c_lo, c_hi = parse.clauses[ci]
    colon = parse.clauses[ci + 1]
    if any(t.kind == "w" for t in tokens[c_lo:c_hi]) or [t.low for t in tokens[colon[0]:colon[1]]] != [":"]:
        return
    d_lo, d_hi = parse.clauses[ci + 2]
    k = _np_right(tokens, d_lo, d_hi)
    frame.head = _head_of(tokens, d_lo, k)
    frame.after = _after(tokens, k, d_hi)
    frame.clause = (c_lo, d_hi)


def _gapped_subject(frame: Frame) -> None:
    """In a list that shares its verb ("Canada would face 35%, Mexico 30% and Brazil
    50%"), the country that opens a later item's phrase is that item's subject."""
    tokens = frame.parse.tokens
    index = frame.index
    if frame.verb is None or frame.verb_after:
        return
    lo = index
    while lo > frame.phrase[0] and "actor" in tokens[lo - 1].tags:
        lo -= 1
    if lo < index and lo > 0 and tokens[lo - 1].low in (",", "and", "or"):
        frame.subject = (lo, index)
        return
    # goods that open an item do the same: "Steel pays 50%, autos 25% and softwood lumber
    # about 45%"
    end = frame.phrase[0]
    while end > 0 and end <= index and ("hedge_before" in tokens[end - 1].tags or "in_hedge" in tokens[end - 1].tags):
        end -= 1
    k = min(end, index)
    # the words of a sector's phrase ("softwood lumber": the phrase's later words keep
    # only their "of" reading)
    while k > 0 and ("sector" in tokens[k - 1].tags or "share_of" in tokens[k - 1].tags) \
            and "verb" not in tokens[k - 1].tags:
        k -= 1
    if k < min(end, index) and k > frame.verb.last + 1 and tokens[k - 1].low in (",", "and", "or") \
            and any("sector" in tokens[j].tags for j in range(k, min(end, index))):
        frame.subject = (k, min(end, index))


def _past_introduction(tokens: list[Token], start: int, verb: int) -> int:
    """Where a subject starts after an introductory phrase set off by a comma ("Despite
    the 10% tariff, potash exports rose"): a phrase that opens with a preposition or a
    subordinating word is no part of the subject. Without a comma the word opens the
    clause itself ("farmers reeled after China placed a duty"): the subject starts after
    it."""
    t = tokens[start] if start < verb else None
    if t is None or not ("prep" in t.tags or "sub" in t.tags) or "det" in t.tags:
        return start
    for k in range(start + 1, verb - 1):
        if tokens[k].low == ",":
            return k + 1
    end = max(e for cls in ("prep", "sub") for e, _ in t.tags.get(cls, ()))
    k = start + 1
    while k < verb and tokens[k].start < end:
        k += 1
    return k


def _circumstance(frame: Frame) -> None:
    """A figure in a phrase of circumstance after its verb ("pledged $2 billion in the face
    of Trump's 25% tariffs", "imposed duties amid a 10% drop") is no argument of that
    verb: the verb says nothing of it."""
    v = frame.verb
    if v is None or frame.verb_after:
        return
    for k in range(v.last + 1, frame.phrase[0]):
        if "adjunct" in frame.tokens[k].tags:
            frame.verb = None
            frame.subject = None
            return


# Verbs of change whose "to", "from" and "by" phrases are their own complements.
_CHANGE_VERBS = frozenset(("raise", "lower", "rise", "fall"))


def _verbal_complement(frame: Frame) -> None:
    """A figure after "to", "from" or "by" that follows a change verb and its object
    belongs to the verb, not to the noun before it: in "raised its tariff on Canadian
    imports to 35%", 35% is what the tariff was raised to, not a level of imports. The
    lead stays (its preposition says which end of the change the figure is); the noun
    before it no longer says what the figure measures."""
    lead, v = frame.lead, frame.verb
    if lead is None or v is None or frame.verb_after or lead.prep not in ("to", "from", "by"):
        return
    if not _CHANGE_VERBS.intersection(v.classes) or v.last >= lead.lo:
        return
    if lead.lo == lead.hi or any(frame.tokens[k].kind == "n" for k in range(lead.lo, lead.hi)):
        # "raised the levy on aluminum to 50% from 25%": the other end of a change whose
        # first end completes the verb
        tokens = frame.tokens
        k = lead.lo - 2
        if lead.lo == lead.hi and k > v.last and tokens[lead.lo - 1].kind == "n" \
                and tokens[k].low in ("to", "from", "by") and _CHANGE_VERBS.intersection(v.classes):
            start = k
            while start - 1 > v.last and not _stops_phrase(tokens[start - 1], tokens, start - 1):
                start -= 1
            if start > v.last + 1 and "prep" in tokens[start - 1].tags:
                frame.complement = True
        return
    if lead.lo > v.last + 1 or "prep" in frame.tokens[lead.lo - 1].tags:
        frame.complement = True


def _lead(tokens: list[Token], lo: int, c_lo: int) -> Attachment | None:
    """The preposition before the phrase, and the noun phrase or verb before that."""
    k = lo - 1
    if k < c_lo:
        return None
    t = tokens[k]
    if not ("prep" in t.tags or t.low in ("worth", "at")):
        return None
    prep = t.low
    end = k
    start = end
    while start - 1 >= c_lo and not _stops_phrase(tokens[start - 1], tokens, start - 1):
        start -= 1
    return Attachment(prep, start, end, _head_of(tokens, start, end))


def _past_bracket(parse: Parse, hi: int, c_hi: int) -> tuple[int, int]:
    """Where the phrases after a figure start, and the clause end they run to: past a
    bracket that only restates the figure ("C$60 billion (US$42 billion) of American
    products"), in the clause after it."""
    tokens = parse.tokens
    if hi < len(tokens) and tokens[hi].low == "(" and hi == c_hi:
        k = hi + 1
        while k < len(tokens) and tokens[k].low != ")" and (tokens[k].kind == "n" or "hedge_before" in tokens[k].tags
                                                            or "in_hedge" in tokens[k].tags):
            k += 1
        if k < len(tokens) and tokens[k].low == ")" and k > hi + 1:
            after = k + 1
            if after < len(tokens):
                return after, parse.clauses[tokens[after].clause][1]
    return hi, c_hi


def _after(tokens: list[Token], hi: int, c_hi: int) -> list[Attachment]:
    """The chain of prepositional phrases after the phrase, within its clause."""
    out: list[Attachment] = []
    j = hi
    while j < c_hi and len(out) < 4:
        t = tokens[j]
        if not "prep" in t.tags or "verb" in t.tags and not "det" in t.tags and t.low not in ("on", "to", "for", "from"):
            break
        prep = " ".join(tokens[k].low for k in range(j, _span_end(tokens, j, "prep")))
        start = _span_end(tokens, j, "prep")
        k = start
        while k < c_hi and ("hedge_before" in tokens[k].tags or "in_hedge" in tokens[k].tags):
            k += 1  # "on roughly $90 billion"
        end = _np_right(tokens, start, c_hi) if k == start else k
        if end == k and k < c_hi and tokens[k].kind in ("n", "d"):
            end = k + 1
            while end < c_hi and tokens[end].kind == "w" and not _stops_phrase(tokens[end], tokens, end):
                end += 1
        out.append(Attachment(prep, start, end, _head_of(tokens, start, end)))
        if end <= j:
            break
        j = end
    return out


def _span_end(tokens: list[Token], j: int, cls: str) -> int:
    ends = [e for e, _ in tokens[j].tags.get(cls, ())]
    end = max(ends) if ends else tokens[j].end
    k = j + 1
    while k < len(tokens) and tokens[k].start < end:
        k += 1
    return k


# How many tokens a parenthesis between a subject and its verb may hold.
_PARENTHESIS = 16


def _after_parenthesis(parse: Parse, k: int):
    """The verb a subject goes on to after a parenthesis set off by commas: in "A 10%
    duty on energy, set to begin in March, was postponed" and "The 25% tariff, which took
    effect in March, was lifted", the tariff is what "was postponed" and "was lifted" say."""
    tokens = parse.tokens
    if k >= len(tokens) or tokens[k].low != ",":
        return None
    for j in range(k + 2, min(len(tokens), k + 2 + _PARENTHESIS)):
        if tokens[j].low in (";", ":", "(", ")", "“", "”", '"'):
            return None
        if tokens[j].low == ",":
            for v in parse.verbs:
                if v.first == j + 1 and v.mood not in ("participle", "gerund", "infinitive"):
                    return v
            return None
    return None


# Moods of a verb that can head a reported clause of its own, and the verbs that say
# where a rate stands (not what it leads to: "a 50% tariff will lead to closures").
_FINITE = frozenset(("future", "conditional", "past", "present", "perfect"))
_STANDING = frozenset(("take_effect", "levy", "remove", "delay", "raise", "lower"))


def _in_figure_list(tokens: list[Token], k: int) -> bool:
    """Whether the comma at k separates figures of one list ("10, 20 or 40 per cent
    were floated": the verb after the list is the first one's too)."""
    return tokens[k].low == "," and k + 1 < len(tokens) and tokens[k + 1].kind == "n"


def _reported_subject(frame: Frame, say: VerbGroup, verb: VerbGroup, reach: int) -> bool:
    """Whether the figure's phrase opens the clause a verb of saying reports, as its
    subject: the saying verb, at most "that", the phrase, then a finite verb."""
    tokens = frame.parse.tokens
    if "say" not in say.classes or verb.mood not in _FINITE or not (
            _STANDING.intersection(verb.classes) or verb.mood == "conditional"
            or verb.passive):
        return False
    # "said Friday that ...", "said on Tuesday ...": the time of saying is no part of it
    between = [t.low for t in tokens[say.last + 1:frame.phrase[0]] if t.kind != "d" and t.low != "on"]
    if between not in ([], ["that"]):
        return False
    return not any(tokens[k].kind == "p" for k in range(reach, verb.first))


def _governing_verb(frame: Frame) -> None:
    """The verb group the figure's phrase belongs to: the nearest one before it in its
    clause (the phrase is its object or complement), else one right after it (the phrase
    is its subject: "a 25% tariff will apply"), else one in the clause a bracket sits in,
    else the nearest before it in the sentence ("Canada vowed to retaliate, with 25%
    tariffs ...")."""
    parse = frame.parse
    tokens = parse.tokens
    c_lo, c_hi = frame.clause
    lo, hi = frame.phrase
    before = [v for v in parse.verbs if c_lo <= v.head < lo]
    reach = max([hi] + [a.hi for a in frame.after])
    after = [v for v in parse.verbs if hi <= v.first < c_hi]
    if before and after and _reported_subject(frame, before[-1], after[0], reach):
        # "the department said a 10% tariff takes effect Oct. 14": the phrase is the
        # subject of the reported clause, whose verb says what the rate does
        frame.verb = after[0]
        frame.verb_after = True
    elif before:
        frame.verb = before[-1]
        if frame.verb.reduced and frame.lead is not None and frame.lead.prep in ("to", "from", "by"):
            # "raise the tariff on goods not covered by the pact to 45%": the change's end
            # belongs to the change, not to the participle that describes the goods
            change = [v for v in before if _CHANGE_VERBS.intersection(v.classes) and not v.reduced]
            if change:
                frame.verb = change[-1]
    elif after and not any(tokens[k].kind == "p" and not _in_figure_list(tokens, k)
                           for k in range(reach, after[0].first)):
        frame.verb = after[0]
        frame.verb_after = True
    else:
        ci = tokens[frame.index].clause
        host = parse.parent[ci]
        if host != ci:
            h_lo, h_hi = parse.clauses[host]
        elif tokens[c_lo].low in ("with", "including", "and") or (
                c_lo >= 2 and tokens[c_lo - 1].low in ("“", '"') and tokens[c_lo - 2].kind == "w"):
            # "Canada vowed to retaliate, with 25% tariffs"; "could lead to “more than
            # 100,000 job losses”": the verb before governs
            h_lo, h_hi = 0, c_lo
        else:
            h_lo = h_hi = 0
        inside = [v for v in parse.verbs if h_lo <= v.head < h_hi]
        if inside:
            frame.verb = inside[-1]
        else:
            resumed = _after_parenthesis(parse, reach)
            if resumed is not None:
                frame.verb = resumed
                frame.verb_after = True
    v = frame.verb
    if v is not None and not frame.verb_after and tokens[c_lo].low in ("which", "who") and c_lo > 0:
        inner = [g for g in parse.verbs if c_lo <= g.head < v.first]
        if inner and any(tokens[k].low == "," for k in range(inner[-1].last + 1, v.first)):
            # "exports, which include spending by tourists, declined 7%": the noun the
            # relative clause hangs on is the subject of the verb after it
            start = c_lo - 1
            while start > 0 and tokens[start - 1].kind == "w" and not "verb" in tokens[start - 1].tags:
                start -= 1
            frame.subject = (start, c_lo)
            return
    if v is not None and not frame.verb_after:
        top = v
        while top.governor is not None and top.governor.last < top.first and top.governor is not v:
            top = top.governor  # "Washington threatened to levy": the subject of "threatened"
        s_lo = min(c_lo, top.first) if top is not v else c_lo
        # a relative clause cut short is part of the subject ("the share of exports headed
        # south fell")
        previous = [g for g in parse.verbs if s_lo <= g.last < top.first and not g.reduced]
        start = previous[-1].last + 1 if previous else s_lo
        if top.mood == "gerund" and top.governor is None and top.first > 0 \
                and tokens[top.first - 1].low in ("and", "or") and previous:
            # "he was ending talks with Canada and raising tariffs": a verb joined to the
            # one before shares its subject
            first = previous[-1]
            before = [g for g in parse.verbs if s_lo <= g.last < first.first]
            start = before[-1].last + 1 if before else s_lo
            start = _past_introduction(tokens, start, first.first)
            if start < first.first:
                frame.subject = (start, first.first)
            return
        if top.mood == "gerund" and top.governor is None:
            # "tariffs lead to exports falling by a third": a gerund's subject is the
            # noun phrase right before it
            k = top.first
            while k > start and tokens[k - 1].kind == "w" and not "prep" in tokens[k - 1].tags \
                    and not "sub" in tokens[k - 1].tags:
                k -= 1
            start = k if k < top.first else start
        start = _past_introduction(tokens, start, top.first)
        if start < top.first:
            frame.subject = (start, top.first)
    elif v is not None:
        frame.subject = frame.phrase
