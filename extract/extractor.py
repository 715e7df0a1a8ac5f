"""The extractor behind one small interface: text in, figure and date rows out.

Any other extractor (a model, a service) that implements `Extractor` produces rows the
rest of the pipeline takes unchanged; each row names the extractor and its version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Protocol

from tradefigures import __version__
from tradefigures.extract import ids
from tradefigures.extract.dates import DateMention, find_dates, settle
from tradefigures.extract.document import Document
from tradefigures.extract.figures import Figure, find_figures, quantities, sentence_parses, units


@dataclass(slots=True)
class Extraction:
    """The rows extracted from one article, as plain dicts in the contract's columns."""

    figures: list[dict]
    dates: list[dict]


class Extractor(Protocol):
    name: str

    @property
    def version(self) -> str: ...

    def extract(self, text: str, published: date | None, article_id: str,
                title: str | None = None) -> Extraction: ...


@cache
def rules_fingerprint() -> str:
    """A hash of the extract package's own source (rules, lexicons, readers): any change
    gives a new version, so rows made by the old code are not reused."""
    return package_fingerprint("tradefigures.extract")


def package_fingerprint(package: str) -> str:
    """A hash of every .py file under a package, in a stable order."""
    h = hashlib.sha256()
    stack = [resources.files(package)]
    files = []
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name != "__pycache__":
                stack.append(entry)
            elif entry.name.endswith(".py"):
                files.append(entry)
    root = str(resources.files(package))
    for f in sorted(files, key=lambda p: str(p)):
        h.update(str(f).removeprefix(root).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


class RulesExtractor:
    """tradefigures' own extractor: compiled patterns and lexicons, one pass per article."""

    name = "tradefigures-rules"

    @property
    def version(self) -> str:
        return f"{__version__}+{rules_fingerprint()}"

    @property
    def label(self) -> str:
        return f"{self.name}/{self.version}"

    def read(self, text: str, published: date | None, title: str | None = None, frames_out: list | None = None):
        """The document, its dates and its figures (and, into `frames_out`, each
        figure's frame with the decision behind each field)."""
        doc = Document.of(text)
        date_mentions = find_dates(doc, published)
        found = quantities(doc, date_mentions)
        parses = sentence_parses(doc, units(found[0], date_mentions))
        settle(doc, date_mentions, parses, published)
        figures = find_figures(doc, date_mentions, title, published, parses=parses, found=found,
                               frames_out=frames_out)
        return doc, date_mentions, figures

    def extract(self, text: str, published: date | None, article_id: str,
                title: str | None = None) -> Extraction:
        doc, date_mentions, figures = self.read(text, published, title)
        label = self.label
        return Extraction(
            [figure_row(article_id, doc, f, label) for f in figures],
            [date_row(article_id, doc, d, label) for d in date_mentions],
        )


# What json.dumps(cues, ensure_ascii=False, sort_keys=True) writes, with one encoder for
# every row rather than one made per call.
_cues_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _sentence(doc: Document, start: int) -> str:
    return doc.slice(doc.sentence_at(start))


def figure_row(article_id: str, doc: Document, f: Figure, extractor: str) -> dict:
    return {
        "figure_id": ids.figure_id(article_id, f.start, f.end),
        "article_id": article_id,
        "kind": f.kind,
        "value": f.value,
        "unit": f.unit,
        "currency": f.currency,
        "qualifier": f.qualifier,
        "period": f.period,
        "sectors": f.sectors,
        "status": f.status,
        "imposed_by": f.imposed_by,
        "applied_to": f.applied_to,
        "source_org": f.source_org,
        "mention": doc.text[f.start:f.end],
        "char_start": f.start,
        "char_end": f.end,
        "sentence": _sentence(doc, f.start),
        "cues": _cues_json(f.cues),
        "measure": f.measure,
        "measure_phrase": f.measure_phrase,
        "ref_period": f.ref_period,
        "extractor": extractor,
    }


def date_row(article_id: str, doc: Document, d: DateMention, extractor: str) -> dict:
    return {
        "date_id": ids.date_id(article_id, d.start, d.end),
        "article_id": article_id,
        "mention": doc.text[d.start:d.end],
        "char_start": d.start,
        "char_end": d.end,
        "sentence": _sentence(doc, d.start),
        "value": d.value,
        "granularity": d.granularity,
        "date_start": d.date_start,
        "date_end": d.date_end,
        "relative": d.relative,
        "role": d.role,
        "cues": _cues_json(d.cues),
        "extractor": extractor,
    }
