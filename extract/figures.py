"""Figures: each quantity in an article with its meaning.

`numbers.py` finds the quantities and `ranges.py` joins them; every sentence that holds
one is read once (`parse.py`), every figure gets its structure (`structure.py`), and each
field is decided by its rule table (`rules/`) through the one engine, from the
figure's own phrase outward. Every decision records the words that made it (`cues`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tradefigures.extract import hedges, relations, removals
from tradefigures.extract.article import ArticleContext
from tradefigures.extract.dates import DateMention
from tradefigures.extract.document import Document
from tradefigures.extract.fields import decide_fields
from tradefigures.extract.numbers import Quantity, addresses, find_quantities, settle_unit
from tradefigures.extract.parse import Parse, parse
from tradefigures.extract.ranges import join, share_units
from tradefigures.extract.structure import Frame, build


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
    measure: str | None = None
    measure_phrase: str | None = None
    ref_period: str | None = None
    cues: dict[str, str] = field(default_factory=dict)


def quantities(doc: Document, dates: list[DateMention]) -> tuple[list[Quantity], dict[int, tuple[str, str]], dict[int, int]]:
    """The figures' quantities in order, the hedges ranges give them, and the ranges
    (index of a lower end -> index of its upper end)."""
    text = doc.text
    masked = [(d.start, d.end) for d in dates] + addresses(text)
    found: list[Quantity | None] = list(find_quantities(text, masked))
    share_units(text, found)
    ranges, range_hedges = join(text, found)
    keep = [i for i, q in enumerate(found)
            if q is not None and (not q.provisional or i in ranges or i in range_hedges)]
    index = {old: new for new, old in enumerate(keep)}
    qs = [found[i] for i in keep]
    return (qs, {index[i]: h for i, h in range_hedges.items() if i in index},
            {index[a]: index[b] for a, b in ranges.items() if a in index and b in index})


def units(qs: list[Quantity], dates: list[DateMention]) -> list[tuple[int, int, str, object]]:
    """The numbers and dates of an article, as the units a parse makes tokens of."""
    return [(q.start, q.end, "n", q) for q in qs] + [(d.start, d.end, "d", d) for d in dates]


def sentence_parses(doc: Document, spans: list[tuple[int, int, str, object]]) -> dict[int, Parse]:
    """Every sentence that holds one of `spans` (numbers and dates), read once."""
    by_sentence: dict[int, list[tuple[int, int, str, object]]] = {}
    for unit in spans:
        by_sentence.setdefault(doc.sentence_index(unit[0]), []).append(unit)
    return {i: parse(doc, doc.sentences[i], units) for i, units in by_sentence.items()}


def find_figures(doc: Document, dates: list[DateMention], title: str | None = None,
                 published=None, parses: dict[int, Parse] | None = None,
                 frames_out: list | None = None, found=None) -> list[Figure]:
    """Every figure in the document, with its fields decided. `title` is the headline
    from metadata, when there is one; `frames_out`, if given, receives each figure's
    frame (with the decision behind each field: `frame.decisions`); `found` is what
    `quantities` gave, and `parses` the sentences read, when the caller has them."""
    qs, range_hedges, ranges = found if found is not None else quantities(doc, dates)
    if not qs:
        return []
    parses = parses if parses is not None else sentence_parses(doc, units(qs, dates))
    article = ArticleContext(doc, title, published, qs)
    frames: list[Frame] = []
    for q in qs:
        p = parses[doc.sentence_index(q.start)]
        index = next(i for i, t in enumerate(p.tokens) if t.ref is q)
        frame = build(doc, p, index)
        frame.q = q
        frame.article = article
        frames.append(frame)
    article.frames = frames
    for frame in frames:
        settle_unit(frame)
    links = relations.relate(frames)
    figures = []
    for i, frame in enumerate(frames):
        qualifier = range_hedges.get(i) or hedges.qualifier(frame)
        figures.append(decide_fields(frame, qualifier, links[i], figures, article))
    relations.carry(figures, frames, links, ranges)
    relations.settle_changes(figures, frames, links)
    removals.settle_removals(doc, figures, parses)
    if frames_out is not None:
        frames_out.extend(frames)
    return figures
