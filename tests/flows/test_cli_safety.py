"""The command line's read-only and fault guarantees: query limits and CSV a spreadsheet
opens as text, a warehouse path that is a file, a hand-edited catalog or a forged release
named in one line, and a full disk during a real run that ends in one `error:` line."""

import os
import shutil
import subprocess
import sys

import duckdb
import pytest
from typer.testing import CliRunner

from tradefigures.flows.cli import app
from tradefigures.warehouse import layout, releases

from ..warehouse.conftest import publish_sources
from ..warehouse.test_faults import fill, small_disk  # noqa: F401 (a fixture)

runner = CliRunner()
FORMULA = "=cmd|' /C calc'!A0"
GOOD = "Ottawa kept its 25 per cent counter-tariff on U.S. steel, officials said on Tuesday.\n"


@pytest.fixture
def published(tmp_path, samples):
    corpus = tmp_path / "corpus"
    shutil.copytree(samples, corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (corpus / "s09_formula.md").write_text(f'---\ntitle: "{FORMULA}"\n---\n' + GOOD)
    wh = tmp_path / "w"
    publish_sources(wh, [corpus])
    return wh


def one_error_line(result):
    lines = [line for line in result.output.splitlines() if line.strip()]
    return len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.output


def test_csv_escapes_formulas_unless_asked_for_raw(published):
    sql = "select title from articles where title like '=%'"
    escaped = runner.invoke(app, ["query", sql, "-w", str(published), "--format", "csv"])
    assert escaped.exit_code == 0 and escaped.output.splitlines() == ["title", "'" + FORMULA]
    raw = runner.invoke(app, ["query", sql, "-w", str(published), "--format", "csv", "--raw-csv"])
    assert raw.exit_code == 0 and raw.output.splitlines() == ["title", FORMULA]


@pytest.mark.parametrize("args, words", [
    (["--time-limit", "0.5"], "ran past its time limit of 0.5 s"),
    (["--memory-limit", "100MB"], "memory limit of 100MB"),
])
def test_a_query_past_its_limits_is_one_line(published, args, words):
    sql = ("select count(*) from range(1000000000000) t(i) where i % 7 = 3" if "--time-limit" in args
           else "select * from range(100000000) t(i) order by random()")
    result = runner.invoke(app, ["query", sql, "-w", str(published), *args])
    assert result.exit_code == 1 and one_error_line(result) and words in result.output


@pytest.mark.parametrize("args", [["run"], ["serve", "--interval", "60"], ["catalog"], ["catalog", "--rebuild"],
                                  ["query", "select 1"], ["verify"], ["releases"]])
def test_a_warehouse_path_that_is_a_file_is_one_line(tmp_path, args):
    afile = tmp_path / "not-a-folder"
    afile.write_text("mine")
    result = runner.invoke(app, [*args, "--warehouse", str(afile)])
    assert result.exit_code in (1, 2) and one_error_line(result), result.output
    assert "is a file, not a warehouse folder" in result.output and afile.read_text() == "mine"


def test_a_hand_edited_catalog_fails_catalog_and_verify_in_one_line_each(published):
    con = duckdb.connect(str(published / "catalog.duckdb"))
    con.execute("create or replace view figures as select * from all_figures where false")
    con.close()
    status = runner.invoke(app, ["catalog", "-w", str(published)])
    assert status.exit_code == 1 and one_error_line(status) and "its views are not the ones" in status.output
    checked = runner.invoke(app, ["verify", "-w", str(published)])
    assert checked.exit_code == 1
    assert [line for line in checked.output.splitlines() if line.startswith("error:")] == [
        "error: catalog.duckdb: its views are not the ones a rebuild would create (figures): "
        f"run `tradefigures catalog --rebuild --warehouse {published}`"]


def test_verify_names_a_folder_that_is_not_a_release(published):
    (layout.releases_dir(published) / "zzzz").mkdir()
    result = runner.invoke(app, ["verify", "-w", str(published)])
    assert result.exit_code == 1
    assert "error: releases/zzzz: is not a release: its name is not a release id" in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_a_full_disk_during_a_real_run_is_one_error_line(small_disk, samples, tmp_path):  # noqa: F811
    """The command in a process of its own, against the suite's Prefect server: no
    traceback from the command, nor from Prefect's log of the failed tasks."""
    from prefect.settings import PREFECT_API_URL

    corpus = tmp_path / "corpus"
    shutil.copytree(samples, corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    wh = small_disk / "w"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_LOGGING")}
    env["PREFECT_API_URL"] = PREFECT_API_URL.value()
    command = [sys.executable, "-m", "tradefigures.flows.cli", "run", str(corpus), "-w", str(wh),
               "--task-runner", "threads"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert first.returncode == 0, first.stderr[-2000:]
    [rid] = releases.list_ids(wh)
    (corpus / "s09.txt").write_text(GOOD * 40)
    fill(small_disk, leave=0)
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 1
    errors = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()
              and not line.startswith(("Reading ", "skipped "))]
    assert len(errors) == 1, done.stdout + done.stderr
    assert errors[0].startswith("error: Could not write this run's staged rows (in .staging)")
    assert "No space left on device" in errors[0] and f"the newest release is still {rid}" in errors[0]


def test_errors_name_what_is_valid(published, tmp_path):
    column = runner.invoke(app, ["query", "select nope from figures", "-w", str(published)])
    assert column.exit_code == 1 and one_error_line(column)
    assert "Columns it could mean" in column.output and "describe <view>" in column.output
    table = runner.invoke(app, ["query", "select * from nope", "-w", str(published)])
    assert table.exit_code == 1 and one_error_line(table)
    assert "tariff_measures, facts, conflicts" in table.output
    missing = runner.invoke(app, ["verify", str(tmp_path / "no" / "such"), "-w", str(published)])
    assert missing.exit_code == 1 and one_error_line(missing) and "does not exist" in missing.output
    empty = runner.invoke(app, ["verify", str(tmp_path), "-w", str(published)])
    assert empty.exit_code == 1 and one_error_line(empty) and "has no datapackage.json" in empty.output
