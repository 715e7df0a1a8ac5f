"""`tradefigures serve`: a real Prefect server on 127.0.0.1, a schedule, and a scheduled
run that publishes a release; stopping the command stops the server it started."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
import psutil
from typer.testing import CliRunner

from tradefigures.flows.cli import app
from tradefigures.flows.server import port_in_use
from tradefigures.warehouse import releases


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"no {what} within {seconds:.0f} s")


def test_serve_starts_a_server_and_a_scheduled_run_publishes_a_release(tmp_path, samples):
    port, wh = free_port(), tmp_path / "w"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"),
           # Poll every two seconds, not Prefect's ten and sixty, so the test is short.
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2", "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tradefigures.flows.cli", "serve", str(samples), "--interval", "5",
         "--warehouse", str(wh), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    threading.Thread(target=lambda: output.extend(proc.stdout), daemon=True).start()
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_for(lambda: any("Prefect UI:" in line for line in output), 180, "UI address")
        assert f"Prefect UI: http://127.0.0.1:{port}" in "".join(output)

        def scheduled_runs_completed():
            runs = httpx.post(f"{api}/flow_runs/filter", json={}).json()
            return [r for r in runs if r["deployment_id"] and r["state_type"] == "COMPLETED"
                    and r["created_by"]["type"] == "SCHEDULE"]

        wait_for(scheduled_runs_completed, 240, "completed scheduled run")
        assert releases.latest(wh).rows("articles") == 8
        # each scheduled run says in one line what it did
        said = wait_for(lambda: [line for line in output if " run: " in line], 60, "line for the run")
        assert "8 sources read" in said[0] and ("published release" in said[0] or "no change" in said[0])
        children = psutil.Process(proc.pid).children(recursive=True)  # the server, runs in flight
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            for child in psutil.Process(proc.pid).children(recursive=True):
                child.kill()
            proc.kill()
            raise
    assert proc.returncode == 0, "".join(output)
    _, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, alive  # nothing it started outlives it
    assert not port_in_use(port)


def test_a_bad_schedule_is_one_line_before_any_server_starts(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--cron", "every morning", "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and 'The cron "every morning" (timezone "UTC") is not valid' in result.output
    both = CliRunner().invoke(app, ["serve", "--cron", "0 6 * * *", "--interval", "60"])
    assert both.exit_code == 2 and "Give exactly one of --cron" in both.output


def test_a_port_in_use_is_one_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner(env={"PREFECT_API_URL": None}).invoke(
            app, ["serve", "--interval", "60", "--port", str(port), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and f"Port {port} on 127.0.0.1 is in use" in result.output
