"""Which sectors a figure is about."""

from __future__ import annotations

import re
from collections import Counter

from tradefigures.extract.context import FigureContext, words
from tradefigures.extract.lexicons.sectors import ALL_SECTORS, SECTORS

_SECTOR = {name: words(*cues) for name, cues in SECTORS.items()}
_ANY_SECTOR = re.compile("|".join(f"(?P<{name}>(?<![\\w-])(?:{'|'.join(cues)})(?![\\w]))"
                                   for name, cues in SECTORS.items()))
_ALL = words(*ALL_SECTORS)
# The object of a tariff: "25% on steel and aluminum", "tariffs of 25% on Canadian goods".
_OBJECT = re.compile(r"^[^.;:]{0,40}?\b(?:on|against|to|for)\b([^.;:()]{0,80})")
_OBJECT_END = re.compile(r",?\s(?:and|while|but|with)\s+(?:an?\s|the\s)?(?:\$|\d)|\d+(?:\.\d+)?\s?(?:%|per|percent)|;|\bwhich\b|\bthat\b")

# Figures about the whole economy unless a sector is named.
ECONOMY_KINDS = ("tariff_rate", "trade_value", "trade_share", "jobs", "economic_indicator")


def sectors_in(text: str) -> list[str]:
    """Sectors named in `text`, in the contract's order."""
    found = {m.lastgroup for m in _ANY_SECTOR.finditer(text)}
    return [name for name in SECTORS if name in found]


def article_sector(lower: str, title_end: int) -> str | None:
    """The one sector an article is about, when its headline or its words say so."""
    head = sectors_in(lower[:title_end])
    if len(head) == 1:
        return head[0]
    counts = Counter(m.lastgroup for m in _ANY_SECTOR.finditer(lower))
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= 4 and n >= 2 * rest[0][1] else None


def sectors_for(ctx: FigureContext, kind: str | None, topic: str | None,
                previous: list[str] | None) -> tuple[list[str] | None, str | None]:
    """Sectors for one figure, and the words that decided them."""
    lower = ctx.lower
    if kind == "tariff_rate":
        obj = _tariff_object(ctx)
        if obj is not None:
            found = sectors_in(obj)
            if found:
                return found, obj.strip()
            if (m := _ALL.search(obj)):
                return ["all"], m.group()
    spans = [ctx.window, ctx.clause, ctx.sentence]
    for span in spans:
        text = lower[span.start:span.end]
        found = sectors_in(text)
        if found:
            return found, _cue_words(text)
        if span is ctx.window and (m := _ALL.search(text)):
            return ["all"], m.group()
    if (m := _ALL.search(lower[ctx.sentence.start:ctx.sentence.end])):
        return ["all"], m.group()
    if previous:
        return previous, "previous sentence"
    if topic and kind not in ("economic_indicator",):
        return [topic], "article topic"
    if kind in ECONOMY_KINDS:
        return ["all"], None
    return None, None


def _tariff_object(ctx: FigureContext) -> str | None:
    after = ctx.lower[ctx.q.end:ctx.sentence.end]
    m = _OBJECT.match(after)
    if not m:
        return None
    obj = m.group(1)
    cut = _OBJECT_END.search(obj)
    return obj[:cut.start()] if cut else obj


def _cue_words(text: str) -> str:
    return ", ".join(m.group() for m in _ANY_SECTOR.finditer(text))[:80]
