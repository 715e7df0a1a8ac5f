"""Where a tariff rate stands (status) and who levies it on whom (direction)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefigures.extract.context import Cue, FigureContext, nearest, words
from tradefigures.extract.lexicons import tariffs as lex
from tradefigures.extract.lexicons.kinds import TARIFF_NOUNS

_PHRASES = {status: re.compile("|".join(f"(?:{p})" for p in pats))
            for status, pats in lex.STATUS_PHRASES.items()}
_WORDS = {status: words(*pats) for status, pats in lex.STATUS_WORDS.items()}
_WEAK = {status: words(*pats) for status, pats in lex.WEAK_STATUS.items()}
_SUPERSEDED = re.compile(rf"\b(?:{'|'.join(lex.SUPERSEDED)})\s+(?:[\w-]+\s+)?$")
_RAISED_TO = re.compile(r"(?:hik|rais|increas|doubl|bump|lift|boost|jump)\w*\s+(?:[\w’'.-]+\s+){0,6}?to\s+$")
_ANAPHORA = re.compile(r"\b(?:that|this|the same|those|these)\s+$")
_RELATIVE_CLAUSE = re.compile(r"^\W*(?:which|that|who)\b")
_RETALIATION = words(*lex.RETALIATION)
_TARIFF_NOUN = re.compile(r"(?:" + "|".join(TARIFF_NOUNS) + r")\b")

# Actors are matched on the original text: "US" is a country, "us" a pronoun.
_ACTOR_PATTERNS = [
    (code, re.compile(r"\bUS\b") if p == r"\bus\b" else re.compile(rf"(?i)(?<![\w-]){p}(?![\w])"))
    for code, pats in lex.ACTORS.items() for p in pats
]
# Between the lead and the country only lower-case words and numbers: "against $155
# billion worth of American goods" (not "On Saturday, Trump").
_TARGET_LEAD = re.compile(r"\b(?i:" + "|".join(lex.TARGET_LEADS) + r")\s+(?:the\s+)?(?:(?:\$?[\d.,]*\d|[a-z][a-z’'-]*)\s+){0,5}?$")
_POSSESSIVE_OR_ADJ = re.compile(r"^(?:['’]s?\b|\s+(?:" + "|".join(TARIFF_NOUNS) + r"|counter\w*|retaliat\w*|government|administration|president))")
_MADE = re.compile(r"^-made\b")
_BY = re.compile(r"\b(?:imposed|levied|applied|charged|collected|slapped)\s+by\s+(?:the\s+)?$")


@dataclass(slots=True)
class Actor:
    code: str
    start: int
    end: int
    text: str


def actors_in(text: str, lo: int, hi: int) -> list[Actor]:
    """Country mentions in text[lo:hi], longest match first at each place."""
    found: list[Actor] = []
    for code, pat in _ACTOR_PATTERNS:
        for m in pat.finditer(text, lo, hi):
            found.append(Actor(code, m.start(), m.end(), m.group()))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[Actor] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def status(ctx: FigureContext, rates_in_sentence: list[tuple[int, float]],
           earlier: dict[float, str]) -> tuple[str, str | None]:
    """Status of a tariff rate and the words that decided it."""
    q, lower = ctx.q, ctx.lower
    before = lower[max(ctx.sentence.start, q.start - 40):q.start]
    if _ANAPHORA.search(before) and q.value in earlier:
        return earlier[q.value], _ANAPHORA.search(before).group().strip()
    others = [v for s, v in rates_in_sentence if s != q.start and v != q.value]
    if others and (m := _SUPERSEDED.search(before)):
        return "removed", m.group().strip()
    raised = [(s, v) for s, v in rates_in_sentence
              if _RAISED_TO.search(lower[max(ctx.sentence.start, s - 60):s])]
    if raised:
        s, v = raised[-1]
        if v == q.value and s == q.start:
            return "in_effect", _RAISED_TO.search(lower[max(ctx.sentence.start, s - 60):s]).group().split()[0]
        if q.start < s and q.value != v:
            return "removed", "raised to " + str(v).rstrip("0").rstrip(".")
    cue = _phrase(ctx, ctx.clause) or _word(ctx, ctx.clause, _WORDS)
    if cue is None and _RELATIVE_CLAUSE.match(lower[ctx.clause.start:q.start]):
        cue = _phrase(ctx, ctx.sentence)
    if cue is None:
        cue = _phrase(ctx, ctx.sentence) or _word(ctx, ctx.clause, _WEAK) or _word(ctx, ctx.sentence, _WORDS)
    if cue is None:
        return "in_effect", None
    return cue.label, cue.text


def _phrase(ctx: FigureContext, span) -> Cue | None:
    best = None
    for label, pat in _PHRASES.items():
        c = ctx.nearest(pat, span, label)
        if c and not _negated(ctx.lower, c.start) and (best is None or c.distance < best.distance):
            best = c
    return best


def _word(ctx: FigureContext, span, table) -> Cue | None:
    best = None
    for label, pat in table.items():
        c = ctx.nearest(pat, span, label)
        if c and ctx.lower[max(0, c.start - 5):c.start].endswith("long-"):
            continue
        if c and (best is None or c.distance < best.distance):
            best = c
    return best


def _negated(lower: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:not|never|no longer|didn['’]t|won['’]t|decided not to)\s+$", lower[max(0, pos - 20):pos]))


def direction(ctx: FigureContext, sectors: list[str] | None) -> tuple[str | None, str | None, dict]:
    """(imposed_by, applied_to, cues) for a tariff rate."""
    text, lower, q = ctx.doc.text, ctx.lower, ctx.q
    sent, clause, window = ctx.sentence, ctx.clause, ctx.window
    cues: dict[str, str] = {}
    actors = actors_in(text, sent.start, sent.end)
    targets: list[Actor] = []
    imposers: list[Actor] = []
    for a in actors:
        lead = text[max(sent.start, a.start - 50):a.start]
        tail = text[a.end:a.end + 30]
        if _BY.search(lead.lower()):
            imposers.append(a)
        elif _POSSESSIVE_OR_ADJ.match(tail.lower()) and not re.search(r"\b(?:on|against|to)\s+$", lead.lower()):
            imposers.append(a)
        elif a.code == "*" or _TARGET_LEAD.search(lead) or _MADE.match(tail) or \
                re.match(r"^\s+with\b", tail):
            targets.append(a)
        else:
            imposers.append(a)

    applied = _pick(targets, q, window, clause)
    imposed = _pick_imposer(imposers, q, window, clause, sent)
    if applied:
        cues["applied_to"] = applied.text
    if imposed:
        cues["imposed_by"] = imposed.text
    imposed_by = imposed.code if imposed else None
    applied_to = applied.code if applied else None

    if imposed_by is None or imposed_by == "*":
        retaliation = ctx.nearest(_RETALIATION, clause) or ctx.nearest(_RETALIATION, sent)
        if retaliation and applied_to in (None, "US"):
            imposed_by, cues["imposed_by"] = "CA", retaliation.text
        elif applied_to == "CA":
            imposed_by = "CN" if any(a.code == "CN" for a in imposers) else "US"
        elif applied_to in ("US", "CN", "MX"):
            imposed_by = "CA"
        elif applied_to == "*":
            imposed_by = "US"
    if imposed_by == applied_to:
        applied_to = None
    if applied_to is None:
        if imposed_by == "US":
            framed_on_canada = any(a.code == "CA" for a in targets)
            if sectors and set(sectors) <= set(lex.GLOBAL_SECTORS) and not framed_on_canada:
                applied_to = "*"
            else:
                applied_to = "CA"
        elif imposed_by == "CA":
            applied_to = "US"
        elif imposed_by in ("CN", "MX", "JP", "IN", "EU", "GB"):
            applied_to = "CA"
    return imposed_by, applied_to, cues


def _pick(actors: list[Actor], q, window, clause) -> Actor | None:
    """The actor nearest the figure, in its window, then its clause."""
    for span in (window, clause):
        inside = [a for a in actors if span.start <= a.start < span.end]
        if inside:
            after = [a for a in inside if a.start >= q.end]
            pool = after or inside
            return min(pool, key=lambda a: abs(a.start - q.end))
    return None


def _pick_imposer(actors: list[Actor], q, window, clause, sent) -> Actor | None:
    """The levying actor: the nearest before the figure in its window or clause, else
    the sentence's first."""
    for span in (window, clause):
        before = [a for a in actors if span.start <= a.start < q.start]
        if before:
            return before[-1]
    in_sentence = [a for a in actors if a.start < q.start] or actors
    return in_sentence[0] if in_sentence else None
