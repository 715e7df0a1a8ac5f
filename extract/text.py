"""Sentences and paragraphs of an article, as character spans into its text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tradefigures.extract.literals import prefilter, quick_start
from tradefigures.extract.lexicons.abbreviations import (
    ABBREVIATIONS,
    SENTENCE_STARTERS,
)

# A sentence ends at . ! or ? (and any closing quotes or brackets) followed by white
# space; the candidates are then checked against abbreviations. A newline always ends
# a sentence: news text puts one paragraph, heading or list item on a line.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(]?([A-Za-z]+)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def scan(pattern: re.Pattern, trigger: re.Pattern, text: str, lower: str):
    """The matches `pattern.finditer(text)` gives, found faster: `pattern` is tried only
    where `trigger` (run on the lower-cased text; a pattern that opens with a literal or
    a character class, which the regular-expression engine can skip to) finds a word
    that could start a match."""
    cursor = 0
    for t in trigger.finditer(lower):
        pos = t.start()
        if pos < cursor or (pos and lower[pos - 1].isalnum()):
            continue
        m = pattern.match(text, pos)
        if m and m.end() > pos:
            cursor = m.end()
            yield m


class MatchIndex:
    """Matches of a pattern in one text, found sentence by sentence when first asked.

    The extractor asks "which cue word is nearest this figure, inside this span" many
    times per article, always within a sentence or two; each sentence is scanned once
    per pattern, and only the sentences that hold something worth asking about."""

    __slots__ = ("text", "_bounds", "_found")

    def __init__(self, text: str, bounds: list[int]):
        self.text = text
        self._bounds = bounds  # start of each scanning unit (sentence), ascending
        self._found: dict[tuple[re.Pattern, int], list[re.Match]] = {}

    def within(self, pattern: re.Pattern, start: int, end: int) -> list[re.Match]:
        """Matches that lie wholly inside text[start:end], in order."""
        bounds = self._bounds
        first = max(0, bisect.bisect_right(bounds, start) - 1)
        if first + 1 >= len(bounds) or bounds[first + 1] >= end:
            found = self._unit(pattern, first)
            return [m for m in found if m.start() >= start and m.end() <= end]
        out: list[re.Match] = []
        for unit in range(first, len(bounds)):
            lo = bounds[unit]
            if lo >= end:
                break
            out.extend(m for m in self._unit(pattern, unit) if m.start() >= start and m.end() <= end)
        return out

    def _unit(self, pattern: re.Pattern, unit: int) -> list[re.Match]:
        key = (pattern, unit)
        found = self._found.get(key)
        if found is None:
            bounds = self._bounds
            lo, hi = bounds[unit], bounds[unit + 1] if unit + 1 < len(bounds) else len(self.text)
            if isinstance(pattern, re.Pattern):
                test, pattern = prefilter(pattern), quick_start(pattern)
            else:
                test = prefilter(pattern.pattern)
            if test is not None and test.search(self.text, lo, hi) is None:
                found = []
            else:
                found = list(pattern.finditer(self.text, lo, hi))
            self._found[key] = found
        return found


@dataclass(slots=True)
class Document:
    """An article's text with its sentences and paragraphs located once."""

    text: str
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    lower: str = ""
    # Cue matches over the lower-cased text, and over the text as written (for names
    # and for "US", which lower case would confuse with "us").
    cues: MatchIndex | None = None
    names: MatchIndex | None = None
    _starts: list[int] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> "Document":
        lower = text.lower()
        sentences = split_sentences(text)
        bounds = [0] + [sp.start for sp in sentences[1:]]
        doc = cls(text, sentences, split_paragraphs(text), lower,
                  MatchIndex(lower, bounds), MatchIndex(text, bounds))
        doc._starts = [s.start for s in doc.sentences]
        doc._para_starts = [p.start for p in doc.paragraphs]
        return doc

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds character `pos` (or the one before it)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)] if self.sentences else Span(0, len(self.text))

    def paragraph_at(self, pos: int) -> Span:
        if not self.paragraphs:
            return Span(0, len(self.text))
        return self.paragraphs[max(0, bisect.bisect_right(self._para_starts, pos) - 1)]

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    nxt = _NEXT_WORD.match(text, dot + 1)
    next_word = nxt.group(1) if nxt else ""
    if word.lower() in ABBREVIATIONS:
        # "U.S." and "Ont." end sentences too; a common sentence opener after them
        # says the sentence really ended.
        return next_word not in SENTENCE_STARTERS
    # Initials and dotted acronyms ("J.", "U.S.", "B.C.") before a capitalised name.
    if len(word) == 1 or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return bool(next_word) and next_word not in SENTENCE_STARTERS
    return False


# Longer runs without a sentence end (a page of tokens, a pasted table) are cut at white
# space: a figure's context never needs more, and cues are looked up sentence by sentence.
MAX_SENTENCE = 1500


def split_sentences(text: str) -> list[Span]:
    """Split `text` into sentence spans, trimmed of surrounding white space."""
    return [piece for span in _sentences(text) for piece in _cap(text, span)]


def _cap(text: str, span: Span) -> list[Span]:
    if span.end - span.start <= MAX_SENTENCE:
        return [span]
    out = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append(Span(start, cut))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        out.append(Span(start, span.end))
    return out


def _sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n":
            if m.group() == "." and _is_abbreviation(text, m.start()):
                continue
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1)[0].islower():
                continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs are lines: news text as extracted puts one paragraph on a line."""
    spans: list[Span] = []
    start = 0
    for m in re.finditer(r"\n", text):
        _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def squash(text: str) -> str:
    """Collapse runs of white space to one space (for cue matching)."""
    return _SPACE.sub(" ", text).strip()
