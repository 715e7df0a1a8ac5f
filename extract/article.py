"""What the article as a whole says, for figures whose own words leave a field open:
its topic sector (from the headline), and the sectors its tariffs are about.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from tradefigures.extract.document import Document
from tradefigures.extract.lexicons.sectors import SECTORS


# How many opening paragraphs of prose can frame the article's tariffs.
OPENING_PARAGRAPHS = 2


def _canadian_goods(text: str, cues, lo: int, hi: int) -> str | None:
    """A Canadian name, adjective or province just before goods, trade or an industry
    ("Canadian steel", "Ontario auto plants", "Canadian Kitchen Cabinet Association"),
    at most one word between, as written."""
    goods = sorted(h[0] for cls in ("sector", "generic_trade", "industry") for h in cues.within(cls, lo, hi))
    for start, end, (code, role) in cues.within("actor", lo, hi):
        if code != "CA" or role not in ("adjective", "name", "region") or text[end:end + 2] in ("'s", "’s"):
            continue
        for g in goods:
            if g <= end:
                continue
            gap = text[end:g]
            if len(gap) > 20 or not gap.startswith(" ") or len(gap.split()) > 1 or not gap.replace(" ", "").isalpha() and gap.strip():
                break
            return text[start:end]
    return None


class ArticleContext:
    """The article around its figures, read lazily."""

    def __init__(self, doc: Document, title: str | None, published, quantities):
        self.doc = doc
        self.title = title
        self.published = published
        self.quantities = quantities
        # (quantity, what it is about, whether its own words decided it), in order:
        # later figures read the earlier ones
        self.decided: list[tuple] = []
        # every figure's frame, and (quantity, status, sectors, reach) of the tariff
        # rates decided so far
        self.frames: list = []
        self.statuses: list[tuple] = []
        # (quantity, imposed_by, applied_to) of the tariff rates decided so far
        self.directions: list[tuple] = []
        # (imposed_by, the reach that decided it) of every tariff rate so far
        self.imposers: list[tuple] = []

    @cached_property
    def attributor(self):
        from tradefigures.extract.attribution import Attributor

        return Attributor(self.doc)

    @cached_property
    def headline(self) -> tuple[int, int] | None:
        """The span of the first line, when it reads as a headline."""
        text = self.doc.text
        end = text.find("\n")
        end = len(text) if end < 0 else end
        first = text[:end].strip()
        if 0 < len(first) <= 160 and not first.endswith((".", "?", "!", "”", '"')):
            return 0, end
        return None

    @cached_property
    def headline_imposer(self) -> str | None:
        """The country the headline says levies a tariff: "China slaps tariffs on ..."."""
        from tradefigures.extract.cues import MATCHER

        if self.title:
            text, cues, lo, hi = self.title, MATCHER.scan(self.title), 0, len(self.title)
        elif self.headline:
            text, cues, (lo, hi) = self.doc.text, self.doc.cues, self.headline
        else:
            return None
        actors = [(s, v) for s, _, v in cues.within("actor", lo, hi) if v[1] in ("name", "seat", "person", "region")]
        verbs = [s for s, _, v in cues.within("verb", lo, hi) if v[0] in ("levy", "raise", "announce", "threaten")]
        for start, (code, _) in actors:
            if any(v > start for v in verbs):
                return code
        return None

    @cached_property
    def headline_framed(self) -> str | None:
        """Canadian goods or industry named in the headline ("Canadian steel could be shut
        out") or in the article's opening paragraphs ("Ontario auto plants are on the front
        lines"): the article's tariffs fall on Canada where a sentence does not say."""
        from tradefigures.extract.cues import MATCHER

        if self.title:
            found = _canadian_goods(self.title, MATCHER.scan(self.title), 0, len(self.title))
        elif self.headline:
            found = _canadian_goods(self.doc.text, self.doc.cues, *self.headline)
        else:
            found = None
        if found:
            return found
        for para in self._opening(OPENING_PARAGRAPHS):
            found = _canadian_goods(self.doc.text, self.doc.cues, para.start, para.end)
            if found:
                return found
        return None

    def _opening(self, limit: int) -> list:
        """The article's first `limit` paragraphs of prose (bylines and datelines are
        shorter); the paragraphs after them are not split into words."""
        out = []
        for p in self.doc.paragraphs:
            if len(out) >= limit:
                break
            if len(self.doc.text[p.start:p.end].split()) >= 12:
                out.append(p)
        return out

    @cached_property
    def topic(self) -> str | None:
        """The one sector the headline names, if it names exactly one (besides "all");
        without a headline, the one the opening sentence names."""
        if self.title:
            from tradefigures.extract.cues import MATCHER

            found = {v for _, _, v in MATCHER.scan(self.title).of("sector")}
        elif self.headline:
            found = {v for _, _, v in self.doc.cues.within("sector", *self.headline)}
        else:
            opening = self._opening(1)
            if not opening:
                return None
            first = self.doc.sentence_at(opening[0].start)
            found = {v for _, _, v in self.doc.cues.within("sector", first.start, first.end)}
        found.discard("all")
        return next(iter(found)) if len(found) == 1 else None

    @cached_property
    def tariff_sector(self) -> str | None:
        """The sector the article's tariff sentences name most, when one clearly leads."""
        cues = self.doc.cues
        counts: Counter = Counter()
        for start, end, _ in cues.of("tariff"):
            sent = self.doc.sentence_at(start)
            for _, _, sector in cues.within("sector", sent.start, sent.end):
                if sector != "all":
                    counts[sector] += 1
        if not counts:
            return None
        (best, n), *rest = counts.most_common(2) + [(None, 0)]
        return best if n >= 2 and n >= 2 * rest[0][1] else None


def sector_names() -> tuple[str, ...]:
    return tuple(SECTORS)
