"""Publishing is atomic and serialised, proven with real processes.

A real publisher process is killed with SIGKILL at random moments, again and again;
after each kill the releases published before are intact, the catalog answers from a
complete release, and a later run recovers. Two publishers started together take turns
under the lock; a publisher facing a held lock waits, or gives up with a clear message.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tradefigures.warehouse import catalog, layout, query, releases, verify

from .conftest import publish_sources

PUBLISHER = Path(__file__).with_name("publisher.py")
# More rounds for a soak: TRADEFIGURES_KILL_ROUNDS=200 pytest tests/warehouse/test_atomicity.py
ROUNDS = int(os.environ.get("TRADEFIGURES_KILL_ROUNDS", "8"))


@pytest.fixture(scope="module")
def run_versions() -> str:
    from tradefigures.flows.pipeline import versions

    return json.dumps(versions())


def start(wh: Path, source: Path, run_versions: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-u", str(PUBLISHER), str(wh), str(source), "--versions", run_versions, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def assert_whole(wh: Path, before: list[str]) -> list[str]:
    """The state any kill must leave: every release folder complete and as its manifest
    says, none of the earlier ones lost, and a catalog that answers from a complete release."""
    ids = releases.list_ids(wh)
    assert ids[:len(before)] == before and len(ids) <= len(before) + 1
    folders = [p.name for p in layout.releases_dir(wh).iterdir() if not p.name.startswith(".")]
    assert sorted(folders) == ids, "a release folder without its manifest"
    for v in verify.check(wh):
        assert v.ok, v.problems
    con = duckdb.connect(str(layout.catalog_path(wh)), read_only=True)
    try:
        listed = [r[0] for r in con.execute("select release_id from releases order by 1").fetchall()]
        assert listed and set(listed) <= set(ids) and listed[-1] in ids[-2:]
        newest = releases.load(wh, listed[-1])
        assert con.execute("select count(*) from figures").fetchone()[0] == newest.rows("figures")
        assert con.execute("select count(distinct release_id) from all_articles").fetchone()[0] == len(listed)
    finally:
        con.close()
    assert query.run(wh, "select count(*) n from articles")["n"][0] == newest.rows("articles")
    return ids


def landed(wh: Path, before: list[str]) -> str:
    """Where a kill landed, judged by what it left (for the loop's report)."""
    if list(layout.releases_dir(wh).glob(f"{layout.TMP_PREFIX}*")):
        return "while writing a release"
    if list(wh.glob(f".{layout.CATALOG}.*")):
        return "while writing the catalog"
    if len(releases.list_ids(wh)) > len(before):
        return "after the rename, before the catalog" if not catalog.status(wh).current else "after publishing"
    return "before publishing"


def test_kill_at_random_moments_never_leaves_a_broken_warehouse(warehouse, corpus, run_versions):
    seed = int(os.environ.get("TRADEFIGURES_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    print(f"kill loop seed {seed}, {ROUNDS} rounds")
    ids = [publish_sources(warehouse, [corpus]).release_id]

    # One unkilled round measures how long staging and publishing take here.
    (corpus / "new-0.txt").write_text("Ottawa set a 26 per cent counter-tariff on U.S. steel on Monday.")
    began = time.monotonic()
    proc = start(warehouse, corpus, run_versions)
    assert proc.stdout.readline().strip() == "staged"
    staged_after = time.monotonic() - began
    code, out, err = finish(proc)
    publish_took = time.monotonic() - began - staged_after
    assert code == 0 and out.startswith("published"), err
    ids = assert_whole(warehouse, ids)

    report: dict[str, int] = {}
    for n in range(1, ROUNDS + 1):
        (corpus / f"new-{n}.txt").write_text(
            f"Washington raised its tariff on Canadian lumber to {n + 30} per cent, officials said.")
        proc = start(warehouse, corpus, run_versions)
        if n % 2:  # somewhere in the publish itself: lock, recovery, writing, renaming, catalog
            assert proc.stdout.readline().strip() == "staged"
            time.sleep(rng.uniform(0, publish_took * 1.2))
        else:  # anywhere: start-up, reading, staging, publishing
            time.sleep(rng.uniform(0, staged_after + publish_took))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        where = landed(warehouse, ids)
        report[where] = report.get(where, 0) + 1
        ids = assert_whole(warehouse, ids)
    print(f"kills landed: {report}")

    code, out, err = finish(start(warehouse, corpus, run_versions))
    assert code == 0, err
    ids = assert_whole(warehouse, ids)
    assert not list(layout.releases_dir(warehouse).glob(f"{layout.TMP_PREFIX}*"))
    assert not list((warehouse / layout.STAGING).iterdir())
    assert not list(warehouse.glob(f".{layout.CATALOG}.*"))
    status = catalog.status(warehouse)
    assert status.current and status.in_catalog == ids
    read = set(query.run(warehouse, "select source_uri from sources")["source_uri"].to_list())
    assert {str(corpus / f"new-{n}.txt") for n in range(ROUNDS + 1)} <= read  # no article lost


def test_two_publishers_at_once_take_turns(warehouse, corpus, tmp_path, run_versions):
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, f in enumerate(sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html"))):
        halves[i % 2].mkdir(exist_ok=True)
        os.link(f, halves[i % 2] / f.name)
    go = tmp_path / "go"
    procs = [start(warehouse, half, run_versions, "--go", str(go)) for half in halves]
    for proc in procs:
        assert proc.stdout.readline().strip() == "staged"
    go.touch()  # both are staged and now publish at the same moment
    results = [finish(proc) for proc in procs]
    assert all(code == 0 for code, _, _ in results), results
    published = sorted(out.split()[-1] for _, out, _ in results)
    first, second = (releases.load(warehouse, rid) for rid in published)
    assert releases.list_ids(warehouse) == published
    assert first.parent is None and second.parent == first.id  # one after the other, not side by side
    assert second.rows("articles") == first.rows("articles") + len(list(halves[1].iterdir())) \
        or second.rows("articles") == first.rows("articles") + len(list(halves[0].iterdir()))
    assert second.rows("articles") == 8  # nothing the first run published was lost
    assert all(v.ok for v in verify.check(warehouse))
    assert catalog.status(warehouse).in_catalog == published


def test_a_held_lock_makes_a_publisher_wait_or_fail_clearly(warehouse, corpus, run_versions):
    warehouse.mkdir()
    holder = subprocess.Popen([sys.executable, "-u", str(PUBLISHER), str(warehouse), "--hold"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        code, out, err = finish(start(warehouse, corpus, run_versions, "--lock-wait", "1"))
        assert code == 3 and not releases.list_ids(warehouse)
        assert "is locked by another run" in err and f"process {holder.pid}" in err
        assert "try again when it ends" in err

        waiting = start(warehouse, corpus, run_versions)
        assert waiting.stdout.readline().strip() == "staged"
        time.sleep(1)
        assert waiting.poll() is None and not releases.list_ids(warehouse)
    finally:
        holder.send_signal(signal.SIGKILL)  # the kernel releases a dead holder's lock
        holder.communicate()
    code, out, err = finish(waiting)
    assert code == 0 and out.startswith("published"), err
    assert all(v.ok for v in verify.check(warehouse))
