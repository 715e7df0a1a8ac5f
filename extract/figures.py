"""Figures: each quantity in an article with its meaning.

`numbers.py` finds the quantities; this module joins ranges, reads hedges and time
bases, and asks `kinds`, `sectors`, `tariffs` and `attribution` for the rest. Every
decision records the words that made it (the `cues` column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradefigures.extract import kinds, sectors, tariffs
from tradefigures.extract.attribution import Attributor
from tradefigures.extract.context import FigureContext, build_contexts, words
from tradefigures.extract.dates import DateMention
from tradefigures.extract.lexicons.hedges import PERIODS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE
from tradefigures.extract.kinds import KindDecision
from tradefigures.extract.numbers import Quantity, find_quantities
from tradefigures.extract.relations import COMPARISON, CONVERSION, PART, relate
from tradefigures.extract.text import Document


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    kind: str
    value: float
    unit: str
    currency: str | None
    qualifier: str
    period: str | None
    sectors: list[str] | None
    status: str | None
    imposed_by: str | None
    applied_to: str | None
    source_org: str | None
    cues: dict[str, str] = field(default_factory=dict)


def _alt(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))


_QUAL_BEFORE = {label: re.compile(rf"(?:^|[^\w])({_alt(ws)})\s+(?:the\s+|a\s+)?(?:record\s+)?$")
                for label, ws in QUALIFIERS_BEFORE.items()}
_QUAL_AFTER = {label: re.compile(rf"^\s*,?\s*({_alt(ws)})\b") for label, ws in QUALIFIERS_AFTER.items()}
_PERIOD = {label: words(*pats) for label, pats in PERIODS.items()}
_PERIOD_ADJECTIVE = re.compile(r"\b(annual|yearly|daily|monthly|quarterly)\s+(?:[\w-]+\s+){0,3}?(?:of|worth|at|totalling|totaling)?\s*(?:about\s+|roughly\s+|some\s+)?$")
_ADJECTIVE_PERIOD = {"annual": "annual", "yearly": "annual", "daily": "daily",
                     "monthly": "monthly", "quarterly": "quarterly"}
# Marks of a web address or a file path; the whole non-space token around one is masked.
_URL_MARK = re.compile(r"://|www\.|/|\.(?:jpe?g|png|gif|webp|svg|html?|php)\b")
_RANGE_JOIN = re.compile(r"-?\s*(?P<c>to|and|or|-|–|—|through)\s*")
_RANGE_MARK = re.compile(r"\b(?:between|anywhere from|ranging from|range from|ranges from|from)\s+(?:about\s+|roughly\s+)?$")
_CHANGE_FROM = re.compile(
    r"\b(?:rais|increas|hik|doubl|lift|boost|cut|reduc|lower|went|go|rose|fell|jump|grew|"
    r"climb|drop|declin|widen|narrow|shr[iau]nk|slash|chang|mov)\w*\b[^.;]{0,60}\bfrom\s+(?:about\s+|roughly\s+)?$"
)
_PERCENT_CONTEXT = re.compile(r"%|per ?cent|percent|\brate\b")
_CHANGE_NEAR = re.compile(
    r"\b(?:increas|decreas|rose|rise|fell|fall|drop|jump|climb|gain|dip|declin|up|down|by)\w*\s+(?:by\s+)?$"
    r"|^\s+(?:drop|jump|decrease|increase|rise|gain|decline|dip|point)"
)
_CALENDAR_BEFORE = re.compile(r"\b(?:in|for|during|through|throughout)\s+(?:the\s+)?(?:calendar\s+|fiscal\s+)?$", re.I)
_PARTIAL_YEAR = re.compile(r"\b(?:months?|weeks?|quarters?|half|days?)\s+of\s+(?:the\s+)?$|\bsince\s+$|\bby\s+$|\buntil\s+$", re.I)
# A change in a quantity ("an increase of $2.2 billion") is not a flow over a period.
_CHANGE_AMOUNT = re.compile(r"\b(?:increase|decrease|rise|drop|decline|jump|gain|fall|cut|reduction|change)\s+of\s+(?:about\s+|some\s+)?$|\b(?:up|down|rose|fell|grew|shrank|by)\s+$")
_FLOW = re.compile(r"\b(?:exports?|imports?|trade|surplus|deficit|shipments?|sales|exported|imported|worth)\b")


def find_figures(doc: Document, dates: list[DateMention], title: str | None = None) -> list[Figure]:
    """Every figure in the document, with its fields decided. `title` is the headline
    from metadata, when there is one (its sector is the article's topic)."""
    text = doc.text
    lower = doc.lower
    masked = [(d.start, d.end) for d in dates] + _addresses(text)
    quantities = find_quantities(text, masked)
    if not quantities:
        return []
    qualifiers = [_qualifier(lower, q) for q in quantities]
    ranges = _join_ranges(text, lower, quantities, qualifiers)
    keep = [i for i, q in enumerate(quantities)
            if q is not None and (not q.provisional or i in ranges)]
    quantities = [quantities[i] for i in keep]
    qualifiers = [qualifiers[i] for i in keep]
    ranges = {keep.index(a): keep.index(b) for a, b in ranges.items() if a in keep and b in keep}
    contexts = build_contexts(doc, lower, quantities)
    for ctx in contexts:
        _settle_unit(ctx)

    topic = sectors.headline_sector(title or _headline(text))
    attributor = Attributor(doc)
    decisions = [kinds.classify(c) for c in contexts]
    for a, b in ranges.items():
        if decisions[b].kind:
            decisions[a] = decisions[b]
    links = relate(contexts)
    for i, link in enumerate(links):
        if link is None:
            continue
        j = link.to
        if decisions[j].kind and (link.kind == CONVERSION or not decisions[i].strong):
            decisions[i] = KindDecision(decisions[j].kind, f"{link.kind} of {text[quantities[j].start:quantities[j].end]}",
                                        decisions[j].strong)
    _anaphora(contexts, decisions)
    _inherit_kinds(contexts, decisions)
    for i, ctx in enumerate(contexts):
        decisions[i] = _within_range(ctx.q, decisions[i])

    rates_by_sentence: dict[int, list[tuple[int, float]]] = {}
    for j, o in enumerate(quantities):
        if decisions[j].kind == "tariff_rate":
            rates_by_sentence.setdefault(doc.sentence_index(o.start), []).append((o.start, o.value))
    figures: list[Figure] = []
    status_by_value: dict[float, str] = {}
    recent: tuple[str | None, str | None, int] | None = None
    for i, ctx in enumerate(contexts):
        q = ctx.q
        kind = decisions[i].kind or "other"
        link = links[i]
        earlier = figures[link.to] if link else None
        cues: dict[str, str] = {}
        if decisions[i].cue:
            cues["kind"] = decisions[i].cue
        qualifier, qual_cue = qualifiers[i]
        if link and link.kind == CONVERSION and qual_cue is None:
            qualifier, qual_cue = earlier.qualifier, "as the amount it converts"
        if qual_cue:
            cues["qualifier"] = qual_cue
        period, period_cue = _period(ctx, kind, dates)
        if earlier and period is None and link.kind in (CONVERSION, COMPARISON, PART) and q.unit == earlier.unit:
            period, period_cue = earlier.period, f"as {link.kind}"
        if period_cue:
            cues["period"] = period_cue
        here = doc.sentence_index(q.start)
        prev_sent = doc.sentences[here - 1] if here > 0 else None
        previous = sectors.sectors_within(doc, prev_sent) if prev_sent else []
        secs, sec_cue, named = sectors.sectors_for(ctx, kind, topic, previous or None)
        if earlier and (link.kind == CONVERSION or not named):
            secs, sec_cue = earlier.sectors, f"as {link.kind}"
        if sec_cue:
            cues["sectors"] = sec_cue
        status = imposed_by = applied_to = None
        if kind == "tariff_rate":
            status, status_cue = tariffs.status(ctx, rates_by_sentence.get(here, []), status_by_value)
            status_by_value[q.value] = status
            if status_cue:
                cues["status"] = status_cue
            before = recent[:2] if recent and here - recent[2] <= 5 else None
            imposed_by, applied_to, dir_cues = tariffs.direction(ctx, secs, before)
            cues.update(dir_cues)
            recent = (imposed_by, applied_to, here)
        source, source_cue = attributor.source_for(q.start, q.end, ctx.clause, kind)
        if source_cue:
            cues["source_org"] = source_cue
        currency = q.currency
        if link and link.kind == CONVERSION and currency is None and earlier.currency == "CAD" \
                and text[q.start:q.start + 1] == "$":
            currency = "USD"  # "C$155 billion ($105 billion)": the bracket converts to U.S. dollars
            cues["currency"] = "converts " + text[quantities[link.to].start:quantities[link.to].end]
        figures.append(Figure(
            q.start, q.end, kind, _round(q.value), q.unit or "count", currency,
            qualifier, period, secs, status, imposed_by, applied_to, source, cues,
        ))
    _superseded_baselines(figures, links)
    return figures


def _superseded_baselines(figures: list[Figure], links) -> None:
    """"duties of 35.19%, up from 14.4%": the rate compared against is the old one,
    no longer in force, when the new one is."""
    for i, link in enumerate(links):
        if link is None or link.kind != COMPARISON:
            continue
        new, old = figures[link.to], figures[i]
        if new.kind == old.kind == "tariff_rate" and new.status == "in_effect" and old.status == "in_effect":
            old.status = "removed"
            old.cues["status"] = "compared with the newer " + f"{new.value:g}%"


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of web addresses and file paths ("https://...", "uploads/2025/02/x.jpeg"):
    numbers inside them are no figures."""
    out: list[tuple[int, int]] = []
    for m in _URL_MARK.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        lo = m.start()
        while lo > 0 and not text[lo - 1].isspace() and m.start() - lo < 300:
            lo -= 1
        hi = m.end()
        while hi < len(text) and not text[hi].isspace() and hi - m.end() < 300:
            hi += 1
        token = text[lo:hi]
        if "://" in token or "www." in token or token.count("/") >= 2 or m.group() not in ("/",):
            out.append((lo, hi))
    return out


def _within_range(q: Quantity, decision: KindDecision) -> KindDecision:
    """A kind the value cannot have gives way: a signed percent is a change, not a rate
    or a share; a share cannot pass the whole; a tariff rate stays within 1000%."""
    kind = decision.kind
    if q.unit == "percent" and kind in ("tariff_rate", "trade_share"):
        if q.value < 0:
            return KindDecision("economic_indicator", "signed: a change")
        if (kind == "trade_share" and q.value > 100) or (kind == "tariff_rate" and q.value > 1000):
            return KindDecision("other", "beyond the range of a " + kind.replace("_", " "))
    return decision


def _headline(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no sentence ending)."""
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 160 and not first.endswith((".", "?", "!", "”", '"')) else None


def _round(value: float) -> float:
    return float(f"{value:.10g}")


def _qualifier(lower: str, q: Quantity) -> tuple[str, str | None]:
    before = lower[max(0, q.start - 40):q.start]
    after = lower[q.end:q.end + 30]
    for label, pat in _QUAL_AFTER.items():
        if (m := pat.match(after)):
            return label, m.group(1)
    best = None
    for label, pat in _QUAL_BEFORE.items():
        if (m := pat.search(before)) and (best is None or len(m.group(1)) > len(best[1])):
            best = (label, m.group(1))
    if best:
        return best
    return "exact", None


def _join_ranges(text: str, lower: str, qs: list[Quantity | None],
                 qualifiers: list[tuple[str, str | None]]) -> dict[int, int]:
    """Ranges ("2 to 4 percentage points", "$1.54- and $2.35-billion"): the first end
    takes the second's unit and scale; "six or seven per cent" becomes one figure."""
    pairs: dict[int, int] = {}
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a is None or b is None:
            continue
        between = text[a.end:b.start]
        m = _RANGE_JOIN.fullmatch(between)
        if not m or "\n" in between:
            continue
        conn = m.group("c")
        before = lower[max(0, a.start - 70):a.start]
        if a.unit not in (None, b.unit) and not (a.unit == "currency" and b.unit == "currency"):
            continue
        if conn == "and" and not (a.suspended or re.search(r"\bbetween\s+(?:about\s+)?$", before)):
            continue
        if conn == "from" or (_CHANGE_FROM.search(before) and not re.search(r"\b(?:anywhere|ranging|range|ranges)\s+from\s+$", before)):
            continue
        scale = 1.0
        if (a.suspended or not a.scaled) and b.scaled and a.unit in (None, b.unit):
            scale = _scale_of(b)
        low = a.value * scale
        if conn == "or":
            if b.value <= low or b.value / low > 2:
                continue
            merged = Quantity(a.start, b.end, (low + b.value) / 2, b.unit, b.currency or a.currency,
                              b.points, b.measure, b.words, b.fraction, b.scaled)
            merged.currency_cue = b.currency_cue or a.currency_cue
            qs[i + 1] = merged
            qs[i] = None
            qualifiers[i + 1] = ("approximate", "or")
            continue
        if low <= 0 or b.value <= low or b.value / low > 5:
            continue
        a.value = low
        a.unit = b.unit
        a.points = b.points
        a.currency = a.currency or b.currency
        a.currency_cue = a.currency_cue or b.currency_cue
        a.measure = a.measure or b.measure
        qualifiers[i] = ("lower_bound", f"{conn} (range)")
        qualifiers[i + 1] = ("upper_bound", f"{conn} (range)")
        pairs[i] = i + 1
    return pairs


def _scale_of(q: Quantity) -> float:
    for s in (1e12, 1e9, 1e6, 1e3):
        if q.scaled and q.value >= s:
            return s
    return 1.0


def _settle_unit(ctx: FigureContext) -> None:
    """A bare number takes percent from a sentence about rates ("rose 0.9 to 5.8 per
    cent"); a fraction is a percent share unless it compares sizes."""
    q = ctx.q
    if q.fraction:
        if kinds.is_size_ratio(ctx):
            q.unit, q.value = "ratio", q.value / 100
        return
    if q.unit is None:
        if "." in ctx.doc.text[q.start:q.end] and _PERCENT_CONTEXT.search(ctx.text_of(ctx.sentence)) \
                and (_CHANGE_NEAR.search(ctx.before(30)) or _CHANGE_NEAR.search(ctx.after(12))):
            q.unit = "percent"
        else:
            q.unit = "count"


_DEMONSTRATIVE = re.compile(r"\b(?:that|this|the same|those|these)\s+$")
_SAME_QUANTITY = re.compile(r"\bthe (?:figure|rate|number|level|share)\b[^.;]{0,50}$")


def _anaphora(contexts: list[FigureContext], decided: list[KindDecision]) -> None:
    """"that 35 percent measure" is the 35 percent named before; "the figure may have
    dipped as low as 3.1 percent" measures what the figure before it in the sentence did."""
    for i, ctx in enumerate(contexts):
        q = ctx.q
        if _DEMONSTRATIVE.search(ctx.before(20)):
            for j in range(i - 1, -1, -1):
                o = contexts[j].q
                if o.value == q.value and o.unit == q.unit and decided[j].kind:
                    decided[i] = KindDecision(decided[j].kind, "same as earlier " + ctx.doc.text[o.start:o.end], True)
                    break
        elif i > 0 and contexts[i - 1].sentence == ctx.sentence and decided[i - 1].kind \
                and contexts[i - 1].q.unit == q.unit \
                and _SAME_QUANTITY.search(ctx.lower[ctx.clause.start:q.start]):
            decided[i] = KindDecision(decided[i - 1].kind, "the figure before it", True)


def _inherit_kinds(contexts: list[FigureContext], decided: list[KindDecision]) -> None:
    """Figures no cue decided take the kind of the figure they continue: a list in the
    same sentence ("44%, 69% and 81% of ..."), or the one just before in the text
    ("That compares to 79 per cent in January")."""
    for i, ctx in enumerate(contexts):
        if decided[i].kind:
            continue
        q = ctx.q
        for j in range(i - 1, -1, -1):
            o = contexts[j]
            if o.q.unit != q.unit or not decided[j].kind:
                continue
            same_sentence = o.sentence == ctx.sentence
            close = ctx.doc.sentence_index(q.start) - ctx.doc.sentence_index(o.q.start) <= 2
            if same_sentence or close:
                if q.unit == "percent" and decided[j].kind == "tariff_rate" and o.q.value != q.value \
                        and not same_sentence:
                    break
                decided[i] = KindDecision(decided[j].kind, "continues " + ctx.doc.text[o.q.start:o.q.end])
            break
        if decided[i].kind is None:
            decided[i] = KindDecision("other")


def _period(ctx: FigureContext, kind: str | None, dates: list[DateMention]) -> tuple[str | None, str | None]:
    q = ctx.q
    if q.unit not in ("currency", "count") or kind in ("jobs",):
        return None, None
    if q.measure and re.search(r"/d|per day|a day|bpd", q.measure):
        return "daily", q.measure
    lower = ctx.lower
    after_span = lower[q.end:ctx.sentence.end]
    best = None
    for label, pat in _PERIOD.items():
        m = pat.search(after_span)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), label, m.group())
    if best and best[0] < 60:
        return best[1], best[2]
    if (m := _PERIOD_ADJECTIVE.search(ctx.before(50, ctx.clause))):
        return _ADJECTIVE_PERIOD[m.group(1)], m.group(1)
    if _CHANGE_AMOUNT.search(ctx.before(30)):
        return (best[1], best[2]) if best else (None, None)
    for d in dates:
        if not (ctx.sentence.start <= d.start < ctx.sentence.end):
            continue
        lead = lower[max(ctx.sentence.start, d.start - 30):d.start]
        whole_year = re.fullmatch(r"\d{4}", ctx.doc.text[d.start:d.end]) or d.relative
        if d.granularity == "year" and d.value and whole_year and not _PARTIAL_YEAR.search(lead) \
                and (_CALENDAR_BEFORE.search(lead) or d.relative or 0 <= q.start - d.end < 6):
            return "annual", ctx.doc.text[d.start:d.end]
        if d.granularity == "month" and kind == "trade_value" and re.search(r"\bin\s+$", lead) \
                and _FLOW.search(lower[ctx.sentence.start:ctx.sentence.end]):
            return "monthly", ctx.doc.text[d.start:d.end]
    if best:
        return best[1], best[2]
    return None, None
