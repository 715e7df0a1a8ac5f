"""Where a tariff rate stands (status) and who levies it on whom (direction)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefigures.extract.context import Cue, FigureContext, nearest, words
from tradefigures.extract.lexicons import tariffs as lex
from tradefigures.extract.lexicons.kinds import TARIFF_NOUNS

_PHRASES = {status: re.compile("|".join(f"(?:{p})" for p in pats))
            for status, pats in lex.STATUS_PHRASES.items()}
_PHRASES_BEFORE = {status: re.compile("|".join(f"(?:{p})" for p in pats))
                   for status, pats in lex.STATUS_PHRASES_BEFORE.items()}
_WORDS = {status: words(*pats) for status, pats in lex.STATUS_WORDS.items()}
_WEAK = {status: words(*pats) for status, pats in lex.WEAK_STATUS.items()}
_SUPERSEDED = re.compile(rf"\b(?:{'|'.join(lex.SUPERSEDED)})\s+(?:[\w-]+\s+)?$")
_RAISED_TO = re.compile(r"(?:hik|rais|increas|doubl|bump|lift|boost|jump)\w*\s+(?:[\w’'.-]+\s+){0,6}?to\s+$")
_GOVERNORS = {status: re.compile(r"\b(?:" + "|".join(pats) + r")\b[^.;]{0,30}$")
              for status, pats in lex.RAISE_GOVERNORS.items()}
_ANAPHORA = re.compile(r"\b(?:that|this|the same|those|these)\s+$")
_RELATIVE_CLAUSE = re.compile(r"^\W*(?:which|that|who)\b")
_RETALIATION = words(*lex.RETALIATION)
_TARIFF_NOUN = re.compile(r"(?:" + "|".join(TARIFF_NOUNS) + r")\b")

# Actors: one pattern over the lower-cased text, a group per country ("ALL" is "*"),
# plus "US" in capitals on the text as written, which lower case would confuse with "us".
_ACTOR_GROUPS = {code: f"A{n}" for n, code in enumerate(lex.ACTORS)}
_LOWER_US = r"\bus\b"
# Longest first within a country, so that "Chinese-made" wins over "Chinese".
_ACTORS = words(*("(?P<" + _ACTOR_GROUPS[code] + ">"
                  + "|".join(sorted((p for p in pats if p != _LOWER_US), key=len, reverse=True)) + ")"
                  for code, pats in lex.ACTORS.items()))
_CODE_OF_GROUP = {g: code for code, g in _ACTOR_GROUPS.items()}
_US_CAPS = re.compile(r"\bUS\b")
_TARGET_LEAD = re.compile(r"\b(?i:" + "|".join(lex.TARGET_LEADS) + r")\s+(?:the\s+)?(?:(?:\$?[\d.,]*\d|[a-z][a-z’'-]*)\s+){0,5}?$")
_IMPORTER_LEAD = re.compile(r"(?:" + "|".join(lex.IMPORTER_LEADS) + r")\s+(?:the\s+)?$")
_TARIFF_TAIL = re.compile(r"^(?:\s+(?:\w+\s+){0,2}?(?:" + "|".join(TARIFF_NOUNS) + r")|\s+(?:counter\w*|retaliat\w*|government|administration|president|officials?)\b)")
_GOODS_TAIL = re.compile(r"^\s+(?:[\w-]+\s+)?(?:" + "|".join(lex.GOODS_NOUNS) + r")\b")
_FILLER = r"(?:has|had|have|will|would|could|also|so|far|since|then|now|already|later|previously|quickly|is|was|were|been|again|just|itself|officially|formally)"
_SUBJECT_TAIL = re.compile(
    r"^(?:,[^,.;]{0,80},)?(?:\s+(?:" + "|".join(lex.LEADER_TITLES) + r")(?:\s+[a-z][\w’'-]+){0,2}?(?:\s+[A-Z][\w’'-]+){0,3})?"
    r"\s+(?:" + _FILLER + r"\s+){0,3}(?:" + "|".join(lex.LEVYING_VERBS) + r")\b", re.I)
_STRONG_VERB = re.compile(r"respond\w*|retaliat\w+|fired back|hit back|impos\w*|slap\w*|lev\w+|plac\w+ (?:a|an|new)")
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:\d|(?:" + "|".join(TARIFF_NOUNS) + r")|counter|retaliat|own\b|new\b)")
# "Mexico faces a 25% levy", "Canadian steel now pays 50%": the subject pays.
_PAYS = re.compile(r"^(?:,[^,.;]{0,40},)?\s+(?:now\s+|also\s+|still\s+)?(?:faces?|faced|facing|pays?|paid|paying|"
                   r"is\s+(?:hit|subject)|was\s+hit|gets?\s+hit|got\s+hit|has\s+been\s+hit)\b")
_EXPORT_LEVY = re.compile("|".join(lex.EXPORT_LEVIES))
_COUNTRY_SPECIFIC = re.compile(r"anti-?dumping|countervailing|dumping")
_CONTAINED = re.compile(r"(?i:\b(?:" + "|".join(lex.CONTAINING_NAMES) + r"))\s+$")
_COUNTRY_WORDS = {"canada", "china", "mexico", "america", "japan", "india", "britain", "europe", "germany", "brazil"}

@dataclass(slots=True)
class Actor:
    code: str
    start: int
    end: int
    text: str


def actors_in(doc, lo: int, hi: int) -> list[Actor]:
    """Country mentions in the document between lo and hi, in order."""
    found = [Actor(_CODE_OF_GROUP[m.lastgroup], m.start(), m.end(), doc.text[m.start():m.end()])
             for m in doc.cues.within(_ACTORS, lo, hi)]
    found += [Actor("US", m.start(), m.end(), m.group()) for m in doc.names.within(_US_CAPS, lo, hi)]
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
    raised = [(s, _RAISED_TO.search(lower, max(ctx.sentence.start, s - 60), s), v)
              for s, v in rates_in_sentence]
    raised = [(s, m, v) for s, m, v in raised if m]
    if raised:
        s, phrase, v = raised[-1]
        lead = lower[max(ctx.sentence.start, phrase.start() - 45):phrase.start()]
        governor = next(((label, g) for label, pat in _GOVERNORS.items() if (g := pat.search(lead))), None)
        if v == q.value and s == q.start:
            if governor:
                return governor[0], governor[1].group().split()[0] + " " + phrase.group().split()[0]
            return "in_effect", phrase.group().split()[0]
        if q.start < s and q.value != v and governor is None:
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
    before = type(span)(span.start, min(span.end, ctx.q.start))
    for table, where in ((_PHRASES, span), (_PHRASES_BEFORE, before)):
        for label, pat in table.items():
            c = ctx.nearest(pat, where, label)
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


@dataclass(slots=True)
class Role:
    actor: Actor
    imposer: bool
    strength: int


def _roles(doc, lo: int, hi: int, figure_start: int, export_levy: bool = False) -> list[Role]:
    """Who levies and who pays, judged from the words around each country mention."""
    text = doc.text
    out: list[Role] = []
    previous_target = False
    for a in actors_in(doc, lo, hi):
        lead = text[max(lo, a.start - 60):a.start]
        tail = text[a.end:a.end + 90]
        lead_l, tail_l = lead.lower(), tail.lower()
        if a.text.lower() in _COUNTRY_WORDS and _CONTAINED.search(lead):
            continue
        role: Role | None = None
        if a.code == "*":
            role = Role(a, False, 2)
        elif _IMPORTER_LEAD.search(lead_l):
            # goods sent to a country: it levies a tariff on them, but pays an export tax
            role = Role(a, not export_levy, 3)
        elif _POSSESSIVE.match(tail_l):
            role = Role(a, True, 3)
        elif re.match(r"^['’]s?\b", tail):
            continue
        elif _TARGET_LEAD.search(lead) or re.match(r"^-made\b", tail) or re.match(r"^\s+with\b", tail_l) \
                or _PAYS.match(tail_l):
            role = Role(a, False, 3)
        elif _TARIFF_TAIL.match(tail_l):
            adjacent = 0 <= figure_start - a.end <= 30
            role = Role(a, True, 3 if adjacent else 2)
        elif _GOODS_TAIL.match(tail_l):
            role = Role(a, False, 2)
        elif (m := _SUBJECT_TAIL.match(tail_l)):
            role = Role(a, True, 3 if _STRONG_VERB.search(m.group()) else 2)
        elif previous_target and re.search(r"\b(?:and|or)\s+$", lead_l):
            role = Role(a, False, 1)
        if role:
            out.append(role)
            previous_target = not role.imposer
    return out


def direction(ctx: FigureContext, sectors: list[str] | None,
              recent: tuple[str | None, str | None] | None) -> tuple[str | None, str | None, dict]:
    """(imposed_by, applied_to, cues) for a tariff rate. `recent` is the direction of
    the tariff the article spoke of just before, for figures whose sentence names no one."""
    text, lower, q = ctx.doc.text, ctx.lower, ctx.q
    sent, clause, window = ctx.sentence, ctx.clause, ctx.window
    cues: dict[str, str] = {}
    roles = _roles(ctx.doc, sent.start, sent.end, q.start,
                   export_levy=bool(_EXPORT_LEVY.search(lower, clause.start, clause.end)))
    imposers = [r for r in roles if r.imposer]
    targets = [r for r in roles if not r.imposer]
    if _RELATIVE_CLAUSE.match(lower[clause.start:q.start]):
        for r in roles:
            if 0 <= clause.start - r.actor.end <= 25:
                imposers.append(Role(r.actor, True, 3))

    def near(r: Role) -> float:
        inside = (window.start <= r.actor.start < window.end) + 0.5 * (clause.start <= r.actor.start < clause.end)
        # a country after the figure levies it only as "by X" or "imports to X" (strength 3
        # from the lead); a subject there belongs to another clause ("if Ottawa retaliates")
        later = r.actor.start > q.end and r.strength < 3 or (r.actor.start > q.end and not _IMPORTER_LEAD.search(
            text[max(sent.start, r.actor.start - 60):r.actor.start].lower()))
        return r.strength + inside - 1.5 * later

    imposed = max(imposers, key=lambda r: (near(r), -abs(r.actor.start - q.start)), default=None)
    # The object of a tariff follows it ("25% on Canadian goods"); a country before the
    # figure pays only as the object of a threat or inside the figure's own phrase.
    eligible = [r for r in targets if r.actor.start >= q.end
                or r.strength >= 3 and (re.match(r"^\s+with\b", text[r.actor.end:r.actor.end + 6].lower())
                                        or q.start - r.actor.end <= 30)]
    in_window = [r for r in eligible if window.start <= r.actor.start < window.end]
    in_clause = [r for r in eligible if clause.start <= r.actor.start < clause.end]
    pool = in_window or in_clause or [r for r in eligible if r.actor.start >= q.end]
    applied = min(pool, key=lambda r: (-r.strength, r.actor.start)) if pool else None

    imposed_by = imposed.actor.code if imposed else None
    applied_to = applied.actor.code if applied else None
    if imposed:
        cues["imposed_by"] = imposed.actor.text
    if applied:
        cues["applied_to"] = applied.actor.text

    if imposed_by is None or imposed_by == "*":
        retaliation = ctx.nearest(_RETALIATION, clause) or ctx.nearest(_RETALIATION, sent)
        if retaliation and applied_to in (None, "US"):
            imposed_by, cues["imposed_by"] = "CA", retaliation.text
        elif applied_to in ("CA", "MX", "*"):
            imposed_by = "US"
        elif applied_to in ("US", "CN"):
            imposed_by = "CA"
        elif recent and recent[0]:
            imposed_by, cues["imposed_by"] = recent[0], "earlier tariff"
        else:
            imposed_by = "US"
    if imposed_by == applied_to:
        applied_to = None
    if applied_to is None:
        # anti-dumping and countervailing duties answer one country's trade, never all
        country_specific = bool(_COUNTRY_SPECIFIC.search(lower, clause.start, clause.end))
        if imposed_by == "US":
            if sectors and set(sectors) <= set(lex.GLOBAL_SECTORS) and not country_specific:
                applied_to = "*"
            else:
                applied_to = "CA"
        elif imposed_by == "CA":
            applied_to = "US"
        elif imposed_by in ("CN", "MX", "JP", "IN", "EU", "GB"):
            applied_to = "CA"
    return imposed_by, applied_to, cues
