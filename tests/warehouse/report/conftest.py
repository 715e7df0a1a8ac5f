"""A real release of the sample corpus, published once, and its report, written once."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tradefigures.warehouse.report import build

from ..conftest import publish_sources


@pytest.fixture(scope="session")
def released(tmp_path_factory, samples) -> Path:
    """A warehouse with two releases: the samples, then the samples and two articles more."""
    root = tmp_path_factory.mktemp("report-warehouse")
    corpus = root / "corpus"
    shutil.copytree(samples, corpus, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    wh = root / "warehouse"
    publish_sources(wh, [corpus])
    (corpus / "s10_aluminum.txt").write_text(
        "Ottawa kept a 25 per cent counter-tariff on U.S. aluminum. The 25 per cent rate "
        "stays until June 1, 2026, officials said.\n", encoding="utf-8")
    # A March export figure that the samples' own one for March contradicts: a conflict.
    (corpus / "s11_exports.md").write_text(
        "---\ntitle: A first count of March exports\noutlet: Test Wire\npublished: 2025-04-09\n---\n\n"
        "A private forecaster's first count had Canadian exports to the United States down 8.9 per cent "
        "in March 2025.\n\nIts economists said the revision would come next month.\n", encoding="utf-8")
    publish_sources(wh, [corpus])
    return wh


@pytest.fixture(scope="session")
def site(released, tmp_path_factory) -> Path:
    """The newest release's report."""
    out = tmp_path_factory.mktemp("report-site") / "report"
    build(released, out)
    return out


@pytest.fixture
def sql(released):
    """Answers from the catalog: the figures the report must agree with."""
    con = duckdb.connect(str(released / "catalog.duckdb"), read_only=True)
    yield lambda query, *params: con.execute(query, list(params)).fetchall()
    con.close()
