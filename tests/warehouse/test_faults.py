"""Faults while publishing: a full disk, a read-only warehouse. The previous release
stays whole, the error is one clear line, and the next run recovers."""

import os
import subprocess
from pathlib import Path

import pytest

from tradefigures.warehouse import query, releases
from tradefigures.warehouse.errors import PublishFailed
from tradefigures.warehouse.verify import check

from .conftest import publish_sources

NEW = "Washington kept its 50 per cent tariff on Canadian steel in place, officials said on Monday.\n"


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs: room for a release of the sample corpus, not for much more."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Take all but `leave` bytes of the disk."""
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    filler = disk / "filler"
    with open(filler, "wb") as fh:
        fh.truncate(0)
        fh.write(b"\0" * max(0, free - leave))
    return filler


def intact(wh: Path, release_id: str) -> None:
    assert releases.list_ids(wh)[-1] == release_id
    assert all(v.ok for v in check(wh, release_id))
    assert query.run(wh, "select count(*) as n from articles").item() >= 8


def test_a_full_disk_loses_nothing_and_the_next_run_recovers(small_disk, corpus):
    wh = small_disk / "w"
    first = publish_sources(wh, [corpus])
    (corpus / "s09_new.txt").write_text(NEW * 40)
    filler = fill(small_disk, leave=16 * 1024)
    with pytest.raises(PublishFailed, match="No space left on device") as failed:
        publish_sources(wh, [corpus])
    assert "\n" not in str(failed.value) and first.release_id in str(failed.value)
    intact(wh, first.release_id)
    filler.unlink()
    second = publish_sources(wh, [corpus])
    assert second.changed and second.parent == first.release_id
    assert not [p for p in (wh / "releases").iterdir() if p.name.startswith(".")]
    assert all(v.ok for v in check(wh, None))


def test_a_read_only_warehouse_loses_nothing_and_the_next_run_recovers(small_disk, corpus):
    wh = small_disk / "w"
    first = publish_sources(wh, [corpus])
    (corpus / "s09_new.txt").write_text(NEW)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(PublishFailed, match="Read-only file system|Permission denied") as failed:
            publish_sources(wh, [corpus])
        assert "\n" not in str(failed.value)
        intact(wh, first.release_id)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    second = publish_sources(wh, [corpus])
    assert second.changed and second.parent == first.release_id
