"""Every query in docs/cookbook.md answers, read-only, from a real warehouse."""

import re

import pytest

from tradefigures.warehouse import query

from .conftest import ROOT
from .warehouse.conftest import published_twice

COOKBOOK = (ROOT / "docs" / "cookbook.md").read_text(encoding="utf-8")
QUERIES = re.findall(r"^## (.+?)\n.*?```sql\n(.*?)```", COOKBOOK, re.M | re.S)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, samples):
    """Two releases: the samples, then one article more."""
    return published_twice(tmp_path_factory.mktemp("cookbook"), samples, "s10_steel.txt",
                           "Ottawa kept its 25 per cent counter-tariff on U.S. steel, Statistics Canada said.\n")


def test_the_cookbook_has_eight_to_ten_queries():
    assert 8 <= len(QUERIES) <= 10
    assert len(QUERIES) == COOKBOOK.count("```sql")


@pytest.mark.parametrize("title, sql", QUERIES, ids=[t for t, _ in QUERIES])
def test_each_query_answers(warehouse, title, sql):
    answer = query.run(warehouse, sql)
    assert answer.height > 0, f"{title}: no rows"
    assert all(c for c in answer.columns)
    if "grounded" in answer.columns:
        assert answer["grounded"].all()
    if "release_id" in answer.columns:
        assert answer["release_id"].n_unique() == 2
