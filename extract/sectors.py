"""Which sectors a figure is about.

Tried from the figure outward: a tariff's object ("25% on steel and aluminum"), the
figure's own clause, generic trade words (which defer to the headline's sector), the
sentence, the sentence before, the headline; then "all" for economy-wide kinds.
"""

from __future__ import annotations

import re

from tradefigures.extract.context import Cue, FigureContext, nearest, words
from tradefigures.extract.lexicons.sectors import (
    ALL_SECTORS,
    EXCEPTIONS,
    GENERIC_TRADE,
    HEADLINE_SUBORDINATORS,
    SECTORS,
)
from tradefigures.extract.text import Span

_ANY_SECTOR = re.compile("|".join(f"(?P<{name}>(?<![\\w-])(?:{'|'.join(cues)})(?![\\w]))"
                                   for name, cues in SECTORS.items()))
_ALL = words(*ALL_SECTORS)
_GENERIC = words(*GENERIC_TRADE)
# The object of a tariff: "25% on steel and aluminum", "tariffs of 25% on Canadian goods".
# Searched within the figure's sentence window, so a period in it closes an
# abbreviation ("on U.S. steel"), never the sentence.
_OBJECT = re.compile(r"^[^;:]{0,40}?\b(?:on|against|to|for)\b([^;:()]{0,80})")
_MONTHS_DAYS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s"
                r"|top\s+of\b|(?:the\s+)?(?:same|next|first|last)\s+day\b|average\b|balance\b|paper\b|hold\b")
# "Tariffs on Canadian steel rose to 50%": the object stands before the rate.
_OBJECT_BEFORE = re.compile(r"(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?)\s+on\s+([^;:()]{3,60})\s+"
                            r"(?:\w+\s+)?(?:to|at|of)\s+(?:about\s+|roughly\s+)?$")
_OBJECT_END = re.compile(
    r",?\s(?:and|while|but|with)\s+(?:an?\s|the\s)?(?:\$|\d)|\d+(?:\.\d+)?\s?(?:%|per|percent)|;|\bwhich\b|\bthat\b"
    r"|,?\s*\b(?:" + "|".join(EXCEPTIONS) + r")\b")

# Figures about the whole economy unless a sector is named.
ECONOMY_KINDS = ("tariff_rate", "trade_value", "trade_share", "jobs", "economic_indicator", "economic_impact")


def sectors_in(text: str) -> list[str]:
    """Sectors named in `text`, in the contract's order."""
    found = {m.lastgroup for m in _ANY_SECTOR.finditer(text)}
    return [name for name in SECTORS if name in found]


def sectors_within(doc, span: Span) -> list[str]:
    """Sectors named in a span of the document, in the contract's order."""
    found = {m.lastgroup for m in doc.cues.within(_ANY_SECTOR, span.start, span.end)}
    return [name for name in SECTORS if name in found]


_SUBORDINATE = re.compile(r"(?:,|\s)\s*(?:" + "|".join(HEADLINE_SUBORDINATORS) + r")\s")


def headline_sector(title: str | None) -> str | None:
    """The one sector a headline's main clause names, if it names exactly one."""
    main = _SUBORDINATE.split((title or "").lower(), maxsplit=1)[0]
    found = sectors_in(main)
    return found[0] if len(found) == 1 else None


def sectors_for(ctx: FigureContext, kind: str | None, topic: str | None,
                previous: list[str] | None) -> tuple[list[str] | None, str | None, bool]:
    """(sectors, the words that decided them, whether they were named near the figure)."""
    lower = ctx.lower
    if kind == "tariff_rate":
        obj = _tariff_object(ctx)
        if obj is not None:
            found = sectors_in(obj)
            # An object that names no sector ("on $155 billion of goods") is a blanket tariff.
            return (found, obj.strip(), True) if found else (["all"], obj.strip(), True)
    near = Span(max(ctx.clause.start, ctx.window.start), min(ctx.clause.end, ctx.window.end))
    for span in (near, ctx.clause):
        if (found := _nearest_named(ctx, span)):
            return found[0], found[1], True
    if kind != "tariff_rate" and (g := ctx.nearest(_GENERIC, ctx.clause)):
        return [topic] if topic else ["all"], g.text + (" (headline: " + topic + ")" if topic else ""), False
    if (found := _nearest_named(ctx, ctx.sentence)):
        return found[0], found[1], False
    if previous:
        return previous, "previous sentence", False
    if topic:
        return [topic], "headline", False
    if kind in ECONOMY_KINDS:
        return ["all"], None, False
    return None, None, False


def _nearest_named(ctx: FigureContext, span: Span) -> tuple[list[str], str] | None:
    """The sector words or economy-wide words nearest the figure in `span`."""
    sector: Cue | None = None
    for m in ctx.doc.cues.within(_ANY_SECTOR, span.start, span.end):
        d = ctx.q.start - m.end() if m.end() <= ctx.q.start else m.start() - ctx.q.end
        if d >= 0 and (sector is None or d < sector.distance):
            sector = Cue(d, m.group(), m.start(), m.end(), m.lastgroup)
    blanket = nearest(_ALL, ctx.doc, span, ctx.q.start, ctx.q.end)
    if blanket and (sector is None or blanket.distance < sector.distance):
        return ["all"], blanket.text
    if sector is None:
        return None
    # every sector named in the same phrase as the nearest one ("steel and aluminum")
    phrase = _phrase_around(ctx.lower, sector, span)
    return sectors_in(phrase) or [sector.label], phrase


def _phrase_around(lower: str, cue: Cue, span: Span) -> str:
    lo = max(span.start, cue.start - 40)
    hi = min(span.end, cue.end + 40)
    text = lower[lo:hi]
    rel = cue.start - lo
    left = max(text.rfind(";", 0, rel), text.rfind(".", 0, rel), text.rfind(" to ", 0, rel))
    right_candidates = [i for i in (text.find(";", rel), text.find(".", rel)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right].strip(" ,")


def _tariff_object(ctx: FigureContext) -> str | None:
    after = ctx.lower[ctx.q.end:ctx.window.end]
    m = _OBJECT.match(after)
    if m and re.match(_MONTHS_DAYS, m.group(1).lstrip()):
        m = None  # "on June 4", "on top of": no goods
    if not m:
        before = _OBJECT_BEFORE.search(ctx.lower, ctx.clause.start, ctx.q.start)
        return before.group(1) if before else None
    obj = m.group(1)
    cut = _OBJECT_END.search(obj)
    obj = obj[:cut.start()] if cut else obj
    # "from 25 per cent to 50 per cent": a rate after "to" is no object
    return obj if obj.strip() and not re.match(r"\s*(?:\$|\d)", obj) else None
