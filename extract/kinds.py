"""What a figure measures: tariff rate, trade value or share, jobs, impact, indicator."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefigures.extract.context import FigureContext, words
from tradefigures.extract.lexicons import kinds as lex
from tradefigures.extract.lexicons.hedges import QUALIFIERS_BEFORE

_TARIFF = words(*lex.TARIFF_NOUNS)
_QUAL = "|".join(re.escape(w) for ws in QUALIFIERS_BEFORE.values() for w in ws)
# "25 per cent tariffs", "25-per-cent sectoral tariffs", "400% Tariffs".
# Between the number and the tariff noun only modifiers ("25-per-cent sectoral
# tariffs"), never a preposition or conjunction ("10 per cent since the duties").
_FUNCTION_WORD = r"(?:since|after|before|the|a|an|of|on|in|to|by|as|when|while|and|or|but|that|which|from|for|with|if|than|because|despite|under|over|amid)\b"
_TARIFF_AFTER = re.compile(
    rf"^[\s-]*(?:(?!{_FUNCTION_WORD})[\w\"“”‘’-]+\s+){{0,3}}?[\"“‘]?(?:{'|'.join(lex.TARIFF_NOUNS)})\b"
)
# "duties of 25%", "hiking tariffs on Canada to 35%", "tariff rate ... at approximately 5.5".
_TARIFF_BEFORE = re.compile(
    rf"(?:(?:{'|'.join(lex.TARIFF_NOUNS)})|(?<![\w-])(?P<rate>rates?))\b(?:[^.;:]{{0,60}}?)\s(?:of|at|to|by|reaching|hitting|set at|of up to)\s+(?:(?:{_QUAL})\s+)?(?:the\s)?$"
)
# "the 10% rate", "a 35 per cent rate on Canadian goods", in a sentence about tariffs.
_RATE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?rates?\b")
_MONEY_BETWEEN = re.compile(
    r"\b(?:revenues?|collections?|receipts|income|exports?|imports?|prices?|costs?|sales|volumes?|"
    r"shipments?|bills?|payments?|value)\b")
_OTHER_RATE = re.compile(rf"\b(?:{'|'.join(lex.OTHER_RATES)})\s+rates?\b")
_RAISED_TO = re.compile(
    rf"\b(?:{'|'.join(lex.RAISE_VERBS)})\s+(?:[\w’'.,-]+\s+){{0,6}}?to\s+(?:(?:{_QUAL})\s+)?$"
)
_CHANGE_AFTER = re.compile(rf"^[\s-]*(?:{'|'.join(lex.CHANGE_NOUNS)})\b(?!\s+in\s+(?:tariffs|duties|levies))")
# "a 25% rise in tariffs": the change is a tariff rate.
_CHANGE_IN_TARIFFS = re.compile(rf"^[\s-]*(?:{'|'.join(lex.CHANGE_NOUNS)})\s+in\s+(?:{'|'.join(lex.TARIFF_NOUNS)})\b")
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
_TARIFF_MONEY = re.compile("|".join(lex.TARIFF_MONEY))
# "adds 25% on steel and aluminum", "10% on energy": a rate put on goods.
_ON_GOODS = re.compile(
    r"^\s+on\s+(?:(?:all|most|some|certain|many|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:goods|imports|exports|products|steel|aluminum|aluminium|autos?|cars|vehicles|lumber|softwood|"
    r"energy|oil|gas|potash|copper|dairy|canola|pork|trucks|furniture|cabinets|electricity|"
    r"canadian|american|u\.s\.|chinese|mexican|foreign|canada|china|mexico)\b")
_TRADE_BALANCE = re.compile(r"trade (?:surplus|deficit)|(?:surplus|deficit) with")
_SIZE_OF = re.compile(r"^\s*(?:the size|as (?:large|big)|the scale)")


@dataclass(slots=True)
class KindDecision:
    """A kind, the words that decided it, and whether they are attached to the number
    itself ("25% tariff", "75% of exports") rather than merely nearby."""

    kind: str | None
    cue: str | None = None
    strong: bool = False


def classify(ctx: FigureContext) -> KindDecision:
    """What the figure measures, judged from the words attached to it, then near it."""
    q = ctx.q
    if q.unit == "percent":
        return _percent(ctx)
    if q.unit == "currency":
        return _money(ctx)
    if q.unit == "ratio":
        return KindDecision("economic_indicator", "ratio", True)
    return _count(ctx)


def _tariff_context(ctx: FigureContext) -> bool:
    """Whether the clause, sentence or sentence before speaks of tariffs."""
    sent = ctx.doc.sentence_index(ctx.q.start)
    lo = ctx.doc.sentences[sent - 1].start if sent > 0 else ctx.sentence.start
    return bool(_TARIFF.search(ctx.lower, lo, ctx.sentence.end))


def _moves_a_tariff(phrase: str, ctx: FigureContext) -> bool:
    """"hiked tariffs on Canada to 35%", "increasing rates to 50 per cent", "the hike to
    50 per cent": the verb moves a tariff, not GDP growth, and no other number intervenes."""
    if re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", phrase):
        return False
    names_it = _TARIFF.search(phrase) or re.search(r"\b(?:rates?|them|it|levy|duty|duties)\b", phrase)
    return bool(names_it or (phrase.startswith("hike") and _tariff_context(ctx))) and _tariff_context(ctx)


def _percent(ctx: FigureContext) -> KindDecision:
    after, before = ctx.after(50), ctx.before(110)
    window = ctx.window
    if (m := _CHANGE_IN_TARIFFS.match(after)):
        return KindDecision("tariff_rate", m.group().strip(" -"), True)
    if (m := _CHANGE_AFTER.match(after)):
        return KindDecision("economic_indicator", m.group().strip(" -"), True)
    if (m := _TARIFF_AFTER.match(after)):
        return KindDecision("tariff_rate", m.group().strip(" -"), True)
    if (m := _SHARE_OF.match(after)):
        return KindDecision("trade_share", m.group().strip(), True)
    if (m := _ON_GOODS.match(after)) and not re.match(r"^\s+on\s+(?:the|a|an)\s+(?:month|year|week|day|quarter)", after):
        return KindDecision("tariff_rate", m.group().strip(), True)
    if (m := _RATE_AFTER.match(after)) and _tariff_context(ctx) and not _OTHER_RATE.search(m.group()):
        return KindDecision("tariff_rate", m.group().strip(), True)
    if (m := _RAISED_TO.search(before)) and _moves_a_tariff(m.group(), ctx):
        return KindDecision("tariff_rate", m.group().split()[0], True)
    if (m := _TARIFF_BEFORE.search(before)):
        start = ctx.q.start - len(before) + m.start()
        other_rate = m.group("rate") and (_OTHER_RATE.search(ctx.lower, max(0, start - 20), start + 8)
                                          or not _tariff_context(ctx))
        # "tariffs on steel rose to 50%" moves the rate; "tariffs could reduce GDP by 2%"
        # and "tariff revenue rose 5%" move something else
        changed = _CHANGE.search(ctx.lower, start, ctx.q.start)
        moved_other = changed and (_MONEY_BETWEEN.search(ctx.lower, changed.end(), ctx.q.start)
                                   or _INDICATOR.search(ctx.lower, changed.end(), ctx.q.start)
                                   or _MONEY_BETWEEN.search(ctx.lower, start, changed.start()))
        if not other_rate and not moved_other:
            return KindDecision("tariff_rate", m.group().split()[0], True)
    if (c := ctx.nearest(_STOCK, ctx.clause)):
        return KindDecision("other", c.text, True)
    if (c := ctx.nearest(_SHARE_CUE, window)) or (c := ctx.nearest(_SHARE_CUE, ctx.clause)):
        return KindDecision("trade_share", c.text)
    if _SHARE_OF_OTHER.match(after):
        return KindDecision("other", "of", True)
    change = ctx.nearest(_CHANGE, window) or ctx.nearest(_CHANGE, ctx.clause)
    indicator = ctx.nearest(_INDICATOR, window) or ctx.nearest(_INDICATOR, ctx.clause)
    tariff = ctx.nearest(_TARIFF, window)
    if tariff and (not change or tariff.distance < change.distance) and \
            (not indicator or tariff.distance <= indicator.distance):
        return KindDecision("tariff_rate", tariff.text)
    if change or indicator:
        return KindDecision("economic_indicator", (change or indicator).text)
    if (c := ctx.nearest(_TARIFF, ctx.sentence)):
        return KindDecision("tariff_rate", c.text)
    if (c := ctx.nearest(_INDICATOR, ctx.sentence)) or (c := ctx.nearest(_CHANGE, ctx.sentence)):
        return KindDecision("economic_indicator", c.text)
    return KindDecision(None)


def _money(ctx: FigureContext) -> KindDecision:
    q = ctx.q
    if q.unit_words and q.unit_words.startswith("per "):
        return KindDecision("other", q.unit_words, True)
    if q.currency_cue and "cent" in q.currency_cue.lower():
        return KindDecision("economic_indicator", q.currency_cue, True)
    after = ctx.after(40)
    if (m := re.match(r"^\s*(or more|and more|and up|or higher|and above)\b", after)):
        return KindDecision("other", m.group(1), True)
    if (m := _TARIFF_MONEY.search(ctx.text_of(ctx.clause))):
        return KindDecision("economic_impact", m.group(), True)
    for span in (ctx.window, ctx.clause, ctx.sentence):
        if (m := _TRADE_BALANCE.search(ctx.text_of(span))):
            return KindDecision("trade_value", m.group(), span is ctx.window)
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
        if best.label == "other" and best.text in ("deficit", "surplus") and _trade_balance_article(ctx):
            return KindDecision("trade_value", f"{best.text} (of trade, as in the article)")
        return KindDecision(best.label, best.text, best.distance <= 15)
    if (c := ctx.nearest(_INDICATOR, ctx.window)):
        return KindDecision("economic_indicator", c.text)
    return KindDecision(None)


def _trade_balance_article(ctx: FigureContext) -> bool:
    """A bare "deficit" means the trade deficit when the headline or the two sentences
    before it speak of one."""
    sent = ctx.doc.sentence_index(ctx.q.start)
    lo = ctx.doc.sentences[max(0, sent - 2)].start
    head = ctx.doc.sentences[0] if ctx.doc.sentences else ctx.sentence
    return bool(_TRADE_BALANCE.search(ctx.lower, lo, ctx.sentence.end)
                or _TRADE_BALANCE.search(ctx.lower, head.start, head.end))


def _count(ctx: FigureContext) -> KindDecision:
    q = ctx.q
    if q.unit_words:
        return KindDecision("other", q.unit_words, True)
    if (m := _JOBS_AFTER.match(ctx.after(40))):
        return KindDecision("jobs", m.group().strip(), True)
    if (c := ctx.nearest(_JOBS, ctx.window)) or (c := ctx.nearest(_JOBS, ctx.clause)):
        return KindDecision("jobs", c.text)
    return KindDecision(None)


def _labelled(cue, label):
    if cue is not None:
        cue.label = label
    return cue


def is_size_ratio(ctx: FigureContext) -> bool:
    """"one-tenth the size of America": a fraction that compares, not a share."""
    return bool(_SIZE_OF.match(ctx.after(30)))
