"""The Prefect server a command talks to, and its whole lifecycle.

A run uses, in this order (`for_run`):

1. the server at `PREFECT_API_URL`, when it is set;
2. the local server that `tradefigures server start` started (detached, on 127.0.0.1,
   its pid and port recorded in `$PREFECT_HOME/tradefigures-server.json`);
3. otherwise a temporary server for this run alone.

Prefect's own temporary server gets 20 s to answer, which a loaded machine misses, and
it inherits the caller's stdout and stderr, so a failed run left it running and holding
them. Ours is Prefect's same ASGI app under uvicorn, but in a session (process group) of
its own with its output in a log file, a deadline a loaded laptop meets, its own SQLite
database (two runs at once never share one, so "database is locked" cannot fail a run),
copied from a migrated template so that migrations are paid once per PREFECT_HOME, and
a parent-death signal: it is stopped with everything it spawned when the run ends,
however it ends, even by SIGKILL.

Nothing here imports Prefect: the commands that never run a flow do not pay for it.
"""

from __future__ import annotations

import collections
import ctypes
import importlib.metadata
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


HOST = "127.0.0.1"
DEFAULT_PORT = 4200
# A loaded two-core laptop took 25-40 s to bring up Prefect's app; three minutes is a
# deadline only a broken start-up misses.
START_TIMEOUT = float(os.environ.get("TRADEFIGURES_SERVER_START_TIMEOUT", "180"))
RECORD = "tradefigures-server.json"
LOG = "tradefigures-server.log"
QUIET = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING"}


class ServerFailed(Exception):
    """No Prefect server could be reached or started; the message says which and what to do."""


@dataclass(frozen=True)
class Server:
    """The server a run talks to: `kind` is configured, local or temporary."""

    api: str
    kind: str
    pid: int | None = None

    def describe(self) -> str:
        return {"configured": f"the Prefect server at PREFECT_API_URL ({self.api})",
                "local": f"the local Prefect server (pid {self.pid}, {self.api})",
                "temporary": f"a temporary Prefect server for this run ({self.api})"}[self.kind]


def prefect_home() -> Path:
    """PREFECT_HOME as Prefect reads it, without importing Prefect."""
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()


def port_in_use(port: int, host: str = HOST) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def healthy(api: str, timeout: float = 2.0) -> bool:
    import httpx  # a tenth of a second that commands which never ask should not pay

    try:
        return httpx.get(f"{api}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


# --- starting and stopping one server process ------------------------------------------

def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the process that started it dies (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _uvicorn(port: int, ui: bool) -> list[str]:
    """Prefect's ASGI app under uvicorn, as Prefect's own temporary server runs it."""
    return [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
            "--host", HOST, "--port", str(port), "--log-level", "error", "--lifespan", "on"]


def _spawn(args: list[str], env: dict[str, str], log: Path, tied: bool) -> subprocess.Popen:
    """Start `args` in a session of its own, its output appended to `log`. A `tied`
    process also dies with this one."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as sink:
        return subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=sink,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=_die_with_parent if tied else None)


def _tail(log: Path, lines: int = 3) -> str:
    try:
        text = log.read_text("utf-8", "replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(collections.deque(text, maxlen=lines))


def _wait_healthy(proc: subprocess.Popen, api: str, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerFailed(f"The Prefect server for {api} exited with code {proc.returncode} while "
                               f"starting ({_tail(log) or 'no output'}; log {log}); set PREFECT_API_URL "
                               "to a server that runs, or try `tradefigures server start`")
        if healthy(api):
            return
        time.sleep(0.25)
    raise ServerFailed(f"The Prefect server for {api} did not answer within {timeout:.0f} s (log {log}); "
                       "start one with `tradefigures server start` or set PREFECT_API_URL, or give "
                       "it longer with TRADEFIGURES_SERVER_START_TIMEOUT")


def kill_group(pid: int, grace: float = 10.0) -> None:
    """Stop process group `pid`: politely, then for sure, stragglers included."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                os.killpg(pid, 0)
            except (ProcessLookupError, PermissionError):
                return
            _reap(pid)
            time.sleep(0.05)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _stop(proc: subprocess.Popen) -> None:
    kill_group(proc.pid)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass


def _server_env(database: Path | None, ui: bool, base: dict[str, str] | None = None) -> dict[str, str]:
    """A server's environment: `base` (this process's by default), quiet, with no
    PREFECT_API_URL of its own, and `database` when given."""
    env = {**QUIET, **(os.environ if base is None else base), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "1" if ui else "0"}
    env.pop("PREFECT_API_URL", None)
    if database is not None:
        env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = f"sqlite+aiosqlite:///{database}"
        env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
    return env


def _launch(port: int, env: dict[str, str], log: Path, tied: bool,
            timeout: float) -> tuple[subprocess.Popen, str]:
    """`prefect server start` on 127.0.0.1:`port`, answering: its process and API URL.
    A port in use or a start-up that fails is ServerFailed, with nothing left running."""
    if port_in_use(port):
        raise ServerFailed(f"Port {port} on {HOST} is in use: give another --port, or set "
                           "PREFECT_API_URL to the Prefect server already there")
    proc = _spawn([sys.executable, "-m", "prefect", "server", "start", "--host", HOST,
                   "--port", str(port)], env, log, tied)
    api = f"http://{HOST}:{port}/api"
    try:
        _wait_healthy(proc, api, log, timeout)
    except BaseException:
        _stop(proc)
        raise
    return proc, api


# --- the temporary server of one run ---------------------------------------------------

@contextmanager
def temporary(timeout: float = START_TIMEOUT, announce=None) -> Iterator[Server]:
    """A server for the block alone, on a free port with a database of its own."""
    home = prefect_home()
    home.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="tradefigures-server-", dir=home))
    database = workdir / "prefect.db"
    template = _template(home)
    if template.exists():
        shutil.copyfile(template, database)
    port = free_port()
    api = f"http://{HOST}:{port}/api"
    if announce:
        announce(f"Starting a temporary Prefect server on {api} for this run "
                 "(`tradefigures server start` keeps one running)")
    proc = _spawn(_uvicorn(port, ui=False), {**_server_env(database, ui=False),
                                              "PREFECT__SERVER_EPHEMERAL": "1"},
                  workdir / "server.log", tied=True)
    try:
        _wait_healthy(proc, api, workdir / "server.log", timeout)
        if not template.exists():
            _save_template(database, template)
        yield Server(api, "temporary", proc.pid)
    finally:
        _stop(proc)
        shutil.rmtree(workdir, ignore_errors=True)


def _template(home: Path) -> Path:
    """The migrated empty database for this Prefect version (another's migrations differ)."""
    try:
        version = importlib.metadata.version("prefect")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return home / f"tradefigures-template-{version}.db"


def _save_template(database: Path, template: Path) -> None:
    """Keep the migrated, still empty database for the next temporary server (SQLite's
    online backup: consistent while the server runs)."""
    partial = template.with_name(f"{template.name}.{os.getpid()}.tmp")
    try:
        with sqlite3.connect(database) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        os.replace(partial, template)
    except (sqlite3.Error, OSError):
        partial.unlink(missing_ok=True)


# --- the local server `tradefigures server start` leaves running -----------------------

def _record_path() -> Path:
    return prefect_home() / RECORD


def recorded() -> dict | None:
    """The local server's record when its process still runs, else None (and a stale
    record is removed)."""
    path = _record_path()
    try:
        record = json.loads(path.read_text())
        pid = int(record["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        path.unlink(missing_ok=True)
        return None
    except PermissionError:
        pass
    return record


def start(port: int = DEFAULT_PORT, timeout: float = START_TIMEOUT) -> Server:
    """Start the local server detached (it outlives this process) and record it."""
    record = recorded()
    if record is not None:
        raise ServerFailed(f"A local Prefect server already runs (pid {record['pid']}, {record['api']}); "
                           "`tradefigures server stop` stops it")
    log = prefect_home() / LOG
    proc, api = _launch(port, _server_env(None, ui=True), log, tied=False, timeout=timeout)
    path = _record_path()
    partial = path.with_name(f"{path.name}.tmp")
    partial.write_text(json.dumps({"pid": proc.pid, "port": port, "api": api, "log": str(log),
                                   "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}))
    os.replace(partial, path)
    return Server(api, "local", proc.pid)


def stop() -> dict | None:
    """Stop the local server and everything it spawned; its record, or None if none ran."""
    record = recorded()
    if record is None:
        return None
    kill_group(int(record["pid"]))
    _record_path().unlink(missing_ok=True)
    return record


def status() -> dict | None:
    """The local server's record with `healthy` added, or None."""
    record = recorded()
    if record is not None:
        record["healthy"] = healthy(record["api"])
    return record


# --- which server a run uses ----------------------------------------------------------

def configured(in_settings: bool = True) -> Server | None:
    """The server a run would use without starting one: PREFECT_API_URL, else the local
    one. With `in_settings`, an API that this process set in Prefect's settings counts
    as the variable would."""
    api = os.environ.get("PREFECT_API_URL")
    if not api and in_settings and "prefect.settings" in sys.modules:
        # A process that imported Prefect may have set its API in Prefect's settings
        # (a test harness does); that setting wins as the variable would.
        from prefect.settings import PREFECT_API_URL

        api = PREFECT_API_URL.value()
    if api:
        return Server(api, "configured")
    record = recorded()
    if record is not None:
        return Server(record["api"], "local", int(record["pid"]))
    return None


@contextmanager
def for_run(timeout: float = START_TIMEOUT, announce=None) -> Iterator[Server]:
    """The server a run talks to (see the module's docstring), reachable, for the block;
    PREFECT_API_URL is set to it in this process so that Prefect, imported later, uses it."""
    server = configured()
    if server is not None:
        if not healthy(server.api, timeout=10):
            what = "PREFECT_API_URL" if server.kind == "configured" else "the local server"
            fix = ("check that server, or unset PREFECT_API_URL" if server.kind == "configured"
                   else "`tradefigures server stop` then `tradefigures server start`")
            raise ServerFailed(f"The Prefect server at {server.api} ({what}) does not answer: {fix}")
        with _api_url(server.api):
            yield server
        return
    with temporary(timeout, announce) as server, _api_url(server.api):
        yield server


@contextmanager
def _api_url(api: str) -> Iterator[None]:
    """PREFECT_API_URL set to `api` for the block: in the environment, read when Prefect
    is first imported and by the processes a run starts, and in Prefect's settings when
    it was imported already."""
    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api
    try:
        if "prefect.settings" in sys.modules:
            from prefect.settings import PREFECT_API_URL, temporary_settings

            with temporary_settings(updates={PREFECT_API_URL: api}):
                yield
        else:
            yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before


@contextmanager
def local_server(port: int = DEFAULT_PORT, timeout: float = START_TIMEOUT,
                 env: dict[str, str] | None = None) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1:`port` while the block runs, in `env`
    (default: this process's environment); yields its API URL. For `serve`, when no
    server is configured or recorded."""
    env = _server_env(None, ui=True, base=env)
    proc, api = _launch(port, env, Path(env.get("PREFECT_HOME") or prefect_home()) / LOG, tied=True,
                        timeout=timeout)
    try:
        yield api
    finally:
        _stop(proc)
