"""What a killed run leaves is swept by the next publisher, and a stale catalog caught up."""

import shutil
import subprocess
import sys

from tradefigures.warehouse import catalog, layout, recovery, releases, staging

from .conftest import publish_sources

CLAIM_AND_DIE = """
import os, signal, sys
from pathlib import Path
from tradefigures.warehouse import staging
wh = Path(sys.argv[1])
claim = staging.claimed(wh, "dead0001")
claim.__enter__()
(wh / ".staging" / "dead0001" / "figures").mkdir(parents=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_leftovers_of_dead_runs_are_swept_and_live_staging_kept(warehouse, corpus):
    publish_sources(warehouse, [corpus])
    tmp_release = layout.releases_dir(warehouse) / f"{layout.TMP_PREFIX}20990101T000000.000000Z"
    (tmp_release / "figures").mkdir(parents=True)
    (tmp_release / "figures" / "part-x.parquet").write_bytes(b"half")
    (warehouse / f".{layout.CATALOG}.4242.tmp").write_bytes(b"half")
    (warehouse / f".{layout.CATALOG}.4242.tmp.wal").write_bytes(b"half")
    (warehouse / layout.STAGING / "abc00001").mkdir()
    subprocess.run([sys.executable, "-c", CLAIM_AND_DIE, str(warehouse)], check=False)
    assert (warehouse / layout.STAGING / "dead0001.owner").exists()
    with staging.claimed(warehouse, "a11ce000"):
        (warehouse / layout.STAGING / "a11ce000").mkdir()
        removed = recovery.sweep(warehouse)
        left = sorted(p.name for p in (warehouse / layout.STAGING).iterdir() if not p.name.startswith("."))
        assert left == ["a11ce000", "a11ce000.owner"]
    assert {p.name for p in removed} == {tmp_release.name, f".{layout.CATALOG}.4242.tmp",
                                         f".{layout.CATALOG}.4242.tmp.wal", "abc00001", "dead0001",
                                         "dead0001.owner"}
    assert not tmp_release.exists() and releases.list_ids(warehouse)


def test_a_catalog_left_behind_is_caught_up_by_a_run_that_publishes_nothing(warehouse, corpus, tmp_path):
    publish_sources(warehouse, [corpus])
    shutil.copy(warehouse / layout.CATALOG, tmp_path / "old.duckdb")
    (corpus / "s09_new.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    second = publish_sources(warehouse, [corpus]).release_id
    # As if the run had died between renaming its release into place and swapping the catalog.
    shutil.copy(tmp_path / "old.duckdb", warehouse / layout.CATALOG)
    status = catalog.status(warehouse)
    assert not status.current and "lists 1 releases and the release folders hold 2" in status.problem
    again = publish_sources(warehouse, [corpus])
    assert not again.changed and again.parent == second
    status = catalog.status(warehouse)
    assert status.current and status.in_catalog[-1] == second


def test_the_sweep_removes_only_what_tradefigures_names_so(warehouse, corpus):
    """A user's backup beside the catalog, or a note in releases/ or .staging, is theirs."""
    publish_sources(warehouse, [corpus])
    theirs = [warehouse / f".{layout.CATALOG}.bak", warehouse / f".{layout.CATALOG}.2024-01-01",
              warehouse / f".{layout.CATALOG}.old.tmp", warehouse / f"{layout.CATALOG}.backup",
              layout.releases_dir(warehouse) / f"{layout.TMP_PREFIX}notes",
              warehouse / layout.STAGING / "README", warehouse / layout.STAGING / "notes.owner"]
    for path in theirs:
        path.write_bytes(b"keep me")
    removed = recovery.sweep(warehouse)
    assert removed == [] and all(p.read_bytes() == b"keep me" for p in theirs)
    publish_sources(warehouse, [corpus])
    assert all(p.read_bytes() == b"keep me" for p in theirs)
