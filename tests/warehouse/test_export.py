"""export: one release as a self-contained folder, byte for byte, with its README."""

import json
import os
import shutil
import subprocess

import frictionless
import polars as pl
import pytest

from tradefigures.validate import schemas
from tradefigures.warehouse import export, layout, verify
from tradefigures.warehouse.errors import ExportExists, VerifyFailed

from .conftest import publish_sources


@pytest.fixture
def published(warehouse, corpus):
    first = publish_sources(warehouse, [corpus]).release_id
    (corpus / "s09_new.txt").write_text("Washington kept its 50 per cent tariff on Canadian steel.")
    return first, publish_sources(warehouse, [corpus]).release_id


def test_an_export_is_the_release_byte_for_byte_plus_readme_and_checksums(warehouse, published, tmp_path):
    first, _ = published
    done = export.release(warehouse, first, tmp_path / "out")
    src, dest = layout.release_dir(warehouse, first), tmp_path / "out"
    assert done.release_id == first and done.path == dest
    data = {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()}
    copied = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert copied == data | {"README.md", "SHA256SUMS"} and done.files == len(copied)
    for rel in data:
        assert (dest / rel).read_bytes() == (src / rel).read_bytes()
        assert os.stat(dest / rel).st_ino != os.stat(src / rel).st_ino  # a copy, not a link
    articles = pl.read_parquet(dest / "articles" / "*.parquet")
    assert articles.height == json.loads((dest / "datapackage.json").read_text())[
        "resources"][0]["tradefigures:rows"] == 8


def test_an_export_checks_itself_three_ways(warehouse, published, tmp_path):
    dest = export.release(warehouse, "latest", tmp_path / "out").path
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dest, capture_output=True, text=True)
    assert sums.returncode == 0 and sums.stdout.count(": OK") == len(sums.stdout.splitlines())
    assert "datapackage.json: OK" in sums.stdout and "README.md: OK" in sums.stdout
    [v] = verify.check(warehouse, str(dest))
    assert v.ok
    report = frictionless.validate(str(dest / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    (dest / "figures" / "stray.parquet").write_bytes(b"PAR1")
    [v] = verify.check(warehouse, str(dest))
    assert [p.path for p in v.problems] == ["figures/stray.parquet"]


def test_the_readme_describes_the_release_and_every_column(warehouse, published, tmp_path):
    first, second = published
    readme = (export.release(warehouse, second, tmp_path / "out").path / "README.md").read_text()
    assert f"# tradefigures release {second}" in readme and f"Parent release: `{first}`" in readme
    manifest = json.loads((layout.release_dir(warehouse, second) / "datapackage.json").read_text())
    assert manifest["tradefigures:release"]["extractor"] in readme
    for table in schemas.MODELS:
        assert f"### {table}" in readme
        for column in schemas.polars_schema(table):
            assert f"| `{column}` |" in readme, (table, column)


def test_an_export_refuses_a_folder_in_use_or_inside_the_warehouse(warehouse, published, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(ExportExists, match="is not empty"):
        export.release(warehouse, "latest", busy)
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    with pytest.raises(ExportExists, match="inside the warehouse"):
        export.release(warehouse, "latest", warehouse / "releases" / "copy")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export.release(warehouse, "latest", empty).path == empty


def test_a_damaged_release_is_not_exported(warehouse, published, tmp_path):
    part = sorted((layout.release_dir(warehouse, published[1]) / "dates").glob("*.parquet"))[-1]
    os.chmod(part, 0o644)
    part.write_bytes(part.read_bytes()[:-1] + b"\0")
    with pytest.raises(VerifyFailed, match=f"dates/{part.name}"):
        export.release(warehouse, published[1], tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_an_export_of_a_moved_warehouse_still_works(warehouse, published, tmp_path):
    moved = tmp_path / "moved"
    shutil.move(warehouse, moved)
    assert export.release(moved, "latest", tmp_path / "out").release_id == published[1]
