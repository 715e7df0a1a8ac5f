"""verify: every file of a release against its manifest, naming whatever differs."""

import os

import pytest

from tradefigures.warehouse import layout, releases, verify
from tradefigures.warehouse.errors import NoRelease

from .conftest import publish_sources


@pytest.fixture
def release(warehouse, corpus):
    pub = publish_sources(warehouse, [corpus])
    return layout.release_dir(warehouse, pub.release_id)


def a_part(folder, table="figures"):
    return sorted((folder / table).glob("*.parquet"))[0]


def writable(path):
    os.chmod(path, 0o644)  # releases are sealed read-only; the tests break them on purpose
    return path


def test_an_untouched_release_verifies(warehouse, release):
    [v] = verify.check(warehouse)
    assert v.ok and v.release_id == release.name
    assert v.files == len(list(release.rglob("*.parquet")))
    assert v.bytes == sum(p.stat().st_size for p in release.rglob("*.parquet"))


def test_release_files_are_read_only(release):
    for part in release.rglob("*.parquet"):
        assert not os.stat(part).st_mode & 0o222, part


def test_a_flipped_byte_is_named(warehouse, release):
    part = writable(a_part(release))
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0x01
    part.write_bytes(bytes(data))
    [v] = verify.check(warehouse, release.name)
    assert [(p.path, p.kind) for p in v.problems] == [(f"figures/{part.name}", "hash")]
    assert "SHA-256" in str(v.problems[0])


def test_a_missing_file_is_named(warehouse, release):
    part = a_part(release, "dates")
    part.unlink()
    [v] = verify.check(warehouse, "latest")
    assert [(p.path, p.kind) for p in v.problems] == [(f"dates/{part.name}", "missing")]


def test_an_extra_file_is_named(warehouse, release):
    (release / "figures" / "notes.txt").write_text("a file nobody listed")
    [v] = verify.check(warehouse)
    assert [(p.path, p.kind) for p in v.problems] == [("figures/notes.txt", "extra")]


def test_a_truncated_file_is_named_by_its_size(warehouse, release):
    part = writable(a_part(release, "articles"))
    part.write_bytes(part.read_bytes()[:-10])
    [v] = verify.check(warehouse)
    assert [(p.path, p.kind) for p in v.problems] == [(f"articles/{part.name}", "size")]


def test_a_folder_without_a_manifest_is_named(tmp_path):
    v = verify.folder(tmp_path)
    assert [(p.path, p.kind) for p in v.problems] == [("datapackage.json", "missing")]


def test_an_unknown_release_is_refused(warehouse, release):
    with pytest.raises(NoRelease, match='"1999" is not in the warehouse'):
        verify.check(warehouse, "1999")


def test_a_manifest_pointing_outside_its_table_is_named(warehouse, release):
    import json

    manifest = writable(release / "datapackage.json")
    data = json.loads(manifest.read_text())
    figures = next(r for r in data["resources"] if r["name"] == "figures")
    figures["tradefigures:parts"][0]["path"] = "../../catalog.duckdb"
    manifest.write_text(json.dumps(data))
    kinds = {(p.path, p.kind) for p in verify.folder(release).problems}
    assert ("../../catalog.duckdb", "manifest") in kinds
    # Such a folder is no release at all: it is named, never listed or built on.
    [v] = verify.check(warehouse)
    assert [(p.path, p.kind) for p in v.problems] == [(f"releases/{release.name}", "not a release")]
    assert "../../catalog.duckdb" in str(v.problems[0]) and not releases.list_ids(warehouse)
