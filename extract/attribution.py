"""Who the article credits for each figure.

An article credits a source in a few shapes: "according to X", "data from X", "X's
analysis", "X estimates that ...", a quote followed by "said X", a pronoun or "the
agency" that points back to a source already named, a short header line naming the
organisation whose outlook the paragraph reports, or a whole article reporting one
source. `Attributor` reads those once per article; `source_for` answers per figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tradefigures.extract.context import words
from tradefigures.extract.lexicons import attribution as lex
from tradefigures.extract.literals import prefilter, quick_start
from tradefigures.extract.text import Document, Span

_TOKEN = r"(?:[A-Z][\w’'.&-]*[\w.]|[A-Z]|&)"
_NAME = rf"{_TOKEN}(?:(?:\s+(?:of|for|and|&|the|de|du|la|on|von|van)\s+|\s+|-){_TOKEN}){{0,7}}"
_VERBS = "|".join(sorted((re.escape(v) for v in lex.SAYING_VERBS), key=len, reverse=True))
_TITLES = "|".join(sorted((re.escape(t) for t in lex.TITLES), key=len, reverse=True))
_GROUP_NOUN = r"(?:economists?|analysts?|strategists?|researchers?|officials?|spokesperson|experts?)"
_ORG_NOUN_TAIL = r"(?:government|officials|ministry|economists|analysts)"

_FILLERS = r"(?:also|has|had|have|now|then|previously|recently|earlier|later|further|separately|still)"
_ORG_NOUN = "|".join(re.escape(n) for n in lex.ORG_NOUNS)
# "Andrew Grantham, economist at CIBC, said", "The Royal Bank of Canada estimated".
_SUBJECT_SAYS = re.compile(
    rf"(?:(?P<org>{_NAME})\s+{_GROUP_NOUN}\s+)?(?P<name>(?:the\s+|The\s+)?{_NAME})(?:\s+(?:{_ORG_NOUN}))?"
    rf"(?P<appos>,\s+[^,;“”\"]{{2,100}},)?\s+(?:{_FILLERS}\s+)*(?P<verb>{_VERBS})\b"
)
# "the parliamentary budget officer had estimated", "the industry says".
_OFFICE_SAYS = re.compile(
    rf"(?i:\b(?P<name>(?:the\s+)?(?:{'|'.join(re.escape(o) for o in lex.OFFICES + lex.GENERIC_SOURCES)})))"
    rf"\s+(?:{_FILLERS}\s+)*(?P<verb>{_VERBS})\b"
)
# Names of people wherever they appear, for "he said" later: titled, or set off by a
# comma and an appositive ("Prof. Werner Antweiler, an international trade expert").
_PERSON = re.compile(
    rf"(?:(?:{_TITLES})\s+)(?P<titled>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
    rf"|(?P<appositive>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=,\s+(?:an?|the)\s+[a-z])"
)
# "said Antunes", "said Workforce WindsorEssex CEO Justin Falconer, ..."
# After the verb the name ends the clause ("said Antunes." or "said Antunes, the chief
# economist"); "said the U.S. would" reports the U.S., it does not credit it.
_SAYS_NAME = re.compile(
    rf"\b(?:said|says|added|noted|wrote|told|warned|explained|stated|according to)\s+(?P<name>(?:the\s+)?{_NAME})"
    rf"(?P<appos>,\s+(?:the\s+|a\s+|an\s+)?[a-z][^,.;“”\"]{{2,100}}?(?=[,.;]|$))?"
    rf"(?=\s*[,;:”\"]|\.?\s*$|\.\s+[A-Z“\"])"
)
_ACCORDING = re.compile(
    rf"\b(?i:{'|'.join(lex.SOURCE_LEADS[:-2])})\s+(?:the\s+|a\s+|an\s+|The\s+)?(?:new\s+)?(?P<name>{_NAME}(?:\s+{_ORG_NOUN_TAIL})?)"
)
_POSSESSIVE = re.compile(
    rf"(?P<name>{_NAME})['’]s?\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(lex.SOURCE_NOUNS)})\b"
)
# "states" credits only a pronoun or a noun that points back ("the report states");
# after a name it is usually a noun ("U.S. states").
_BACK_VERBS = _VERBS + "|states"
_PRONOUN = re.compile(rf"(?<![\w’'])(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)\s+(?:also\s+|has\s+|had\s+|have\s+)*(?:{_BACK_VERBS})\b")
_COREF = re.compile(
    rf"(?i:\b(?P<noun>{'|'.join(re.escape(n) for n in lex.COREFERENCE_NOUNS)})\b)(?:\s+(?:also|now|has|had|have))*\s+(?:{_BACK_VERBS})\b"
)
_DASH_CREDIT = re.compile(rf"^[—–-]+\s*(?P<name>{_NAME})")
_HEADLINE_VERB = re.compile(rf",?\s+(?:Warns|Says|Estimates|Predicts|Finds|Reports)\s+(?P<name>{_NAME})\s*$")
_APPOS_ORG = re.compile(rf"\b(?:at|of|with|for|from)\s+(?:the\s+)?(?P<org>{_NAME})")
_QUOTE = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)", re.M)

# Where claims can be: saying verbs, "according to"-style leads and possessives, found
# with cheap patterns on the lower-cased text; the name patterns above then run only in
# the few characters next to them.
_SAYING = words(*(re.escape(v) for v in lex.SAYING_VERBS), "states")
_LEADS = words(*(lead.lower() for lead in lex.SOURCE_LEADS[:-2]))
_POSSESSIVE_MARK = re.compile(r"['’]s?\s")
_SUBJECT_REACH, _SUBJECT_NEAR = 260, 70
_ORG_HEAD = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lex.ORG_HEADS) + r")\b")
_NOT_NAMES = lex.NOT_NAMES


@dataclass(slots=True)
class Claim:
    """One place where the article credits a source."""

    start: int
    end: int
    name: str
    cue: str
    person: bool


_ACRONYM = re.compile(rf"(?P<name>{_NAME})\s+\((?P<short>[A-Z][A-Za-z&]{{1,7}})\)")
# Where an acronym can be defined: the name pattern then runs only before these.
_ACRONYM_MARK = re.compile(r"\s\([A-Z][A-Za-z&]{1,7}\)")


def _clean(name: str) -> str | None:
    if name.strip(" ,;:") in _NOT_NAMES:
        return None
    name = re.sub(r"['’]s\b.*$", "", name)
    name = name.strip(" ,.;:")
    name = re.sub(rf"^(?:the|The)\s+", "", name)
    name = re.sub(rf"^(?:(?:{_TITLES})\s+)+", "", name)
    name = re.sub(rf"\b(?:and)\s+(?:(?:{_TITLES})\s+)+", "and ", name)
    name = re.sub(r"['’]s$", "", name).strip()
    if not name or name in _NOT_NAMES or all(t in _NOT_NAMES for t in name.split()):
        return None
    if len(name) < 2 or not name[0].isupper():
        return None
    return name


def _is_person(name: str) -> bool:
    parts = name.replace(" and ", " ").split()
    return 1 <= len(parts) <= 6 and not _ORG_HEAD.search(name) and all(p[0].isupper() for p in parts)


class Attributor:
    """The sources an article credits, read once; then asked figure by figure."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.claims: list[Claim] = []
        self.by_sentence: dict[int, list[Claim]] = {}
        self._registry: dict[str, str] = {}
        self._quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]
        # "Parliamentary Budget Officer (PBO)": the short form stands for the long one
        self._aliases = {m.group("short"): cleaned for m in _acronyms(self.text)
                         if (cleaned := _clean(m.group("name")))}
        self._people: list[tuple[int, str]] = []
        for m in quick_start(_PERSON).finditer(self.text):
            name = _clean(m.group("titled") or m.group("appositive"))
            if name and _is_person(name):
                self._people.append((m.start(), self._register(name, None)))
        self._read()
        counts = Counter(c.name for c in self.claims)
        self.dominant = None
        if counts:
            name, n = counts.most_common(1)[0]
            if n >= 3 and n >= 0.6 * sum(counts.values()):
                self.dominant = name

    # -- reading ---------------------------------------------------------------

    def _register(self, name: str, org: str | None) -> str:
        """A display name for a source, with its organisation when the text gives one,
        remembered under each person's surname so that later short mentions ("Antunes",
        "Donald and Janzen") resolve to it."""
        name = self._aliases.get(name, name)
        people = [p.split() for p in re.split(r"\s+and\s+", name) if p.strip()]
        keys = [p[-1] for p in people if p and p[-1] not in _NOT_NAMES]
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
                        best = Claim(start, start, display, display, True)
                    break
        return best

    def _add(self, sent_index: int, start: int, end: int, name: str, cue: str, org: str | None = None):
        display = self._register(name, org)
        claim = Claim(start, end, display, cue, _is_person(name))
        self.claims.append(claim)
        self.by_sentence.setdefault(sent_index, []).append(claim)

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
        headers, header_lines = self._headers()
        cues = self.doc.cues
        for i, sent in enumerate(self.doc.sentences):
            if sent.start in header_lines:
                continue
            header = headers.get(self.doc.paragraph_at(sent.start).start)
            verbs = cues.within(_SAYING, sent.start, sent.end)
            found = False
            for lead in cues.within(_LEADS, sent.start, sent.end):
                m = _ACCORDING.match(text, lead.start(), sent.end)
                if m and (name := _clean(m.group("name"))):
                    self._add(i, m.start(), m.end(), name, m.group().split()[0] + " " + name)
                    found = True
            for v in verbs:
                m = _search_ending(_SUBJECT_SAYS, text, max(sent.start, v.start() - _SUBJECT_REACH), v.end())
                if m is None:
                    continue
                name = _clean(m.group("name"))
                if not name:
                    continue
                org = _clean(m.group("org")) if m.group("org") else None
                if not org and m.group("appos"):
                    om = _APPOS_ORG.search(m.group("appos"))
                    org = _clean(om.group("org")) if om else None
                if header and not org and _is_person(name):
                    org = header
                self._add(i, m.start("name"), m.end(), name, f"{name} {m.group('verb')}", org)
                found = True
            anchors = sorted({v.start() for v in verbs} | {lead.start() for lead in cues.within(_LEADS, sent.start, sent.end)
                                                           if lead.group().startswith("according")})
            for anchor in anchors:
                m = _SAYS_NAME.match(text, anchor, sent.end)
                if m is None:
                    continue
                name = _clean(m.group("name"))
                if not name:
                    continue
                org = None
                if m.group("appos"):
                    om = _APPOS_ORG.search(m.group("appos"))
                    org = _clean(om.group("org")) if om else None
                # "said Workforce WindsorEssex CEO Justin Falconer": the title splits
                # the organisation from the person.
                tm = _TITLE_SPLIT.match(name)
                if tm:
                    org, name = org or tm.group("org"), tm.group("person")
                self._add(i, m.start(), m.end(), name, m.group().split(",")[0], org)
                found = True
            for v in verbs:
                m = _search_ending(_OFFICE_SAYS, text, max(sent.start, v.start() - _SUBJECT_NEAR), v.end())
                if m:
                    name = m.group("name")
                    self._add(i, m.start(), m.end(), name, f"{name} {m.group('verb')}")
                    found = True
            for mark in _POSSESSIVE_MARK.finditer(text, sent.start, sent.end):
                m = _search_ending(_POSSESSIVE, text, max(sent.start, mark.start() - _SUBJECT_REACH),
                                   min(sent.end, mark.end() + 60), anchored=False, at=mark.start())
                if m and (name := _clean(m.group("name"))):
                    self._add(i, m.start(), m.end(), name, m.group())
                    found = True
            s = text[sent.start:sent.end]
            base = sent.start
            if any(w in s for w in _HEADLINE_WORDS) and (m := _HEADLINE_VERB.search(s)) \
                    and (name := _clean(m.group("name"))):
                self._add(i, base + m.start(), base + m.end(), name, m.group().strip(" ,"))
                found = True
            if (m := _DASH_CREDIT.match(s)) and (name := _clean(m.group("name"))):
                self._add(i, base + m.start(), base + m.end(), name, m.group())
                # A credit line ("— Justin Trudeau") signs the lines just above it.
                for j in range(max(0, i - 3), i):
                    prev = self.doc.sentences[j]
                    self.by_sentence.setdefault(j, []).append(
                        Claim(prev.start, prev.end, self.claims[-1].name, m.group(), True))
                found = True
            if not found:
                for v in verbs:
                    m = _search_ending(_PRONOUN, text, max(sent.start, v.start() - _SUBJECT_NEAR), v.end())
                    if m is None:
                        continue
                    pron = m.group("pron").lower()
                    # "he" and "she" are people, "it" an organisation, "they" either
                    wanted = {"he": True, "she": True, "it": False}.get(pron)
                    last = self._last(m.start(), wanted) or (self._last(m.start()) if pron == "it" else None)
                    if last:
                        self._add_resolved(i, m.start(), m.end(), last, m.group())
                        found = True
                        break
            if not found:
                for v in verbs:
                    m = _search_ending(_COREF, text, max(sent.start, v.start() - _SUBJECT_NEAR), v.end())
                    if m is None:
                        continue
                    last = self._last(m.start(), False) or self._last(m.start())
                    if last:
                        self._add_resolved(i, m.start(), m.end(), last, m.group())
                        found = True
                        break
            if header and not found:
                self.by_sentence.setdefault(i, []).append(Claim(sent.start, sent.end, header, header, False))

    def _add_resolved(self, i: int, start: int, end: int, last: Claim, cue: str) -> None:
        claim = Claim(start, end, last.name, cue, last.person)
        self.claims.append(claim)
        self.by_sentence.setdefault(i, []).append(claim)

    # -- answering -------------------------------------------------------------

    def source_for(self, start: int, end: int, clause: Span, kind: str | None) -> tuple[str | None, str | None]:
        """The source credited for the figure at [start, end), and the words that credit it."""
        i = self.doc.sentence_index(start)
        claims = self.by_sentence.get(i, [])
        if claims:
            in_clause = [c for c in claims if clause.start <= c.start < clause.end]
            pool = in_clause or claims
            best = min(pool, key=lambda c: _gap(c, start, end))
            return best.name, best.cue
        inherited = self._carried(i, start)
        if inherited:
            return inherited.name, "continues: " + inherited.cue
        if self.dominant and kind != "tariff_rate":
            return self.dominant, "article reports " + self.dominant
        return None, None

    def _carried(self, i: int, start: int) -> Claim | None:
        """A source credited just before, in the same paragraph or a quote that goes on."""
        para = self.doc.paragraph_at(start)
        for j in range(i - 1, max(-1, i - 4), -1):
            sent = self.doc.sentences[j]
            claims = self.by_sentence.get(j)
            if sent.start >= para.start:
                if claims:
                    return claims[-1]
                continue
            # an earlier paragraph: only a quote that carries on, or a paragraph that
            # opens with a pronoun, keeps its source
            opening = self.text[para.start:para.start + 12]
            if claims and (opening.startswith(("“", '"')) or re.match(r"(?:He|She|They|It)\b", opening)):
                return claims[-1]
            return None
        return None


_TITLE_SPLIT = re.compile(rf"(?P<org>.+?)\s+(?:{_TITLES})\s+(?P<person>{_NAME})$")
_HEADLINE_WORDS = ("Warns", "Says", "Estimates", "Predicts", "Finds", "Reports")


def _search_ending(pattern: re.Pattern, text: str, lo: int, hi: int, anchored: bool = True,
                   at: int | None = None) -> re.Match | None:
    """The leftmost match of `pattern` in text[lo:hi] that ends at `hi` (a verb's end),
    or, unanchored, the leftmost one that covers position `at`."""
    test = prefilter(pattern)
    if test is not None and test.search(text, lo, hi) is None:
        return None
    pattern = quick_start(pattern)
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            return None
        if (m.end() == hi) if anchored else (m.start() <= at < m.end()):
            return m
        pos = m.start() + 1
    return None


def _acronyms(text: str):
    """The matches `_ACRONYM.finditer(text)` gives, found by looking back from each
    bracketed short form instead of trying the name pattern at every capital."""
    done = 0
    for mark in _ACRONYM_MARK.finditer(text):
        m = _search_ending(_ACRONYM, text, max(done, mark.start() - _SUBJECT_REACH), mark.end())
        if m is not None:
            done = m.end()
            yield m


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
            and bool(_ORG_HEAD.search(line)) and not re.search(r"\d", line))
