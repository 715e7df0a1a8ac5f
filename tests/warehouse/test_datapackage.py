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


def test_frictionless_accepts_every_release_of_a_history(warehouse, corpus, tmp_path):
    from tradefigures.warehouse import export, releases

    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("Ottawa set a 25 per cent tariff on U.S. steel.")  # no dates: an empty table
    publish_sources(warehouse, [one])
    publish_sources(warehouse, [corpus])
    path = corpus / "s04_cusma_review.txt"
    path.write_text(path.read_text().replace("about $2 billion", "about $2.5 billion"))
    publish_sources(warehouse, [corpus])
    ids = releases.list_ids(warehouse)
    assert len(ids) == 3 and releases.load(warehouse, ids[0]).rows("dates") == 0
    manifests = [layout.release_dir(warehouse, rid) / "datapackage.json" for rid in ids]
    manifests.append(export.release(warehouse, ids[1], tmp_path / "export").path / "datapackage.json")
    for manifest in manifests:
        report = frictionless.validate(str(manifest))
        assert report.valid, (manifest, report.flatten(["type", "note"]))


def test_every_part_carries_the_manifest_provenance(warehouse, corpus):
    import pyarrow.parquet as pq

    pub = publish_sources(warehouse, [corpus])
    folder = layout.release_dir(warehouse, pub.release_id)
    manifest = json.loads((folder / "datapackage.json").read_text())
    info = manifest["tradefigures:release"]
    inputs = {(i["source_uri"], i["content_sha256"]) for i in manifest["tradefigures:inputs"]}
    seen = set()
    for part in folder.rglob("*.parquet"):
        meta = {k.decode().removeprefix("tradefigures."): v.decode()
                for k, v in pq.read_metadata(part).metadata.items() if k.startswith(b"tradefigures.")}
        for key in ("pipeline", "extractor", "validation"):
            assert meta[key] == info[key], (part, key)
        if "inputs" in meta:
            mine = {(i["source_uri"], i["content_sha256"]) for i in json.loads(meta["inputs"])}
            assert mine <= inputs
            seen |= mine
    assert seen == inputs
