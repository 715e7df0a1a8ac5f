"""Where a mention sits in the sentence shown for it, from its offsets alone.

A mention is placed by its `char_start`/`char_end` in the article text, never by
looking for the number again (a "25%" can occur twice in a sentence). The row's
`sentence` is a slice of the article; it is matched only as a whole, at a place that
holds the mention, to learn where it starts.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters of context either side when the row's sentence is not found whole in the
# article at the mention (an extractor that normalises its sentences).
CONTEXT = 160


@dataclass(frozen=True, slots=True)
class Passage:
    """Text to show, and the mention's offsets within it."""

    text: str
    start: int
    end: int
    whole_sentence: bool

    @property
    def mention(self) -> str:
        return self.text[self.start:self.end]


def passage(article: str, sentence: str, char_start: int, char_end: int) -> Passage:
    """The sentence that holds article[char_start:char_end], with the mention's offsets
    relative to it; failing that, the article around the mention."""
    if not 0 <= char_start < char_end <= len(article):
        raise ValueError(f"offsets {char_start}:{char_end} lie outside an article of {len(article)} characters")
    n = len(sentence)
    # Any match starting in [char_end - n, char_start] covers the whole mention.
    at = article.find(sentence, max(0, char_end - n), char_start + n) if n else -1
    if at >= 0:
        return Passage(sentence, char_start - at, char_end - at, True)
    lo = _word_edge(article, max(0, char_start - CONTEXT), forward=True)
    hi = _word_edge(article, min(len(article), char_end + CONTEXT), forward=False)
    lo, hi = min(lo, char_start), max(hi, char_end)
    return Passage(article[lo:hi], char_start - lo, char_end - lo, False)


def _word_edge(text: str, pos: int, forward: bool) -> int:
    """pos moved to the nearest white space inward, so the context does not cut a word."""
    if pos in (0, len(text)):
        return pos
    step = 1 if forward else -1
    probe = pos
    while 0 < probe < len(text) and not text[probe].isspace() and abs(probe - pos) < 30:
        probe += step
    return probe + 1 if forward and probe < len(text) and text[probe].isspace() else probe
