"""Every field of one figure, decided in order: each field's rule table reads the
figure's structure and the fields decided before it (status and direction only for a
tariff rate, the period only for a flow)."""

from __future__ import annotations

from tradefigures.extract import hedges
from tradefigures.extract.engine import Table
from tradefigures.extract.features import TESTS
from tradefigures.extract.rules import jobs as jobs_rules
from tradefigures.extract.rules import measure as measure_rules
from tradefigures.extract.structure import Frame

MEASURE = Table("measure", measure_rules.RULES, TESTS)
JOBS = Table("jobs", jobs_rules.RULES, TESTS)
_JOB_MEASURES = ("employment", "jobs_lost", "jobs_at_risk")
# Reaches at which a figure's own words decide what it is about.
OWN_WORDS = ("phrase", "lead", "object")
KINDS = measure_rules.KINDS


def _round(value: float) -> float:
    return float(f"{value:.10g}")


def decide_fields(frame: Frame, qualifier: tuple[str, str | None], link, earlier: list, article):
    from tradefigures.extract.figures import Figure

    q = frame.q
    cues: dict[str, str] = {}
    topic = MEASURE.decide(frame)
    about = topic.value
    strong = topic.reach in OWN_WORDS
    if about in _JOB_MEASURES and q.unit == "count":
        about = JOBS.decide(frame, "employment").value
    kind = KINDS.get((about, q.unit), "other")
    if link is not None and link.to < len(earlier) and (link.kind == "conversion" or not strong):
        prev = earlier[link.to]
        if prev.kind != "other" or link.kind == "conversion":
            kind = prev.kind
            about = prev.measure if prev.kind != "tariff_rate" else measure_rules.TARIFF
            cues["kind"] = f"{link.kind} of {frame.doc.text[prev.start:prev.end]}"
    elif topic.cue:
        cues["kind"] = topic.describe()
    article.decided.append((q, about if kind != "other" or about else None, strong))
    kind = _within_range(q, kind, cues)
    frame.fields["kind"] = kind
    measure = about if about not in (None, measure_rules.TARIFF) and kind != "tariff_rate" else None
    if qualifier[1]:
        cues["qualifier"] = qualifier[1]
    period, period_cue = hedges.period(frame, kind, [t.ref for t in frame.tokens if t.kind == "d"])
    if period_cue:
        cues["period"] = period_cue
    return Figure(q.start, q.end, kind, _round(q.value), q.unit or "count", q.currency, qualifier[0],
                  period, None, None, None, None, None, measure,
                  topic.cue if measure else None, None, cues)


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
