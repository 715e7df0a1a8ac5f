"""Where a run's tasks execute: threads in this process, or a Dask cluster.

With Dask, batch tasks run on the cluster's workers and write their staged parts into
`<warehouse>/.staging/`, so every worker must reach the warehouse folder at the same
path (one machine, or a shared file system).
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

RUNNERS = ("threads", "dask")


class RunnerError(Exception):
    """The chosen task runner cannot be used; the message says why and what to do."""


def task_runner(name: str = "threads", address: str | None = None, workers: int | None = None):
    """The Prefect task runner called `name`; for Dask, the scheduler at `address`, or a
    local cluster of `workers` single-threaded processes (default: one per core)."""
    if name not in RUNNERS:
        raise RunnerError(f'Task runner "{name}" is not known: use one of {", ".join(RUNNERS)}')
    if address and name != "dask":
        raise RunnerError("--dask-address goes with --task-runner dask")
    if name == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner()
    from prefect_dask import DaskTaskRunner

    if address:
        reachable(address)
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or os.cpu_count() or 1,
                                         "threads_per_worker": 1, "processes": True})


def reachable(address: str, timeout: float = 5.0) -> None:
    """Raise RunnerError unless a Dask scheduler listens at `address` (tcp://HOST:PORT)."""
    parsed = urlparse(address if "://" in address else f"tcp://{address}")
    if parsed.scheme != "tcp" or not parsed.hostname or not parsed.port:
        raise RunnerError(f'Dask address "{address}" is not of the form tcp://HOST:PORT')
    try:
        with socket.create_connection((parsed.hostname, parsed.port), timeout=timeout):
            pass
    except OSError as exc:
        raise RunnerError(f'No Dask scheduler answers at "{address}" ({exc.strerror or exc}): start '
                          "one (`dask scheduler`), or leave out --dask-address for a local cluster") from None
