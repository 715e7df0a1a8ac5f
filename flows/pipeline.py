"""The pipeline flow: sources -> extract -> validate -> publish.

Each task wraps one library call; the flow only decides what runs on what. Articles
travel in batches so that a run of 100,000 articles is a few hundred tasks, not a
hundred thousand. Web pages are fetched by a task of their own per batch, which Prefect
retries with backoff; each retry fetches only the pages that failed.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import task_run
from prefect.tasks import exponential_backoff

from tradefigures import __version__
from tradefigures.extract import batch as extraction
from tradefigures.extract.extractor import RulesExtractor, rules_fingerprint
from tradefigures.extract.sources import feeds, files, web
from tradefigures.extract.sources import sources_file as sourcesfile
from tradefigures.extract.sources.feeds import Found
from tradefigures.extract.sources.model import NothingRead, SourceItem, unique, with_defaults
from tradefigures.extract.sources.sources_file import Plan
from tradefigures.extract.sources.policy import RETRIES, RETRY_DELAY, TIMEOUT
from tradefigures.flows import artifacts, progress, runners
from tradefigures.validate import quarantine, rules_version
from tradefigures.warehouse import corrections, layout, publishing, query, releases, staging
from tradefigures.warehouse.publishing import Publication

# Bounds on articles per task: enough to keep task overhead small (about 20 ms a task),
# few enough that a worker's batch stays small beside its imports (about 220 MB).
MIN_BATCH, MAX_BATCH = 25, 250


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
    extract_seconds: float = 0.0  # CPU seconds in the extractor, summed over workers
    quarantine_rows: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        """The run in one line: what it read, skipped, and published."""
        pub = self.publication
        done = (f"published release {pub.release_id} ({pub.new_parts} new parts)" if pub.changed
                else f"no change (release {pub.parent})")
        return (f"run: {self.items} sources read ({self.unchanged} unchanged), {len(self.skipped)} skipped, "
                f"{self.quarantined} rows quarantined; {str(pub.review).lower()}; {done}")


@task(name="plan sources", cache_policy=NO_CACHE, persist_result=False)
def plan_sources(sources: list[str] | None, sources_file: str | None) -> Plan:
    return sourcesfile.plan(sources, sources_file)


# What each fetch task run has got so far, kept across its retries (Prefect retries a
# task in the same process), so that a retry fetches only the pages that failed.
_fetched: dict[str, dict] = {}


def _worth_retrying(task, run, state) -> bool:
    """Only network trouble is retried; a bug fails at once, with its traceback."""
    return isinstance(state.data, web.FetchError)


@task(name="fetch pages", cache_policy=NO_CACHE, persist_result=False,
      retries=RETRIES, retry_delay_seconds=exponential_backoff(RETRY_DELAY),
      retry_condition_fn=_worth_retrying)
def fetch_pages(items: list[SourceItem], max_bytes: int, attempts: int, settings: web.FetchSettings,
                prefetched: dict | None = None) -> dict:
    key = task_run.get_id()
    done = _fetched.setdefault(key, dict(prefetched or {}))
    result = web.fetch_batch(items, max_bytes, done, task_run.get_run_count(), attempts, settings)
    del _fetched[key]
    return result


def fetcher(retries: int, retry_delay: float):
    """The fetch task with a run's retry policy."""
    return fetch_pages.with_options(retries=retries,
                                    retry_delay_seconds=exponential_backoff(retry_delay) if retries else 0)


@task(name="read feeds", cache_policy=NO_CACHE, persist_result=False)
def read_feeds(sources: list[SourceItem], fetched: dict, names: dict[str, str]) -> Found:
    return feeds.expand(sources, fetched, names)


@task(name="discover sources", cache_policy=NO_CACHE, persist_result=False)
def discover_sources(sources: list[str], warnings: list[str], outside_links: bool = False) -> list[SourceItem]:
    return files.discover(sources, warnings.append, outside_links)


@task(name="read corrections", cache_policy=NO_CACHE, persist_result=False)
def read_corrections(path: Path) -> int:
    return len(corrections.read_checked(path))


@task(name="read release index", cache_policy=NO_CACHE, persist_result=False)
def read_index(warehouse: Path) -> dict[str, str]:
    return releases.source_index(releases.base(warehouse).release)


@task(name="find unchanged files", cache_policy=NO_CACHE, persist_result=False)
def find_unchanged(items: list[SourceItem], known: dict[str, str], version: str,
                   max_bytes: int) -> tuple[list[str], list[SourceItem]]:
    return extraction.split_unchanged(items, known, version, max_bytes)


# One task per batch runs extract -> validate -> stage, so that a batch's rows stay in
# the worker that made them: only the StagedBatch (where the parts went, a few counts)
# comes back. Handing the rows from task to task made Prefect walk every row dict to
# resolve parameters (half of a run's time), moved them between processes, and kept
# each batch's rows alive in its future until the run ended.
@task(name="process batch", cache_policy=NO_CACHE, persist_result=False)
def process_batch(items: list[SourceItem], known: dict[str, str], fetched: dict | None,
                  warehouse: Path, run_id: str, run_versions: dict[str, str], max_bytes: int):
    extracted = extraction.extract_batch(items, known, run_versions["pipeline"], max_bytes, fetched=fetched)
    checked = quarantine.check_batch(extracted)
    return staging.stage(warehouse, run_id, checked, run_versions)


@task(name="find stale articles", cache_policy=NO_CACHE, persist_result=False)
def find_stale(warehouse: Path, pipeline: str, touched: set[str]) -> list[SourceItem]:
    return releases.stale_items(releases.base(warehouse).release, pipeline, touched)


@task(name="publish release", cache_policy=NO_CACHE, persist_result=False)
def publish(warehouse: Path, run_id: str, staged: list, run_versions: dict[str, str], skipped: list[dict],
            corrections_file: Path, on_wait=None):
    return publishing.publish(warehouse, run_id, staged, run_versions, skipped, on_wait=on_wait,
                              corrections_file=corrections_file)


@task(name="discard staging", cache_policy=NO_CACHE, persist_result=False)
def discard_staging(warehouse: Path, run_id: str) -> None:
    staging.discard(warehouse, run_id)


@task(name="report run", cache_policy=NO_CACHE, persist_result=False)
def report_run(warehouse: Path, result: RunResult) -> None:
    artifacts.publish(result, query.figures_by_kind(warehouse))


@dataclass(slots=True)
class Fetching:
    """How a run fetches its web items: the fetch task with the run's retry policy, and
    the pages already fetched while telling pages from feeds."""

    task: object
    max_bytes: int
    attempts: int
    settings: web.FetchSettings
    pages: dict = field(default_factory=dict)

    def arguments(self, items: list[SourceItem]) -> tuple | None:
        """The fetch task's arguments for the web items of `items` (None when it has none)."""
        web_items = [it for it in items if it.kind == "url"]
        if not web_items:
            return None
        prefetched = {it.uri: self.pages[it.uri] for it in web_items if it.uri in self.pages}
        return web_items, self.max_bytes, self.attempts, self.settings, prefetched

    def submit(self, items: list[SourceItem]):
        """A future of the pages of `items` (None when it has none)."""
        args = self.arguments(items)
        return self.task.submit(*args) if args else None

    def call(self, items: list[SourceItem]):
        """The pages of `items`, fetched here and now (None when it has none)."""
        args = self.arguments(items)
        return self.task(*args) if args else None


def _read_web_sources(plan: Plan, fetching: Fetching) -> Found:
    """Fetch the web SOURCEs and tell feeds (their entries become items) from pages."""
    if not plan.web:
        return Found()
    fetched = fetching.task(plan.web, fetching.max_bytes, fetching.attempts, fetching.settings)
    return read_feeds(plan.web, fetched, plan.names)


def _known(items: list[SourceItem], known: dict[str, str]) -> dict[str, str]:
    """The release index's fingerprints of these items' sources."""
    return {it.uri: known[it.uri] for it in items if it.uri in known}


def _process(items: list[SourceItem], known: dict[str, str], warehouse: Path, run_id: str,
             run_versions: dict[str, str], max_bytes: int, size: int, fetching: Fetching) -> list:
    """Run fetch -> extract -> validate -> stage on every batch; report each as it lands.
    Files the release index shows unchanged are told apart here first, so that they
    reach no batch and a rerun over them starts no worker."""
    reporter = progress.current.get()
    staged = []
    if known:
        unchanged, items = find_unchanged(items, known, run_versions["pipeline"], max_bytes)
        if unchanged:
            staged.append(staging.unchanged(unchanged))
            reporter.advance(len(unchanged))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    if len(chunks) == 1 and runners.starts_processes(FlowRunContext.get().task_runner):
        # A single batch runs here: starting the worker processes would cost more.
        chunk = chunks[0]
        results = [process_batch(chunk, _known(chunk, known), fetching.call(chunk), warehouse, run_id,
                                 run_versions, max_bytes)]
    else:
        results = _in_flight(chunks, lambda chunk: process_batch.submit(
            chunk, _known(chunk, known), fetching.submit(chunk), warehouse, run_id, run_versions, max_bytes))
    for result in results:
        for s in result.skipped:
            reporter.line(str(s))
        for w in result.warnings:
            reporter.line(w)
        reporter.advance(result.items)
        staged.append(result)
    return staged


def _in_flight(chunks: list, submit) -> Iterator:
    """Each batch's result in order, with at most two batches per core submitted and not
    yet read: the flow process never holds every batch's call at once (at 100,000
    articles, 400 queued calls and their results were its share of the run's memory)."""
    window = 2 * (os.cpu_count() or 1)
    rest = iter(chunks)
    pending = deque(submit(chunk) for chunk in islice(rest, window))
    while pending:
        result = pending.popleft().result()
        following = next(rest, None)
        if following is not None:
            pending.append(submit(following))
        yield result


@flow(name="tradefigures-run", log_prints=False, validate_parameters=False,
      task_runner=runners.task_runner("threads"))
def run_pipeline(sources: list[str] | None, warehouse: Path, max_bytes: int = files.DEFAULT_MAX_BYTES,
                 batch: int | None = None, sources_file: str | None = None, retries: int = RETRIES,
                 retry_delay: float = RETRY_DELAY, timeout: float = TIMEOUT, outside_links: bool = False,
                 private_addresses: bool = False, defaults: dict[str, str] | None = None,
                 announce: bool = False, corrections_file: str | None = None) -> RunResult:
    """Read the sources (SOURCEs and a sources file's), extract, validate, and publish a
    release into the warehouse. Web pages are fetched with `retries` retries, the first
    after `retry_delay` seconds, doubling. Links out of a folder SOURCE are read only
    with `outside_links`, private addresses no source names only with `private_addresses`.
    `defaults` (published, title, outlet) stand for what a source does not say itself.
    The release applies the decisions of `corrections_file` (default: the warehouse's).
    With `announce` (a served run) it prints one line when it ends, or fails."""
    try:
        result = _run(sources, warehouse, max_bytes, batch, sources_file, retries, retry_delay, timeout,
                      outside_links, private_addresses, defaults, corrections_file)
    except BaseException as exc:
        if announce:
            print(f"{_now()} run failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
                  flush=True)
        raise
    if announce:
        print(f"{_now()} {result.summary()}", flush=True)
    return result


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _run(sources, warehouse, max_bytes, batch, sources_file, retries, retry_delay, timeout,
         outside_links, private_addresses, defaults, corrections_file) -> RunResult:
    # Through the module: Dask's workers receive this function pickled by value, with
    # the globals it names, and a ContextVar cannot be pickled.
    reporter = progress.current.get()
    warehouse = Path(warehouse)
    run_versions = versions()
    run_id = staging.new_run_id()
    warnings: list[str] = []
    planned = plan_sources(sources, sources_file)
    # Checked before any article is read: a corrections file that publication would
    # refuse stops the run now, not after the extraction.
    decisions_file = layout.corrections_path(warehouse, corrections_file)
    read_corrections(decisions_file)
    fetching = Fetching(fetcher(retries, retry_delay), max_bytes, retries + 1,
                        web.FetchSettings(timeout, private_addresses=private_addresses))
    found = _read_web_sources(planned, fetching)
    fetching.pages = found.pages  # fetched while telling pages from feeds: not fetched again
    # The claim tells a publisher sweeping up after killed runs that this staging is alive.
    with staging.claimed(warehouse, run_id):
        items = with_defaults(unique(discover_sources(planned.paths, warnings, outside_links) + found.items),
                              defaults or {})
        for line in warnings + found.warnings + [str(s) for s in found.skipped]:
            reporter.line(line)
        known = read_index(warehouse)
        reporter.start(len(items), "articles")
        staged = _process(items, known, warehouse, run_id, run_versions, max_bytes,
                          batch or batch_size(len(items)), fetching)
        touched = {u for s in staged for u in s.source_uris}
        stale = find_stale(warehouse, run_versions["pipeline"], touched)
        if stale:
            reporter.start(len(stale), "stored articles (new pipeline version)")
            staged += _process(stale, {}, warehouse, run_id, run_versions, max_bytes,
                               batch or batch_size(len(stale)), fetching)
        reporter.finish()
        skipped = [{"source_uri": s.uri, "reason": s.reason}
                   for s in found.skipped + [s for b in staged for s in b.skipped]]
        if not any(s.article_ids or s.unchanged for s in staged):
            raise NothingRead(len(skipped), bool(skipped or warnings or found.warnings))
        runners.release_workers(FlowRunContext.get().task_runner)  # every batch is in
        try:
            publication = publish(warehouse, run_id, staged, run_versions, skipped, decisions_file,
                                  on_wait=reporter.line)
        finally:
            discard_staging(warehouse, run_id)
        for line in publication.warnings + list(publication.review.lines):
            reporter.line(line)
    result = RunResult(
        publication, len(items), sum(len(s.unchanged) for s in staged), skipped,
        warnings + found.warnings + [w for s in staged for w in s.warnings] + publication.warnings
        + list(publication.review.lines),
        sum(s.counts.get("quarantine", 0) for s in staged),
        sum(s.extract_seconds for s in staged),
        [row for s in staged for row in s.quarantine_preview],
    )
    report_run(warehouse, result)
    return result
