"""The release commands: releases, diff, verify, export, catalog."""

import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from tradefigures.flows.cli import app

from ..warehouse.conftest import publish_sources

runner = CliRunner()
COMMANDS = ["releases", "diff", "verify", "export", "catalog"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_ends_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example: tradefigures " + command in result.output


@pytest.mark.parametrize("args", [["releases"], ["diff", "a", "b"], ["verify"], ["export", "latest", "x"],
                                  ["catalog"], ["catalog", "--rebuild"]])
def test_without_a_warehouse_each_says_so_in_one_line(tmp_path, args):
    result = runner.invoke(app, [*args, "--warehouse", str(tmp_path / "none")])
    assert result.exit_code == 1 and "No warehouse at" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "none").exists()


@pytest.fixture
def corpus(tmp_path, samples):
    dest = tmp_path / "corpus"
    shutil.copytree(samples, dest, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return dest


@pytest.mark.usefixtures("prefect_harness")
def test_run_edit_run_then_list_diff_verify_export_and_move(tmp_path, corpus):
    wh = tmp_path / "w"
    w = ["--warehouse", str(wh)]
    assert runner.invoke(app, ["run", str(corpus), *w]).exit_code == 0
    assert "No change" in runner.invoke(app, ["run", str(corpus), *w]).output
    edited = corpus / "s04_cusma_review.txt"
    edited.write_text(edited.read_text().replace("about $2 billion", "about $2.5 billion"))
    result = runner.invoke(app, ["run", str(corpus), *w])
    assert result.exit_code == 0 and "Published release" in result.output

    listed = json.loads(runner.invoke(app, ["releases", *w, "--format", "json"]).output)
    assert [r["parent"] for r in listed] == [None, listed[0]["release_id"]]
    first, second = (r["release_id"] for r in listed)

    d = json.loads(runner.invoke(app, ["diff", first, "latest", *w, "--format", "json"]).output)
    assert (d["old"], d["new"]) == (first, second)
    assert [(a["status"], a["source_uri"]) for a in d["articles"]] == [("revised", str(edited))]
    assert {r["source_uri"] for r in d["rows"]} == {str(edited)}
    assert {r["mention"] for r in d["rows"] if r["status"] in ("added", "removed")} == {"$2 billion", "$2.5 billion"}
    table = runner.invoke(app, ["diff", first, second, *w])
    assert "1 added, 1 removed, 0 changed" in table.output and "revised" in table.output

    assert runner.invoke(app, ["verify", *w]).exit_code == 0
    out = tmp_path / "handed-on"
    exported = runner.invoke(app, ["export", first[:-3], str(out), *w])
    assert exported.exit_code == 0 and f"Exported release {first}" in exported.output
    assert runner.invoke(app, ["verify", str(out)]).exit_code == 0

    part = sorted((wh / "releases" / second / "articles").glob("*.parquet"))[-1]
    os.chmod(part, 0o644)
    data = bytearray(part.read_bytes())
    data[100] ^= 0xFF
    part.write_bytes(bytes(data))
    bad = runner.invoke(app, ["verify", second, *w])
    assert bad.exit_code == 1 and f"articles/{part.name}" in bad.output and "Traceback" not in bad.output
    data[100] ^= 0xFF
    part.write_bytes(bytes(data))

    moved = tmp_path / "moved"
    shutil.move(wh, moved)
    m = ["--warehouse", str(moved)]
    refused = runner.invoke(app, ["query", "select count(*) n from articles", *m])
    assert refused.exit_code == 1 and "tradefigures catalog --rebuild" in refused.output
    assert runner.invoke(app, ["catalog", *m]).exit_code == 1
    rebuilt = runner.invoke(app, ["catalog", "--rebuild", *m])
    assert rebuilt.exit_code == 0 and "2 releases" in rebuilt.output
    answer = runner.invoke(app, ["query", "select count(*) n from articles", *m, "-f", "json"])
    assert json.loads(answer.output) == [{"n": 8}]


def test_diff_and_export_errors_are_one_line(tmp_path, samples):
    wh = tmp_path / "w"
    publish_sources(wh, [samples])
    w = ["--warehouse", str(wh)]
    missing = runner.invoke(app, ["diff", "1999", "latest", *w])
    assert missing.exit_code == 1 and '"1999" is not in the warehouse' in missing.output
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    refused = runner.invoke(app, ["export", "latest", str(busy), *w])
    assert refused.exit_code == 1 and "is not empty" in refused.output
    assert len(refused.output.strip().splitlines()) == 1
