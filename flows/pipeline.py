"""The pipeline flow: sources -> extract -> validate -> publish.

Each task wraps one library call; the flow only decides what runs on what. Articles
travel in batches so that a run of 100,000 articles is a few hundred tasks, not a
hundred thousand.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from tradefigures import __version__
from tradefigures.extract import batch as extraction
from tradefigures.extract.extractor import RulesExtractor, rules_fingerprint
from tradefigures.extract.sources import files
from tradefigures.extract.sources.model import SourceItem
from tradefigures.flows.progress import current
from tradefigures.validate import quarantine, rules_version
from tradefigures.warehouse import releases, staging
from tradefigures.warehouse.releases import Publication

# Bounds on articles per task: enough to keep task overhead small, few enough that a
# batch's rows stay a few megabytes in memory.
MIN_BATCH, MAX_BATCH = 25, 1000


def versions() -> dict[str, str]:
    """The code versions every row and release records."""
    return {
        "pipeline": f"{__version__}+{rules_fingerprint()}.{rules_version()}",
        "extractor": RulesExtractor().label,
        "validation": rules_version(),
    }


def batch_size(n: int, workers: int = 2) -> int:
    """Articles per task: four batches per worker, within bounds."""
    return max(MIN_BATCH, min(MAX_BATCH, math.ceil(n / (4 * workers)) or MIN_BATCH))


@dataclass
class RunResult:
    """What a run did, for the summary a person reads."""

    publication: Publication
    items: int
    unchanged: int
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quarantined: int = 0
    extract_seconds: float = 0.0


@task(name="discover sources", cache_policy=NO_CACHE, persist_result=False)
def discover_sources(sources: list[str], warnings: list[str]) -> list[SourceItem]:
    return files.discover(sources, warnings.append)


@task(name="read release index", cache_policy=NO_CACHE, persist_result=False)
def read_index(warehouse: Path) -> dict[str, str]:
    return releases.source_index(releases.latest(warehouse))


@task(name="extract batch", cache_policy=NO_CACHE, persist_result=False)
def extract_batch(items: list[SourceItem], known: dict[str, str], version: str, max_bytes: int):
    return extraction.extract_batch(items, known, version, max_bytes)


@task(name="validate batch", cache_policy=NO_CACHE, persist_result=False)
def validate_batch(batch):
    return quarantine.check_batch(batch)


@task(name="stage batch", cache_policy=NO_CACHE, persist_result=False)
def stage_batch(warehouse: Path, run_id: str, checked, run_versions: dict[str, str]):
    return staging.stage(warehouse, run_id, checked, run_versions)


@task(name="find stale articles", cache_policy=NO_CACHE, persist_result=False)
def find_stale(warehouse: Path, pipeline: str, touched: set[str]) -> list[SourceItem]:
    return releases.stale_items(releases.latest(warehouse), pipeline, touched)


@task(name="publish release", cache_policy=NO_CACHE, persist_result=False)
def publish(warehouse: Path, run_id: str, staged: list, run_versions: dict[str, str], skipped: list[dict],
            on_wait=None):
    return releases.publish(warehouse, run_id, staged, run_versions, skipped, on_wait=on_wait)


@task(name="discard staging", cache_policy=NO_CACHE, persist_result=False)
def discard_staging(warehouse: Path, run_id: str) -> None:
    staging.discard(warehouse, run_id)


def _process(items: list[SourceItem], known: dict[str, str], warehouse: Path, run_id: str,
             run_versions: dict[str, str], max_bytes: int, size: int) -> list:
    """Run extract -> validate -> stage on every batch; report each as it lands."""
    reporter = current.get()
    futures = []
    for i in range(0, len(items), size):
        chunk = items[i:i + size]
        wanted = {it.uri: known[it.uri] for it in chunk if it.uri in known}
        extracted = extract_batch.submit(chunk, wanted, run_versions["pipeline"], max_bytes)
        checked = validate_batch.submit(extracted)
        futures.append(stage_batch.submit(warehouse, run_id, checked, run_versions))
    staged = []
    for future in futures:
        result = future.result()
        for s in result.skipped:
            reporter.line(str(s))
        for w in result.warnings:
            reporter.line(w)
        reporter.advance(result.items)
        staged.append(result)
    return staged


@flow(name="tradefigures-run", log_prints=False, validate_parameters=False)
def run_pipeline(sources: list[str], warehouse: Path, max_bytes: int = files.DEFAULT_MAX_BYTES,
                 batch: int | None = None) -> RunResult:
    """Read the sources, extract, validate, and publish a release into the warehouse."""
    reporter = current.get()
    run_versions = versions()
    run_id = uuid.uuid4().hex[:12]
    warnings: list[str] = []
    # The claim tells a publisher sweeping up after killed runs that this staging is alive.
    with staging.claimed(warehouse, run_id):
        items = discover_sources(sources, warnings)
        for w in warnings:
            reporter.line(w)
        known = read_index(warehouse)
        reporter.start(len(items), "articles")
        staged = _process(items, known, warehouse, run_id, run_versions, max_bytes,
                          batch or batch_size(len(items)))
        touched = {u for s in staged for u in s.source_uris}
        stale = find_stale(warehouse, run_versions["pipeline"], touched)
        if stale:
            reporter.start(len(stale), "stored articles (new pipeline version)")
            staged += _process(stale, {}, warehouse, run_id, run_versions, max_bytes,
                               batch or batch_size(len(stale)))
        reporter.finish()
        skipped = [{"source_uri": s.uri, "reason": s.reason} for b in staged for s in b.skipped]
        try:
            publication = publish(warehouse, run_id, staged, run_versions, skipped, on_wait=reporter.line)
        finally:
            discard_staging(warehouse, run_id)
    return RunResult(
        publication, len(items), sum(len(s.unchanged) for s in staged), skipped,
        warnings + [w for s in staged for w in s.warnings],
        sum(s.counts.get("quarantine", 0) for s in staged),
        sum(s.extract_seconds for s in staged),
    )
