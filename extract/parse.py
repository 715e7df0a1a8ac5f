"""The shape of a sentence: tokens, clauses, verb groups and noun phrases.

A shallow reading, from the cue words the matcher found and a few marks of punctuation:
no model, no tagger. Only sentences that hold a figure or a date are read this way, once
each (`Parses` keeps them).

- Tokens: words, numbers (each quantity or date found in the text is one token) and the
  punctuation that matters to structure.
- Clauses: a sentence is cut at semicolons, colons, dashes, brackets and quotation marks,
  before a subordinating word ("though", "if", "while"), a relative pronoun ("which",
  "who", a "that" that opens a clause), "but", and a conjunction or a comma that opens a
  new finite clause ("..., and Ottawa retaliated").
- Verb groups: auxiliaries, modals, negation and adverbs before a main verb ("could
  still be raised", "is set to rise"), with the tense, mood and voice they give it; a
  verb that another governs through "to" ("threatened to raise") points to it.
- Noun phrases: the words around a number up to the next preposition, verb, conjunction
  between clauses or punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradefigures.extract.cues import MATCHER
from tradefigures.extract.document import Document, Span
from tradefigures.extract.lexicons.grammar import PARTICLES, SUBJECT_PRONOUNS
from tradefigures.extract.lexicons.sectors import ANAPHORIC_NOUNS
from tradefigures.extract.lexicons.verbs import ADJECTIVES_BEFORE_TO

# Words, dotted acronyms ("U.S."), possessives kept on their word ("Trump's"), and single
# punctuation marks.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
# Punctuation that ends a clause wherever it stands.
_CLAUSE_MARKS = frozenset(";:()[]“”\"•|")
_DASHES = frozenset("—–")
# Determiners no subject of a finite verb takes before a country's name.
_INDEFINITE = frozenset(("a", "an", "any", "another", "every", "each", "no"))
# Marks that pages glue to the front of a word (hashtags, handles, a stray percent sign
# left by markup): no punctuation of the sentence.
_GLUED_MARKS = frozenset("#@%")
# Classes a word keeps for the structure (the rest stay in the document's cues).
STRUCTURE = ("det", "prep", "conj", "sub", "rel", "aux", "modal", "neg", "vadv", "prospective",
             "verb", "tariff", "tariff_weak", "status_adj", "superseded", "status_noun",
             "change_noun", "actor", "sector", "measure", "generic_trade", "industry", "share_of",
             "containing_name", "export_levy", "retaliation", "sector_exception", "covered",
             "hedge_before", "hedge_after", "period", "country_specific", "threshold",
             "level_noun", "economy", "light_vehicle", "start_cue", "at_once", "saying", "stock",
             "condition", "org_head", "title_head", "adjunct", "loss")
# Words that read as nouns when they also have a verb form ("a promised increase").
NOUNISH = ("tariff", "measure", "change_noun", "status_noun", "sector", "generic_trade")
# the same with "det", as a set: `_nounish` asks whether a word has any of them
_NOUNISH_OR_DET = frozenset(NOUNISH + ("det",))


@dataclass(slots=True, init=False)
class Token:
    start: int
    end: int
    kind: str  # "w" word, "n" number, "d" date, "p" punctuation
    low: str
    tags: dict[str, list[tuple[int, object]]] = field(default_factory=dict)
    clause: int = 0
    ref: object = None  # the quantity or date a number or date token stands for

    def __init__(self, start: int, end: int, kind: str, low: str, tags: dict | None = None, clause: int = 0,
                 ref: object = None):
        # written out: the generated one, with its default factory, costs a third more,
        # and a sentence makes a token per word
        self.start = start
        self.end = end
        self.kind = kind
        self.low = low
        self.tags = {} if tags is None else tags
        self.clause = clause
        self.ref = ref

    def has(self, cls: str) -> bool:
        # the readers ask `cls in t.tags` directly: a method call per question cost
        # more than the question, and they ask about 50,000 per pass over the corpora
        return cls in self.tags

    def values(self, cls: str) -> list[object]:
        return [v for _, v in self.tags.get(cls, ())]

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("'s", "’s"))


@dataclass(slots=True)
class VerbGroup:
    """A verb with its auxiliaries: tokens[first:last + 1], main verb at `head`."""

    first: int
    last: int
    head: int
    lemma: str | None
    classes: tuple[str, ...]
    form: tuple[str, ...]  # base, s, past, pp, ing (of the main verb)
    mood: str  # future | conditional | past | present | perfect | infinitive | gerund | participle
    modal: str | None = None  # the modal or prospective words, as written
    prospective: str | None = None  # scheduled | intended
    negated: bool = False
    passive: bool = False
    governor: "VerbGroup | None" = None  # "threatened to raise": raise -> threatened
    governing_noun: int | None = None  # "plans to lay": the token of "plans"
    reduced: bool = False  # "goods (not) covered by the pact": a participle after its noun


@dataclass(slots=True)
class Parse:
    """One sentence read: its tokens, clause spans (token ranges) and verb groups."""

    span: Span
    tokens: list[Token]
    clauses: list[tuple[int, int]]
    verbs: list[VerbGroup]
    parent: list[int]  # for each clause, the clause it is set inside (a bracket), or itself

    def token_at(self, pos: int) -> int | None:
        """Index of the token that covers character `pos`."""
        for i, t in enumerate(self.tokens):
            if t.start <= pos < t.end:
                return i
            if t.start > pos:
                return None
        return None

    def clause_of(self, i: int) -> tuple[int, int]:
        return self.clauses[self.tokens[i].clause]

    def verbs_in(self, lo: int, hi: int) -> list[VerbGroup]:
        return [v for v in self.verbs if lo <= v.head < hi]

    def text(self, doc: Document, lo: int, hi: int) -> str:
        """The text of tokens[lo:hi], as written."""
        if lo >= hi:
            return ""
        return doc.text[self.tokens[lo].start:self.tokens[hi - 1].end]


def parse(doc: Document, span: Span, units: list[tuple[int, int, str, object]]) -> Parse:
    """Read one sentence. `units` are the numbers and dates in it, (start, end, kind, ref),
    each of which becomes one token."""
    tokens = _tokens(doc, span, units)
    _tag(doc, span, tokens)
    clauses, parent = _clauses(doc.text, tokens)
    _weak_tariffs(doc, span, tokens, clauses)
    verbs = _verb_groups(tokens)
    return Parse(span, tokens, clauses, verbs, parent)


def _tokens(doc: Document, span: Span, units) -> list[Token]:
    text = doc.text
    out: list[Token] = []
    append = out.append
    finditer = _TOKEN.finditer
    units = sorted(u for u in units if span.start <= u[0] < span.end)
    ui = 0
    pos = span.start
    while True:
        upcoming = units[ui][0] if ui < len(units) else span.end
        for m in finditer(text, pos, upcoming):
            word = m.group()
            start, end = m.span()
            if word in _GLUED_MARKS and end < upcoming and text[end].isalpha():
                continue  # "#canola", "%Canola" on a scraped page: the word is the word
            append(Token(start, end, "w" if word[0].isalnum() else "p", word.lower()))
        if ui >= len(units):
            break
        start, end, kind, ref = units[ui]
        out.append(Token(start, end, kind, text[start:end].lower(), ref=ref))
        pos = end
        ui += 1
        while ui < len(units) and units[ui][0] < pos:
            ui += 1
    return out


_STRUCTURE_IDS = {MATCHER.ids[name]: name for name in STRUCTURE if name in MATCHER.ids}
_STRUCTURE_CIDS = tuple(sorted(_STRUCTURE_IDS))
# Nouns that say what a figure is about: of these, a word inside a longer phrase the
# lexicons know keeps only that phrase's reading ("unemployment rate" is no tariff rate).
_TOPIC = ("tariff", "tariff_weak", "measure")


def _tag(doc: Document, span: Span, tokens: list[Token]) -> None:
    """Give each word token the cue classes of the hits that start on it, then let the
    longest phrase win where phrases of a kind overlap."""
    by_start: dict[int, Token] = {t.start: t for t in tokens if t.kind == "w"}
    names = _STRUCTURE_IDS
    for start, end, cid, value in doc.cues.slice_among(_STRUCTURE_CIDS, span.start, span.end):
        tok = by_start.get(start)
        if tok is not None:
            tags = tok.tags
            name = names[cid]
            hits = tags.get(name)
            if hits is None:
                tags[name] = [(end, value)]
            else:
                hits.append((end, value))
    _cover(tokens)
    _organisations(doc.text, tokens)
    _sector_anaphora(doc, tokens)


_POINTING = frozenset(("the", "that", "this"))


def _sector_anaphora(doc: Document, tokens: list[Token]) -> None:
    """"the metal" after a sentence on aluminum is aluminum, not every metal: it keeps
    only the sector of its kind named last before it in its paragraph."""
    for i, t in enumerate(tokens):
        kinds = ANAPHORIC_NOUNS.get(t.low)
        if kinds is None or i == 0 or tokens[i - 1].low not in _POINTING or "sector" not in t.tags:
            continue
        if i + 1 < len(tokens) and ("tariff" in tokens[i + 1].tags or "tariff_weak" in tokens[i + 1].tags):
            continue  # "the metal tariffs": those on steel and aluminum both
        para = doc.paragraph_at(t.start)
        named = [v for _, _, v in doc.cues.within("sector", para.start, t.start) if v in kinds]
        if named:
            t.tags["sector"] = [(t.end, named[-1])]


# Words a capitalised name may hold in lower case: "Center for Automotive Research".
_NAME_JOINS = frozenset(("of", "for", "and", "&", "the", "on", "de"))
# What the words of an organisation's name lose: they name the organisation.
_NAME_DROPS = ("sector", "economy", "light_vehicle", "generic_trade", "industry", "actor", "measure")
_TITLE_DROPS = tuple(c for c in _NAME_DROPS if c != "actor")


def _organisations(text: str, tokens: list[Token]) -> None:
    """The capitalised words around an organisation's head word ("Association",
    "Council", "Research") are its name: "Automotive" in "the Automotive Parts
    Manufacturers' Association" names no sector, "Canada" in "the Canola Council of
    Canada" no country."""
    n = len(tokens)

    def capital(k: int) -> bool:
        t = tokens[k]
        return t.kind == "w" and text[t.start].isupper()

    for i, t in enumerate(tokens):
        if "org_head" in t.tags:
            drops = _NAME_DROPS
        elif "title_head" in t.tags:
            drops = _TITLE_DROPS
        else:
            continue
        lo = i
        while lo > 0 and (capital(lo - 1) or tokens[lo - 1].low in _NAME_JOINS and lo >= 2 and capital(lo - 2)):
            lo -= 1
        hi = i + 1
        while hi < n and (capital(hi) or tokens[hi].low in _NAME_JOINS and hi + 1 < n and capital(hi + 1)):
            hi += 1
        if hi - lo < 2:
            continue  # "Board" alone is no name
        for k in range(lo, hi):
            for cls in drops:
                tokens[k].tags.pop(cls, None)


def _cover(tokens: list[Token]) -> None:
    """One pass over the words: inside a phrase of several words, the words lose the
    readings that phrase overrides (`_COVERS`); on the word a phrase starts on, the
    longest reading of each group wins, and a verb reading gives way to a longer noun or
    hedge ("import taxes", "up to")."""
    until = {group: -1 for group in _COVERS}
    reach = -1  # where the furthest phrase seen so far ends
    for t in tokens:
        if t.kind != "w":
            continue
        tags = t.tags
        if t.start < reach:
            for group, (classes, drops, mark) in _COVERS.items():
                if t.start < until[group]:
                    if group == "topic" and max((e for c in classes for e, _ in tags.get(c, ())), default=-1) > until[group]:
                        continue  # "total trade volumes to": a phrase that reaches further keeps its reading
                    for cls in drops:
                        tags.pop(cls, None)
                    if mark:
                        tags.setdefault(mark, [(until[group], None)])
        if not tags:
            continue
        end = t.end
        longer = False
        for hits in tags.values():
            for e, _ in hits:  # a plain loop: any() over a generator costs more per word
                if e > end:
                    longer = True
                    break
            if longer:
                break
        if not longer:
            continue  # one-word readings only: nothing overlaps
        for group, (classes, drops, mark) in _COVERS.items():
            ends = [e for cls in classes for e, _ in tags.get(cls, ())]
            if not ends:
                continue
            longest = max(ends)
            if group in ("topic", "sector"):
                for cls in classes:
                    hits = tags.get(cls)
                    if hits:
                        kept = [h for h in hits if h[0] == longest]
                        if kept:
                            tags[cls] = kept
                        else:
                            del tags[cls]
            if group == "name":
                tags.pop("actor", None)  # "Canadian Press" names no country
            if longest > t.end:
                until[group] = max(until[group], longest)
                reach = max(reach, longest)
                if group in ("topic", "hedge", "name", "actor", "goods"):
                    tags.pop("verb", None)


# For each group of classes: the classes whose phrases cover the words after their
# first, what the covered words lose, and the mark they get ("in_name": "States" in
# "United States" is part of a name, not an unknown word before a verb).
_COVERS = {
    "hedge": (("hedge_before",), ("verb",), "in_hedge"),
    "topic": (_TOPIC, _TOPIC + ("verb",), None),
    "name": (("containing_name",), ("actor", "verb"), "in_name"),
    "actor": (("actor",), ("verb",), "in_name"),
    "goods": (("sector",), ("verb",), None),
    # a preposition of several words: "top" in "on top of" is no verb, nor a hedge
    "prep": (("prep",), ("verb", "hedge_before"), None),
    "sector": (("sector", "economy"), ("sector", "economy"), None),
}


def _weak_tariffs(doc: Document, span: Span, tokens: list[Token], clauses: list[tuple[int, int]]) -> None:
    """"rate", "tax", "penalty" read as a tariff only where the sentence or the two before
    speaks of tariffs with a word that means nothing else, or where they are put on goods;
    not in a clause of their own about the economy."""
    cues = doc.cues
    weak = [t for t in tokens if "tariff_weak" in t.tags]
    # a strong word: a tariff noun that means nothing else, or retaliation ("had Ottawa
    # not retaliated, the 25% rate ...")
    if weak and not any(("tariff" in t.tags and "tariff_weak" not in t.tags) or "retaliation" in t.tags
                        for t in tokens):
        # the two sentences before: "... 25% duties on $30 billion. A second round would
        # be riskier. If Ottawa matched Washington's 35% rate, ..."
        i = doc.sentence_index(span.start)
        strong = any(not cues.any_within("tariff_weak", s, e)
                     for before in doc.sentences[max(0, i - 2):i]
                     for s, e, _ in cues.within("tariff", before.start, before.end))
        if not strong:
            for t in weak:
                if not _levied_on_goods(tokens, tokens.index(t)):
                    t.tags.pop("tariff", None)
            return
    for t in weak:
        # "tariffs arrived, though the economy grew at a 2% rate": the tariff word is in
        # another clause, and the weak noun's own clause is about the economy
        lo, hi = clauses[t.clause]
        own = tokens[lo:hi]
        if not any("tariff" in o.tags and not "tariff_weak" in o.tags for o in own) \
                and any("economy" in o.tags or "measure" in o.tags for o in own) \
                and not _levied_on_goods(tokens, tokens.index(t)):
            t.tags.pop("tariff", None)


def _levied_on_goods(tokens: list[Token], i: int) -> bool:
    """"a 15% tax on U.S. dairy", "a 3 per cent levy on revenue from Canadian users": a
    weak tariff noun put on goods or on a country's trade is a tariff."""
    if i + 3 < len(tokens) and tokens[i + 1].low == "of" and tokens[i + 2].kind == "n":
        i += 2  # "penalties of 40% on Canadian lumber": the rate between noun and goods
    if i + 1 >= len(tokens) or tokens[i + 1].low not in ("on", "against"):
        return False
    for t in tokens[i + 2:i + 6]:
        if "actor" in t.tags or "sector" in t.tags or "generic_trade" in t.tags:
            return True
        if t.kind == "p" or "verb" in t.tags:
            return False
    return False


def _finite_ahead(tokens: list[Token], i: int, reach: int = 6) -> bool:
    """Whether a finite verb follows token i closely, before any clause mark."""
    for k in range(i + 1, min(len(tokens), i + 1 + reach)):
        t = tokens[k]
        if t.kind == "p" and (t.low in _CLAUSE_MARKS or t.low == ","):
            return False
        if _finite_word(tokens, k):
            return True
    return False


def _finite_word(tokens: list[Token], k: int) -> bool:
    """Whether token k is, or opens, a finite verb: an auxiliary, a modal, or a verb in
    "-s" or the past that reads as no noun and no modifier (not "on affected wood")."""
    t = tokens[k]
    if "aux" in t.tags or "modal" in t.tags:
        return True
    return "verb" in t.tags and any(f in ("s", "past") for _, v in t.tags["verb"] for f in v[2]) \
        and not reads_as_noun(tokens, k) and not is_modifier(tokens, k)


def _shared_subject(tokens: list[Token], i: int) -> bool:
    """"was imposed in October **and expanded** in January": a verb right after "and", in
    the past or with an auxiliary, goes on the clause before with its subject."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if "aux" in nxt.tags or "modal" in nxt.tags:
        return True
    return nxt.low.endswith("ed") and "verb" in nxt.tags and not _nounish(nxt) \
        and all(f in ("past", "pp") for _, v in nxt.tags["verb"] for f in v[2])


def _finite_since(tokens: list[Token], cuts: list[tuple[int, bool]], i: int) -> bool:
    """Whether the clause token i is in already has a finite verb before i: only then
    can "and" open a new clause ("exports of cars and light trucks plummeted" has one
    subject; "exports rose, and imports fell" two clauses)."""
    start = max((c for c, _ in cuts if c <= i), default=0)
    for k in range(start, i):
        if _finite_word(tokens, k):
            return True
    return False


# The words the cuts of `_clauses` name (other than after a comma): a word that is none
# of these, with no comma before it and no subordinating or relative class, opens no clause.
_OPENS_CLAUSE = frozenset(("that", "but", "yet", "and", "or", "as", "after", "before", "since", "until", "when"))


def _clauses(text: str, tokens: list[Token]) -> tuple[list[tuple[int, int]], list[int]]:
    cuts: list[tuple[int, bool]] = []  # (token index where a clause starts, opens a bracket)
    n = len(tokens)
    subordinate = False  # the clause being read opened with a subordinating word
    for i, t in enumerate(tokens):
        if t.kind == "p":
            if t.low in _CLAUSE_MARKS:
                if t.low == ":" and 0 < i < n - 1 and tokens[i - 1].low.isdigit() and tokens[i + 1].low.isdigit():
                    continue  # a clock time
                cuts.append((i, t.low in "([") )
                cuts.append((i + 1, t.low in "(["))
            elif t.low in _DASHES or (t.low == "-" and text[t.start - 1:t.start] == " " == text[t.end:t.end + 1]):
                if 0 < i < n - 1 and tokens[i - 1].kind == "n" and tokens[i + 1].kind == "n":
                    continue  # a range: "10%–25%"
                cuts.append((i, False))
                cuts.append((i + 1, False))
            continue
        if i == 0 or "in_hedge" in t.tags or "hedge_before" in t.tags:
            if i == 0 and "sub" in t.tags:
                subordinate = True
            continue  # "as much as 25%", "more than": a hedge opens no clause
        prev = tokens[i - 1]
        after_comma = prev.low == ","
        if not after_comma and t.low not in _OPENS_CLAUSE and "sub" not in t.tags and "rel" not in t.tags:
            continue  # none of the cuts below: each wants a comma before, a clause word or class
        if after_comma and subordinate and _finite_since(tokens, cuts, i - 1) and _finite_ahead(tokens, i, 6):
            # "Though tariffs rose, the economy grew": the main clause after the comma
            cuts.append((i, False))
            subordinate = False
        elif "sub" in t.tags or "rel" in t.tags:
            cuts.append((i, False))
            subordinate = "sub" in t.tags
        elif t.low == "that" and not _determiner_that(tokens, i):
            cuts.append((i, False))
        elif (t.low == "but" or (t.low == "yet" and not prev.tags.keys() & {"neg", "aux", "modal"})) \
                or (t.low in ("and", "or") and _finite_ahead(tokens, i)
                                         and _finite_since(tokens, cuts, i) and not _shared_subject(tokens, i)):
            cuts.append((i, False))
        elif after_comma and t.low in ("with", "as", "according", "while", "including", "and") \
                and (t.low != "and" or _finite_ahead(tokens, i, 8)):
            cuts.append((i, False))
        elif t.low == "as" and (_finite_ahead(tokens, i, 4) or _subject_then_unknown_verb(tokens, i)
                                or (_finite_since(tokens, cuts, i) and _finite_ahead(tokens, i, 12))) \
                and prev.low not in ("such", "well", "as"):
            # "India may gain as previous 50% penalties on wood are replaced": "as" joins two
            # clauses when a finite verb stands on each side
            cuts.append((i, False))
        elif t.low in ("after", "before", "since", "until", "when") and _finite_ahead(tokens, i, 5):
            cuts.append((i, False))
        elif after_comma and "verb" in t.tags and any("ing" in v[2] for _, v in t.tags["verb"]):
            cuts.append((i, False))  # ", hiking the rate from 7.66%": a participial clause
    starts = sorted({c for c, _ in cuts if 0 < c < n} | {0})
    brackets = {c for c, b in cuts if b}
    clauses = [(s, e) for s, e in zip(starts, starts[1:] + [n]) if e > s]
    parent = list(range(len(clauses)))
    depth_stack: list[int] = []
    for ci, (s, e) in enumerate(clauses):
        for t in tokens[s:e]:
            t.clause = ci
        first = tokens[s].low if s < n else ""
        if first in ("(", "[") and ci + 1 < len(clauses):
            depth_stack.append(ci - 1 if ci > 0 else ci)
        elif depth_stack and s in brackets and first not in (")", "]"):
            parent[ci] = depth_stack[-1]
        if first in (")", "]") and depth_stack:
            depth_stack.pop()
    return clauses, parent


_SUBJECT_PRONOUNS = frozenset(SUBJECT_PRONOUNS)


def _subject_then_unknown_verb(tokens: list[Token], i: int) -> bool:
    """After "as" at token i, a subject and a word no lexicon knows, then a preposition or
    a determiner: "as buyers brace for higher duties", "as the mills scramble to adapt"
    (the unknown word can only be the subject's verb, so "as" opens a clause)."""
    k = i + 1
    if k < len(tokens) and "det" in tokens[k].tags:
        k += 1
    if k + 2 >= len(tokens):
        return False
    subject, word, after = tokens[k], tokens[k + 1], tokens[k + 2]
    plural = subject.kind == "w" and subject.low.endswith("s") and not subject.low.endswith("ss") \
        and len(subject.low) > 3 and "prep" not in subject.tags
    if not (plural or subject.low in _SUBJECT_PRONOUNS):
        return False
    return word.kind == "w" and not word.tags and word.low.isalpha() and not word.low.endswith("ly") \
        and ("prep" in after.tags or "det" in after.tags or after.low == "to")


def _determiner_that(tokens: list[Token], i: int) -> bool:
    """"that 35% measure", "that rate": "that" before a noun phrase it points to; not
    after a saying verb, nor before a figure that a clause goes on from ("told delegates
    that 92 per cent of exports went ...")."""
    n = len(tokens)
    if i + 1 >= n:
        return False
    if i > 0 and "saying" in tokens[i - 1].tags:
        return False
    nxt = tokens[i + 1]
    if nxt.kind == "n":
        after = tokens[i + 2] if i + 2 < n else None
        return after is not None and after.kind == "w" and not "prep" in after.tags and not "verb" in after.tags \
            and not "aux" in after.tags and not "modal" in after.tags
    return _nounish(nxt) and not "det" in nxt.tags


def _nounish(t: Token) -> bool:
    return not _NOUNISH_OR_DET.isdisjoint(t.tags)


def _verb_values(t: Token) -> list[tuple]:
    return [v for _, v in t.tags.get("verb", ())]


def reads_as_noun(tokens: list[Token], i: int) -> bool:
    """A word with a verb form and a noun reading is a noun after a determiner, an
    adjective-like word, a number or a preposition, before "of" ("a promised increase of
    30%"), or before a verb ("Exports fell")."""
    t = tokens[i]
    if i >= 2 and "actor" in tokens[i - 1].tags and tokens[i - 2].low == "the" and t.kind == "w" \
            and _verb_values(t) and all(f == "base" for v in _verb_values(t) for f in v[2]):
        return True  # "the U.S. measure": a singular subject takes "measures", not "measure"
    if i > 0 and "prep" in tokens[i - 1].tags and "verb" not in tokens[i - 1].tags and tokens[i - 1].low != "to" \
            and tokens[i - 1].kind == "w" and _verb_values(t) \
            and not any(f in ("ing", "pp", "past") for v in _verb_values(t) for f in v[2]):
        return True  # "in place", "on hold": no finite verb right after a preposition
    if not _nounish(t) or "det" in t.tags:
        return False
    if _verb_values(t) and all(f == "s" for v in _verb_values(t) for f in v[2]) and (
            i == 0 or (tokens[i - 1].low == "," and i + 1 < len(tokens) and "prep" in tokens[i + 1].tags)):
        # "Imports from Canada face ...", "Meanwhile, exports of lumber fell": a verb in -s
        # needs a subject before it
        return True
    if i >= 2 and "prep" in tokens[i - 2].tags and "tariff" in tokens[i - 1].tags \
            and not tokens[i - 1].low.endswith("s") and "measure" in t.tags:
        return True  # "in tariff costs": a compound noun after a preposition, not "the tariff costs"
    if t.low.endswith("ing") and i + 1 < len(tokens) and tokens[i + 1].low in _OPENS_NP \
            and any("ing" in v[2] for v in _verb_values(t)):
        return False  # "an order lifting the levy": the noun would need "of" ("the lifting of")
    if _verb_values(t) and all(f in ("past", "pp") for v in _verb_values(t) for f in v[2]):
        return False  # "distillers shipped $12 million", "farmers lost $500 million": a past form has no noun reading
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is not None and ("modal" in before.tags or "neg" in before.tags or before.low == "to"
                               or ("aux" in before.tags and not before.possessive)):
        return False
    if before is not None and before.kind == "n" and after is not None and "det" in after.tags \
            and not (i >= 2 and "det" in tokens[i - 2].tags):
        return False  # "tariffs of 50% cut its orders": a verb with its object, not "a 50% cut"
    if before is not None and "sector" in before.tags and after is not None and after.kind == "w" \
            and "actor" in after.tags and not "in_name" in after.tags \
            and not any(f == "s" for v in _verb_values(t) for f in v[2]):
        return False  # "a tariff on steel hit Canada hardest": a verb with a country for its object
    if before is not None and ("det" in before.tags or before.kind == "n" or "status_adj" in before.tags
                               or ("prep" in before.tags and not "verb" in before.tags and before.low != "to")
                               or "superseded" in before.tags or before.possessive or "sector" in before.tags
                               or ("actor" in before.tags and not "verb" in before.tags and "generic_trade" in t.tags
                                   and (any(r == "adjective" for _, (_, r) in before.tags["actor"])
                                        or not (after is not None and (after.kind == "n" or "det" in after.tags))))
                               or (("share_of" in before.tags or _nounish(before)) and t.low.endswith("s")
                                   and "generic_trade" in t.tags)
                               or before.low in "-'’" or ("verb" in before.tags and is_modifier(tokens, i - 1))
                               or (before.kind == "w" and not before.tags and before.low not in ("to",))):
        return True
    if before is not None and "actor" in before.tags and i >= 2 and tokens[i - 2].low in _INDEFINITE:
        return True  # "any U.S. increase", "a Chinese hike": a country's name no subject can take "any"
    if after is not None and after.kind == "w" and ("aux" in after.tags or "modal" in after.tags
                                                    or ("verb" in after.tags and not _nounish(after))):
        return True
    return after is not None and after.low == "of" and not before


_OPENS_NP = frozenset(("a", "an", "the", "its", "their", "his", "her", "our", "new", "another"))
# Nouns that head a subject in the singular: a word in -s after one is its verb.
_SINGULAR_HEADS = frozenset(("tariff", "tariff_weak", "measure", "actor", "status_noun", "sector", "generic_trade"))


def unknown_past(tokens: list[Token], i: int) -> bool:
    """A word in -ed that no lexicon knows, between a word and a determiner, is a verb in
    the past: "Japan and the EU each negotiated a 15% rate", "Ottawa unveiled its plan"
    (a noun phrase has no word before its determiner but a few predeterminers); one in
    -ing after a comma and before a determiner opens a participle clause (", blaming
    the tariff")."""
    t = tokens[i]
    if t.tags or t.kind != "w" or len(t.low) < 5 or i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if t.low.endswith("ing"):
        # ", blaming the 25% tariff": a participle clause set off by a comma
        return before.low == "," and after.low in _OPENS_NP
    if t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")):
        # "the preliminary duty follows the 100% tariff": after a singular noun, a word in
        # -s before a determiner is the verb (a plural noun there would need a verb)
        return after.low in _OPENS_NP and before.kind == "w" and before.low.isalpha() \
            and not before.low.endswith("s") and bool(before.tags.keys() & _SINGULAR_HEADS)
    if not t.low.endswith("ed"):
        return False
    if before.low in ("each", "all", "both"):  # "Japan and the EU each negotiated"
        return after.low in _OPENS_NP
    return after.low in _OPENS_NP and before.kind == "w" and not before.tags.keys() & {"det", "prep", "aux", "modal"}


def _verb_groups(tokens: list[Token]) -> list[VerbGroup]:
    groups: list[VerbGroup] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.kind != "w":
            i += 1
            continue
        tags = t.tags
        if t.low in _PARTICLES and groups and groups[-1].last == i - 1:
            i += 1  # "have drawn up a list": the verb's particle, no verb of its own
            continue
        if tags:
            starts_group = ("aux" in tags or "modal" in tags or "neg" in tags or "prospective" in tags
                            or ("verb" in tags and not reads_as_noun(tokens, i) and not is_modifier(tokens, i)))
        else:
            starts_group = unknown_past(tokens, i)  # which only reads words no lexicon tagged
        if not starts_group:
            i += 1
            continue
        first = i
        modal = prospective = None
        mood_words: list[str] = []
        auxes: list[str] = []
        negated = False
        head = None
        j = i
        while j < n and tokens[j].kind == "w":
            tj = tokens[j]
            if "modal" in tj.tags:
                modal = tj.values("modal")[0]
                mood_words.append(tj.low)
                if "neg" in tj.tags:
                    negated = True
                j = _after(tj, tokens, j)
                continue
            if "prospective" in tj.tags:
                prospective = tj.values("prospective")[0]
                mood_words.append(tj.low)
                j = _after(tj, tokens, j, "prospective")
                continue
            if "neg" in tj.tags:
                negated = True
                j = _after(tj, tokens, j, "neg")
                continue
            if "aux" in tj.tags and not ("verb" in tj.tags and j + 1 < n and not _aux_follows(tokens, j + 1)):
                auxes.append(tj.values("aux")[0])
                j += 1
                continue
            if "vadv" in tj.tags and j > first and j + 1 < n and not "verb" in tj.tags:
                j += 1
                continue
            if tj.low == "to" and j + 1 < n and "verb" in tokens[j + 1].tags and (mood_words or auxes or j > first):
                j += 1
                continue
            if "verb" in tj.tags and not reads_as_noun(tokens, j):
                head = j
                j = _after(tj, tokens, j, "verb")
                break
            if unknown_past(tokens, j):
                head = j  # "each negotiated a 15% rate": a verb the lexicons do not know
                j += 1
                break
            if auxes and not tj.tags and (tj.low.endswith(("ed", "ing"))
                                          or (len(tj.low) > 4 and tj.low.endswith(("wn", "en")))):
                head = j  # "were tariffed", "is dragging", "have drawn": a verb the lexicons do not know
                j += 1
                break
            break
        last = j - 1
        if last < first:
            i += 1
            continue
        if head is None and not auxes and not modal and not prospective:
            i = j if j > i else i + 1
            continue
        groups.append(_group(tokens, first, last, head, modal, prospective, mood_words, auxes, negated))
        i = j if j > i else i + 1
    _reduced_relatives(tokens, groups)
    _link(tokens, groups)
    return groups


_FINITE = frozenset(("past", "present", "perfect", "future", "conditional"))
_PARTICLES = frozenset(PARTICLES)
_NO_NOUN = frozenset(("it", "they", "we", "he", "she", "i", "you", "which", "who", "that", "there"))


def _reduced_relatives(tokens: list[Token], groups: list[VerbGroup]) -> None:
    """A bare past participle right after a noun (not a name, which would be its subject:
    "the tariff China placed"), with a finite verb before it in its clause, is a relative
    clause cut short: in "will raise the tariff on goods not covered
    by the pact to 45%", "covered" is what the goods are, and "will raise" stays the verb
    of the clause."""
    for n, g in enumerate(groups):
        if g.mood != "past" or "pp" not in g.form or g.modal or g.head < g.first:
            continue
        if g.head != g.last and any(tokens[j].tags.keys() & {"aux", "modal"} for j in range(g.head + 1, g.last + 1)):
            continue  # a bare participle, or one of several words ("headed south")
        k = g.first - 1
        if k < 0 or tokens[k].kind != "w" or tokens[k].tags.keys() & {"aux", "modal", "det", "prep", "neg",
                                                                      "conj", "sub", "rel"} \
                or ("verb" in tokens[k].tags and not reads_as_noun(tokens, k)) \
                or tokens[k].low in _NO_NOUN or "actor" in tokens[k].tags or any(tokens[j].low != "not" and "neg" not in tokens[j].tags
                                                     for j in range(g.first, g.head)):
            continue
        if "say" in g.classes:
            continue  # "..., China's commerce ministry said in a notice": its subject's verb
        clause = tokens[g.first].clause
        later = groups[n + 1] if n + 1 < len(groups) else None
        if later is not None and later.mood in ("past", "present") and not later.modal \
                and tokens[later.first].clause == clause \
                and not any(tokens[j].low == "," or tokens[j].kind != "w" for j in range(g.last + 1, later.first)):
            # "the share of exports headed south fell to 71%": the clause's verb comes after
            g.mood, g.reduced = "participle", True
            continue
        nxt = tokens[g.last + 1] if g.last + 1 < len(tokens) else None
        if nxt is None or "prep" not in nxt.tags:
            continue
        finite = [h for h in groups[:n] if h.mood in _FINITE and not h.reduced and tokens[h.head].clause == clause]
        if finite and not any(tokens[j].low == "," for j in range(finite[-1].last + 1, g.first)):
            g.mood, g.reduced = "participle", True


def is_modifier(tokens: list[Token], i: int) -> bool:
    """A verb form that is no verb here: a participle used as an adjective ("a reduced
    tariff", "Trudeau's planned retaliation", "a dramatically reduced rate"), a word
    after a determiner or possessive ("Canada's total exports", "the cut"), or a
    preposition in -ing ("including", "following")."""
    t = tokens[i]
    if "prep" in t.tags and t.low.endswith("ing"):
        return True
    if t.low in ADJECTIVES_BEFORE_TO and i + 1 < len(tokens) and tokens[i + 1].low == "to" and i > 0 \
            and tokens[i - 1].kind == "w" and not tokens[i - 1].tags.keys() & {"aux", "modal", "neg"} \
            and tokens[i - 1].low != "to":
        return True  # "deposits equal to a 75.8% duty": an adjective, not "equal" the verb
    before_word = tokens[i - 1] if i > 0 else None
    if before_word is not None and ("det" in before_word.tags or before_word.possessive) \
            and any(f in ("base", "s") for v in _verb_values(t) for f in v[2]):
        return True
    if not any(f in ("pp", "ing") or (f == "past" and t.low.endswith("ed")) for v in _verb_values(t) for f in v[2]):
        return False
    k = i - 1
    while k >= 0 and tokens[k].kind == "w" and tokens[k].low.endswith("ly") and not "det" in tokens[k].tags:
        k -= 1
    before = tokens[k] if k >= 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is None or after is None or after.kind not in ("w", "n"):
        return False
    if after.kind == "w" and ("prep" in after.tags or "det" in after.tags or "verb" in after.tags and not _nounish(after)):
        return False
    if "prep" in before.tags and before.low != "to" and not "verb" in before.tags and k == i - 1 \
            and "pp" in {f for v in _verb_values(t) for f in v[2]} and after.kind == "w" and _nounish(after):
        return True  # "prices of imported steel": a participle between a preposition and its noun
    return "det" in before.tags or before.possessive or "status_adj" in before.tags


def _aux_follows(tokens: list[Token], j: int) -> bool:
    """Whether the words from j on still belong to a verb group (an auxiliary like "has"
    is then one, not a main verb)."""
    t = tokens[j]
    return t.kind == "w" and ("verb" in t.tags or "aux" in t.tags or "neg" in t.tags or "vadv" in t.tags
                              or "prospective" in t.tags or t.low.endswith(("ed", "ing")))


def _after(t: Token, tokens: list[Token], j: int, cls: str | None = None) -> int:
    """The index after the tokens a (possibly multi-word) hit on tokens[j] covers."""
    tags = t.tags.get(cls) if cls else next(iter(t.tags.values()), None)
    end = max((e for e, _ in tags), default=t.end) if tags else t.end
    k = j + 1
    while k < len(tokens) and tokens[k].start < end:
        k += 1
    return k


def _group(tokens, first, last, head, modal, prospective, mood_words, auxes, negated) -> VerbGroup:
    if head is not None:
        values = _verb_values(tokens[head])
        lemma = values[0][1] if values else tokens[head].low
        classes = tuple(dict.fromkeys(v[0] for v in values))
        form = tuple(dict.fromkeys(f for v in values for f in v[2])) if values else (
            ("pp", "past") if tokens[head].low.endswith("ed") else ("ing",) if tokens[head].low.endswith("ing")
            else ("s",))
    else:
        lemma, classes, form = None, (), ()
    if auxes:
        has_be = [a for a in auxes if a.startswith("be_")]
        has_have = [a for a in auxes if a.startswith("have_")]
    else:  # most groups are a verb alone
        has_be = has_have = ()
    passive = bool(has_be) and "pp" in form and "ing" not in form
    infinitive = first > 0 and tokens[first - 1].low == "to"
    if not infinitive:
        for k in range(first, last + 1):
            if tokens[k].low == "to":
                infinitive = True
                break
    if modal == "future" or prospective in ("scheduled", "intended"):
        mood = "future"
    elif modal == "ability":
        mood = "present"
    elif modal == "conditional" and has_have and "pp" in form:
        mood = "past"  # "may have dipped": a guess about what happened
    elif modal == "conditional":
        mood = "conditional"
    elif head is None:  # "is", "has", "were": a copula or "have" of possession
        mood = "past" if auxes and auxes[0].endswith("_past") else "present"
    elif has_have:
        mood = "perfect" if has_have[0] != "have_past" else "past"
    elif has_be:
        mood = {"be_past": "past", "be_present": "present"}.get(has_be[0], "infinitive")
    elif infinitive:
        mood = "infinitive"
    elif "past" in form:
        mood = "past"
    elif "s" in form:
        mood = "present"
    elif "ing" in form:
        mood = "gerund"
    elif "pp" in form:
        mood = "participle"
    else:
        mood = "present"
    return VerbGroup(first, last, head if head is not None else last, lemma, classes, form, mood,
                     " ".join(mood_words) or None, prospective, negated, passive)


def _link(tokens: list[Token], groups: list[VerbGroup]) -> None:
    """"threatened to raise", "plans to lay", "has pledged to retaliate": the verb after
    "to" is governed by the verb or noun before it."""
    for a, b in zip(groups, groups[1:]):
        if tokens[b.first].clause != tokens[a.head].clause and tokens[b.first - 1].low != "to":
            continue
        gap = range(a.last + 1, b.first)
        words = [tokens[k] for k in gap]
        if b.mood == "infinitive" and len(words) <= (5 if words and words[-1].low == "to" else 4) \
                and all(w.kind == "w" for w in words):
            b.governor = a
            nouns = [k for k in gap if "status_noun" in tokens[k].tags]
            if nouns:
                b.governing_noun = nouns[-1]
        elif b.mood == "gerund" and len(words) <= 4 and words and all(w.kind == "w" for w in words) \
                and any("status_noun" in w.tags for w in words):
            # "signed an executive order imposing 25% tariffs"
            b.governor = a
            b.governing_noun = next(k for k in gap if "status_noun" in tokens[k].tags)
    for b in groups:
        if b.mood == "infinitive" and b.governing_noun is None and b.first >= 2:
            k = b.first - 1 if tokens[b.first - 1].low == "to" else b.first - 2
            if k >= 0 and "status_noun" in tokens[k].tags:
                b.governing_noun = k
