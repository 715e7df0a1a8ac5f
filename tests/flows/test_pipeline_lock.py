"""A flow run facing another run's lock says whom it waits for, then publishes."""

import signal
import subprocess
import sys

import pytest

from tradefigures.flows.pipeline import run_pipeline
from tradefigures.flows.progress import Reporter, current
from tradefigures.warehouse import releases

from ..conftest import ROOT

PUBLISHER = ROOT / "tests" / "warehouse" / "publisher.py"


class KillHolderWhenWaiting(Reporter):
    """Records the run's lines; ends the lock's holder once the run says it waits."""

    def __init__(self, holder: subprocess.Popen):
        self.holder = holder
        self.lines: list[str] = []

    def line(self, text: str) -> None:
        self.lines.append(text)
        if text.startswith("Waiting for the warehouse lock"):
            self.holder.send_signal(signal.SIGKILL)


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_waits_for_the_lock_naming_its_holder(warehouse, samples):
    warehouse.mkdir()
    holder = subprocess.Popen([sys.executable, "-u", str(PUBLISHER), str(warehouse), "--hold"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        reporter = KillHolderWhenWaiting(holder)
        token = current.set(reporter)
        try:
            result = run_pipeline([str(samples)], warehouse)
        finally:
            current.reset(token)
    finally:
        holder.kill()
        holder.communicate()
    waited = [line for line in reporter.lines if line.startswith("Waiting")]
    assert len(waited) == 1 and f"held by process {holder.pid} on " in waited[0]
    assert result.publication.changed and releases.list_ids(warehouse) == [result.publication.release_id]
