"""Where a run's tasks execute: threads in this process, a pool of local processes, or
a Dask cluster.

Extraction is pure Python and holds the GIL, so threads give one core's worth of it;
processes and Dask give one per core.

With Dask, batch tasks run on the cluster's workers and write their staged parts into
`<warehouse>/.staging/`, so every worker must reach the warehouse folder at the same
path (one machine, or a shared file system).
"""

from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

RUNNERS = ("auto", "threads", "processes", "dask")
# Threads at once in the threads runner: each running batch holds its rows in memory,
# and more threads than this buy nothing when extraction holds the GIL.
THREADS = 8


class RunnerError(Exception):
    """The chosen task runner cannot be used; the message says why and what to do."""


def task_runner(name: str = "auto", address: str | None = None, workers: int | None = None):
    """The Prefect task runner called `name`: `auto` is processes on a machine with more
    than one core, else threads; for processes, `workers` of them (default: one per
    core); for Dask, the scheduler at `address`, or a local cluster of `workers`
    single-threaded processes (default: one per core)."""
    if name not in RUNNERS:
        raise RunnerError(f'Task runner "{name}" is not known: use one of {", ".join(RUNNERS)}')
    if address and name != "dask":
        raise RunnerError("--dask-address goes with --task-runner dask")
    if name == "auto":
        name = "processes" if (os.cpu_count() or 1) > 1 else "threads"
    if name == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=THREADS)
    if name == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count() or 1)
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


def starts_processes(runner) -> bool:
    """Whether the first task submitted to `runner` starts worker processes here (seconds
    of imports in each): not worth it for a single batch."""
    from prefect.task_runners import ProcessPoolTaskRunner

    return isinstance(runner, ProcessPoolTaskRunner)


def release_workers(runner) -> None:
    """Stop a process pool's workers once every batch is in, so that publishing does
    not run beside idle workers that each still hold a few hundred megabytes (the
    run's peak memory at 100,000 articles was theirs and publication's together).
    The runner's own exit finds nothing left to stop; other runners keep theirs."""
    from prefect.task_runners import ProcessPoolTaskRunner

    executor = getattr(runner, "_executor", None) if isinstance(runner, ProcessPoolTaskRunner) else None
    if executor is not None:
        executor.shutdown(wait=True)
        runner._executor = None

