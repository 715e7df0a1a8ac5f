"""The Prefect server a run uses, and what is left when a command ends: every exit path
of `tradefigures run` as a real process (success, a failure, Ctrl-C, SIGTERM, a server
that cannot be reached), `server start|status|stop`, and two runs at once.

Each command runs with a marker in its environment; every process it starts inherits
it, so `/proc/*/environ` shows whatever outlived the command."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

from tradefigures.flows import server
from tradefigures.warehouse import releases

CLI = [sys.executable, "-m", "tradefigures.flows.cli"]
MARK = "TRADEFIGURES_TEST_MARK"


def marked_env(tmp_path: Path, home: Path | None = None) -> dict[str, str]:
    env = {**os.environ, MARK: uuid.uuid4().hex, "PREFECT_HOME": str(home or tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    return env


def survivors(env: dict[str, str], wait: float = 15.0) -> list[str]:
    """The command lines of processes that carry `env`'s marker, after up to `wait` s for
    them to finish going."""
    needle = f"{MARK}={env[MARK]}".encode()
    deadline = time.monotonic() + wait
    while True:
        found = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if needle not in f.read().split(b"\0"):
                        continue
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    found.append(f"{pid}: " + f.read().replace(b"\0", b" ").decode(errors="replace"))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.25)


def run(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    # capture_output: a process left holding the pipes would make this wait (the bug).
    return subprocess.run(CLI + args, env=env, capture_output=True, text=True, timeout=timeout)


def test_a_plain_run_starts_a_temporary_server_says_so_and_leaves_nothing(tmp_path, samples):
    env = marked_env(tmp_path)
    done = run(["run", str(samples), "-w", str(tmp_path / "w")], env)
    assert done.returncode == 0, done.stderr
    assert "Starting a temporary Prefect server" in done.stderr
    assert "Prefect: a temporary Prefect server for this run" in done.stdout
    assert releases.latest(tmp_path / "w").rows("articles") == 8
    assert survivors(env) == []
    # Its database went with it; the migrated template stays for the next run.
    home = Path(env["PREFECT_HOME"])
    assert not list(home.glob("tradefigures-server-*"))
    assert list(home.glob("tradefigures-template-*.db"))


def _started(proc: subprocess.Popen, lines: list[str]) -> str:
    """The temporary server's API, once the run has said it is starting it."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for line in lines:
            if m := re.search(r"(http://127\.0\.0\.1:\d+/api)", line):
                return m.group(1)
        assert proc.poll() is None, "".join(lines)
        time.sleep(0.1)
    raise AssertionError("the run never said it was starting a server")


def _read_into(stream, lines: list[str]) -> None:
    """Collect a child's lines until its pipe ends, or until `communicate` closes it."""
    try:
        lines.extend(stream)
    except (ValueError, OSError):  # closed under us: what is left, communicate returns
        pass


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("when", ["starting", "running"])
def test_a_run_stopped_by_a_signal_stops_its_server_and_workers(tmp_path, samples, sig, when):
    env = marked_env(tmp_path)
    wh = tmp_path / "w"
    # As a terminal starts it: SIGINT at its default (a background job's caller may
    # ignore it, and an ignored SIGINT is inherited).
    proc = subprocess.Popen(CLI + ["run", str(samples), "-w", str(wh), "--task-runner", "processes"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines: list[str] = []
    threading.Thread(target=_read_into, args=(proc.stderr, lines), daemon=True).start()
    api = _started(proc, lines)
    if when == "running":  # the server answers and the flow has begun
        deadline = time.monotonic() + 180
        while not server.healthy(api) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)
    proc.send_signal(sig)
    out, rest = proc.communicate(timeout=120)
    said = "".join(lines) + (rest or "")  # the reader thread and communicate share the pipe
    if proc.returncode == 0:  # the run had finished already: nothing to stop
        assert "Published release" in out
    else:
        assert proc.returncode == 128 + sig, said
        assert "stopped by" in said
        assert "Traceback" not in said
    assert survivors(env) == []
    # Whatever the moment, the warehouse holds no release or a whole one.
    if (wh / "releases").exists():
        assert all(r.ok for r in __import__("tradefigures.warehouse.verify", fromlist=["check"]).check(wh))


def test_a_failure_after_the_server_started_stops_it(tmp_path, samples):
    env = marked_env(tmp_path)
    # A Dask scheduler nobody runs: the run fails after its server is up.
    done = run(["run", str(samples), "-w", str(tmp_path / "w"), "--task-runner", "dask",
                "--dask-address", f"tcp://127.0.0.1:{server.free_port()}"], env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("error:")
    assert "Traceback" not in done.stderr
    assert survivors(env) == []


def test_a_server_that_cannot_be_reached_is_one_line_and_leaves_the_warehouse(tmp_path, samples):
    env = marked_env(tmp_path)
    wh = tmp_path / "w"
    assert run(["run", str(samples), "-w", str(wh)], env).returncode == 0
    before = sorted(p.name for p in (wh / "releases").iterdir())
    dead = f"http://127.0.0.1:{server.free_port()}/api"
    done = run(["run", str(samples), "-w", str(wh)], {**env, "PREFECT_API_URL": dead})
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and dead in done.stderr and "PREFECT_API_URL" in done.stderr
    assert sorted(p.name for p in (wh / "releases").iterdir()) == before
    assert survivors(env) == []


def test_a_server_that_fails_to_start_is_one_line(tmp_path, samples, monkeypatch):
    env = marked_env(tmp_path)
    # A start-up deadline no server meets.
    done = run(["run", str(samples), "-w", str(tmp_path / "w")],
               {**env, "TRADEFIGURES_SERVER_START_TIMEOUT": "0.01"})
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert "did not answer within" in last and "tradefigures server start" in last
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "w" / "releases").exists() or not any((tmp_path / "w" / "releases").iterdir())
    assert survivors(env) == []


def test_server_start_is_reused_by_runs_until_server_stop(tmp_path, samples):
    env = marked_env(tmp_path)
    port = server.free_port()
    try:
        started = run(["server", "start", "--port", str(port)], env, timeout=300)
        assert started.returncode == 0, started.stderr
        status = run(["server", "status"], env)
        assert status.returncode == 0 and f"127.0.0.1:{port}" in status.stdout and "answers" in status.stdout
        assert server.healthy(f"http://127.0.0.1:{port}/api")
        done = run(["run", str(samples), "-w", str(tmp_path / "w")], env)
        assert done.returncode == 0, done.stderr
        assert "Prefect: the local Prefect server" in done.stdout
        assert "temporary" not in done.stderr
        # The run left the server it did not start, and the server knows the run.
        assert server.healthy(f"http://127.0.0.1:{port}/api")
        runs = httpx.post(f"http://127.0.0.1:{port}/api/flow_runs/filter", json={}).json()
        assert any(r["state_type"] == "COMPLETED" for r in runs)
        again = run(["server", "start", "--port", str(port)], env)
        assert again.returncode == 2 and "already runs" in again.stderr
    finally:
        stopped = run(["server", "stop"], env)
    assert stopped.returncode == 0 and "Stopped" in stopped.stdout
    assert survivors(env) == []
    assert "No local Prefect server" in run(["server", "status"], env).stdout


def test_two_runs_at_once_share_a_prefect_home_and_both_finish(tmp_path, samples):
    """Same PREFECT_HOME; two warehouses, then one warehouse for both."""
    home = tmp_path / "prefect"
    corpus = tmp_path / "corpus"
    shutil.copytree(samples, corpus)
    for case, whs in (("apart", ["a", "b"]), ("together", ["c", "c"])):
        envs = [marked_env(tmp_path, home) for _ in whs]
        procs = [subprocess.Popen(CLI + ["run", str(corpus), "-w", str(tmp_path / w)], env=e,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for w, e in zip(whs, envs)]
        outs = [p.communicate(timeout=600) for p in procs]
        for p, (out, errs) in zip(procs, outs):
            assert p.returncode == 0, f"{case}: {errs}"
            assert "database is locked" not in errs
        for w in set(whs):
            assert releases.latest(tmp_path / w).rows("articles") == 8
        for e in envs:
            assert survivors(e) == []
    # The shared warehouse got the rows once: one release, and the other run found no change.
    assert len(list((tmp_path / "c" / "releases").iterdir())) == 1


@pytest.fixture(scope="module")
def published(tmp_path_factory, samples) -> Path:
    """A warehouse with one release of the sample corpus."""
    root = tmp_path_factory.mktemp("published")
    assert run(["run", str(samples), "-w", str(root / "w")], marked_env(root)).returncode == 0
    return root / "w"


@pytest.mark.parametrize("command, unwanted", [
    (["extract", "-"], ("prefect", "pandas", "httpx")),
    (["query", "select count(*) from figures", "-w"], ("prefect", "pandas", "pandera", "httpx", "polars", "pyarrow")),
    (["releases", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["verify", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["diff", "latest", "latest", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["catalog", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["report", "-o", "REPORT", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["review", "list", "-w"], ("prefect", "pandas", "pandera", "httpx")),
    (["review", "agreement", "-w"], ("prefect", "pandas", "pandera", "httpx")),
])
def test_read_only_commands_start_no_process_and_import_no_prefect(tmp_path, published, command, unwanted):
    env = marked_env(tmp_path)
    wh = published
    probe = ("import runpy, sys; sys.argv = ['tradefigures'] + sys.argv[1:]\n"
             "try:\n    runpy.run_module('tradefigures.flows.cli', run_name='__main__')\n"
             "except SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
             f"bad = sorted(m for m in {unwanted!r} if m in sys.modules)\n"
             "print('IMPORTED', bad, file=sys.stderr); sys.exit(code)\n")
    args = [str(tmp_path / "report") if a == "REPORT" else a for a in command]
    args = args + [str(wh)] if args[-1] == "-w" else args
    done = subprocess.run([sys.executable, "-c", probe, *args], env=env, text=True,
                          input="Ottawa keeps a 25% duty on U.S. steel.\n", capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "IMPORTED []" in done.stderr
    assert survivors(env) == []
