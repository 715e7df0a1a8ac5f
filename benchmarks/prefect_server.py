"""One local Prefect server for every run the benchmark makes.

Without `PREFECT_API_URL` each `tradefigures run` starts a temporary server of its own
(8 to 15 s here), which would swamp the pipeline's own time at small sizes. The bench
starts one server (`tradefigures.flows.server.local_server`, the one `serve` uses) on a
free 127.0.0.1 port with its own PREFECT_HOME, hands its address to the runs, and stops
it afterwards.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tradefigures.flows.server import local_server

QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prefect_env(home: Path) -> dict[str, str]:
    """Settings every Prefect process of the benchmark shares: its own home, no telemetry."""
    return {**os.environ, **QUIET, "PREFECT_HOME": str(home)}


@contextmanager
def running(home: Path, timeout: float = 180.0) -> Iterator[dict[str, str]]:
    """Start `prefect server start`; yield the environment that points runs at it."""
    home.mkdir(parents=True, exist_ok=True)
    env = prefect_env(home)
    with local_server(free_port(), timeout, env) as url:
        yield {**env, "PREFECT_API_URL": url}
