"""tradefigures extract: a text's rows at once, in a shell pipeline, without Prefect."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_extract_imports_neither_prefect_nor_pandas():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom tradefigures.flows.cli import app\n"
            "r = CliRunner().invoke(app, ['extract', '-'], input='Ottawa keeps its 25% counter-tariff on U.S. steel.')\n"
            "print(r.exit_code, r.output.count('tariff_rate'), "
            "*sorted(m for m in ('prefect', 'pandas', 'numpy', 'pandera') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["0", "1", "pandera"], out.stderr


SENTENCES = [
    "Ottawa keeps its 25% counter-tariff on U.S. steel, the minister said on March 4, 2025.",
    "The review begins next year. Exports fell about $2 billion in a month.",
    "No figures in this one.",
]


def test_many_files_print_what_each_file_prints_alone(tmp_path):
    paths = []
    for i, text in enumerate(SENTENCES):
        paths.append(str(tmp_path / f"{i}.txt"))
        Path(paths[-1]).write_text(text)
    paths.append(paths[0])  # the same file twice is read twice
    together = run(["extract", *paths, "--published", "2025-06-01"])
    assert together.returncode == 0, together.stderr
    alone = "".join(run(["extract", p, "--published", "2025-06-01"]).stdout for p in paths)
    assert together.stdout == alone and f'"source":"{paths[0]}"' in alone


# The extractor's rows from real sentences pass validation; this makes the first figure of
# a text that says BROKEN fail one rule (an unknown kind), before the command runs.
BREAK = """
from tradefigures.extract.extractor import RulesExtractor
_extract = RulesExtractor.extract
def _broken(self, text, *args, **kwargs):
    rows = _extract(self, text, *args, **kwargs)
    if "BROKEN" in text:
        rows.figures[0]["kind"] = "mood"
    return rows
RulesExtractor.extract = _broken
"""


def test_a_row_that_fails_is_quarantined_with_the_reason_the_api_gives(tmp_path, monkeypatch):
    texts = [SENTENCES[0], "BROKEN: a 10% levy on lumber and up to 5,000 jobs at risk."]
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    for path, text in zip(paths, texts):
        Path(path).write_text(text)
    code = BREAK + "import sys\nfrom tradefigures.flows.cli import main\nsys.argv[0] = 'tradefigures'\nmain()"
    out = subprocess.run([sys.executable, "-c", code, "extract", *paths], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    quarantined = [r for r in rows if r["table"] == "quarantine"]
    assert [r["source"] for r in quarantined] == [paths[1]]

    namespace = {}
    exec(BREAK.replace("RulesExtractor.extract = _broken", ""), namespace)
    import tradefigures
    from tradefigures.extract.extractor import RulesExtractor

    monkeypatch.setattr(RulesExtractor, "extract", namespace["_broken"])
    expected = tradefigures.extract(texts[1]).quarantine.row(0, named=True)
    expected["row_table"] = expected.pop("table")
    assert {k: quarantined[0][k] for k in expected} == expected
    assert expected["check"].startswith("kind.isin")


@pytest.fixture(scope="module")
def published_samples(tmp_path_factory, samples, prefect_harness):
    """The sample corpus as a run publishes it."""
    from tradefigures.flows.pipeline import run_pipeline

    wh = tmp_path_factory.mktemp("samples") / "w"
    run_pipeline([str(samples)], wh)
    return wh


def _sample_files():
    from importlib import resources

    folder = Path(str(resources.files("tradefigures.samples")))
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("name", _sample_files())
def test_a_file_gives_the_rows_a_run_gives_it(samples, published_samples, name):
    """Pages and Markdown are read as `run` reads them (the article, not the markup;
    front matter, page metadata and the manifest's date), so every row is the same."""
    import duckdb

    path = samples / name
    out = run(["extract", str(path)])
    assert out.returncode == 0, out.stderr
    got = sorted((r.get("figure_id") or r.get("date_id"), r["mention"], r["char_start"])
                 for r in map(json.loads, out.stdout.splitlines()))
    con = duckdb.connect(str(published_samples / "catalog.duckdb"), read_only=True)
    want = sorted(con.execute(
        """select figure_id, mention, char_start from figures join articles using (article_id) where source_uri = ?
           union all
           select date_id, mention, char_start from dates join articles using (article_id) where source_uri = ?""",
        [str(path), str(path)]).fetchall())
    assert got == want and got


def test_json_lines_nest_cues_as_an_object():
    out = run(["extract", "-"], "Ottawa keeps its 25% counter-tariff on U.S. steel.\n")
    row = json.loads(out.stdout.splitlines()[0])
    assert isinstance(row["cues"], dict) and row["cues"]


def test_a_folder_manifest_is_read_once_for_all_its_files(tmp_path):
    (tmp_path / "a.txt").write_text("Ottawa keeps its 25% counter-tariff on U.S. steel.\n")
    (tmp_path / "b.txt").write_text("Washington keeps its 10% duty on potash.\n")
    (tmp_path / "manifest.csv").write_text("doc,published\na,2025-03-04\nb,04/03/2025\n")
    out = run(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert out.returncode == 0, out.stderr
    # the bad row is said once, not once per file read
    assert out.stderr.count("not a date") == 1
