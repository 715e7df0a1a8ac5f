"""The words a regular expression cannot match without: a quick test that skips text.

A cue pattern of thirty alternatives ("take effect", "came into force", "\\bimposed\\b",
...) costs Python's regular-expression engine every alternative at every character, and
most sentences hold none of them. Every match of such a pattern contains one of a few
literal strings ("effect", " into ", "imposed"); an alternation of those literals is
searched many times faster, and a sentence without one is skipped without running the
pattern. The answer is exact: the test only says where the pattern cannot match.

The literals are read from the pattern's parse tree (Python's own `re._parser`, the
parser `re.compile` runs); a pattern whose matches need no literal of two characters or
more gets no test and is always run.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

try:  # the parser re.compile uses; private, so a change of Python degrades to no test
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None

# Below this length a literal is too common to skip much text.
MIN_LITERAL = 2


@lru_cache(maxsize=None)
def prefilter(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern that finds, in any text where `pattern` matches, a literal the match
    contains; None when no such test is worth having."""
    if _parser is None or pattern.flags & re.VERBOSE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # pragma: no cover - a pattern re.compile accepted
        return None
    needed = _required(list(tree))
    if not needed or min(map(len, needed)) < MIN_LITERAL:
        return None
    # Text that holds "effect" holds it whether or not it holds " into effect".
    needed = {s for s in needed if not any(o != s and o in s for o in needed)}
    return re.compile(_trie(sorted(needed)), pattern.flags & re.IGNORECASE)


def _trie(literals: list[str]) -> str:
    """An alternation of literals, none a prefix of another, factored by their first
    characters ("s(?:a(?:id|ys)|hows)"): the engine then tries one branch per character
    instead of every literal."""
    groups: dict[str, list[str]] = {}
    for s in literals:
        groups.setdefault(s[0], []).append(s)
    parts = []
    for group in groups.values():
        if len(group) == 1:
            parts.append(re.escape(group[0]))
            continue
        stem = os.path.commonprefix(group)
        parts.append(re.escape(stem) + "(?:" + _trie([s[len(stem):] for s in group]) + ")")
    return "|".join(parts)


def _required(ops: list) -> frozenset[str] | None:
    """Literals one of which every match of the sequence `ops` contains, or None.

    Of the candidates a sequence offers (each run of literal characters, each group or
    alternation it cannot skip) the one whose shortest literal is longest wins."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in ops:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is C.SUBPATTERN:
            if not (av[1] or av[2]):  # "(?i:...)" changes what its literals match
                consider(_required(list(av[-1])))
        elif op is C.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2])))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def _score(literals: frozenset[str]) -> tuple[int, int]:
    return min(map(len, literals)), -len(literals)


# The first character of a match: for patterns searched at every position, a leading
# "(?=[...])" turns the positions where no match can start into a single test.
MAX_FIRST = 64


@lru_cache(maxsize=None)
def quick_start(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, made to fail fast where no match can start; the same matches."""
    if _parser is None or pattern.flags & re.VERBOSE:
        return pattern
    try:
        first, nullable = _first(list(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)))
    except Exception:  # pragma: no cover
        return pattern
    if first is None or nullable or len(first) > MAX_FIRST:
        return pattern
    if pattern.flags & re.IGNORECASE:
        first = first | {c.swapcase() for c in first}
    chars = "".join(sorted(re.escape(c) for c in first))
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


def _first(ops: list) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence can start with (None: any), and whether
    it can match the empty string."""
    out: set[str] = set()
    for op, av in ops:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            chars = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < MAX_FIRST:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None, False
            return out | chars, False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None, False
            first, nullable = _first(list(av[-1]))
        elif op is C.BRANCH:
            first, nullable = set(), False
            for branch in av[1]:
                f, n = _first(list(branch))
                if f is None:
                    return None, False
                first |= f
                nullable = nullable or n
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            first, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True
