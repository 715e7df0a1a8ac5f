"""Prefect's overhead: the pipeline's flow against the same library calls without Prefect.

`python -m benchmarks.flow_run CORPUS WORK` runs the same work twice, on one core each
time, and prints one JSON object:

- bare: the calls the flow's tasks wrap (discover, then per batch extract -> validate
  -> stage, then publish), called one after another in this process, no Prefect;
- flow: `run_pipeline` on the threads runner (one core's worth of Python), against the
  Prefect server at PREFECT_API_URL.

Prefect's overhead is flow minus bare: task runs, state updates, parameter handling.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def bare(corpus: str, warehouse: Path) -> float:
    from tradefigures.extract import batch as extraction
    from tradefigures.extract.sources import files
    from tradefigures.flows.pipeline import batch_size, versions
    from tradefigures.validate import quarantine
    from tradefigures.warehouse import publishing, staging

    started = time.perf_counter()
    run_versions, run_id = versions(), "bare"
    items = files.discover([corpus], lambda line: None)
    size = batch_size(len(items))
    with staging.claimed(warehouse, run_id):
        staged = [staging.stage(warehouse, run_id, quarantine.check_batch(
                      extraction.extract_batch(items[i:i + size], {}, run_versions["pipeline"])), run_versions)
                  for i in range(0, len(items), size)]
        publishing.publish(warehouse, run_id, staged, run_versions, [])
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    corpus, work = (argv or sys.argv[1:])[:2]
    started = time.perf_counter()
    from tradefigures.flows.pipeline import run_pipeline  # Prefect's import is part of a run's cost
    from tradefigures.flows.runners import task_runner

    imported = time.perf_counter()
    bare_seconds = bare(corpus, Path(work) / "bare")
    flow_started = time.perf_counter()
    result = run_pipeline.with_options(task_runner=task_runner("threads"))([corpus], Path(work) / "flow")
    flow_seconds = time.perf_counter() - flow_started
    json.dump({
        "import_seconds": imported - started,
        "bare_seconds": bare_seconds,
        "flow_seconds": flow_seconds,
        "extract_seconds": result.extract_seconds,
        "items": result.items,
        "published": result.publication.changed,
        "counts": result.publication.counts,
    }, sys.stdout, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
