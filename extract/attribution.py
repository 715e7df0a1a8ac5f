"""Who the article credits for each figure.

An article credits a source in a few shapes: "according to X", "data from X", "X's
analysis", "X data shows", "X estimates that ...", a quote followed by "said X", a
credit line ("— Justin Trudeau"), a short header line naming the organisation whose
outlook the paragraph reports, or a whole article reporting one source. Later sentences
point back: a pronoun after a named speaker, "the agency", "the report", "according to
the published data" (the organisation last named), "the government said" (the
government last named). Short names stand for long ones ("StatsCan", an acronym the
article defines). "Officials" or "economists" are no one in particular, never a source.

`Attributor` reads those once per article, from the cue words the matcher found (saying
verbs, leads, nouns) and the capitalised names next to them; `source_for` answers per
figure: a claim in its clause, then its sentence (the speaker of a quote that holds the
figure first; "according to" over a saying verb), then one carried from the sentences
just before, then the article's one source.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tradefigures.extract.document import Document, Span
from tradefigures.extract.lexicons import attribution as lex
from tradefigures.extract.lexicons import dates as date_words

# a capitalised word ("Manufacturers’" before "Association" keeps its apostrophe)
_TOKEN = r"(?:[A-Z][\w’'.&-]*[\w.](?:['’](?=\s+[A-Z]))?|[A-Z]|&)"
_NAME = rf"{_TOKEN}(?:(?:\s+(?:of|for|and|&|the|de|du|la|on|von|van)\s+|\s+|-){_TOKEN}){{0,7}}"
_VERBS = "|".join(sorted((re.escape(v) for v in lex.SAYING_VERBS), key=len, reverse=True))
# A subject's verbs: "according" opens a lead ("..., according to X"); it has no subject.
_SUBJECT_VERBS = "|".join(sorted((re.escape(v) for v in lex.SAYING_VERBS if v != "according"), key=len, reverse=True))
_TITLES = "|".join(sorted((re.escape(t) for t in lex.TITLES), key=len, reverse=True))
# Ranks before an expert's title: "Moody's Analytics chief economist Mark Zandi".
_RANKS = r"(?:chief|senior|lead|deputy|principal|head|global|former|managing)"
_GROUP_NOUN = (r"(?:economists?|analysts?|strategists?|researchers?|officials?|spokesperson|experts?|"
               + "|".join(re.escape(r) for r in lex.BODY_ROLES) + ")")
_ORG_NOUN_TAIL = r"(?:government|officials|ministry|economists|analysts)"
_FILLERS = rf"(?:{'|'.join(re.escape(w) for w in lex.SUBJECT_FILLERS)})"
_ORG_NOUN = "|".join(re.escape(n) for n in lex.ORG_NOUNS)
# A time between a name and its verb: "Statistics Canada on Friday reported", "the
# minister last week said".
_TIME = (r"(?:on|last|this|earlier|late|early)\s+(?i:"
         + "|".join(list(date_words.WEEKDAYS) + ["week", "month", "year"]) + r")")
# "Andrew Grantham, economist at CIBC, said", "The Royal Bank of Canada estimated".
_SUBJECT_SAYS_TAIL = (
    rf"(?P<name>(?:the\s+|The\s+)?{_NAME})(?:\s+(?:{_ORG_NOUN}))?"
    rf"(?:\s+{_TIME})?(?P<appos>,\s+[^,;“”\"]{{2,100}},)?\s+(?:{_FILLERS}\s+)*(?P<verb>{_SUBJECT_VERBS})\b"
)
_SUBJECT_SAYS = re.compile(rf"(?:(?P<org>{_NAME})\s+(?:{_RANKS}\s+)*{_GROUP_NOUN}\s+)?" + _SUBJECT_SAYS_TAIL)
# Where no group noun stands before the verb, the organisation's branch cannot match, and
# trying it at every capital costs half the search: the same pattern with that branch
# never taken ("org" is then None, as when it is not matched).
_SUBJECT_SAYS_UNGROUPED = re.compile(r"(?:(?P<org>(?!)))?" + _SUBJECT_SAYS_TAIL)
_GROUP_NOUN_IN = re.compile(_GROUP_NOUN)
_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(lex.PLACE_PREPOSITIONS)})\s+(?:the\s+)?$")
# "placed the cost at $2 billion": the "at" of an estimate, in the same clause.
_AT_AFTER = re.compile(r"[^.;:]{0,80}?\bat\b")
# "the province's finance minister, Peter Bethlenfalvy, said": a person's name set off
# as an appositive right before the verb names the speaker, whatever the title before.
_APPOS_SAYS = re.compile(
    rf"(?<=,)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{0,3}}),\s+(?:{_FILLERS}\s+)*(?P<verb>{_SUBJECT_VERBS})\b"
)
_NEXT_WORD = re.compile(r"\s+(\w+)")
# Between an unnamed source and its verb: nothing, or where they are ("at a brokerage").
_UNNAMED_GAP = re.compile(r"(?:\s+(?:at|with|from|in)\s+(?:a|an|the|one|two|several)?\s*[a-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})?"
                          r"(?:\s+(?:also|have|had|has))?\s+")
# "... Council of the United States": the rest of a body's name after "of the".
_OF_THE = re.compile(r"\s+(?:of|for|on)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")
_FINITE_WORDS = frozenset(("is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "rose",
                           "fell", "jumped", "climbed", "dropped"))
# Verb classes of change: after "claims", "shows" or "estimates" they make it a noun.
_MOTION = frozenset(("rise", "fall", "raise", "lower"))
# A capitalised name that opens a sentence, after any dateline ("WINDSOR, Ont. -"), and
# is followed by its verb ("Stellantis will").
_OPENING_NAME = re.compile(rf"\s*(?:[A-Z][A-Z.' ]+(?:,\s*[A-Z][\w.]*)?\s*(?:\([^)]{{1,20}}\)\s*)?[-—–]+\s*)?"
                           rf"(?P<name>{_NAME})\s+(?=(?:will|would|has|had|is|was|said|says|plans|[a-z]+ed|[a-z]+s)\b)")
# "Stelco's parent, Cleveland-Cliffs, said": a possessive noun before the appositive.
_APPOS_OWNER = re.compile(r"[’']s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},$")
_BODY_WORD = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Association|Council|Bank|Institute)\b")
# "the parliamentary budget officer had estimated", "the industry says".
_OFFICE_SAYS = re.compile(
    rf"(?i:\b(?P<name>(?:the\s+)?(?:{'|'.join(re.escape(o) for o in lex.OFFICES + lex.GENERIC_SOURCES)})))"
    rf"\s+(?:{_FILLERS}\s+)*(?P<verb>{_VERBS})\b"
)
# "according to the finance department": an office after a lead, credited as written.
_LEAD_OFFICE = re.compile(rf"\s+(?P<name>(?i:(?:the\s+)?(?:{'|'.join(re.escape(o) for o in lex.OFFICES)})))\b")
# Names of people wherever they appear, for "he said" later: titled, or set off by a
# comma and an appositive ("Prof. Werner Antweiler, an international trade expert").
_PERSON = re.compile(
    rf"(?:(?:{_TITLES})\s+)(?P<titled>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
    rf"|(?P<appositive>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=,\s+(?:an?|the)\s+[a-z])"
)
# "said Antunes", "said Workforce WindsorEssex CEO Justin Falconer, ...": after the verb
# the name ends the clause; "said the U.S. would" reports the U.S., it does not credit it.
_ROLE = "|".join(sorted((re.escape(w).replace(r"\ s\ ", r"['’]s\ ").replace(r"\ ", r"\s+") for w in lex.ROLE_WORDS),
                        key=len, reverse=True))
_SAYS_NAME = re.compile(
    rf"\b(?:said|says|added|noted|wrote|told|warned|explained|stated|according to)\s+"
    rf"(?:(?:the\s+)?(?:{_ROLE})\s+)*(?P<name>(?:the\s+)?{_NAME})"
    rf"(?:\s+(?:of|at|with|from)\s+(?:the\s+)?(?P<of_org>{_NAME}))?"
    rf"(?P<appos>,\s+(?:the\s+|a\s+|an\s+)?[a-z][^,.;“”\"]{{2,100}}?(?=[,.;]|$))?"
    rf"(?=\s*[,;:”\"]|\.?\s*$|\.\s+[A-Z“\"])"
)
# "according to analysts at Scotiabank": the unnamed people of a named body are its words
_UNNAMED_OF = "|".join(sorted((re.escape(u) for u in lex.UNNAMED), key=len, reverse=True))
_LEAD_NAME = re.compile(rf"\s+(?:(?:{_UNNAMED_OF})\s+(?:at|with|from)\s+)?(?:the\s+|a\s+|an\s+|The\s+)?(?:new\s+)?"
                        rf"(?P<name>{_NAME}(?:\s+{_ORG_NOUN_TAIL})?)")
_SOURCE_NOUN = "|".join(lex.SOURCE_NOUNS)
_POSSESSIVE = re.compile(rf"(?P<name>{_NAME})['’]s?\s+(?:\w+\s+){{0,2}}?(?:{_SOURCE_NOUN})\b")
# "StatsCan data shows", "Fitch analysis found": a name, a source noun, a saying verb.
_NAME_NOUN_SAYS = re.compile(rf"(?P<name>{_NAME})\s+(?:{_SOURCE_NOUN})\s+(?:{_VERBS})\b")
_PRONOUN = re.compile(rf"(?<![\w’'])(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)\s+(?:also\s+|has\s+|had\s+|have\s+)*(?:{_VERBS}|states)\b")
_COREF = re.compile(
    rf"(?i:\b(?P<noun>{'|'.join(re.escape(n) for n in sorted(set(lex.COREFERENCE_NOUNS + lex.SOURCE_ANAPHORA + lex.FIRM_NOUNS), key=len, reverse=True))})\b)"
    rf"(?:\s+(?:also|now|has|had|have))*\s+(?:{_VERBS}|states)\b"
)
def _kind_of(noun: str | None) -> tuple[str, ...] | None:
    """The words a name of the kind of body `noun` says must hold ("the ratings agency":
    agency's), or None for a noun of any kind ("the report")."""
    if not noun:
        return None
    return lex.COREFERENCE_KINDS.get(noun.lower().split()[-1])


def _fits(noun: str | None):
    """A test of whether an organisation's name is of the kind `noun` points back to."""
    pattern = _KIND_PATTERNS.get(noun.lower().split()[-1]) if noun else None
    if pattern is None:
        return lambda name: True
    return lambda name: pattern.search(name) is not None


# For each kind of body a noun names, the words a name of that kind holds, as one
# pattern compiled at import (`_fits` is asked on every "the agency said").
_KIND_PATTERNS = {kind: re.compile(r"(?i)(?<![\w&])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w&])")
                  for kind, words in lex.COREFERENCE_KINDS.items()}


# "— Justin Trudeau": a credit line signs the lines above it (a list's hyphen does not).
_DASH_CREDIT = re.compile(rf"^[—–]+\s*(?P<name>{_NAME})(?:\s*\(@\w+\))?(?:\s+[\w ,.]{{0,40}})?$")
# Verbs that report an event rather than credit a figure: "Trump announced a new 35%
# tariff ..., according to CNBC" credits CNBC.
_EVENT_VERBS = frozenset(("announced", "announces", "announce", "unveiled", "declared", "revealed",
                          "posted", "released", "published", "issued"))
_PRONOUN_NAME = re.compile(r"^(?:They|We|It|He|She|I|You)(?:['’](?:re|s|m|ve|ll|d))?\b")
_HEADLINE_VERB = re.compile(rf",?\s+(?:Warns|Says|Estimates|Predicts|Finds|Reports)\s+(?P<name>{_NAME})\s*$")
_HEADLINE_WORDS = ("Warns", "Says", "Estimates", "Predicts", "Finds", "Reports")
# whether a sentence holds one of them anywhere, in one scan (asked of every sentence)
_HEADLINE_WORD = re.compile("|".join(_HEADLINE_WORDS))
_APPOS_ORG = re.compile(rf"\b(?:at|of|with|for|from)\s+(?:the\s+)?(?P<org>{_NAME})")
_QUOTE = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)", re.M)
_APPOSITIVE_MARK = re.compile(r",\s+(?:an?|the)\s+[a-z]")
_CAPITAL = re.compile(r"\b[A-Z]")
_ACRONYM = re.compile(rf"(?P<name>{_NAME})\s+\((?P<short>[A-Z][A-Za-z&]{{1,7}})\)")
_ACRONYM_MARK = re.compile(r"\s\([A-Z][A-Za-z&]{1,7}\)")
# What names the source of data right after it: "(released Friday) by Statistics Canada".
_RELEASED_BY = re.compile(rf"(?:\s+(?:released|published|compiled|issued|gathered|collected)(?:\s+[A-Z]?[a-z]+)?)?"
                          rf"\s+(?P<by>by|from)\s+(?:the\s+)?(?P<name>{_NAME})")
_DATA_BY = re.compile(r"\s+(?:(?:the|new|latest|a|an|recent|its)\s+)*(?:data|figures|numbers|statistics|"
                      r"estimates|report|survey|study|analysis|forecast)" + _RELEASED_BY.pattern)
_TITLE_SPLIT = re.compile(rf"(?P<org>.+?)\s+(?:{_TITLES})\s+(?P<person>{_NAME})$")
# "the Ontario government": the government a later "the government said" means.
_GOVERNMENT = re.compile(r"\b(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.]+\s+){1,2}government)\b")
_ORG_HEAD = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lex.ORG_HEADS) + r")\b")
_NOT_NAMES = lex.NOT_NAMES
_SUBJECT_REACH, _SUBJECT_NEAR = 260, 70


@dataclass(slots=True)
class Claim:
    """One place where the article credits a source."""

    start: int
    end: int
    name: str
    cue: str
    person: bool
    lead: bool = False  # "according to X": it credits the whole sentence


# A release named after its maker's possessive: the maker is the source.
_OWNERS_RELEASE = re.compile(r"[’']s\s+(?:[A-Z][\w-]*\s+){0,4}(?:Survey|Report|Data|Figures|Outlook|Forecast|Index|"
                             r"Review|Monitor|Study|Analysis|Estimates?|Projections?|Release|Update|Bulletin)$")
_POSSESSIVE_TAIL = re.compile(r"['’]s\b(?!\s+[A-Z]).*$")  # not "Moody's Analytics"
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLES})\s+)+")
_AND_TITLES = re.compile(rf"\b(?:and)\s+(?:(?:{_TITLES})\s+)+")
_FINAL_S = re.compile(r"['’]s$")
_GOVERNMENT_SAYS = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?government\s+(?:has\s+|had\s+|also\s+)*$")
_FILLER_ONLY = re.compile(r"[\s,]*(?:(?:has|had|have|also)\s+)*")
_MARK = re.compile(r"['’]s?\s")
_AND = re.compile(r"\s+and\s+")
_NAME_BEFORE = re.compile(rf"{_NAME}$")
_OFFICE_OF = re.compile(r"['’]s\s+office\b")


# A time between a name and its verb: "Statistics Canada on Friday reported".
_TIME_TAIL = re.compile(rf"\s+{_TIME}\b.*$")


def _surnames(name: str) -> list[str]:
    """The surnames a person's name is remembered under ("Frances Donald and Nathan
    Janzen": Donald, Janzen)."""
    return [p[-1] for p in (part.split() for part in _AND.split(name) if part.strip()) if p and p[-1] not in _NOT_NAMES]


def _clean(name: str) -> str | None:
    name = " ".join(name.split())  # a name wrapped onto the next line is one name
    if name.strip(" ,;:") in _NOT_NAMES:
        return None
    name = _TIME_TAIL.sub("", name)
    name = _POSSESSIVE_TAIL.sub("", name)
    name = _OWNERS_RELEASE.sub("", name.strip(" ,.;:"))  # "Statistics Canada's Labour Force Survey": its maker
    name = name.strip(" ,.;:")
    name = _LEADING_THE.sub("", name)
    name = _LEADING_TITLES.sub("", name)
    name = _AND_TITLES.sub("and ", name)
    name = _FINAL_S.sub("", name).strip()
    if not name or name in _NOT_NAMES or all(t in _NOT_NAMES for t in name.split()):
        return None
    if len(name) < 2 or not name[0].isupper() or _PRONOUN_NAME.match(name):
        return None
    return name


def _is_person(name: str) -> bool:
    parts = name.replace(" and ", " ").split()
    return 1 <= len(parts) <= 6 and not _ORG_HEAD.search(name) and all(p[0].isupper() for p in parts)


@lru_cache(maxsize=None)
def _ending(pattern: re.Pattern) -> re.Pattern:
    """`pattern` anchored at the end of the slice it is searched in."""
    return re.compile(f"(?:{pattern.pattern})$", pattern.flags)


def _search_ending(pattern: re.Pattern, text: str, lo: int, hi: int, anchored: bool = True,
                   at: int | None = None) -> re.Match | None:
    """The leftmost match of `pattern` in text[lo:hi] that ends at `hi` (a verb's end),
    or, unanchored, the leftmost one that covers position `at`."""
    if anchored:
        return _ending(pattern).search(text, lo, hi)
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            return None
        if (m.end() == hi) if anchored else (m.start() <= at < m.end()):
            return m
        pos = m.start() + 1
    return None


# The patterns searched anchored, compiled at import rather than on an article's first
# search.
for _pattern in (_ACRONYM, _SUBJECT_SAYS, _SUBJECT_SAYS_UNGROUPED, _APPOS_SAYS, _OFFICE_SAYS, _PRONOUN, _COREF):
    _ending(_pattern)
# "United Steelworkers Local 2251 President, Mike Da Prat, disclosed": the person set off.
_APPOS_PERSON = re.compile(rf",\s+(?P<person>{_NAME}),")
# The subject that opens a sentence: "The association praised the move, saying ...".
_OPENING_SUBJECT = re.compile(rf"\s*(?:The\s+|the\s+)?(?P<name>{_NAME})")
# A paragraph that opens by going on from the one before.
_GOES_ON = re.compile(r"(?:He|She|They|It|That|This|These|The (?:figure|data|number|report|agency))\b")
_DIGIT = re.compile(r"\d")


class Attributor:
    """The sources an article credits, read once; then asked figure by figure."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.claims: list[Claim] = []
        self.by_sentence: dict[int, list[Claim]] = {}
        self._registry: dict[str, str] = {}
        self._quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]
        # the quotes do not overlap and come in order: the one that holds a figure is
        # the last that starts at or before it, if it has not ended (`source_for`)
        self._quote_starts = [s for s, _ in self._quotes]
        self._aliases = self._acronyms()
        for start, end, name in doc.cues.of("alias"):
            # the full name, and the short one as the article writes it ("Toronto-Dominion
            # Bank (TD Bank)"), as for an acronym the article defines
            written = doc.text[start:end]
            self._aliases[written] = name if written.lower() == name.lower() else f"{name} ({written})"
        self._people: list[tuple[int, str]] = []
        for start in self._person_anchors():
            m = _PERSON.match(self.text, start)
            if m is None:
                continue
            name = _clean(m.group("titled") or m.group("appositive"))
            if name and _is_person(name):
                self._people.append((m.start(), self._register(name, None)))
        self._orgs: list[tuple[int, str]] = []  # organisations named, credited or not
        # sentences that credit a body no earlier name fits ("the agency said" with no
        # agency named): their figures are nobody's rather than the last source's
        self._unresolved: set[int] = set()
        self._governments = []
        at = self.text.find("government")
        while at >= 0:
            m = _GOVERNMENT.search(self.text, max(0, at - 40), at + 10)
            if m and _clean(m.group("name").rsplit(" ", 1)[0]):
                self._governments.append((m.start(), m.group("name")))
            at = self.text.find("government", at + 10)
        self._read()
        # a source credited twice in one sentence ("according to an analysis by X") is
        # one credit: count the sentences that credit each
        counts = Counter(name for name, _ in {(c.name, self.doc.sentence_index(c.start)) for c in self.claims})
        self.dominant = None
        if counts:
            ranked = counts.most_common(2)
            name, n = ranked[0]
            # one source the article reports: no second one credited twice or more
            # ("insights from various economists" is no one's outlook)
            if n >= 3 and n >= 0.6 * sum(counts.values()) and (len(ranked) < 2 or ranked[1][1] < 2):
                self.dominant = name

    # -- reading ---------------------------------------------------------------

    def _person_anchors(self) -> list[int]:
        """Where a person's name may start: after a title, or a few words before ", a" or
        ", the" (an appositive)."""
        starts = {start for start, _, _ in self.doc.cues.of("title")}
        for m in _APPOSITIVE_MARK.finditer(self.text):
            lo = max(0, m.start() - 50)
            for w in _CAPITAL.finditer(self.text, lo, m.start()):
                starts.add(w.start())
        return sorted(starts)

    def _acronyms(self) -> dict[str, str]:
        """"Parliamentary Budget Officer (PBO)": the short form stands for the long one."""
        out: dict[str, str] = {}
        done = 0
        for mark in _ACRONYM_MARK.finditer(self.text):
            m = _search_ending(_ACRONYM, self.text, max(done, mark.start() - _SUBJECT_REACH), mark.end())
            if m is not None:
                done = m.end()
                cleaned = _clean(m.group("name"))
                if cleaned:
                    # both forms, so that a credit of either reads as the same source
                    out[m.group("short")] = f"{cleaned} ({m.group('short')})"
        return out

    def _register(self, name: str, org: str | None) -> str:
        """A display name for a source, with its organisation when the text gives one,
        remembered under each person's surname so that later short mentions ("Antunes",
        "Donald and Janzen") resolve to it."""
        name = self._aliases.get(name, name)
        people = [p.split() for p in _AND.split(name) if p.strip()]
        keys = _surnames(name)
        known = next((self._registry[k] for k in keys if k in self._registry), None)
        if known is not None:
            if org and org not in known and "(" not in known:
                upgraded = f"{known} ({org})"
                for k, v in list(self._registry.items()):
                    if v == known:
                        self._registry[k] = upgraded
                return upgraded
            return known
        display = f"{name} ({org})" if org and org not in name else name
        if _is_person(name) and len(people) == 1 and len(people[0]) == 1 and not org:
            # "Census data show", after "the U.S. Census Bureau": one word of a body
            # credited before is that body
            bodies = {c.name for c in self.claims if not c.person and re.search(rf"\b{re.escape(name)}\b", c.name)
                      and c.name != name}
            if len(bodies) == 1:
                return bodies.pop()
        if _is_person(name):
            for k in keys:
                self._registry[k] = display
        return display

    def _last(self, before: int, person: bool | None = None) -> Claim | None:
        """The source a pronoun or "the agency" points back to: the last one credited,
        or for "he" and "she", the last person named, credited or not."""
        best = None
        for c in reversed(self.claims):
            if c.start < before and (person is None or c.person == person):
                best = c
                break
        if person:
            for start, display in reversed(self._people):
                if start < before:
                    if best is None or start > best.start:
                        # as the person is known by now: "Douglas Porter (Bank of Montreal)"
                        # once a claim gave the organisation
                        display = next((self._registry[k] for k in _surnames(display.split(" (")[0])
                                        if k in self._registry), display)
                        best = Claim(start, start, display, display, True)
                    break
        return best

    def _last_org(self, before: int, noun: str | None = None) -> str | None:
        """The organisation last credited before `before` ("the published data" are
        its data), or failing that the one last named; for a noun that says what kind of
        body it is ("the agency", "the bank"), the last one of that kind, or none."""
        fits = _fits(noun)
        for c in reversed(self.claims):
            if c.start < before and not c.person and fits(c.name):
                return c.name
        named = [name for start, name in self._orgs if start < before and fits(name)]
        return named[-1] if named else None

    def _add(self, sent_index: int, start: int, end: int, name: str, cue: str, org: str | None = None,
             lead: bool = False):
        display = self._register(name, org)
        claim = Claim(start, end, display, cue, _is_person(name), lead)
        self.claims.append(claim)
        self.by_sentence.setdefault(sent_index, []).append(claim)
        if not claim.person:
            self._orgs.append((start, display))

    def _headers(self) -> tuple[dict[int, str], set[int]]:
        """Paragraph start -> the organisation named on the short line above it, and
        where those header lines start."""
        out: dict[int, str] = {}
        lines: set[int] = set()
        paras = self.doc.paragraphs
        for prev, para in zip(paras, paras[1:]):
            line = self.text[prev.start:prev.end]
            if _looks_like_org_header(line):
                out[para.start] = line
                lines.add(prev.start)
        return out, lines

    def _read(self) -> None:
        text = self.text
        cues = self.doc.cues
        headers, header_lines = self._headers()
        for start, end, _ in cues.of("org_name"):
            self._orgs.append((start, self._register(text[start:end], None)))
        self._orgs.sort()
        for i, sent in enumerate(self.doc.sentences):
            if sent.start in header_lines:
                continue
            header = headers.get(self.doc.paragraph_at(sent.start).start)
            verbs = cues.within("saying", sent.start, sent.end)
            leads = cues.within("source_lead", sent.start, sent.end)
            if verbs or leads:
                found = self._leads(i, sent, leads)
                found = self._subjects(i, sent, verbs, header) or found
                found = self._after_verbs(i, sent, verbs, leads) or found
                found = self._offices(i, sent, verbs) or found
                found = self._possessives(i, sent) or found
                found = self._lines(i, sent) or found
                if not found:
                    found = self._pointers(i, sent, verbs)
                if not found and self._unnamed_speaker(sent, verbs):
                    self._unresolved.add(i)  # "analysts at a brokerage said ...": no one named, none carried
            else:
                # most sentences: no verb of saying and no lead, so the readers of those
                # find nothing and only these two can
                found = self._possessives(i, sent)
                found = self._lines(i, sent) or found
            if header and not found:
                self.by_sentence.setdefault(i, []).append(Claim(sent.start, sent.end, header, header, False))

    def _leads(self, i: int, sent: Span, leads) -> bool:
        """"according to X", "data from X"; "according to the published data" credits
        the organisation last named."""
        found = False
        for start, end, _ in leads:
            lead = self.text[start:end]
            if lead.lower() == "per" and not (self.text[max(0, start - 2):start] == ", " or start == sent.start):
                continue  # ", per Statistics Canada" credits; "25 per cent", "$30 per household" do not
            anaphora = self.doc.cues.first_after("source_anaphora", end + 1, min(sent.end, end + 40))
            if anaphora is not None and not self.text[end:anaphora[0]].strip():
                if self._releaser(i, start, lead, _RELEASED_BY.match(self.text, anaphora[1],
                                                                     min(sent.end, anaphora[1] + 60)), True):
                    found = True
                    continue
                org = self._last_org(start, self.text[anaphora[0]:anaphora[1]])
                if org:
                    self._add(i, start, anaphora[1], org, f"{lead} {self.text[anaphora[0]:anaphora[1]]}", lead=True)
                    found = True
                continue
            if self._releaser(i, start, lead, _DATA_BY.match(self.text, end, sent.end),
                              lead.lower().startswith("according")):
                found = True
                continue
            m = _LEAD_NAME.match(self.text, end, sent.end)
            office = None if m else _LEAD_OFFICE.match(self.text, end, sent.end)
            if office:  # offices stay as written, in lower case too
                m, name = office, office.group("name")
            if m and (name := name if office else _clean(m.group("name"))):
                tail = _OF_THE.match(self.text, m.end("name"), sent.end)
                if tail and _ORG_HEAD.search(name.split()[-1]):
                    name += tail.group()  # "the Distilled Spirits Council of the United States"
                self._add(i, start, m.end(), name, f"{lead} {name}", lead=lead.lower().startswith("according"))
                found = True
        return found

    def _releaser(self, i: int, start: int, lead: str, named: re.Match | None, as_lead: bool) -> bool:
        """Credit whoever released the data a lead names ("according to figures released
        Monday by Statistics Canada"), where `named` found them."""
        name = _clean(named.group("name")) if named else None
        if name:
            self._add(i, start, named.end(), name, f"{lead} ... {named.group('by')} {name}", lead=as_lead)
        return bool(name)

    def _subjects(self, i: int, sent: Span, verbs, header: str | None) -> bool:
        """"X said", "X, economist at Y, estimates", "the Ontario government said"."""
        found = False
        text = self.text
        for start, end, _ in verbs:
            lo = max(sent.start, start - _SUBJECT_REACH)
            says = _SUBJECT_SAYS if _GROUP_NOUN_IN.search(text, lo, end) else _SUBJECT_SAYS_UNGROUPED
            m = _search_ending(says, text, lo, end)
            if m is None:
                a = _search_ending(_APPOS_SAYS, text, max(sent.start, start - _SUBJECT_REACH), end)
                if a and (name := _clean(a.group("name"))) and (_is_person(name) and " " in name or _BODY_WORD.search(name)
                                                                 or "-" in name or _APPOS_OWNER.search(text, sent.start, a.start())) \
                        and not self._unnamed(a.start("name"), a.end("name")) \
                        and not self.doc.cues.within("actor", a.start("name"), a.end("name")):
                    self._add(i, a.start("name"), a.end(), name, f"{name} {a.group('verb')}")
                    found = True
                continue
            name = _clean(m.group("name"))
            appos = m.group("appos")
            if not name and appos and (pm := _APPOS_PERSON.fullmatch(appos)):
                # "United Steelworkers Local 2251 President, Mike Da Prat, disclosed"
                name = _clean(pm.group("person"))
                appos = None
            if not name or self._unnamed(m.start("name"), m.end("name")):
                continue
            if _PLACE_BEFORE.search(text, max(sent.start, m.start("name") - 12), m.start("name")):
                continue  # "producers in Hamilton say": a place, the speakers unnamed
            if self._noun_before_verb(end):
                continue  # "jobless claims rose 4%": the saying word is a noun
            if m.group("verb").lower() in lex.ESTIMATE_AT and not _AT_AFTER.match(text, end, sent.end):
                continue  # "the tariffs Trump placed on cars": a levy, not an estimate
            if _OFFICE_OF.match(text, m.end("name") - 2, m.end("name") + 8):
                continue  # "Carney's office said": the office speaks (`_offices`)
            org = _clean(m.group("org")) if m.group("org") else None
            if not org and appos:
                om = _APPOS_ORG.search(appos)
                org = _clean(om.group("org")) if om else None
            if header and not org and _is_person(name):
                org = header
            self._add(i, m.start("name"), m.end(), name, f"{name} {m.group('verb')}", org)
            found = True
        for start, end, _ in verbs:
            word = text[start:end].lower()
            if not word.endswith("ing") or word == "according" or text[max(sent.start, start - 2):start] != ", ":
                continue
            # "The association praised the move, saying ...": the sentence's subject
            m = _OPENING_SUBJECT.match(text[sent.start:start])
            if m and (name := _clean(m.group("name"))) and not _is_person(name) \
                    and not self._unnamed(sent.start + m.start("name"), sent.start + m.end("name")):
                self._add(i, sent.start + m.start("name"), end, name, f"{name} ... {word}")
                found = True
        return found

    def _unnamed_speaker(self, sent: Span, verbs) -> bool:
        """Whether a source no one in particular is ("analysts", "officials at the firm")
        is the subject of one of the sentence's verbs of saying."""
        for start, _end, _ in verbs:
            for u_start, u_end, _ in self.doc.cues.within("unnamed", max(sent.start, start - 60), start):
                if _UNNAMED_GAP.fullmatch(self.text, u_end, start):
                    return True
        return False

    def _noun_before_verb(self, end: int) -> bool:
        """Whether the word ending at `end` is followed at once by a finite verb, so it is
        a noun ("jobless claims rose"), not the verb of saying ("Ford claims ...")."""
        m = _NEXT_WORD.match(self.text, end)
        if m is None:
            return False
        if m.group(1).lower() in _FINITE_WORDS:
            return True
        return any(s == m.start(1) and cls_lemma[0] in _MOTION for s, _e, cls_lemma in
                   self.doc.cues.within("verb", m.start(1), m.end(1)))

    def _unnamed(self, start: int, end: int) -> bool:
        """Whether the words are one of the sources no one in particular is."""
        return any(s <= start and end <= e + 1 for s, e, _ in self.doc.cues.within("unnamed", start, end + 1))

    def _after_verbs(self, i: int, sent: Span, verbs, leads) -> bool:
        """"said Antunes", "said Workforce WindsorEssex CEO Justin Falconer"."""
        found = False
        according = {lead[0] for lead in leads if self.text[lead[0]:lead[1]].lower().startswith("according")}
        anchors = sorted({v[0] for v in verbs} | according)
        for anchor in anchors:
            m = _SAYS_NAME.match(self.text, anchor, sent.end)
            if m is None:
                continue
            if anchor in according and any(c.start == anchor for c in self.by_sentence.get(i, ())):
                continue  # already read as a lead
            name = _clean(m.group("name"))
            if not name or self._unnamed(m.start("name"), m.end("name")):
                continue
            org = None
            if m.group("appos"):
                om = _APPOS_ORG.search(m.group("appos"))
                org = _clean(om.group("org")) if om else None
            tm = _TITLE_SPLIT.match(name)
            if tm:
                org, name = org or tm.group("org"), tm.group("person")
            if m.group("of_org") and _is_person(name):
                # "said Mark Agnew of the Canadian Chamber of Commerce"
                org = org or _clean(m.group("of_org"))
            self._add(i, m.start(), m.end(), name, m.group().split(",")[0].rstrip("."), org)
            found = True
        return found

    def _offices(self, i: int, sent: Span, verbs) -> bool:
        """"the parliamentary budget officer estimated", "the premier's office said",
        "the government said" (the government the article named before)."""
        found = False
        text = self.text
        for start, end, _ in verbs:
            m = _search_ending(_OFFICE_SAYS, text, max(sent.start, start - _SUBJECT_NEAR), end)
            if m:
                self._add(i, m.start(), m.end(), m.group("name"), f"{m.group('name')} {m.group('verb')}")
                found = True
                continue
            office = self.doc.cues.last_before("office_written", start, max(sent.start, start - 40))
            if office is not None and _FILLER_ONLY.fullmatch(text[office[1]:start]):
                # the longest office phrase that ends there ("the premier's office")
                o_start = min(h[0] for h in self.doc.cues.within("office_written", max(sent.start, office[1] - 60),
                                                                   office[1]) if h[1] == office[1])
                if text[o_start:o_start + 1] == "s" and o_start >= 2 and text[o_start - 1] in "'’":
                    # "Carney's office said": the office of the name before it, as written
                    w = _NAME_BEFORE.search(text, max(sent.start, o_start - 60), o_start - 1)
                    if w is None:
                        continue
                    o_start = w.start()
                name = text[o_start:office[1]]
                self._add(i, o_start, end, name, f"{name} {text[start:end]}")
                found = True
                continue
            gm = _GOVERNMENT_SAYS.search(text[max(sent.start, start - 40):start])
            if gm:
                named = [name for pos, name in self._governments if pos < start]
                name = named[-1] if named else "the government"
                self._add(i, start - len(gm.group()), end, name, f"{gm.group().strip()} {text[start:end]}")
                found = True
        return found

    def _possessives(self, i: int, sent: Span) -> bool:
        """"Fitch's analysis", "StatsCan data shows"."""
        found = False
        text = self.text
        nouns = self.doc.cues.within("source_noun", sent.start, sent.end)
        for mark in _MARK.finditer(text[sent.start:sent.end]) if nouns else ():
            at = sent.start + mark.start()
            if not any(at < s < at + 60 for s, _, _ in nouns):
                continue  # "Canada's exports": no source noun after the mark
            m = _search_ending(_POSSESSIVE, text, max(sent.start, at - _SUBJECT_REACH),
                               min(sent.end, at + 60), anchored=False, at=at)
            if m and (name := _clean(m.group("name"))):
                self._add(i, m.start(), m.end(), name, m.group())
                found = True
        for start, end, _ in nouns:
            m = _search_ending(_NAME_NOUN_SAYS, text, max(sent.start, start - 80), min(sent.end, end + 20),
                               anchored=False, at=start)
            if m and m.end("name") < start + 1 and (name := _clean(m.group("name"))):
                self._add(i, m.start(), m.end(), name, m.group())
                found = True
        return found

    def _lines(self, i: int, sent: Span) -> bool:
        """A headline that ends "..., Warns PBO"; a credit line under a quote."""
        s = self.text[sent.start:sent.end]
        base = sent.start
        if _HEADLINE_WORD.search(s) and (m := _HEADLINE_VERB.search(s)) \
                and (name := _clean(m.group("name"))):
            self._add(i, base + m.start(), base + m.end(), name, m.group().strip(" ,"))
            return True
        if (m := _DASH_CREDIT.match(s)) and (name := _clean(m.group("name"))):
            self._add(i, base + m.start(), base + m.end(), name, m.group())
            for j in range(max(0, i - 3), i):
                prev = self.doc.sentences[j]
                self.by_sentence.setdefault(j, []).append(
                    Claim(prev.start, prev.end, self.claims[-1].name, m.group(), True))
            return True
        return False

    def _pointers(self, i: int, sent: Span, verbs) -> bool:
        """"he said", "the agency said", "the report states": the source named before."""
        text = self.text
        for start, end, _ in verbs:
            m = _search_ending(_PRONOUN, text, max(sent.start, start - _SUBJECT_NEAR), end)
            if m is None:
                continue
            pron = m.group("pron").lower()
            # "he" and "she" are people, "it" an organisation, "they" either
            wanted = {"he": True, "she": True, "it": False}.get(pron)
            last = self._last(m.start(), wanted) or (self._last(m.start()) if pron == "it" else None)
            if last:
                self._add_resolved(i, m.start(), m.end(), last, m.group())
                return True
        for start, end, _ in verbs:
            m = _search_ending(_COREF, text, max(sent.start, start - _SUBJECT_NEAR), end)
            if m is None:
                continue
            noun = m.group("noun")
            org = self._last_org(m.start(), noun)
            if noun.lower() in lex.FIRM_NOUNS and (opener := self._opening_name(sent, m.start())):
                org = opener  # "Stellantis will cut 1,200 jobs, the company said"
            last = None if _kind_of(noun) else self._last(m.start(), False) or self._last(m.start())
            if org or last:
                name = org or last.name
                self._add_resolved(i, m.start(), m.end(), Claim(m.start(), m.end(), name, name, False), m.group())
                return True
            self._unresolved.add(i)
        return False

    def _opening_name(self, sent: Span, before: int) -> str | None:
        """The name that opens the sentence as its subject, when it is no country, person
        or unnamed source: the firm a later "the company said" in it stands for."""
        m = _OPENING_NAME.match(self.text, sent.start, before)
        if m is None or self.doc.cues.within("actor", m.start("name"), m.end("name")):
            return None
        name = _clean(m.group("name"))
        if not name or name in self._registry.values() or self._unnamed(m.start("name"), m.end("name")):
            return None
        return self._register(name, None)

    def _add_resolved(self, i: int, start: int, end: int, last: Claim, cue: str) -> None:
        claim = Claim(start, end, last.name, cue, last.person)
        self.claims.append(claim)
        self.by_sentence.setdefault(i, []).append(claim)

    # -- answering -------------------------------------------------------------

    def source_for(self, start: int, end: int, clause: Span, kind: str | None) -> tuple[str | None, str | None]:
        """The source credited for the figure at [start, end), and the words that credit it."""
        i = self.doc.sentence_index(start)
        claims = self.by_sentence.get(i, [])
        q = bisect.bisect_right(self._quote_starts, start) - 1
        quote = self._quotes[q] if q >= 0 and start < self._quotes[q][1] else None
        if quote and quote[1] > self.doc.sentences[i].end:
            # the quote goes on past this sentence: its speaker comes after it ends
            j = self.doc.sentence_index(quote[1] - 1)
            after = [c for c in self.by_sentence.get(j, ()) if c.start >= quote[1] - 1]
            if not after and j + 1 < len(self.doc.sentences) \
                    and not self.text[quote[1]:self.doc.sentences[j + 1].start].strip():
                # "... this matter!” Trump said": the quote's "!" ended a sentence, and
                # its speaker opens the next one
                after = [c for c in self.by_sentence.get(j + 1, ())
                         if c.start - self.doc.sentences[j + 1].start < 40]
            if after:
                return after[0].name, after[0].cue
        if claims:
            if quote:
                # the speaker of the quote that holds the figure
                speaker = [c for c in claims if c.start >= quote[1] - 1 or c.end <= quote[0] + 1]
                if speaker:
                    best = min(speaker, key=lambda c: _gap(c, *quote))
                    return best.name, best.cue
            leads = [c for c in claims if c.lead]
            if leads and all(c.lead or c.cue.split()[-1].lower() in _EVENT_VERBS for c in claims):
                return leads[0].name, leads[0].cue
            in_clause = [c for c in claims if clause.start <= c.start < clause.end]
            # a claim in a later clause that goes on to its own figure ("..., and the
            # industry expects 1,000 layoffs") credits that figure, not the ones before;
            # one that closes the sentence (", the agency said.") credits them all
            reaching = [c for c in claims if (c.start < clause.end or not self._own_figure(c, i))
                        and not (c.end <= clause.start and self._own_agent(clause))]
            pool = in_clause or reaching
            if pool:
                best = min(pool, key=lambda c: _gap(c, start, end))
                return best.name, best.cue
        elif i in self._unresolved:
            return None, None
        elif inherited := self._carried(i, start):
            return inherited.name, "continues: " + inherited.cue
        if self.dominant and kind != "tariff_rate":
            return self.dominant, "article reports " + self.dominant
        return None, None

    def _own_agent(self, clause: Span) -> bool:
        """A clause that opens with "while", "whereas" or "but" and names an agent of its own
        in its first words ("X said ..., while **Canadian officials** have drawn up a list"):
        what it says is that agent's doing, not the earlier speaker's words. ("..., while
        imports fell 1%" goes on with the speaker's figures.)"""
        head = self.text[clause.start:clause.start + 12].lower()
        if not head.startswith(("while ", "whereas ", "but ")):
            return False
        reach = min(clause.end, clause.start + 40)
        cues = self.doc.cues
        return bool(cues.within("unnamed", clause.start, reach)) or any(
            role in ("person", "seat") for _, _, (_, role) in cues.within("actor", clause.start, reach))

    def _own_figure(self, c: Claim, i: int) -> bool:
        """Whether the words after a claim, to its sentence's end, hold a number."""
        return any(ch.isdigit() for ch in self.text[c.end:self.doc.sentences[i].end])

    def _carried(self, i: int, start: int) -> Claim | None:
        """A source credited just before: in the same paragraph, or a paragraph that
        goes on (a quote that carries on, an opening "He", "That", "The figure")."""
        para = self.doc.paragraph_at(start)
        for j in range(i - 1, max(-1, i - 4), -1):
            sent = self.doc.sentences[j]
            claims = self.by_sentence.get(j)
            if sent.start >= para.start:
                if claims:
                    return claims[-1]
                continue
            opening = self.text[para.start:para.start + 16]
            if claims and (opening.startswith(("“", '"')) or _GOES_ON.match(opening)):
                return claims[-1]
            return None
        return None


def _gap(c: Claim, start: int, end: int) -> int:
    if c.end <= start:
        return start - c.end
    if c.start >= end:
        return c.start - end
    return 0


def _looks_like_org_header(line: str) -> bool:
    """A short line naming an organisation, above the paragraph that reports it."""
    words_ = line.split()
    return (1 <= len(words_) <= 6 and not line.endswith((".", "?", "!", ":", "”", '"'))
            and all(w[0].isupper() or w in ("of", "for", "and", "&", "the") for w in words_)
            and bool(_ORG_HEAD.search(line)) and not _DIGIT.search(line))
