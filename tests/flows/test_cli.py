"""The command line: thin commands, one clear line on error, examples in the help."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tradefigures.flows.cli import app

runner = CliRunner()


def test_missing_source_fails_before_anything_runs(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "w").exists()


def test_query_without_a_warehouse_is_one_line(tmp_path):
    result = runner.invoke(app, ["query", "select 1", "--warehouse", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "No warehouse at" in result.output and "Traceback" not in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_run_then_query_in_every_format(tmp_path, samples):
    wh = str(tmp_path / "w")
    result = runner.invoke(app, ["run", str(samples), "--warehouse", wh])
    assert result.exit_code == 0, result.output
    assert "Published release" in result.output and "Figures by kind" in result.output
    csv = runner.invoke(app, ["query", "select kind, count(*) n from figures group by 1 order by 1",
                              "-w", wh, "--format", "csv"])
    assert csv.exit_code == 0 and csv.output.splitlines()[0] == "kind,n"
    lists = runner.invoke(app, ["query", "select mention, sectors from figures where kind = 'tariff_rate' limit 3",
                                "-w", wh, "--format", "csv"])
    assert lists.exit_code == 0 and lists.output.splitlines()[0] == "mention,sectors"
    assert all(not line.endswith(",") for line in lists.output.splitlines()[1:])
    js = runner.invoke(app, ["query", "select count(*) n from articles", "-w", wh, "-f", "json"])
    assert json.loads(js.output) == [{"n": 8}]
    refused = runner.invoke(app, ["query", "drop view figures", "-w", wh])
    assert refused.exit_code == 1 and "Only reading is allowed" in refused.output
    again = runner.invoke(app, ["run", str(samples), "--warehouse", wh])
    assert "No change" in again.output


@pytest.mark.parametrize("command", ["run", "query"])
def test_help_ends_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example: tradefigures " + command in result.output


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "tradefigures.flows.cli", "--version"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("tradefigures ")
