"""Drop page furniture (links boxes, newsletter prompts, captions, ad code) from a body.

Works on lines: a page extracted to text keeps one paragraph, heading or widget per
line. What is kept is the article as published; offsets in the dataset point into it.
"""

from __future__ import annotations

import re

from tradefigures.extract.lexicons.furniture import CAPTION_CREDIT, LINES, RELATED_MARKERS

_LINE = re.compile(r"(?:" + "|".join(LINES) + r")", re.I)
_CAPTION = re.compile(CAPTION_CREDIT)
_MARKER = re.compile(r"(?:" + "|".join(RELATED_MARKERS) + r")", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'&-]*")
_SMALL = frozenset("a an the of and or to in on for at by with from as vs is are be".split())


def _headline_like(line: str) -> bool:
    """Title Case, no sentence ending, shorter than a paragraph."""
    if len(line) > 140 or line.endswith((".", "?", "!", ":", "”", '"', "’")):
        return False
    words = _WORD.findall(line)
    if len(words) < 3:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL)
    return capital >= 0.8 * len(words)


def clean(text: str) -> str:
    """The article body without its page furniture, lines otherwise unchanged."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if _MARKER.fullmatch(line):
            keep[i] = False
            # the headline of the linked story follows the marker
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and len(lines[j].strip()) < 160:
                keep[j] = False
            i = j + 1
            continue
        if _LINE.fullmatch(line) or _CAPTION.search(line):
            keep[i] = False
        i += 1
    _drop_headline_runs(lines, keep)
    out = [line.rstrip() for line, k in zip(lines, keep) if k]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")


def _drop_headline_runs(lines: list[str], keep: list[bool]) -> None:
    """A run of three or more headline-like lines after the body has begun is a
    "trending" or "more stories" list, not the article."""
    seen_body = False
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 3:
            for j in run:
                keep[j] = False
        run.clear()

    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or not keep[i]:
            continue
        if seen_body and _headline_like(line):
            run.append(i)
            continue
        flush()
        if len(line) > 160:
            seen_body = True
    flush()
