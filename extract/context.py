"""Where to look for the words that decide a figure's fields.

A figure's fields are decided by cue words near it. "Near" has three reaches, tried in
order: the figure's own window (its sentence, cut at the neighbouring figures), its
clause (cut at strong punctuation and conjunctions), and its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tradefigures.extract.numbers import Quantity
from tradefigures.extract.text import Document, Span

# Clause boundaries inside a sentence: a figure's status or source rarely crosses them.
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s|[—–]|,\s(?:but|while|whereas|although|though|with|which|and|as|because|amid|despite|after|when)\b|\bbut\b"
    r"|,\s(?:according to)\b|\(|\)"
)


@dataclass(slots=True)
class Cue:
    """A cue word found near a figure, and how far from it."""

    distance: int
    text: str
    start: int
    end: int
    label: str = ""


@dataclass(slots=True)
class FigureContext:
    """One quantity and the spans around it, built once per figure."""

    doc: Document
    lower: str
    quantities: list[Quantity]
    index: int
    sentence: Span
    window: Span
    clause: Span

    @property
    def q(self) -> Quantity:
        return self.quantities[self.index]

    def before(self, n: int = 60, span: Span | None = None) -> str:
        lo = (span or self.sentence).start
        return self.lower[max(lo, self.q.start - n):self.q.start]

    def after(self, n: int = 60, span: Span | None = None) -> str:
        hi = (span or self.sentence).end
        return self.lower[self.q.end:min(hi, self.q.end + n)]

    def text_of(self, span: Span) -> str:
        return self.lower[span.start:span.end]

    def neighbours_in_sentence(self) -> list[Quantity]:
        return [o for o in self.quantities
                if o is not self.q and self.sentence.start <= o.start < self.sentence.end]

    def nearest(self, pattern: re.Pattern, span: Span, label: str = "") -> Cue | None:
        """The match of `pattern` in `span` nearest the figure, outside the figure itself."""
        return nearest(pattern, self.doc, span, self.q.start, self.q.end, label)


def nearest(pattern: re.Pattern, doc: Document, span: Span, start: int, end: int,
            label: str = "") -> Cue | None:
    """The match of `pattern` (over the lower-cased text) in `span` nearest [start, end)."""
    best: Cue | None = None
    for m in doc.cues.within(pattern, span.start, span.end):
        if m.end() <= start:
            d = start - m.end()
        elif m.start() >= end:
            d = m.start() - end
        else:
            continue
        if best is None or d < best.distance:
            best = Cue(d, m.group(), m.start(), m.end(), label)
    return best


def build_contexts(doc: Document, lower: str, quantities: list[Quantity]) -> list[FigureContext]:
    out = []
    for i, q in enumerate(quantities):
        sent = doc.sentence_at(q.start)
        lo, hi = sent.start, sent.end
        if i > 0 and quantities[i - 1].end > lo:
            lo = quantities[i - 1].end
        if i + 1 < len(quantities) and quantities[i + 1].start < hi:
            hi = quantities[i + 1].start
        out.append(FigureContext(doc, lower, quantities, i, sent, Span(lo, hi),
                                 clause_of(lower, sent, q.start, q.end)))
    return out


def clause_of(lower: str, sent: Span, start: int, end: int) -> Span:
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(lower, sent.start, sent.end):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return Span(lo, hi)


class Words:
    """Any of several regular expressions, as whole words.

    Matches the way `(?<![\w-])(?:...)(?![\w])` would, but without the leading
    assertion, which would stop the regular-expression engine from skipping ahead to
    the characters a match can start with; the left boundary is checked here instead."""

    __slots__ = ("pattern",)

    def __init__(self, alternatives: tuple[str, ...]):
        self.pattern = re.compile(r"(?:" + "|".join(alternatives) + r")(?![\w])")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        search = self.pattern.search
        while pos < endpos:
            m = search(text, pos, endpos)
            if m is None:
                return
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)


@lru_cache(maxsize=None)
def words(*alternatives: str) -> Words:
    """One pattern matching any of the regular expressions, as whole words."""
    return Words(alternatives)
