"""How a figure leans on the one before it.

News text often states one quantity several times: converted ("C$155 billion ($105
billion)"), compared ("81 per cent ..., up from 56 per cent in May"; "That compares to
79 per cent in January"), or listed ("25% on Canadian goods and 10% on energy"), or broken down ("3.3 million tons,
with 432,000 from Kitimat"). The later
figure then measures the same kind of thing as the earlier one; `figures.py` uses these
relations to carry kind, sectors, period and hedge across.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefigures.extract.context import FigureContext

CONVERSION = "conversion"
COMPARISON = "comparison"
COORDINATION = "coordination"
PART = "part"

_OPEN_PAREN = re.compile(r"^\s*\(\s*(?:or\s+|about\s+|roughly\s+)?$")
_COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|climbing|increasing|decreasing|improvement|improving|rise|drop|"
    r"jump|increase|decrease|declining|growing|gain)\s+from"
    r"|\bcompared?\s+(?:with|to)|\bcompares\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)"
    r"\s+(?:(?:about|roughly|around|nearly|some|just|only)\s+)?(?:the\s+)?$"
)
# "rose to 50% from 25%": the figure after a bare "from" is the one it moved from.
_BARE_FROM = re.compile(
    r"^\s*(?:in\s+[a-z]+\s+|last\s+[a-z]+\s+|a\s+year\s+earlier\s+)?,?\s*from\s+"
    r"(?:an?\s+|the\s+)?(?:(?:upwardly\s+|downwardly\s+)?revised\s+|about\s+|roughly\s+|an\s+estimated\s+)?$")
_PART_OF = re.compile(
    r"(?:,\s*|\s+)(?:with|of which|including|which included|which includes|includ(?:ing|es|ed))\s+"
    r"(?:(?:about|roughly|around|nearly|some|just|only)\s+)?$")
_LIST_JOIN = re.compile(r"^[^;.()\n]{0,80}?(?:;\s*(?:and\s+)?|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        r"(?:an?\s+|the\s+|another\s+|a\s+further\s+|an\s+additional\s+|some\s+)?$")
_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|said|says|rose|fell|hit|reached|"
    r"grew|jumped|dropped|climbed|declined|increased|decreased|faced|faces|imposed|announced)\b")


@dataclass(frozen=True, slots=True)
class Relation:
    kind: str
    to: int  # index of the earlier figure


def relate(contexts: list[FigureContext]) -> list[Relation | None]:
    """For each figure, its relation to an earlier figure, if the text makes one."""
    out: list[Relation | None] = [None] * len(contexts)
    for i, ctx in enumerate(contexts):
        if i == 0:
            continue
        q, prev = ctx.q, contexts[i - 1].q
        lower = ctx.lower
        same_sentence = contexts[i - 1].sentence == ctx.sentence
        if same_sentence:
            between = lower[prev.end:q.start]
            if q.unit == prev.unit == "currency" and _OPEN_PAREN.match(between):
                out[i] = Relation(CONVERSION, i - 1)
                continue
            if (_COMPARED.search(between[-40:]) or _BARE_FROM.match(between)) and q.unit == prev.unit:
                out[i] = Relation(COMPARISON, i - 1)
                continue
            if _PART_OF.search(between[-50:]) and q.unit == prev.unit:
                out[i] = Relation(PART, i - 1)
                continue
            if q.unit == prev.unit and _LIST_JOIN.match(between) and not _VERB_BETWEEN.search(between):
                out[i] = Relation(COORDINATION, i - 1)
                continue
        else:
            # "That compares to 79 per cent in January": the last figure of the sentence before.
            opening = lower[ctx.sentence.start:q.start]
            if _COMPARED.search(opening[-40:]) and len(opening) < 60:
                for j in range(i - 1, -1, -1):
                    if contexts[j].q.unit == q.unit:
                        if ctx.doc.sentence_index(q.start) - ctx.doc.sentence_index(contexts[j].q.start) == 1:
                            out[i] = Relation(COMPARISON, j)
                        break
    return out
