"""Extraction for a batch of source items: the unit of work a pipeline task runs.

Reading, parsing and extracting many articles per call keeps per-task overhead small
when a run holds 100,000 articles.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from tradefigures.extract.extractor import Extractor, RulesExtractor
from tradefigures.extract.sources.files import DEFAULT_MAX_BYTES, read_file
from tradefigures.extract.sources.model import Article, RawDocument, Skipped, SourceItem
from tradefigures.extract.sources.parse import parse


@dataclass(slots=True)
class ExtractedBatch:
    """Rows from one batch, as dicts in the contract's columns, and what was not read."""

    articles: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extract_seconds: float = 0.0
    items: int = 0


def fingerprint(content_sha256: str, meta: dict, version: str) -> str:
    """What decides whether a source changed: its bytes, its metadata and the version
    of the code that turns them into rows."""
    meta_json = json.dumps(meta, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{content_sha256}\x1f{meta_json}\x1f{version}".encode()).hexdigest()[:32]


def extract_batch(items: list[SourceItem], known: dict[str, str], version: str,
                  max_bytes: int = DEFAULT_MAX_BYTES, extractor: Extractor | None = None,
                  fetched: Mapping[str, RawDocument | Skipped] | None = None) -> ExtractedBatch:
    """Read, parse and extract every item; items whose fingerprint is in `known` (the
    newest release's record of that source) are listed as unchanged and not extracted.
    Web items found in `fetched` (uri -> what a fetch got) are not fetched again."""
    extractor = extractor or RulesExtractor()
    out = ExtractedBatch(items=len(items))
    warn = out.warnings.append
    for item in items:
        if item.stored is not None:
            article = item_article(item)
            fp = fingerprint(article.content_sha256, item.meta, version)
        else:
            raw = fetched[item.uri] if fetched and item.uri in fetched else _read(item, max_bytes)
            if isinstance(raw, Skipped):
                out.skipped.append(raw)
                continue
            fp = fingerprint(raw.sha256, item.described(), version)
            if known.get(item.uri) == fp:
                out.unchanged.append(item.uri)
                continue
            article = parse(raw, warn)
            if isinstance(article, Skipped):
                out.skipped.append(article)
                continue
        # CPU time of this thread: wall time would count the waits for the GIL when
        # batches run on threads side by side.
        started = time.thread_time()
        rows = extractor.extract(article.text, article.published_date, article.article_id, article.title)
        out.extract_seconds += time.thread_time() - started
        out.articles.append(article.row())
        out.figures.extend(rows.figures)
        out.dates.extend(rows.dates)
        out.sources.append({
            "source_uri": article.source_uri, "article_id": article.article_id,
            "content_sha256": article.content_sha256, "retrieved_at": article.retrieved_at,
            "fingerprint": fp,
        })
    return out


def split_unchanged(items: list[SourceItem], known: Mapping[str, str], version: str,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[str], list[SourceItem]]:
    """The files among `items` whose fingerprint is the one `known` records (by uri),
    and every other item, in order. Reading and hashing a file is cheap next to sending
    it to a worker process: a rerun over unchanged files starts none. Web items are
    left to their batch, which fetches them once."""
    unchanged: list[str] = []
    rest: list[SourceItem] = []
    for item in items:
        if item.kind == "file" and item.stored is None and item.uri in known:
            raw = read_file(item, max_bytes)
            if not isinstance(raw, Skipped) and fingerprint(raw.sha256, item.described(), version) == known[item.uri]:
                unchanged.append(item.uri)
                continue
        rest.append(item)
    return unchanged, rest


def _read(item: SourceItem, max_bytes: int) -> RawDocument | Skipped:
    if item.kind == "url":
        # httpx costs a tenth of a second to import: `tradefigures extract` never fetches
        from tradefigures.extract.sources.web import FetchError, fetch

        try:
            return fetch(item, max_bytes)
        except FetchError as exc:
            return Skipped(item.uri, exc.reason)
    return read_file(item, max_bytes)


def item_article(item: SourceItem) -> Article:
    """The stored article a "stored" item carries (re-extraction under a new version)."""
    m = item.stored
    return Article(m["article_id"], item.uri, m.get("url"), m.get("title"), m.get("outlet"),
                   m.get("published_date"), m["retrieved_at"], m["content_sha256"], m["text"])
