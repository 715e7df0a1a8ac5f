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
