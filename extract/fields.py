"""Every field of one figure, decided in order: each field's rule table reads the
figure's structure and the fields decided before it (status and direction only for a
tariff rate, the period only for a flow)."""

from __future__ import annotations

from tradefigures.extract import hedges
from tradefigures.extract.document import Span
from tradefigures.extract.engine import Decision, Table
from tradefigures.extract.features import TESTS
from tradefigures.extract.lexicons.measures import CURRENCY_PRICES, PRICE_CUTS
from tradefigures.extract.matcher import normalize_phrase
from tradefigures.extract.rules import direction as direction_rules
from tradefigures.extract.rules import jobs as jobs_rules
from tradefigures.extract.rules import measure as measure_rules
from tradefigures.extract.rules import sectors as sector_rules
from tradefigures.extract.rules import status as status_rules
from tradefigures.extract.structure import Frame

MEASURE = Table("measure", measure_rules.RULES, TESTS)
JOBS = Table("jobs", jobs_rules.RULES, TESTS)
SECTORS = Table("sectors", sector_rules.RULES, TESTS)
STATUS = Table("status", status_rules.RULES, TESTS)
APPLIED_TO = Table("applied_to", direction_rules.APPLIED_TO, TESTS)
IMPOSED_BY = Table("imposed_by", direction_rules.IMPOSED_BY, TESTS)
_JOB_MEASURES = ("employment", "jobs_lost", "jobs_at_risk")
# Reaches at which a figure's own words decide what it is about.
OWN_WORDS = ("phrase", "lead", "object")
KINDS = measure_rules.KINDS
_CURRENCY_PRICES = frozenset(normalize_phrase(p) for p in CURRENCY_PRICES)
_PRICE_CUTS = frozenset(normalize_phrase(p) for p in PRICE_CUTS)
# Reaches at which a tariff's own words name the goods it falls on.
_GOODS_REACHES = ("phrase", "object", "lead")


def _round(value: float) -> float:
    return float(f"{value:.10g}")


def decide_fields(frame: Frame, qualifier: tuple[str, str | None], link, earlier: list, article):
    from tradefigures.extract.figures import Figure

    q = frame.q
    cues: dict[str, str] = {}
    topic = MEASURE.decide(frame)
    frame.decisions["measure"] = topic
    about = topic.value
    words = topic.words or None
    strong = topic.reach in OWN_WORDS
    if about in _JOB_MEASURES and q.unit in ("count", "percent") and not (about == "jobs_at_risk" and strong):
        # what happens to the jobs, unless their own words put them at risk ("possible
        # job losses of 100,000")
        jobs = JOBS.decide(frame, "employment")
        frame.decisions["jobs"] = jobs
        about = jobs.value
    kind = KINDS.get((about, q.unit), "other")
    if about == "price" and words:
        if q.unit == "currency" and normalize_phrase(words) in _CURRENCY_PRICES:
            kind = "economic_indicator"  # a currency's value, not a good's price
        elif q.unit == "percent" and normalize_phrase(words) in _PRICE_CUTS:
            kind = "other"  # a seller's discount, not a change in prices
    if link is not None and link.to < len(earlier) and (link.kind == "conversion" or not strong):
        prev = earlier[link.to]
        if prev.kind != "other" or link.kind == "conversion":
            kind = prev.kind
            about = prev.measure if prev.kind != "tariff_rate" else measure_rules.TARIFF
            words = prev.measure_phrase
            cues["kind"] = f"{link.kind} of {frame.doc.text[prev.start:prev.end]}"
    elif topic.cue:
        cues["kind"] = topic.describe()
    host = _bracket_host(frame, earlier)
    if host is not None and not strong and host.measure:
        # "30,600 job losses (down 1.6 percent)": a figure in brackets restates the one
        # before them; a percent of jobs is a change in employment
        about, words = host.measure, host.measure_phrase
        if q.unit == "percent" and about in _JOB_MEASURES:
            about = "employment"
        kind = KINDS.get((about, q.unit), kind)
        cues["kind"] = "in brackets after " + frame.doc.text[host.start:host.end]
    article.decided.append((q, about if kind != "other" or about else None, strong))
    kind = _within_range(q, kind, cues)
    frame.fields["kind"] = kind
    measure = about if about not in (None, measure_rules.TARIFF) and kind != "tariff_rate" else None
    measure = measure_rules.MEASURE_OF.get(measure, measure)
    frame.fields["measure"] = measure
    if link is not None and link.kind == "conversion" and link.to < len(earlier) and qualifier[0] == "exact" \
            and earlier[link.to].qualifier != "exact":
        # "nearly C$3.6 billion ($2.6 billion)": the converted amount is as near
        qualifier = (earlier[link.to].qualifier, "as conversion")
    if qualifier[1]:
        cues["qualifier"] = qualifier[1]
    sectors = SECTORS.decide(frame)
    frame.decisions["sectors"] = sectors
    if link is not None and link.to < len(earlier) and (link.kind == "conversion" or sectors.reach not in OWN_WORDS):
        prev = earlier[link.to]
        if prev.sectors and prev.unit == (q.unit or "count"):
            sectors = Decision(prev.sectors, f"as {link.kind}", None, None)
    if sectors.cue:
        cues["sectors"] = sectors.describe()
    frame.fields["sectors"] = sectors.value
    status = imposed_by = applied_to = None
    if kind == "tariff_rate":
        decided = STATUS.decide(frame, "in_effect")
        frame.decisions["status"] = decided
        status = decided.value
        # an item of a list shares its status, unless it is the subject of a verb of its
        # own (", and a further 10% tariff will be added in October")
        own_verb = frame.verb is not None and frame.verb_after and link is not None and link.kind == "coordination"
        if link is not None and link.kind in ("coordination", "conversion") and link.to < len(earlier) \
                and decided.reach not in OWN_WORDS and earlier[link.to].status and not own_verb:
            status = earlier[link.to].status
            decided = Decision(status, f"as {link.kind}", None, None)
        if decided.cue:
            cues["status"] = decided.describe()
        article.statuses.append((q, status, sectors.value, decided.reach))
        imposed_by, applied_to = _direction(frame, sectors.value, cues)
        article.directions.append((q, imposed_by, applied_to, sectors.value, frame.decisions["imposed_by"].reach))
    dates = [t.ref for t in frame.tokens if t.kind == "d"]  # read, not changed, by both below
    period, period_cue = hedges.period(frame, kind, dates)
    if period is None and link is not None and link.to < len(earlier) and earlier[link.to].period \
            and earlier[link.to].unit in ("currency", "count") and kind != "jobs":
        period, period_cue = earlier[link.to].period, f"as {link.kind}"
    if period_cue:
        cues["period"] = period_cue
    ref, ref_cue = hedges.ref_period(frame, kind, dates)
    if ref_cue:
        cues["ref_period"] = ref_cue
    c_start, c_end = frame.span_chars(*frame.clause)
    source, source_cue = article.attributor.source_for(q.start, q.end, Span(c_start, c_end), kind)
    if source_cue:
        cues["source_org"] = source_cue
    return Figure(q.start, q.end, kind, _round(q.value), q.unit or "count", q.currency, qualifier[0],
                  period, sectors.value, status, imposed_by, applied_to, source, measure,
                  words if measure else None, ref, cues)


def _within_range(q, kind: str, cues: dict) -> str:
    """A kind the value cannot have gives way: a signed percent is a change, not a rate
    or a share; a share cannot pass the whole; a tariff rate stays within 1000%."""
    if q.unit == "percent" and kind in ("tariff_rate", "trade_share"):
        if q.value < 0:
            cues["kind"] = "signed: a change"
            return "economic_indicator"
        if (kind == "trade_share" and q.value > 100) or (kind == "tariff_rate" and q.value > 1000):
            cues["kind"] = "beyond the range of a " + kind.replace("_", " ")
            return "other"
    return kind


def _direction(frame: Frame, sectors, cues: dict) -> tuple[str | None, str | None]:
    """(imposed_by, applied_to) of a tariff rate: each side from the text, where it
    names it; the other from the dispute's usual sides."""
    target = APPLIED_TO.decide(frame)
    frame.fields["applied_to"] = target.value
    imposer = IMPOSED_BY.decide(frame)
    frame.decisions["applied_to"], frame.decisions["imposed_by"] = target, imposer
    imposed_by, applied_to = imposer.value, target.value
    if imposer.cue:
        cues["imposed_by"] = imposer.describe()
    if target.cue:
        cues["applied_to"] = target.describe()
    if imposed_by is None or imposed_by == "*":
        imposed_by = "US"
    frame.fields["imposed_by"] = imposed_by
    frame.article.imposers.append((imposed_by, imposer.reach))
    if imposed_by == applied_to:
        applied_to = None
    if applied_to is None:
        global_sectors = set(direction_rules.GLOBAL_SECTORS.split("/"))
        country_specific = TESTS["country_specific"](frame, "sentence")
        framed = TESTS["canada_framed"](frame, None)
        recent = TESTS["recent_direction"](frame, "applied_to")
        decided = frame.decisions.get("sectors")
        named_goods = decided is not None and decided.reach in _GOODS_REACHES and (
            decided.value is None or set(decided.value) <= global_sectors) and (
            decided.reach != "object" or any(a.prep in ("on", "against") for a in frame.after[:1]))
        answered = TESTS["recent_direction"](frame, "imposed_by")
        if imposed_by == "US" and framed:
            applied_to = "CA"
            cues["applied_to"] = framed.text + " (framed)"
        elif imposed_by == "US" and answered and answered.value not in ("US", "*") \
                and frame.decisions["status"].value in ("threatened", "announced"):
            # "Ontario imposed a 25% surcharge ... Trump threatened to double metal
            # tariffs to 50%": a U.S. threat answers the side whose tariff was just
            # named; a tariff already standing is described, not aimed
            applied_to = answered.value
            cues["applied_to"] = f"answers the {answered.value} tariff before"
        elif imposed_by == "US" and named_goods and not country_specific:
            # "25% on heavy trucks": the goods it names, from wherever they come
            applied_to = "*"
        elif imposed_by == "US" and frame.article.headline_framed:
            applied_to = "CA"
            cues["applied_to"] = frame.article.headline_framed + " (framed)"
        elif recent and recent.value != imposed_by:
            applied_to = recent.value
            cues["applied_to"] = "as the tariff before"
        elif imposed_by == "US" and sectors and set(sectors) <= global_sectors and not country_specific:
            applied_to = "*"
        else:
            applied_to = direction_rules.DEFAULT_TARGETS.get(imposed_by)
    return imposed_by, applied_to


def _bracket_host(frame: Frame, earlier: list):
    """The figure just before the bracket a figure stands in, if it does."""
    parse = frame.parse
    ci = parse.tokens[frame.index].clause
    if parse.parent[ci] == ci:
        return None
    start = frame.doc.text.rfind("(", 0, frame.q.start)
    for fig in reversed(earlier):
        if fig.end <= start and parse.span.start <= fig.start:
            return fig if frame.doc.text[fig.end:start].strip(" ") and len(frame.doc.text[fig.end:start]) < 80 else None
    return None
