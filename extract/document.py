"""An article's text with its sentences, paragraphs and cue words, found once.

Sentences end at `.`, `!` or `?` before white space (abbreviations excepted), at a
period glued to the next sentence ("down 1.3%.Business spending"), and at a line break,
unless the line break only wraps a sentence: hard-wrapped copy goes on in lower case on
the next line, or leaves the line on a comma or a word that cannot end a sentence
("hiking the rate from 7.66%" / "to 20.56%"). Offsets always index the text as given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tradefigures.extract.cues import MATCHER
from tradefigures.extract.lexicons.abbreviations import ABBREVIATIONS, SENTENCE_STARTERS
from tradefigures.extract.matcher import Cues, reading

# (The glued period's look-behind stands after the mark, "[.!?](?<=[a-z%\d][.!?])", not
# before it: it says the same, and every branch then opens on a character class, which
# lets the scan skip ahead to the next mark instead of trying each branch at each place.)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|[.!?](?<=[a-z%\d][.!?])(?=[A-Z][a-z])|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(]?([A-Za-z]+)")
_LINE_END = re.compile(r"[.!?:;]+[\"'”’)\]]*\s*$|[\"”]\s*$")
# `_LINE_END`'s parts, for `_ends_line`, which reads them from the line's end
_LINE_MARKS, _LINE_CLOSERS, _LINE_QUOTES = tuple(".!?:;"), "\"'”’)]", ('"', "”")
# A line that stops on one of these goes on on the next line.
_OPEN_END = re.compile(
    r"(?:[,\-–(]|\b(?:a|an|the|of|on|in|at|to|from|by|for|with|into|and|or|but|that|which|who|"
    r"its|their|his|her|is|are|was|were|be|been|has|have|had|will|would|could|may|might|as|than|"
    r"per|this|these|those|about|over|under|between|after|before|since|until|not|also|more|less))\s*$",
    re.I)
_CONTINUES = re.compile(r"\s*[a-z0-9$%(]")
# The shortest line of hard-wrapped prose that goes on (most wrap at 60 to 80 characters).
_WRAP_WIDTH = 40
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# Longer runs without a sentence end (a page of tokens, a pasted table) are cut at white
# space: a figure's context never needs more.
MAX_SENTENCE = 1500


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """An article's text, read once: its sentences, paragraphs and cue words."""

    text: str
    read: str
    cues: Cues
    sentences: list[Span]
    paragraphs: list[Span]
    _starts: list[int] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> "Document":
        read = reading(text)
        sentences, paragraphs = split(text)
        doc = cls(text, read, MATCHER.scan(text, read), sentences, paragraphs)
        doc._starts = [s.start for s in sentences]
        doc._para_starts = [p.start for p in paragraphs]
        return doc

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds character `pos` (or the one before it)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i > 0 else 0

    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)] if self.sentences else Span(0, len(self.text))

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def paragraph_at(self, pos: int) -> Span:
        if not self.paragraphs:
            return Span(0, len(self.text))
        return self.paragraphs[self.paragraph_index(pos)]

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]


def split(text: str) -> tuple[list[Span], list[Span]]:
    """The sentences and the paragraphs of a text, as trimmed spans."""
    sentences: list[Span] = []
    paragraphs: list[Span] = []
    start = para = 0
    next_word = _NEXT_WORD.match
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark == "\n":
            at = m.start()
            if _wraps(text, at):
                continue
            _add(sentences, text, start, at)
            _add(paragraphs, text, para, at)
            start = para = at + 1
            continue
        if mark == "." and _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        nxt = next_word(text, end)
        if nxt and nxt.group(1)[0].islower():
            continue
        _add(sentences, text, start, end)
        start = end
    _add(sentences, text, start, len(text))
    _add(paragraphs, text, para, len(text))
    return [piece for span in sentences for piece in _cap(text, span)], paragraphs


def _wraps(text: str, newline: int) -> bool:
    """Whether the line break at `newline` only wraps a sentence onto the next line."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline]
    if not line.strip() or _ends_line(line):
        return False
    if newline + 1 < len(text) and text[newline + 1] == "\n":
        return False
    return bool(_CONTINUES.match(text, newline + 1)) or bool(_OPEN_END.search(line[-12:])) \
        or _hard_wrapped(text, line, line_start, newline)


def _hard_wrapped(text: str, line: str, line_start: int, newline: int) -> bool:
    """A long line of running prose (most of its words in lower case, not the text's first
    line) that ends without a sentence's end goes on in the next line, even where that
    line opens on a capital: "... according to Statistics / Canada." A headline is the
    first line, or in title case; a list's line opens on a bullet."""
    if line_start == 0 or len(line) < _WRAP_WIDTH:
        return False
    words = [w for w in line.split() if w[0].isalpha()]
    if not words or sum(w[0].islower() for w in words) * 2 < len(words):
        return False
    following = text[newline + 1:newline + 2]
    return following.isalnum()


def _ends_line(line: str) -> bool:
    """What `_LINE_END.search(line)` answers, read from the line's end: its last marks
    before white space are a sentence's end, then any closing quotes or brackets, or it
    ends on a quotation mark. (The search tried every mark of a paragraph-long line.)"""
    stripped = line.rstrip()  # str's white space is the pattern's \s
    return stripped.endswith(_LINE_QUOTES) or stripped.rstrip(_LINE_CLOSERS).endswith(_LINE_MARKS)


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
    if len(word) == 1 or _INITIALS.fullmatch(word):
        return bool(next_word) and next_word not in SENTENCE_STARTERS
    return False


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


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    kept = piece.strip()  # str.strip() drops exactly what str.isspace() calls white space
    if kept:
        start += len(piece) - len(piece.lstrip())
        spans.append(Span(start, start + len(kept)))
