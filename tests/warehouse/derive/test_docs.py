"""docs/facts.md and the README's section on facts: the numbers they state are the
code's, and every query they show answers from a release of the sample corpus and the
articles written for the tests (the samples hold no conflict; those articles hold one)."""

import re

import pytest

from tradefigures.warehouse import query
from tradefigures.warehouse.derive import conflicts, facts

from ...conftest import DATA, ROOT
from ..conftest import publish_sources

FACTS_DOC = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8").split("## Facts and measures", 1)[1].split("\n## ", 1)[0]
QUERIES = re.findall(r"```sql\n(.*?)```", FACTS_DOC + README, re.S) + \
    re.findall(r'tradefigures query "(.*?)"', README)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, samples):
    wh = tmp_path_factory.mktemp("facts-docs") / "warehouse"
    publish_sources(wh, [samples, DATA / "facts"])
    return wh


def test_the_doc_states_the_rules_numbers():
    assert f"**{facts.TOLERANCE:.0%}**" in FACTS_DOC
    assert f"±{conflicts.APPROXIMATE:.0%} when `approximate`" in FACTS_DOC
    assert f"**{conflicts.WINDOW_DAYS} days**" in FACTS_DOC
    assert f"**{conflicts.UNSTATED_WINDOW_DAYS} days**" in FACTS_DOC


@pytest.mark.parametrize("sql", QUERIES, ids=[q.split("from", 1)[1].split()[0] for q in QUERIES])
def test_each_query_answers(warehouse, sql):
    assert query.run(warehouse, sql).height > 0
