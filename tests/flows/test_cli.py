"""The command line: thin commands, one clear line on error, examples in the help."""

import json
import subprocess
import sys
from pathlib import Path

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


@pytest.mark.usefixtures("prefect_harness")
def test_run_with_a_sources_file_prints_one_line_per_skipped_source(tmp_path, web_server):
    web_server.file("/news/steel", "steel.html")
    feed = web_server.feed("/feed.xml", [("/news/steel", "Steel", "2025-03-04"), ("/news/gone", "Gone", "2025-03-05")])
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[source.desk]\nfeed = "{feed}"\n\n[source.late]\nfeed = "{web_server.slow("/late.xml", 5)}"\n')
    result = runner.invoke(app, ["run", "--sources", str(sources), "--warehouse", str(tmp_path / "w"),
                                 "--retries", "1", "--retry-delay", "0", "--timeout", "0.5"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert lines == [
        f'skipped {web_server.url("/late.xml")}: timed out after 0.5 s (ReadTimeout); gave up after 2 '
        'attempts (source "late")',
        f'skipped {web_server.url("/news/gone")}: HTTP 404 Not Found',
    ]
    assert "Published release" in result.output and "skipped: 2" in result.output


@pytest.mark.parametrize("args, message", [
    (["--sources", "nope.toml"], 'Sources file "'),
    (["--task-runner", "dask", "--dask-address", "tcp://127.0.0.1:9"], 'No Dask scheduler answers at "tcp://127.0.0.1:9"'),
    (["--dask-address", "tcp://127.0.0.1:9"], "--dask-address goes with --task-runner dask"),
])
def test_run_refuses_what_it_cannot_use_in_one_line(tmp_path, args, message):
    result = runner.invoke(app, ["run", *args, "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "w").exists()


def test_serve_help_ends_with_an_example():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "Example: tradefigures serve" in result.output


def test_run_refuses_a_published_default_that_is_not_a_date(tmp_path):
    result = runner.invoke(app, ["run", "--published", "03/10/2025", "--warehouse", str(tmp_path / "w")])
    assert result.exit_code == 2
    assert result.output.strip() == 'error: --published "03/10/2025" is not a date: give YYYY-MM-DD, for example 2025-10-08'
    assert not (tmp_path / "w").exists()


@pytest.mark.parametrize("args, words", [
    (["query", "select 1", "--format", "xml"], "error: --format: 'xml' is not one of 'table', 'csv', 'json'."),
    (["extract", "--format", "yaml", "-"], "error: --format: 'yaml' is not one of 'jsonl', 'table'."),
    (["query"], "error: Missing argument 'sql'."),
    (["releases", "--colour"], "error: No such option: --colour"),
    (["server", "start", "--port", "eighty"], "error: --port: "),
])
def test_a_command_line_mistake_is_one_line_naming_what_is_valid(args, words):
    result = subprocess.run([sys.executable, "-m", "tradefigures.flows.cli", *args], capture_output=True,
                            text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no usage block, no box
    assert lines[0].startswith(words), lines[0]
    assert "Value error" not in lines[0] and "--help`)" in lines[0]


def test_the_library_errors_are_handled_once():
    # one handler (in the command group) turns the library's errors into one line; the
    # commands themselves do not each catch them
    source = (Path(__file__).resolve().parents[2] / "flows" / "cli.py").read_text()
    assert source.count("except (WarehouseError, SourceError)") == 1
    assert "except WarehouseError as exc:\n        _fail" not in source
