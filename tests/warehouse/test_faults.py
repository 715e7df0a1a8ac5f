"""Faults while publishing: a full disk, a read-only warehouse. The previous release
stays whole, the error is one clear line, and the next run recovers."""

import os
import subprocess
from pathlib import Path

import pytest

from tradefigures.warehouse import catalog, datapackage, publishing, query, releases
from tradefigures.warehouse.errors import CatalogNotWritten, PublishFailed
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


def filling_before(monkeypatch, disk, module, name):
    """Fill the disk just before `module.name` runs: a disk that fills up mid-publish."""
    original = getattr(module, name)

    def full_then(*args, **kwargs):
        fill(disk, leave=0)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, full_then)


@pytest.mark.parametrize("stage, module, name, what", [
    ("derived parts", publishing, "_derive", "Could not write the new release's parts (in .staging)"),
    ("manifest", datapackage, "descriptor", "Could not write the manifest of release "),
])
def test_a_disk_that_fills_while_publishing_fails_in_one_line_naming_what(
        small_disk, corpus, monkeypatch, stage, module, name, what):
    wh = small_disk / "w"
    first = publish_sources(wh, [corpus])
    (corpus / "s09_new.txt").write_text(NEW)
    filling_before(monkeypatch, small_disk, module, name)
    with pytest.raises(PublishFailed) as failed:
        publish_sources(wh, [corpus])
    message = str(failed.value)
    assert "\n" not in message and message.startswith(what) and "No space left on device" in message
    assert f"nothing was published, the newest release is still {first.release_id}" in message
    monkeypatch.undo()
    (small_disk / "filler").unlink()
    intact(wh, first.release_id)
    second = publish_sources(wh, [corpus])
    assert second.changed and second.parent == first.release_id
    assert all(v.ok for v in check(wh, None)) and not [p for p in (wh / "releases").iterdir() if p.name.startswith(".")]


def test_a_disk_that_fills_before_the_catalog_says_the_release_is_published_and_the_next_run_finishes(
        small_disk, corpus, monkeypatch):
    wh = small_disk / "w"
    first = publish_sources(wh, [corpus])
    (corpus / "s09_new.txt").write_text(NEW)
    filling_before(monkeypatch, small_disk, catalog, "rebuild")
    with pytest.raises(CatalogNotWritten) as failed:
        publish_sources(wh, [corpus])
    message = str(failed.value)
    [second] = [rid for rid in releases.list_ids(wh) if rid != first.release_id]
    assert "\n" not in message and "No space left on device" in message
    assert f"release {second} was published whole, but the catalog could not be written" in message
    assert f"queries still show release {first.release_id}" in message
    assert query.run(wh, "select count(*) as n from articles").item() == 8  # the old catalog, whole
    assert not [p.name for p in wh.iterdir() if p.name.startswith(".catalog")]
    monkeypatch.undo()
    (small_disk / "filler").unlink()
    assert all(v.ok for v in check(wh, None))
    again = publish_sources(wh, [corpus])
    assert not again.changed and again.parent == second
    assert catalog.status(wh).current and query.run(wh, "select count(*) as n from articles").item() == 9
