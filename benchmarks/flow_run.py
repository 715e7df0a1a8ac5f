"""The pipeline's flow called in-process, to read what `tradefigures run` does not print.

`python -m benchmarks.flow_run CORPUS WAREHOUSE` calls `run_pipeline` (the flow behind
`tradefigures run`) once and prints one JSON object: the flow's wall time, measured
around the call, and the `RunResult`'s own figures, among them `extract_seconds`, the
time its batches spent in the extractor. The command line prints neither, and a
release's metadata holds no timings, so calling the flow is the one way to get them
without changing the pipeline. Prefect's overhead is the first minus the second.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    corpus, warehouse = (argv or sys.argv[1:])[:2]
    started = time.perf_counter()
    from tradefigures.flows.pipeline import run_pipeline  # Prefect's import is part of a run's cost

    imported = time.perf_counter()
    result = run_pipeline([corpus], Path(warehouse))
    finished = time.perf_counter()
    json.dump({
        "import_seconds": imported - started,
        "flow_seconds": finished - imported,
        "extract_seconds": result.extract_seconds,
        "items": result.items,
        "unchanged": result.unchanged,
        "quarantined": result.quarantined,
        "published": result.publication.changed,
        "counts": result.publication.counts,
    }, sys.stdout, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
