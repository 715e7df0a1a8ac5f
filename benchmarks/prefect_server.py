"""One local Prefect server for every run the benchmark makes.

Without `PREFECT_API_URL` each `tradefigures run` starts a temporary server of its own
(8 to 15 s here), which would swamp the pipeline's own time at small sizes. The bench
starts one server on a free 127.0.0.1 port with its own PREFECT_HOME, waits until it
answers, hands its address to the runs, and stops it afterwards.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING"}


class ServerDidNotStart(RuntimeError):
    """The Prefect server did not answer its health check in time; its log says why."""


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
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = prefect_env(home)
    prefect = Path(sys.executable).with_name("prefect")
    log = open(home / "server.log", "wb")
    # A session of its own, so that stopping it stops the workers it forks and nothing else.
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(url, server, timeout, home / "server.log")
        yield {**env, "PREFECT_API_URL": url}
    finally:
        _stop(server)
        log.close()


def _wait_healthy(url: str, server: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerDidNotStart(f"prefect server exited with {server.returncode}; see {log}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServerDidNotStart(f"prefect server did not answer {url}/health within {timeout:.0f} s; see {log}")


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
