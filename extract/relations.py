"""How a figure leans on the one before it.

News text often states one quantity several times: converted ("C$155 billion ($105
billion)"), compared ("81 per cent ..., up from 56 per cent in May"; "That compares to
79 per cent in January"), listed ("25% on Canadian goods and 10% on energy"), or broken
down ("3.3 million tons, with 432,000 from Kitimat"). The later figure then measures
the same kind of thing as the earlier one; the fields use these relations to carry
kind, measure, sectors, period and hedge across when the later figure's own words do
not decide them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefigures.extract.structure import Frame

CONVERSION = "conversion"
COMPARISON = "comparison"
COORDINATION = "coordination"
PART = "part"
RANGE = "range"
CHANGE = "change"  # "from 50% to 20%": the level it moves to measures what the first did

_OPEN_PAREN = re.compile(r"^\s*\(\s*(?:or\s+|about\s+|roughly\s+|approximately\s+|around\s+)?$")
_COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|climbing|increasing|decreasing|improvement|improving|rise|drop|"
    r"jump|increase|decrease|declining|growing|gain)\s+from"
    r"|\bcompared?\s+(?:with|to)|\bcompares\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)"
    r"\s+(?:(?:about|roughly|around|nearly|some|just|only|approximately)\s+)?(?:the\s+|a\s+)?$"
)
# "rose to 50% from 25%", "to 20.56% from 7.66%": the figure after a bare "from" is the
# one it moved from.
_BARE_FROM = re.compile(
    r"^\s*(?:in\s+[a-z]+\s+|last\s+[a-z]+\s+|a\s+year\s+earlier\s+)?,?\s*from\s+"
    r"(?:an?\s+|the\s+)?(?:(?:upwardly\s+|downwardly\s+)?revised\s+|about\s+|roughly\s+|an\s+estimated\s+)?$")
_PART_OF = re.compile(
    r"(?:,\s*|\s+)(?:with|of which|including|which included|which includes|includ(?:ing|es|ed))\s+"
    r"(?:(?:about|roughly|around|nearly|some|just|only)\s+)?$")
_LIST_JOIN = re.compile(r"^[^;.()\n]{0,80}?(?:;\s*(?:and\s+)?|,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+)"
                        r"(?:an?\s+|the\s+|another\s+|a\s+further\s+|an\s+additional\s+|some\s+)?$")
_TO = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:in\s+[a-z]+\s+|last\s+[a-z]+\s+)?,?\s*(?:up\s+|down\s+)?to\s+"
                 r"(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|just\s+)?$")
_BRACKETS = re.compile(r"\([^()]*\)")
_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|said|says|rose|fell|hit|reached|"
    r"grew|jumped|dropped|climbed|declined|increased|decreased|faced|faces|imposed|announced)\b")


@dataclass(frozen=True, slots=True)
class Relation:
    kind: str
    to: int  # index of the earlier figure


def relate(frames: list[Frame]) -> list[Relation | None]:
    """For each figure, its relation to an earlier figure, if the text makes one."""
    out: list[Relation | None] = [None] * len(frames)
    for i in range(1, len(frames)):
        f, prev = frames[i], frames[i - 1]
        q, pq = f.q, prev.q
        text = f.doc.text
        if f.parse is prev.parse:
            between = text[pq.end:q.start].lower()
            if q.unit == pq.unit == "currency" and _OPEN_PAREN.match(between):
                out[i] = Relation(CONVERSION, i - 1)
            elif (_COMPARED.search(between[-40:]) or _BARE_FROM.match(between)) and q.unit == pq.unit:
                out[i] = Relation(COMPARISON, i - 1)
            elif _PART_OF.search(between[-50:]) and q.unit == pq.unit:
                out[i] = Relation(PART, i - 1)
            elif q.unit == pq.unit and prev.lead is not None and prev.lead.prep == "from" and _TO.match(between):
                out[i] = Relation(CHANGE, i - 1)
            elif q.unit == pq.unit and _LIST_JOIN.match(between) and not _VERB_BETWEEN.search(between):
                out[i] = Relation(COORDINATION, i - 1)
            else:
                # a list whose items carry brackets: "30,600 job losses in manufacturing
                # (down 1.6 percent) and 26,800 in retail"
                for j in range(i - 2, -1, -1):
                    other = frames[j]
                    if other.parse is not f.parse:
                        break
                    if other.q.unit != q.unit:
                        continue
                    gap = _BRACKETS.sub("", text[other.q.end:q.start].lower())
                    if _LIST_JOIN.match(gap) and not _VERB_BETWEEN.search(gap):
                        out[i] = Relation(COORDINATION, j)
                    break
            continue
        # "That compares to 79 per cent in January": the last figure of the sentence before.
        sent = f.doc.sentence_at(q.start)
        opening = text[sent.start:q.start].lower()
        if _COMPARED.search(opening[-40:]) and len(opening) < 60:
            for j in range(i - 1, -1, -1):
                if frames[j].q.unit == q.unit:
                    if f.doc.sentence_index(q.start) - f.doc.sentence_index(frames[j].q.start) == 1:
                        out[i] = Relation(COMPARISON, j)
                    break
    return out


def carry(figures, frames: list[Frame], links: list[Relation | None], ranges: dict[int, int]) -> None:
    """A range's two ends are one quantity: the upper end's fields, where its own words
    decided them, hold for the lower end too."""
    for a, b in ranges.items():
        lo, hi = figures[a], figures[b]
        if hi.kind != "other" and (lo.kind == "other" or lo.kind != hi.kind):
            lo.kind, lo.measure, lo.measure_phrase = hi.kind, hi.measure, hi.measure_phrase
            lo.cues["kind"] = "range with " + frames[b].doc.text[hi.start:hi.end]
        for name in ("period", "source_org"):
            if getattr(lo, name) is None and getattr(hi, name) is not None:
                setattr(lo, name, getattr(hi, name))
        # what governs a range stands before its first end: "replaced by 10%-25% rates"
        if lo.kind == hi.kind == "tariff_rate":
            for name in ("status", "imposed_by", "applied_to"):
                if getattr(lo, name) is not None:
                    setattr(hi, name, getattr(lo, name))
                    if name in lo.cues:
                        hi.cues[name] = lo.cues[name]


def settle_changes(figures, frames: list[Frame], links: list[Relation | None]) -> None:
    """The rate a change starts from stands until the change is made: "from 84% to 15%
    by March 1" keeps 84% in effect while 15% is announced; "raised from 25% to 50%"
    put 50% in effect and removed 25%. The rate it moves to decides (it is read first)."""
    for i, f in enumerate(frames):
        fig = figures[i]
        if fig.kind != "tariff_rate" or f.lead is None or f.lead.prep != "from":
            continue
        if "status" in f.decisions and f.decisions["status"].reach == "phrase" and fig.status != "in_effect":
            continue  # "down from the 30% Trump had threatened": its own words say (a rate
            # "they paid" was in effect, until the change)
        partner = None
        link = links[i]
        if link is not None and link.kind == COMPARISON:
            partner = figures[link.to]  # "a rate of 6.1%, down from the 100% tariff"
        else:
            for j in range(i + 1, len(frames)):
                g = frames[j]
                if g.parse is not f.parse:
                    break
                if g.lead is not None and g.lead.prep == "to" and figures[j].kind == "tariff_rate":
                    partner = figures[j]
                    break
        if partner is None or partner.status is None:
            continue
        status = "removed" if partner.status == "in_effect" else "in_effect"
        if status != fig.status:
            fig.status = status
            fig.cues["status"] = f"moved to {f.doc.text[partner.start:partner.end]}, {partner.status}"
