"""Sentences and paragraphs of an article, as character spans into its text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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


class MatchIndex:
    """Every match of a pattern in one text, found once and looked up by position.

    The extractor asks "which cue word is nearest this figure, inside this span" many
    times per article; scanning once and bisecting afterwards keeps that cheap."""

    __slots__ = ("text", "_found")

    def __init__(self, text: str):
        self.text = text
        self._found: dict[re.Pattern, tuple[list[int], list[int], list[re.Match]]] = {}

    def all(self, pattern: re.Pattern) -> tuple[list[int], list[int], list[re.Match]]:
        got = self._found.get(pattern)
        if got is None:
            found = list(pattern.finditer(self.text))
            got = ([m.start() for m in found], [m.end() for m in found], found)
            self._found[pattern] = got
        return got

    def within(self, pattern: re.Pattern, start: int, end: int) -> list[re.Match]:
        """Matches that lie wholly inside text[start:end], in order."""
        starts, ends, found = self.all(pattern)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [found[i] for i in range(lo, hi) if ends[i] <= end]


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
        doc = cls(text, split_sentences(text), split_paragraphs(text), lower,
                  MatchIndex(lower), MatchIndex(text))
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


def split_sentences(text: str) -> list[Span]:
    """Split `text` into sentence spans, trimmed of surrounding white space."""
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
