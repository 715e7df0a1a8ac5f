"""tradefigures review: decisions recorded from the command line, applied by real runs,
listed, counted, compared; bad input one line each, with nothing published changed."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from tradefigures.flows.cli import app

runner = CliRunner()
SUBCOMMANDS = ["confirm", "set", "reject", "list", "agreement"]


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_ends_with_an_example(command):
    result = runner.invoke(app, ["review", command, "--help"])
    assert result.exit_code == 0 and f"Example: tradefigures review {command}" in result.output


@pytest.fixture
def corpus(tmp_path, samples):
    dest = tmp_path / "corpus"
    shutil.copytree(samples, dest, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return dest


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def rows(wh, sql):
    result = cli("query", sql, "-w", wh, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.usefixtures("prefect_harness")
def test_a_review_session_from_the_command_line(tmp_path, corpus):
    wh = tmp_path / "w"
    assert cli("run", corpus, "-w", wh).exit_code == 0
    tariff = rows(wh, "select figure_id, mention, status from figures where kind = 'tariff_rate' "
                      "order by figure_id limit 1")[0]
    other = rows(wh, "select figure_id, mention from figures where kind = 'economic_impact' "
                     "order by figure_id limit 1")[0]
    wanted = "threatened" if tariff["status"] != "threatened" else "announced"

    done = cli("review", "set", tariff["figure_id"], f"status={wanted}", "--by", "M. Roy",
               "--why", "The article says it is only a threat.", "-w", wh)
    assert done.exit_code == 0, done.output
    assert f"Recorded in {wh / 'corrections.jsonl'}: set status of figure {tariff['figure_id']}" in done.output
    assert f"status: {tariff['status']} -> {wanted}" in done.output
    assert "The next run over release" in done.output and "publishes it so, reviewed" in done.output
    gone = cli("review", "reject", other["figure_id"], "--by", "M. Roy", "--why", "A sum of two rows.", "-w", wh)
    assert gone.exit_code == 0 and "leaves it out of figures (listed in corrections)" in gone.output
    listed = json.loads(cli("review", "list", "-w", wh, "-f", "json").output)
    assert [(d["decision"], d["outcome"]) for d in listed] == [("set", "pending"), ("reject", "pending")]

    published = cli("run", corpus, "-w", wh)
    assert published.exit_code == 0 and "Published release" in published.output
    assert "Corrections: 2 decisions (2 applied)" in published.output
    assert rows(wh, f"select status, reviewed, corrected_fields from figures where figure_id = '{tariff['figure_id']}'") \
        == [{"status": wanted, "reviewed": True, "corrected_fields": ["status"]}]
    assert rows(wh, f"select count(*) n from figures where figure_id = '{other['figure_id']}'") == [{"n": 0}]
    assert rows(wh, "select decision, outcome, reviewer from corrections order by seq") == [
        {"decision": "set", "outcome": "applied", "reviewer": "M. Roy"},
        {"decision": "reject", "outcome": "applied", "reviewer": "M. Roy"}]
    again = cli("run", corpus, "-w", wh)
    assert "No change" in again.output and "Corrections: 2 decisions (2 applied)" in again.output

    listed = cli("review", "list", "-w", wh)
    assert listed.exit_code == 0 and listed.output.count("applied") == 2 and "2 decisions" in listed.output
    agreement = cli("review", "agreement", "-w", wh)
    assert agreement.exit_code == 0
    assert "figures  reviewed=2 rejected=1 kept=0.500 field agreement=0.000" in agreement.output
    assert "    status           0/1   0.000" in agreement.output
    diff = cli("diff", "previous", "latest", "-w", wh)
    assert diff.exit_code == 0
    assert "corrections of figures from" in diff.output and "2 added, 0 removed" in diff.output
    assert tariff["figure_id"] in diff.output and f"status = {wanted} (applied)" in diff.output


@pytest.mark.usefixtures("prefect_harness")
def test_bad_input_is_one_line_and_nothing_published_changes(tmp_path, corpus):
    wh = tmp_path / "w"
    assert cli("run", corpus, "-w", wh).exit_code == 0
    tariff = rows(wh, "select figure_id from figures where kind = 'tariff_rate' limit 1")[0]["figure_id"]
    who = ["--by", "M. Roy", "--why", "Checked.", "-w", wh]
    for args, why in ((["confirm", "0123456789abcdef"], 'No figure or date "0123456789abcdef"'),
                      (["set", tariff, "colour=red"], 'figures has no field "colour"'),
                      (["set", tariff, "status=rumoured"], "status 'rumoured' is not one of the allowed values"),
                      (["set", tariff, "value=5000"], "A tariff rate must be in percent, between 0 and 1000")):
        assert why in one_error_line(cli("review", *args, *who))
    assert not (wh / "corrections.jsonl").exists()
    releases = cli("releases", "-w", wh, "-f", "json").output

    assert cli("review", "confirm", tariff, *who).exit_code == 0
    path = wh / "corrections.jsonl"
    path.write_text(path.read_text().replace('"decision": "confirm"', '"decision": "approve"'))
    line = one_error_line(cli("run", corpus, "-w", wh))
    assert f'{path} line 1: decision "approve" is not one of confirm, set, reject' in line
    assert cli("releases", "-w", wh, "-f", "json").output == releases
    assert "line 1" in one_error_line(cli("review", "list", "-w", wh))
    assert "line 1" in one_error_line(cli("review", "reject", tariff, *who))


@pytest.mark.usefixtures("prefect_harness")
def test_a_correction_kept_beside_the_sources_is_reported_orphaned_once_its_article_is_edited(tmp_path, corpus):
    wh, kept = tmp_path / "w", tmp_path / "repo" / "corrections.jsonl"
    assert cli("run", corpus, "-w", wh).exit_code == 0
    article = rows(wh, "select article_id from articles where source_uri like '%s04_cusma_review.txt'")[0]
    figure = rows(wh, f"select figure_id, mention from figures where article_id = '{article['article_id']}' "
                      "order by char_start limit 1")[0]
    assert cli("review", "confirm", figure["figure_id"], "--by", "M. Roy", "--why", "Checked.", "-w", wh,
               "--corrections", kept).exit_code == 0
    assert kept.is_file() and not (wh / "corrections.jsonl").exists()
    applied = cli("run", corpus, "-w", wh, "--corrections", kept)
    assert "Corrections: 1 decision (1 applied)" in applied.output
    edited = corpus / "s04_cusma_review.txt"
    edited.write_text("Updated. " + edited.read_text())
    result = cli("run", corpus, "-w", wh, "--corrections", kept)
    assert result.exit_code == 0 and "Published release" in result.output
    assert "Corrections: 1 decision (1 orphaned)" in result.output
    assert f'confirm figure {figure["figure_id"]} ("{figure["mention"]}")) is orphaned: Its article ' \
           f'({article["article_id"]}) is no longer in the release' in " ".join(result.output.split())
    assert rows(wh, "select outcome from corrections") == [{"outcome": "orphaned"}]
