"""`tradefigures report`: one library call, one line on error, an example in the help."""

from typer.testing import CliRunner

from tradefigures.flows.cli import app

from ..warehouse.conftest import publish_sources

runner = CliRunner()


def test_report_writes_the_site_and_names_it(tmp_path, samples):
    wh = tmp_path / "w"
    pub = publish_sources(wh, [samples])
    out = tmp_path / "site"
    result = runner.invoke(app, ["report", "--out", str(out), "--warehouse", str(wh)])
    assert result.exit_code == 0, result.output
    assert pub.release_id in result.output and (out / "index.html").as_uri() in result.output.replace("\n", "")
    assert (out / "index.html").is_file() and list((out / "assets").glob("vega-*.js"))


def test_report_errors_are_one_line(tmp_path):
    missing = runner.invoke(app, ["report", "--warehouse", str(tmp_path / "none"), "--out", str(tmp_path / "o")])
    assert missing.exit_code == 1 and "No warehouse at" in missing.output and "Traceback" not in missing.output
    (tmp_path / "empty").mkdir()
    empty = runner.invoke(app, ["report", "-w", str(tmp_path / "empty"), "-o", str(tmp_path / "o")])
    assert empty.exit_code == 1 and "holds no release yet" in empty.output
    assert not (tmp_path / "o").exists()


def test_report_help_ends_with_an_example():
    result = runner.invoke(app, ["report", "--help"])
    assert result.exit_code == 0 and "Example: tradefigures report" in result.output
