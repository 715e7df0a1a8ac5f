"""The structure around one date: its own phrase, what it hangs on, the verb it dates.

"Canada will lift its 25% counter-tariffs on steel starting Sept. 1": for "Sept. 1"
the words right before it are a start ("starting"); the verb it dates is "will lift"
(future: Sept. 1 lies ahead), whose object names a measure. "a joint review of the pact
next year": the date hangs on "review". "On March 12: Washington imposed ...": a date
that heads a line of a timeline dates the verb of the line.

Built from the sentence's parse (`parse.py`: tokens, clauses, verb groups) and the date
lexicon's hits on its words (`Words`, looked up once per sentence that holds a date);
read by the date tests in `features.py` for the role table in `rules/date_role.py`, and
by `tense` for the year of a date written without one. Nothing here scans text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from tradefigures.extract.document import Document
from tradefigures.extract.lexicons.dates import DATA_NOUNS
from tradefigures.extract.lexicons.grammar import IF_CONDITIONS
from tradefigures.extract.parse import Parse, Token, VerbGroup

# Prepositions a date's host noun phrase reaches across: "the first visit to the US in
# May", "a meeting in Ottawa on Wednesday", "a review of the pact next year".
_ACROSS = frozenset(("of", "to", "in", "at", "with", "between", "among", "on", "for"))
# Words that open a clause whose subject stands before it.
_RELATIVE = frozenset(("that", "which", "who"))
_IF = frozenset(IF_CONDITIONS)
_INNER = frozenset("-'’&/")
# The date lexicon's cue classes (`cues.py`): read for the sentences that hold a date
# only, and kept apart from the tags the figures' rules read.
CLASSES = ("date_lead", "date_noun", "date_verb", "date_state", "date_measure", "date_unmet")


class Words:
    """A sentence's tokens with the date lexicon's hits on them."""

    __slots__ = ("tokens", "hits", "text", "_by_class", "verbs")

    def __init__(self, doc: Document, parse: Parse):
        self.tokens = parse.tokens
        self.text = doc.text
        self.hits: dict[int, dict[str, list[tuple[int, object]]]] = {}
        self._by_class: dict[str, list[int]] = {}
        self.verbs: dict[tuple[int, int], list] = {}  # the predicates of a token range, once found
        lo, hi = parse.span.start, parse.span.end
        by_start = None
        for cls in CLASSES:
            found = doc.cues.within(cls, lo, hi)
            if not found:
                continue
            if by_start is None:
                by_start = {t.start: i for i, t in enumerate(parse.tokens) if t.kind == "w"}
            ks = []
            for start, end, value in found:
                i = by_start.get(start)
                if i is not None:
                    self.hits.setdefault(i, {}).setdefault(cls, []).append((end, value))
                    if not ks or ks[-1] != i:
                        ks.append(i)
            self._by_class[cls] = ks

    def where(self, cls: str, lo: int, hi: int) -> list[int]:
        """The tokens in [lo, hi) that start a hit of a date class, in order."""
        ks = self._by_class.get(cls)
        if not ks:
            return []
        return ks[bisect.bisect_left(ks, lo):bisect.bisect_left(ks, hi)]

    def has(self, k: int, cls: str) -> bool:
        """Whether token k starts a hit of `cls` (a date class, or a class the parse keeps)."""
        if cls in CLASSES:
            found = self.hits.get(k)
            return found is not None and cls in found
        return cls in self.tokens[k].tags

    def of(self, k: int, cls: str) -> list[tuple[int, object]]:
        """The (end, value) hits of a date class on token k."""
        found = self.hits.get(k)
        return found.get(cls, []) if found else []

    def capital(self, k: int) -> bool:
        """Whether token k is a word written with a capital."""
        t = self.tokens[k]
        return t.kind == "w" and self.text[t.start].isupper()

    def end(self, k: int, cls: str) -> int:
        """Where the longest hit of `cls` on token k ends."""
        hits = self.of(k, cls) if cls in CLASSES else self.tokens[k].tags.get(cls, ())
        return max((e for e, _ in hits), default=self.tokens[k].end)


@dataclass(slots=True)
class Predicate:
    """A verb a date can give the time of: its main word, its group (None for a verb
    the parser does not know), and the role words on it ("date_verb" hits)."""

    word: int
    group: VerbGroup | None
    roles: tuple[str, ...]  # date roles of the verb's words, in order ("none": a verb with none)
    first: int
    last: int

    @property
    def bearing(self) -> bool:
        """Whether the verb says something of the date's role."""
        return any(r != "none" for r in self.roles)


@dataclass(slots=True)
class DateFrame:
    doc: Document
    parse: Parse
    words: Words
    index: int  # the date's token
    clause: tuple[int, int]
    left: tuple[int, int]  # the words before the date in its own phrase ("the", "a similar dispute")
    right: tuple[int, int]  # the words after it ("deadline", "'s meeting", "levels")
    lead: tuple[int, int, object] | None  # the role words right before the phrase ("by", "since")
    lead_prep: int | None  # the preposition right before the phrase
    hosts: list[tuple[int, int]] = field(default_factory=list)  # noun phrases it hangs on, nearest first
    host_verb: Predicate | None = None  # the verb the hosts hang on, if any
    predicate: Predicate | None = None
    published: date | None = None
    spans: dict = field(default_factory=dict)  # the verb's subject and object, once found

    @property
    def tokens(self) -> list[Token]:
        return self.parse.tokens

    @property
    def mention(self):
        return self.tokens[self.index].ref

    def text(self, lo: int, hi: int) -> str:
        return self.parse.text(self.doc, lo, hi)


def build(doc: Document, parse: Parse, words: Words, index: int, published: date | None) -> DateFrame:
    """The frame of the date at token `index` (`words` is `Words(doc, parse)`)."""
    tokens = parse.tokens
    clause = parse.clause_of(index)
    c_lo, c_hi = clause
    predicates = _predicates(words, parse, c_lo, c_hi)
    verb_words = {p.word for p in predicates} | {k for p in predicates for k in range(p.first, p.last + 1)}
    lo = index
    while lo - 1 >= c_lo and _in_phrase(words, lo - 1, verb_words):
        lo -= 1
    hi = index + 1
    while hi < c_hi and hi - index <= 6:
        if words.has(hi, "date_noun"):  # a role noun the parser read a verb in ("fall economic statement")
            end = words.end(hi, "date_noun")
            while hi < c_hi and tokens[hi].start < end:
                hi += 1
            continue
        if not _in_phrase(words, hi, verb_words, right=True):
            break
        hi += 1
    lead = _lead(words, lo, c_lo)
    lead_prep = lo - 1 if lo - 1 >= c_lo and "prep" in tokens[lo - 1].tags else None
    frame = DateFrame(doc, parse, words, index, clause, (lo, index), (index + 1, hi), lead, lead_prep,
                      published=published)
    frame.hosts, stop = _hosts(words, frame, c_lo, verb_words)
    frame.host_verb = next((p for p in predicates if p.first <= stop <= p.last or p.word == stop), None)
    if lead is not None:  # "starting Oct. 14": the lead's word is no verb the date dates
        predicates = [p for p in predicates if not lead[0] <= p.word < lead[1]]
    own_noun = bool(frame.hosts) and frame.hosts[0] == frame.left
    frame.predicate = _governing(words, parse, index, clause, predicates, own_noun)
    return frame


def _in_phrase(w: Words, k: int, verb_words: set[int], right: bool = False) -> bool:
    """Whether token k can belong to a date's own noun phrase: determiners, possessives,
    nouns and modifiers, not a preposition, a verb or a clause word."""
    tokens = w.tokens
    t = tokens[k]
    if t.kind in ("n", "d"):
        return False
    if t.kind == "p":
        return t.low in _INNER
    if _possessive(tokens, k):
        return True
    tags = t.tags
    if k in verb_words or not _OUTSIDE_PHRASE.isdisjoint(tags) or w.has(k, "date_lead"):
        return False
    if "prep" in tags and "det" not in tags:
        return False
    if right and ("det" in tags or "vadv" in tags):
        return False
    return True


# The classes of words that end a date's noun phrase (verb words, clause words).
_OUTSIDE_PHRASE = frozenset(("aux", "modal", "neg", "conj", "sub", "rel", "prospective"))


def _lead(w: Words, lo: int, c_lo: int) -> tuple[int, int, object] | None:
    """A "date_lead" hit that ends right before the date's phrase: "by", "as of",
    "dating back to", "starting"."""
    if lo - 1 < c_lo:
        return None
    end = w.tokens[lo - 1].end
    for k in range(lo - 1, max(c_lo, lo - 4) - 1, -1):
        for e, role in w.of(k, "date_lead"):
            if e == end:
                return k, lo, role
    return None


def _hosts(w: Words, frame: DateFrame, c_lo: int, verb_words: set[int]) -> tuple[list, int]:
    """The noun phrases a date hangs on, nearest first: the nouns before it in its own
    phrase, or the phrase before its preposition, then across "of", "to", "in" ... to
    the phrase before that; and the token where the walk stopped (a verb, a comma)."""
    tokens = w.tokens
    hosts = []
    lo, index = frame.left
    if any(tokens[k].kind == "w" and not "det" in tokens[k].tags for k in range(lo, index)):
        hosts.append((lo, index))
        k = lo - 1  # the preposition before the phrase, if any
        if not (k >= c_lo and "prep" in tokens[k].tags and tokens[k].low in _ACROSS):
            return hosts, k
    elif frame.lead_prep is not None:
        k = frame.lead_prep
    else:
        return hosts, lo - 1
    while len(hosts) < 3:
        end = k
        k -= 1
        while k >= c_lo and _in_phrase(w, k, verb_words):
            k -= 1
        if k + 1 < end:
            hosts.append((k + 1, end))
        if k >= c_lo and k + 1 < end and "prep" in tokens[k].tags and tokens[k].low in _ACROSS:
            continue
        break
    return hosts, k


def _predicates(w: Words, parse: Parse, lo: int, hi: int) -> list[Predicate]:
    """The verbs in tokens[lo:hi]: the parser's verb groups, and the words the date
    lexicon knows as verbs ("met", "hosted") where they read as verbs, in order."""
    found = w.verbs.get((lo, hi))
    if found is None:
        found = w.verbs[(lo, hi)] = _find_predicates(w, parse, lo, hi)
    return found


def _find_predicates(w: Words, parse: Parse, lo: int, hi: int) -> list[Predicate]:
    tokens = parse.tokens
    out: list[Predicate] = []
    covered: set[int] = set()
    for g in parse.verbs:
        if not (lo <= g.head < hi) or g.head in covered:
            continue
        if g.first >= 2 and tokens[g.first].low == "s" and tokens[g.first - 2].kind == "d":
            continue  # "Thursday's meeting": a possessive, not "is"
        last = g.last
        if g.lemma is None and last + 1 < hi and w.has(last + 1, "date_verb"):
            last += 1  # "is set to host": the main verb is one the parser does not know
        # a phrase the date lexicon knows whole: "will sit down" is one verb, not two
        end = max((e for k in range(g.first, last + 1) for e, _ in w.of(k, "date_verb")), default=0)
        while last + 1 < hi and tokens[last + 1].start < end:
            last += 1
        roles = _roles(w, g.first, last)
        word = last if last > g.last else g.head
        out.append(Predicate(word, g, roles, g.first, last))
        covered.update(range(g.first, last + 1))
    for k in w.where("date_verb", lo, hi):
        if k in covered or not _reads_as_verb(w, k):
            continue
        out.append(Predicate(k, None, _roles(w, k, k), k, k))
    out.sort(key=lambda p: p.first)
    # after a verb, a word the parser took for another may be its object's noun
    return [p for i, p in enumerate(out) if i == 0 or p.group is None or not _named_or_noun(w, p.group)]


def _named_or_noun(w: Words, g: VerbGroup) -> bool:
    """A verb group of one word, after another verb, that is no verb: part of a name
    ("unveiled them in the Rose Garden"), or a present form after a determiner and its
    modifiers ("released the trade figures", "issued its preliminary finding")."""
    tokens = w.tokens
    k = g.head
    if g.first != g.last or k == 0 or g.lemma is None:
        return False
    if k + 1 < len(tokens) and w.capital(k) and w.capital(k + 1) and not w.capital(k - 1):
        return True
    if "past" in g.form or "pp" in g.form:
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        p = tokens[j]
        if "det" in p.tags or p.possessive:
            return True
        if p.kind != "w" or "verb" in p.tags or "prep" in p.tags or "aux" in p.tags or "modal" in p.tags or "conj" in p.tags:
            return False
    return False


def _reads_as_verb(w: Words, k: int) -> bool:
    """A word the date lexicon knows as a verb is one after an auxiliary, a modal or
    "to"; not right after a determiner, a possessive or a preposition ("the planned
    talks", "in talks"), nor a present form after a number or a date ("a 2026 review");
    a past form is one after a noun ("the department issued"). A word that is also a
    role noun is a noun ("talks", "a visit"), but an -ing form only after a determiner
    and at most two modifiers ("an emergency meeting", not "imports meeting the rules");
    so is any other after a determiner and at most two modifiers ("a formal review"),
    a third-person form after one ("its new plans", not "the comment period closes")."""
    tokens = w.tokens
    prev = tokens[k - 1] if k else None
    forms = {f for _, (_, _, tags) in w.of(k, "date_verb") for f in tags}
    if prev is not None and ("aux" in prev.tags or "modal" in prev.tags or "neg" in prev.tags or "vadv" in prev.tags
                             or "prospective" in prev.tags or prev.low == "to"):
        return True
    if prev is not None and ("det" in prev.tags or _possessive(tokens, k - 1)
                             or ("prep" in prev.tags and not "verb" in prev.tags)):
        return False
    past = bool(forms & {"past", "pp"})
    if prev is not None and prev.kind in ("n", "d") and not past:
        return False
    if past:
        return True
    j = k - 1
    while j > k - 3 and j >= 0 and _modifier(w, j):
        j -= 1
    determined = j >= 0 and ("det" in tokens[j].tags or tokens[j].possessive or tokens[j].kind in ("n", "d"))
    if w.has(k, "date_noun") and (forms != {"ing"} or determined):
        return False
    if forms == {"s"} and j < k - 2:
        return True  # "the comment period closes"
    return not (determined and j < k - 1)


def _modifier(w: Words, j: int) -> bool:
    """A word that can stand between a determiner and its noun: no verb, preposition or
    function word ("tariff" in "a tariff hike", "formal" in "a formal review")."""
    t = w.tokens[j]
    return t.kind == "w" and not ("det" in t.tags or t.possessive or "verb" in t.tags or "prep" in t.tags
                                  or "aux" in t.tags or "modal" in t.tags or "conj" in t.tags or "neg" in t.tags
                                  or w.has(j, "date_verb"))


def _possessive(tokens: list[Token], k: int) -> bool:
    """Token k ends a possessive: "Trump's", or "'s" after a date ("Thursday's")."""
    t = tokens[k]
    return t.possessive or (t.low == "s" and k > 0 and tokens[k - 1].low in "'’")


def _roles(w: Words, first: int, last: int) -> tuple[str, ...]:
    """The date roles of the words of a verb group: an auxiliary gives none of its own
    ("has" is no light verb), only as the start of a phrase ("is up for review")."""
    out = []
    for k in range(first, last + 1):
        t = w.tokens[k]
        aux = "aux" in t.tags or "modal" in t.tags
        for end, (role, _, _) in w.of(k, "date_verb"):
            if not aux or end > t.end:
                out.append(role)
    return tuple(out)


def _governing(w: Words, parse: Parse, index: int, clause: tuple[int, int], predicates: list[Predicate],
               own_noun: bool) -> Predicate | None:
    """The verb a date gives the time of: the nearest one before it in its clause, else
    the first after it ("In March, Ottawa imposed ..."), a comma between them only if
    the date has no noun of its own to date ("paused the tariffs, following a quarrel
    earlier this year" dates the quarrel). A date that opens a clause with no verb (a
    timeline entry "On March 12:", a fronted "Today, the union ...") dates the first
    verb with a role word in the clauses after it, brackets left aside."""
    tokens = parse.tokens
    before = [p for p in predicates if p.word < index]
    after = [p for p in predicates if p.word > index]
    # a comma between parts a verb from the date ("Citing concerns, Trump earlier this
    # year launched ...")
    if before and not _comma(tokens, before[-1].last, index):
        return before[-1]
    if after and not _comma(tokens, index, after[0].first):
        return after[0]
    if (before or after) and not own_noun:
        return before[-1] if before else after[0]
    if before or after:
        return None
    if any(tokens[k].kind != "p" and not "prep" in tokens[k].tags and not "det" in tokens[k].tags
           for k in range(clause[0], index)):
        return None
    ci = tokens[index].clause
    found: list[Predicate] = []
    for cj in range(ci + 1, len(parse.clauses)):
        if parse.parent[cj] != cj:
            continue
        found.extend(_predicates(w, parse, *parse.clauses[cj]))
    return next((p for p in found if p.bearing), found[0] if found else None)


def _comma(tokens: list[Token], lo: int, hi: int) -> bool:
    return any(tokens[k].low == "," for k in range(lo + 1, hi))


# -- what the verb's clause says ---------------------------------------------------------

def subject_span(frame: DateFrame) -> tuple[int, int] | None:
    """The words before the date's verb in its clause (the antecedent, for a relative
    clause: "tariffs that took effect")."""
    return _once(frame, "subject", _subject)


def object_span(frame: DateFrame) -> tuple[int, int] | None:
    """The words after the date's verb up to the date (or the clause's end)."""
    return _once(frame, "object", _object)


def _once(frame: DateFrame, key: str, find) -> tuple[int, int] | None:
    if key not in frame.spans:
        frame.spans[key] = find(frame)
    return frame.spans[key]


def _subject(frame: DateFrame) -> tuple[int, int] | None:
    p = frame.predicate
    if p is None:
        return None
    tokens = frame.tokens
    ci = tokens[p.first].clause
    c_lo, _ = frame.parse.clauses[ci]
    if tokens[c_lo].low in _RELATIVE and ci > 0:
        # the antecedent: the words before the relative pronoun, back to the verb before
        # it, across brackets and quotes ("the first joint review of the pact (CUSMA) that")
        ends = {v.last for v in frame.parse.verbs}
        k = c_lo - 1
        while k > max(-1, c_lo - 17) and k not in ends:
            k -= 1
        return k + 1, p.first
    start = c_lo
    before = [q for q in _predicates(frame.words, frame.parse, c_lo, p.first) if q.last < p.first and q is not p]
    if before:
        start = before[-1].last + 1
        gap = [k for k in range(start, p.first) if k != frame.index and tokens[k].kind != "d"]
        if gap and tokens[gap[-1]].low in ("and", "or") and all(tokens[k].low in ("and", "or") or "prep" in tokens[k].tags
                                                                 or tokens[k].kind == "n" for k in gap):
            # "The surtax was imposed in October and expanded in January": a verb joined to
            # the one before by "and", with no subject of its own, shares its subject
            s_lo = before[-2].last + 1 if len(before) > 1 else c_lo
            if s_lo < before[-1].first:
                return s_lo, before[-1].first
    if frame.index < p.first and frame.index >= start:
        start = frame.index + 1  # "In March, Ottawa imposed": the subject is after the date
    if start >= p.first and p.first == c_lo:
        # a participle that opens the sentence: "Imposed in March, the levies remain"
        _, c_hi = frame.parse.clauses[ci]
        comma = next((k for k in range(p.last + 1, c_hi) if tokens[k].low == ","), None)
        if comma is not None:
            after = [q.first for q in _predicates(frame.words, frame.parse, comma + 1, c_hi)]
            return comma + 1, after[0] if after else c_hi
    return (start, p.first) if start < p.first else None


def _object(frame: DateFrame) -> tuple[int, int] | None:
    p = frame.predicate
    if p is None:
        return None
    ci = frame.tokens[p.last].clause
    _, c_hi = frame.parse.clauses[ci]
    end = frame.left[0] if p.last < frame.index < c_hi else c_hi
    return (p.last + 1, end) if p.last + 1 < end else None


def has_object(frame: DateFrame) -> bool:
    """Whether the date's verb has a noun phrase after it (not only a preposition, a
    figure or the date: "doubled to 50%", "took effect on")."""
    span = object_span(frame)
    if span is None:
        return False
    t = frame.tokens[span[0]]
    return t.kind == "w" and not "prep" in t.tags and not "vadv" in t.tags and not frame.words.has(span[0], "date_lead")


_DATA_NOUNS = frozenset(DATA_NOUNS)


def tense(frame: DateFrame) -> str | None:
    """Where the date's verb puts it from the time of writing: "ahead" (will, could,
    is set to, plans to), "past" (slapped, has imposed) or None (present, no verb)."""
    if frame.lead is not None and frame.lead[2] == "reference":
        return "past"  # "since March", "dating back to May"
    lo, hi = frame.right
    if frame.mention.granularity == "month" and any(frame.tokens[k].low in _DATA_NOUNS for k in range(lo, min(hi, lo + 2))):
        return "past"  # "will release May trade data": the month the data are about is past
    if frame.lead is not None and frame.lead[2] == "deadline":
        return None  # "postponed until January": a limit, ahead of the verb's own time
    p = frame.predicate
    g = p.group if p else None
    if g is None:
        return None
    if frame.lead is not None and frame.lead[2] == "by" and g.mood in ("gerund", "infinitive"):
        return None  # "set a goal of reaching a deal by July 21": a limit ahead of the setting
    if g.lemma is None and any(v.startswith("have_") for k in range(g.first, g.last + 1)
                               for v in frame.tokens[k].values("aux")):
        return "past"  # "has been in force"
    seen = []
    while g is not None and g not in seen:
        seen.append(g)
        if g.mood in ("future", "conditional"):
            return "ahead"
        if g.mood in ("past", "perfect"):
            if frame.tokens[frame.parse.clauses[frame.tokens[g.head].clause][0]].low in _IF:
                return None  # "if the U.S. went ahead on Aug. 1": a past of supposition
            return "past" if g is p.group else None
        if g.mood == "present":
            return None
        if g.mood in ("gerund", "participle") and g.governor is None:
            return _sentence_tense(frame, g)
        g = g.governor
    return None


def _sentence_tense(frame: DateFrame, g: VerbGroup) -> str | None:
    """A participle's clause takes its tense from the finite verb before it
    ("imposed tariffs in March, raising them in June")."""
    for v in reversed(frame.parse.verbs):
        if v.last < g.first:
            if v.mood in ("future", "conditional"):
                return "ahead"
            if v.mood in ("past", "perfect"):
                return "past"
            if v.mood == "present":
                return None
    return None


def nouns(w: Words, lo: int, hi: int, start: int = 0) -> list[tuple[int, int, str]]:
    """The "date_noun" hits that start in tokens[lo:hi], as (token, end, role); a longer
    phrase wins over the words inside it ("news conference", "Conference Board")."""
    tokens = w.tokens
    out = []
    covered = -1
    for k in w.where("date_noun", start, hi):
        hits = w.of(k, "date_noun")
        if tokens[k].start < covered:
            continue
        end, role = max(hits, key=lambda h: h[0])
        covered = end
        if k >= lo:
            out.append((k, end, role))
    return out
