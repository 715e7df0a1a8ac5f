"""What a figure measures: tariff rate, trade value or share, jobs, impact, indicator."""

from __future__ import annotations

import re

from tradefigures.extract.context import FigureContext, words
from tradefigures.extract.lexicons import kinds as lex
from tradefigures.extract.lexicons.hedges import QUALIFIERS_BEFORE

_TARIFF = words(*lex.TARIFF_NOUNS)
_QUAL = "|".join(re.escape(w) for ws in QUALIFIERS_BEFORE.values() for w in ws)
# "25 per cent tariffs", "25-per-cent sectoral tariffs", "400% Tariffs".
_TARIFF_AFTER = re.compile(
    rf"^[\s-]*(?:[\w\"“”‘’-]+\s+){{0,3}}?[\"“‘]?(?:{'|'.join(lex.TARIFF_NOUNS)})\b"
)
# "duties of 25%", "hiking tariffs on Canada to 35%", "tariff rate ... at approximately 5.5".
_TARIFF_BEFORE = re.compile(
    rf"(?:{'|'.join(lex.TARIFF_NOUNS)}|rates?)\b(?:[^.;:]{{0,60}}?)\s(?:of|at|to|by|reaching|hitting|set at|of up to)\s+(?:(?:{_QUAL})\s+)?(?:the\s)?$"
)
_CHANGE_AFTER = re.compile(rf"^[\s-]*(?:{'|'.join(lex.CHANGE_NOUNS)})\b(?!\s+in\s+(?:tariffs|duties|levies))")
_SHARE_OF = re.compile(
    rf"^\s*of\s+(?:[\w’'.-]+\s+){{0,6}}?(?:{'|'.join(lex.TRADE_NOUNS)})\b|^\s*of which\b"
)
_SHARE_OF_OTHER = re.compile(r"^\s*of\s")
_SHARE_CUE = words(*lex.SHARE_CUES)
_CHANGE = words(*lex.CHANGE_VERBS, *lex.CHANGE_NOUNS)
_INDICATOR = words(*lex.INDICATOR_NOUNS)
_STOCK = words(*lex.STOCK_CUES)
_TRADE_VALUE = words(*lex.TRADE_VALUE_CUES)
_IMPACT = words(*lex.IMPACT_CUES)
_JOBS = words(*lex.JOB_NOUNS)
_JOBS_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(lex.JOB_NOUNS)})\b")
_THRESHOLD = words(*lex.THRESHOLD_CUES)
_OTHER_MONEY = words(*lex.OTHER_MONEY_CUES)
_TRADE_BALANCE = re.compile(r"trade (?:surplus|deficit)|(?:surplus|deficit) with")
_SIZE_OF = re.compile(r"^\s*(?:the size|as (?:large|big)|the scale)")


def classify(ctx: FigureContext) -> tuple[str | None, str | None]:
    """Kind and the words that decided it; (None, None) when no cue decides."""
    q = ctx.q
    if q.unit == "percent":
        return _percent(ctx)
    if q.unit == "currency":
        return _money(ctx)
    if q.unit == "ratio":
        return "economic_indicator", "ratio"
    return _count(ctx)


def _percent(ctx: FigureContext) -> tuple[str | None, str | None]:
    after, before = ctx.after(50), ctx.before(110)
    window = ctx.window
    if (m := _CHANGE_AFTER.match(after)):
        return "economic_indicator", m.group().strip(" -")
    if (m := _TARIFF_AFTER.match(after)):
        return "tariff_rate", m.group().strip(" -")
    if (m := _SHARE_OF.match(after)):
        return "trade_share", m.group().strip()
    if (m := _TARIFF_BEFORE.search(before)) and not _CHANGE.search(ctx.lower, m.start() + ctx.q.start - len(before), ctx.q.start):
        return "tariff_rate", m.group().split()[0]
    if (c := ctx.nearest(_STOCK, ctx.clause)):
        return "other", c.text
    if (c := ctx.nearest(_SHARE_CUE, window)) or (c := ctx.nearest(_SHARE_CUE, ctx.clause)):
        return "trade_share", c.text
    if _SHARE_OF_OTHER.match(after):
        return "other", "of"
    change = ctx.nearest(_CHANGE, window) or ctx.nearest(_CHANGE, ctx.clause)
    indicator = ctx.nearest(_INDICATOR, window) or ctx.nearest(_INDICATOR, ctx.clause)
    tariff = ctx.nearest(_TARIFF, window)
    if tariff and (not change or tariff.distance < change.distance) and \
            (not indicator or tariff.distance <= indicator.distance):
        return "tariff_rate", tariff.text
    if change or indicator:
        return "economic_indicator", (change or indicator).text
    if (c := ctx.nearest(_TARIFF, ctx.sentence)):
        return "tariff_rate", c.text
    if (c := ctx.nearest(_INDICATOR, ctx.sentence)) or (c := ctx.nearest(_CHANGE, ctx.sentence)):
        return "economic_indicator", c.text
    return None, None


def _money(ctx: FigureContext) -> tuple[str | None, str | None]:
    q = ctx.q
    if q.measure and q.measure.startswith("per "):
        return "other", q.measure
    if q.currency_cue and "cent" in q.currency_cue.lower():
        return "economic_indicator", q.currency_cue
    after = ctx.after(40)
    if re.match(r"^\s*(?:or more|and more|and up|or higher|and above)\b", after):
        return "other", after.split()[0] + " " + after.split()[1]
    if (m := _TRADE_BALANCE.search(ctx.text_of(ctx.window))) or (m := _TRADE_BALANCE.search(ctx.text_of(ctx.clause))):
        return "trade_value", m.group()
    cues = [c for c in (
        _labelled(ctx.nearest(_TRADE_VALUE, ctx.window), "trade_value"),
        _labelled(ctx.nearest(_IMPACT, ctx.window), "economic_impact"),
        _labelled(ctx.nearest(_OTHER_MONEY, ctx.window), "other"),
        _labelled(ctx.nearest(_THRESHOLD, ctx.window), "other"),
    ) if c]
    if not cues:
        cues = [c for c in (
            _labelled(ctx.nearest(_TRADE_VALUE, ctx.sentence), "trade_value"),
            _labelled(ctx.nearest(_IMPACT, ctx.sentence), "economic_impact"),
            _labelled(ctx.nearest(_OTHER_MONEY, ctx.sentence), "other"),
        ) if c]
    if cues:
        best = min(cues, key=lambda c: c.distance)
        return best.label, best.text
    if (c := ctx.nearest(_INDICATOR, ctx.window)):
        return "economic_indicator", c.text
    return None, None


def _count(ctx: FigureContext) -> tuple[str | None, str | None]:
    q = ctx.q
    if q.measure:
        return "other", q.measure
    if (m := _JOBS_AFTER.match(ctx.after(40))):
        return "jobs", m.group().strip()
    if (c := ctx.nearest(_JOBS, ctx.window)) or (c := ctx.nearest(_JOBS, ctx.clause)):
        return "jobs", c.text
    return None, None


def _labelled(cue, label):
    if cue is not None:
        cue.label = label
    return cue


def is_size_ratio(ctx: FigureContext) -> bool:
    """"one-tenth the size of America": a fraction that compares, not a share."""
    return bool(_SIZE_OF.match(ctx.after(30)))
