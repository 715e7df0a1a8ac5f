"""The docs are tested: every command, every column and every rule is documented."""

import re

import pytest

from tradefigures.flows.cli import app
from tradefigures.validate import dictionary, schemas

from .conftest import ROOT

DOCS = ROOT / "docs"


def commands():
    return sorted([c.name or c.callback.__name__ for c in app.registered_commands]
                  + [g.name for g in app.registered_groups])


@pytest.mark.parametrize("command", commands())
def test_every_command_has_a_section_with_an_example(command):
    text = (DOCS / "cli.md").read_text()
    heading = re.search(rf"^## tradefigures {command}$", text, re.M)
    assert heading, f"docs/cli.md has no section ## tradefigures {command}"
    section = text[heading.end():].split("\n## ", 1)[0]
    assert f"tradefigures {command} " in section.split("```", 2)[-1] or section.count("```") >= 4


def test_data_dictionary_is_generated_from_the_schemas():
    assert (DOCS / "data-dictionary.md").read_text() == dictionary.markdown(), \
        "docs/data-dictionary.md is stale: run `make docs`"


@pytest.mark.parametrize("table", list(schemas.MODELS))
def test_every_published_column_is_documented(table):
    text = (DOCS / "data-dictionary.md").read_text()
    contract = (DOCS / "contract.md").read_text()
    assert f"## {table}" in text and f"`{table}`" in contract
    for column in schemas.polars_schema(table):
        assert f"| `{column}` |" in text, (table, column)


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert re.search(r"^make run\b", readme, re.M) and re.search(r"^make test\b", readme, re.M)
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


def test_every_view_of_the_catalog_is_named_in_query_help_and_in_the_docs():
    """The views a catalog of two releases holds, against what `query --help` and
    docs/cli.md say (all_<table> stands for every all_ view)."""
    from tradefigures.warehouse import catalog

    names = set(catalog.views(ROOT / "nowhere", ["20250101T000000.000000Z"]))
    tables = {n for n in names if not n.startswith("all_") and n != "releases"}
    assert {f"all_{t}" for t in tables} <= names
    help_text = " ".join((app.registered_commands[[c.callback.__name__ for c in app.registered_commands]
                                                  .index("query")].callback.__doc__ or "").split())
    doc = (DOCS / "cli.md").read_text().split("## tradefigures query", 1)[1].split("\n## ", 1)[0]
    doc = " ".join(doc.split())
    for name in sorted(tables | {"releases"}):
        assert name in help_text, f"query --help does not name the view {name}"
        assert f"`{name}`" in doc, f"docs/cli.md does not name the view {name}"
    assert "all_<table>" in help_text and "`all_<table>`" in doc
