"""Every core: the flow on a pool of worker processes gives the threads run's release."""

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from tradefigures.flows import runners
from tradefigures.flows.pipeline import run_pipeline
from tradefigures.flows.runners import task_runner
from tradefigures.warehouse import releases

from ..conftest import shared
from .test_dask import assert_same_rows


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_on_worker_processes_equals_the_threads_run(tmp_path, samples):
    sources = [str(shared("corpus", "seeds")), str(samples)]
    threads = run_pipeline(sources, tmp_path / "threads", batch=3)
    pool = run_pipeline.with_options(task_runner=task_runner("processes", workers=2))(
        sources, tmp_path / "processes", batch=3)

    assert threads.publication.changed and pool.publication.changed
    a, b = releases.latest(tmp_path / "threads"), releases.latest(tmp_path / "processes")
    assert a.rows("articles") == 13 and len(a.groups) == len(b.groups) == 5
    assert_same_rows(a, b)
    assert pool.extract_seconds > 0


@pytest.mark.usefixtures("prefect_harness")
def test_a_single_batch_on_the_process_runner_is_published_too(tmp_path, samples):
    result = run_pipeline.with_options(task_runner=task_runner("processes"))([str(samples)], tmp_path / "w")
    assert result.publication.changed and result.publication.counts["articles"] == 8


def test_auto_is_processes_on_several_cores_and_threads_on_one(monkeypatch):
    monkeypatch.setattr(runners.os, "cpu_count", lambda: 2)
    assert isinstance(task_runner("auto"), ProcessPoolTaskRunner)
    assert runners.starts_processes(task_runner("auto"))
    monkeypatch.setattr(runners.os, "cpu_count", lambda: 1)
    assert isinstance(task_runner("auto"), ThreadPoolTaskRunner)
    assert not runners.starts_processes(task_runner("threads"))


def _workers() -> int:
    """This process's multiprocessing workers alive now (not its resource tracker)."""
    from pathlib import Path

    count = 0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            count += b"spawn_main" in cmdline
    return count


@pytest.mark.usefixtures("prefect_harness")
def test_the_workers_are_stopped_before_the_release_is_published(tmp_path, samples, monkeypatch):
    from tradefigures.flows import pipeline

    seen = []
    publish = pipeline.publishing.publish

    def counting(*args, **kwargs):
        seen.append(_workers())
        return publish(*args, **kwargs)

    monkeypatch.setattr(pipeline.publishing, "publish", counting)
    result = run_pipeline.with_options(task_runner=task_runner("processes", workers=2))(
        [str(samples)], tmp_path / "w", batch=2)
    assert result.publication.changed and seen == [0]
