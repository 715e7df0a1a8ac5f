"""Past one machine: the flow on a Dask cluster of two workers gives the default run's release."""

import json

import polars as pl
import pytest

from tradefigures.flows.pipeline import run_pipeline
from tradefigures.flows.runners import RunnerError, reachable, task_runner
from tradefigures.warehouse import releases

from ..conftest import shared

FAST = {"retries": 2, "retry_delay": 0.05, "timeout": 2.0}
# Tables whose rows hold no time of reading: their parts are the very same files.
TIMELESS = ("figures", "dates", "quarantine")


def without_read_times(release, table):
    df = pl.read_parquet(release.path / table / "*.parquet")
    return df.drop("retrieved_at").sort(df.columns[0], "source_uri" if table == "sources" else df.columns[0])


def assert_same_rows(a, b):
    """Two releases hold the same rows, the same part files where rows hold no time of reading."""
    for table in TIMELESS:
        assert sorted(p["path"] for p in a.parts(table)) == sorted(p["path"] for p in b.parts(table))
    for table in ("articles", "sources"):
        assert without_read_times(a, table).equals(without_read_times(b, table))


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_on_a_two_worker_dask_cluster_equals_the_default_run(tmp_path, samples, web_server):
    from distributed import Client, LocalCluster, get_task_stream

    web_server.file("/news/steel", "steel.html")
    web_server.flaky("/news/lumber", 1, "lumber.html")
    feed = web_server.feed("/feed.xml", [("/news/steel", "Steel", "2025-03-04"),
                                         ("/news/lumber", "Lumber", "2025-08-15")])
    sources = [str(shared("corpus", "seeds")), str(samples), feed]

    default = run_pipeline(sources, tmp_path / "threads", batch=3, **FAST)
    web_server.hits.clear()  # the lumber page fails once more, now on a worker
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client, get_task_stream(client) as stream:
        on_dask = run_pipeline.with_options(task_runner=task_runner("dask", cluster.scheduler_address))(
            sources, tmp_path / "dask", batch=3, **FAST)
    assert len({t["worker"] for t in stream.data}) == 2  # both workers ran batches
    assert web_server.hits["/news/lumber"] == 2  # retried on its worker

    assert default.publication.changed and on_dask.publication.changed and not on_dask.skipped
    a, b = releases.latest(tmp_path / "threads"), releases.latest(tmp_path / "dask")
    assert a.rows("articles") == 15 and len(a.groups) == len(b.groups) == 5
    assert_same_rows(a, b)
    assert json.dumps(a.manifest["tradefigures:inputs"]) == json.dumps(b.manifest["tradefigures:inputs"])


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(RunnerError, match='No Dask scheduler answers at "tcp://127.0.0.1:9"'):
        reachable("tcp://127.0.0.1:9", timeout=1)


@pytest.mark.parametrize("address", ["127.0.0.1", "http://127.0.0.1:8786", "tcp://:8786"])
def test_a_malformed_address_is_refused(address):
    with pytest.raises(RunnerError, match="is not of the form tcp://HOST:PORT"):
        reachable(address)


def test_an_address_without_dask_is_refused():
    with pytest.raises(RunnerError, match="goes with --task-runner dask"):
        task_runner("threads", "tcp://127.0.0.1:8786")


def test_without_an_address_dask_means_a_local_cluster_of_single_threaded_processes():
    runner = task_runner("dask", workers=3)
    assert runner.address is None
    assert runner.cluster_kwargs == {"n_workers": 3, "threads_per_worker": 1, "processes": True}
