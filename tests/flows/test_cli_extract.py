"""tradefigures extract: a text's rows at once, in a shell pipeline, without Prefect."""

import json
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "tradefigures.flows.cli"]


def run(args, stdin=""):
    return subprocess.run(CLI + args, input=stdin, capture_output=True, text=True)


def test_a_sentence_from_standard_input_gives_its_row():
    out = run(["extract", "-"], "Ottawa keeps its 25% counter-tariff on U.S. steel.\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert (row["table"], row["kind"], row["value"], row["imposed_by"], row["applied_to"],
            row["sectors"], row["status"]) == ("figures", "tariff_rate", 25.0, "CA", "US", ["steel"], "in_effect")


def test_files_and_publication_date(tmp_path):
    (tmp_path / "a.txt").write_text("The joint review begins next year, the minister said.")
    out = run(["extract", str(tmp_path / "a.txt"), "--published", "2025-12-10"])
    dates = [json.loads(line) for line in out.stdout.splitlines() if json.loads(line)["table"] == "dates"]
    assert [(d["mention"], d["value"], d["role"]) for d in dates] == [("next year", "2026", "review")]
    assert dates[0]["source"] == str(tmp_path / "a.txt")


def test_a_missing_file_is_one_line_and_the_rest_is_read(tmp_path):
    (tmp_path / "b.txt").write_text("Canada sells about $2 billion a day to the United States.")
    out = run(["extract", str(tmp_path / "missing.txt"), str(tmp_path / "b.txt")])
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "missing.txt" in out.stderr
    assert '"$2 billion"' in out.stdout


def test_extract_does_not_start_prefect():
    code = ("import sys, io\nfrom typer.testing import CliRunner\nfrom tradefigures.flows.cli import app\n"
            "r = CliRunner().invoke(app, ['extract', '-'], input='A 25% tariff.')\n"
            "print(r.exit_code, 'prefect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["0", "False"], out.stderr


def test_table_format_shows_the_fields():
    out = run(["extract", "-", "--format", "table"], "Tariffs of 35% on Canadian goods took effect on Aug. 1, 2025.")
    assert out.returncode == 0
    assert "tariff_rate" in out.stdout and "2025-08-01" in out.stdout
