"""A Prefect server of our own, for schedules and benchmarks when none is configured.

Schedules need a server that outlives a run (the temporary one a plain run starts goes
with it). `local_server` runs `prefect server start` on 127.0.0.1 (SQLite under
$PREFECT_HOME) for as long as its block runs, and stops it, with every process it
started, when the block ends.
"""

from __future__ import annotations

import collections
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

HOST = "127.0.0.1"
DEFAULT_PORT = 4200
START_TIMEOUT = 180.0


class ServerFailed(Exception):
    """The local Prefect server could not be started; the message says why and what to do."""


def port_in_use(port: int, host: str = HOST) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((host, port)) == 0


@contextmanager
def local_server(port: int = DEFAULT_PORT, timeout: float = START_TIMEOUT,
                 env: dict[str, str] | None = None) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1:`port` while the block runs, in `env`
    (default: this process's environment); yields its API URL."""
    if port_in_use(port):
        raise ServerFailed(f"Port {port} on {HOST} is in use: give another --port, or set "
                           "PREFECT_API_URL to the Prefect server already there")
    env = {**(os.environ if env is None else env), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    # A session of its own: the server's processes are stopped together, by us, after
    # the runs in flight have finished, not by the terminal's Ctrl-C.
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", HOST,
                             "--port", str(port)], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    tail: collections.deque[str] = collections.deque(maxlen=15)
    threading.Thread(target=_drain, args=(proc, tail), daemon=True).start()
    api = f"http://{HOST}:{port}/api"
    try:
        _wait_healthy(proc, api, tail, timeout)
        yield api
    finally:
        _stop(proc)


def _drain(proc: subprocess.Popen, tail: collections.deque) -> None:
    """Keep the server's last lines (for an error message) without letting its pipe fill."""
    for line in iter(proc.stdout.readline, b""):
        tail.append(line.decode("utf-8", "replace").rstrip())


def _wait_healthy(proc: subprocess.Popen, api: str, tail: collections.deque, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerFailed(f"`prefect server start` exited with code {proc.returncode}: "
                               + " | ".join(list(tail)[-3:]))
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServerFailed(f"The Prefect server on {api} did not answer within {timeout:.0f} s; "
                       "start one yourself (`prefect server start`) and set PREFECT_API_URL")


def _stop(proc: subprocess.Popen, grace: float = 20.0) -> None:
    """Stop the server's process group: politely, then for sure (stragglers included)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            continue
    proc.wait()
