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


def forge(warehouse, source, rid, parent="same"):
    """A copy of release `source` posing as release `rid` (its manifest says so)."""
    import json
    import shutil

    dest = layout.release_dir(warehouse, rid)
    shutil.copytree(source, dest)
    manifest = writable(dest / "datapackage.json")
    data = json.loads(manifest.read_text())
    data["id"] = data["tradefigures:release"]["id"] = rid
    if parent != "same":
        data["tradefigures:release"]["parent"] = parent
    manifest.write_text(json.dumps(data))
    return dest, data


def test_injected_folders_are_named_never_listed_and_never_built_on(warehouse, corpus, release):
    import json

    (layout.releases_dir(warehouse) / "zzzz").mkdir()  # sorts after every release id
    (layout.releases_dir(warehouse) / "zzzz" / "datapackage.json").write_text("{}")
    broken = layout.release_dir(warehouse, "29991231T000000.000000Z")
    broken.mkdir()
    (broken / "datapackage.json").write_text("{not json")
    # What `copy ... (partition_by ...)` writes: parts not named by their hash.
    forged, data = forge(warehouse, release, "29991230T000000.000000Z")
    part = a_part(forged)
    os.rename(part, part.with_name("data_0.parquet"))
    figures = next(r for r in data["resources"] if r["name"] == "figures")
    figures["tradefigures:parts"][0]["path"] = figures["path"][0] = "figures/data_0.parquet"
    (forged / "datapackage.json").write_text(json.dumps(data))

    checked = verify.check(warehouse)
    named = {v.release_id: [p.kind for p in v.problems] for v in checked}
    assert named == {release.name: [], "zzzz": ["not a release"], broken.name: ["not a release"],
                     forged.name: ["not a release"]}
    assert "not named by its hash" in str(next(v for v in checked if v.release_id == forged.name).problems[0])
    assert releases.list_ids(warehouse) == [release.name]
    (corpus / "s09.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    pub = publish_sources(warehouse, [corpus])
    assert pub.parent == release.name and pub.counts["articles"] == 9
    assert releases.list_ids(warehouse) == [release.name, pub.release_id]


def test_a_newer_release_whose_files_were_forged_is_never_built_on(warehouse, corpus, release):
    forged, _ = forge(warehouse, release, "29991230T000000.000000Z", parent=release.name)
    part = writable(a_part(forged))
    part.write_bytes(part.read_bytes()[::-1])  # same size, other bytes
    assert releases.list_ids(warehouse) == [release.name, forged.name]
    pub = publish_sources(warehouse, [corpus])  # the same inputs as the real release
    # Published all the same, on the real release, so that the newest release is sound.
    assert pub.changed and pub.parent == release.name and pub.counts["articles"] == 8
    assert pub.release_id > forged.name and forged.name in pub.warnings[0]
    checked = {v.release_id: v for v in verify.check(warehouse)}
    assert [p.kind for p in checked[forged.name].problems] == ["hash"]
    assert checked[pub.release_id].ok and checked[release.name].ok
    assert not publish_sources(warehouse, [corpus]).changed


def test_a_release_whose_parent_was_deleted_is_named(warehouse, corpus, release):
    import shutil

    (corpus / "s09.txt").write_text("Ottawa kept a 25 per cent counter-tariff on U.S. aluminum.")
    second = publish_sources(warehouse, [corpus]).release_id
    shutil.rmtree(release)
    [v] = verify.check(warehouse)
    assert v.release_id == second
    assert [(p.path, p.kind) for p in v.problems] == [("datapackage.json", "parent")]
    assert f"names the parent release {release.name}, which is not in the warehouse" in str(v.problems[0])


def test_the_rebuild_hint_is_a_command_that_works_as_printed(tmp_path):
    import shlex
    import subprocess
    import sys

    from tradefigures.warehouse.errors import rebuild_hint

    odd = tmp_path / "a warehouse; with 'quotes'"
    hint = rebuild_hint(odd).strip("`")
    assert shlex.split(hint)[-1] == str(odd)
    args = shlex.split(hint)[1:]
    done = subprocess.run([sys.executable, "-m", "tradefigures.flows.cli", *args], capture_output=True, text=True)
    assert "No warehouse at" in done.stderr + done.stdout and str(odd) in done.stderr + done.stdout
