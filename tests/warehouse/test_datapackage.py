"""datapackage.json: a Frictionless Data Package the frictionless validator accepts."""

import json

import frictionless

from tradefigures.warehouse import layout

from .conftest import publish_sources


def test_frictionless_accepts_the_manifest(warehouse, corpus):
    pub = publish_sources(warehouse, [corpus])
    path = layout.release_dir(warehouse, pub.release_id) / "datapackage.json"
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["type", "note"])


def test_manifest_names_every_part_input_and_version(warehouse, corpus):
    pub = publish_sources(warehouse, [corpus])
    folder = layout.release_dir(warehouse, pub.release_id)
    manifest = json.loads((folder / "datapackage.json").read_text())
    assert manifest["id"] == pub.release_id
    info = manifest["tradefigures:release"]
    assert info["parent"] is None and info["created_at"] and info["pipeline"] and info["extractor"]
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet")}
    listed = {p["path"] for r in manifest["resources"] for p in r["tradefigures:parts"]}
    assert listed == on_disk
    for r in manifest["resources"]:
        for p in r["tradefigures:parts"]:
            assert p["bytes"] == (folder / p["path"]).stat().st_size
            assert p["hash"] == "sha256:" + p["path"].split("part-")[1].removesuffix(".parquet")
        assert r["tradefigures:rows"] == sum(p["rows"] for p in r["tradefigures:parts"])
        assert {f["name"] for f in r["schema"]["fields"]}
    inputs = manifest["tradefigures:inputs"]
    assert len(inputs) == 8 and all(len(i["content_sha256"]) == 64 for i in inputs)
