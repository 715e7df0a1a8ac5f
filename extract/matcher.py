"""One pass over a text finds every word of every lexicon, with its class and place.

The lexicons are phrases (see `extract/lexicons/grammar.py` for how they are written);
`Matcher` compiles them all into one Aho-Corasick automaton (pyahocorasick) once, at
import, and `scan` runs it once over an article. The text is read as lower case with
every character that is not a letter or a digit turned into a space, one character for
one, so offsets into it are offsets into the text, and a phrase matches only whole words
("on" never matches inside "construction"). Overlapping phrases are all reported; which
one a rule reads is the rule's business.

Why pyahocorasick: measured in `benchmarks/matchers.py` against Hyperscan and
ahocorasick-rs (docs/architecture.md has the figures).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from operator import itemgetter

import ahocorasick

# Bytes that stay as they are in the text the automaton reads: digits, a-z, and the
# letters of Latin-1 (accents). Everything else reads as a space.
_KEEP = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or 0xDF <= c <= 0xFF) and c != 0xF7 else 32
              for c in range(256))


_FIRST = itemgetter(0)


class Cues:
    """Every hit in one text, by class. A hit is a tuple `(start, end, value)`:
    text[start:end] is the phrase as written, `value` what its table gives it. Hits of a
    class are in order of their start."""

    __slots__ = ("_lists", "_ids", "_starts", "_merged", "_merged_starts", "_among")

    def __init__(self, lists: list[list[tuple]], ids: dict[str, int]):
        self._lists = lists
        self._ids = ids
        self._starts: dict[str, tuple[list[tuple], list[int]]] = {}  # per class: hits, their starts
        self._merged: list[tuple] | None = None
        self._merged_starts: list[int] = []
        self._among: dict[tuple[int, ...], tuple[list[tuple], list[int]]] = {}

    def slice(self, lo: int, hi: int) -> list[tuple]:
        """Every hit of every class that starts inside [lo, hi), as (start, end, class
        id, value), in order of start (class ids: `Matcher.ids`)."""
        if self._merged is None:
            merged = [(h[0], h[1], cid, h[2]) for cid, hits in enumerate(self._lists) for h in hits]
            merged.sort(key=_FIRST)  # stable: by class id, then in order, within one start
            self._merged = merged
            self._merged_starts = [h[0] for h in merged]
        i = bisect.bisect_left(self._merged_starts, lo)
        j = bisect.bisect_left(self._merged_starts, hi, i)
        return self._merged[i:j]

    def slice_among(self, cids: tuple[int, ...], lo: int, hi: int) -> list[tuple]:
        """What `slice` gives, of the classes `cids` (ids in ascending order) only: the
        merged list of those classes is made once per text."""
        among = self._among.get(cids)
        if among is None:
            lists = self._lists
            merged = [(h[0], h[1], cid, h[2]) for cid in cids for h in lists[cid]]
            merged.sort(key=_FIRST)
            among = self._among[cids] = (merged, [h[0] for h in merged])
        merged, starts = among
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        return merged[i:j]

    def of(self, cls: str) -> list[tuple]:
        """Every hit of a class, in order."""
        return self._lists[self._ids[cls]]

    def _index(self, cls: str) -> tuple[list[tuple], list[int]]:
        index = self._starts.get(cls)
        if index is None:
            hits = self._lists[self._ids[cls]]
            index = self._starts[cls] = (hits, [h[0] for h in hits])
        return index

    def within(self, cls: str, lo: int, hi: int) -> list[tuple]:
        """Hits of a class that lie wholly inside [lo, hi), in order."""
        index = self._starts.get(cls)
        hits, starts = index if index is not None else self._index(cls)
        if not hits:
            return []
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if i == j:
            return []
        return [h for h in hits[i:j] if h[1] <= hi]

    def any_within(self, cls: str, lo: int, hi: int) -> bool:
        """Whether a hit of a class starts inside [lo, hi)."""
        hits, starts = self._index(cls)
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def last_before(self, cls: str, pos: int, lo: int = 0) -> tuple | None:
        """The last hit of a class that ends at or before `pos` and starts at or after `lo`."""
        hits, starts = self._index(cls)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and starts[i] >= lo:
            if hits[i][1] <= pos:
                return hits[i]
            i -= 1
        return None

    def first_after(self, cls: str, pos: int, hi: int) -> tuple | None:
        """The first hit of a class that starts at or after `pos` and ends by `hi`."""
        hits, starts = self._index(cls)
        i = bisect.bisect_left(starts, pos)
        while i < len(hits) and starts[i] < hi:
            if hits[i][1] <= hi:
                return hits[i]
            i += 1
        return None


def normalize_phrase(phrase: str) -> str:
    """A lexicon phrase as the automaton reads text: lower case, one space between words."""
    data = phrase.lower().encode("latin-1", "replace").translate(_KEEP)
    return " ".join(data.decode("latin-1").split())


def reading(text: str) -> str:
    """The text as the automaton reads it, padded with a space at each end."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two ("İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return " " + lower.encode("latin-1", "replace").translate(_KEEP).decode("latin-1") + " "


class Matcher:
    """Phrases of many classes compiled into one automaton.

    `tables` gives, for each cue class, either a sequence of phrases (the hit's value is
    None) or a mapping of value -> phrases. A phrase ending in `*` matches any word that
    begins with it; a phrase starting with `=` matches only as written, in that case
    ("=US" is the country, not the pronoun); one starting with `'` only right after an
    apostrophe ("'s").
    """

    def __init__(self, tables: Iterable[tuple[str, Mapping | Iterable[str]]]):
        self.ids: dict[str, int] = {}
        keys: dict[str, tuple[list, list]] = {}
        for cls, table in tables:
            cid = self.ids.setdefault(cls, len(self.ids))
            items = table.items() if isinstance(table, Mapping) else ((None, table),)
            for value, phrases in items:
                for phrase in ((phrases,) if isinstance(phrases, str) else phrases):
                    clitic = phrase.startswith("'")
                    phrase = phrase[1:] if clitic else phrase
                    body = phrase[1:] if phrase.startswith("=") else phrase
                    # compared letter for letter: "=U.S." wants "U", "S" in capitals
                    exact = "".join(c for c in body if c.isalnum()) if phrase.startswith("=") else None
                    prefix = body.endswith("*")
                    words = normalize_phrase(body.rstrip("*"))
                    if not words:
                        raise ValueError(f"lexicon phrase {phrase!r} of class {cls} has no letters")
                    key = " " + words + ("" if prefix else " ")
                    plain, checked = keys.setdefault(key, ([], []))
                    if exact is None and not clitic:
                        plain.append((cid, value))
                    else:
                        checked.append((cid, value, exact, clitic))
        automaton = ahocorasick.Automaton()
        for key, (plain, checked) in keys.items():
            automaton.add_word(key, (len(key), not key.endswith(" "), tuple(plain), tuple(checked)))
        automaton.make_automaton()
        self._automaton = automaton
        # the keys as the automaton holds them (space-delimited words): what
        # benchmarks/matchers.py compiles into the other libraries
        self.keys = tuple(keys)
        self.size = len(keys)

    def scan(self, text: str, read: str | None = None) -> Cues:
        """Every phrase in `text` (`read` is `reading(text)`, if already made)."""
        read = read if read is not None else reading(text)
        lists: list[list[tuple]] = [[] for _ in self.ids]
        find = read.find
        for last, (length, prefix, plain, checked) in self._automaton.iter(read):
            start = last - length + 1  # the leading space; text offsets are one less than read's
            end = find(" ", last + 1) - 1 if prefix else last - 1
            for cid, value in plain:
                lists[cid].append((start, end, value))
            if not checked:
                continue
            for cid, value, exact, clitic in checked:
                if exact is not None:
                    written = text[start:end]
                    # `exact` is letters and digits only: a hit written just so is one
                    if written != exact and "".join(c for c in written if c.isalnum()) != exact:
                        continue
                if clitic and (start == 0 or text[start - 1] not in "'’"):
                    continue
                lists[cid].append((start, end, value))
        for hits in lists:
            # reported in order of their end: a longer phrase ends after a shorter one
            # that starts after it
            if len(hits) > 1:
                hits.sort()
        return Cues(lists, self.ids)
