"""The examples in docs/python.md run, against a warehouse of the sample corpus."""

import doctest

import pytest

from .conftest import ROOT
from .warehouse.conftest import publish_sources


@pytest.fixture
def sample_warehouse(tmp_path, samples, monkeypatch):
    """A folder holding `warehouse/`, as `make run` leaves it, as the working directory."""
    publish_sources(tmp_path / "warehouse", [samples])
    monkeypatch.chdir(tmp_path)
    return tmp_path / "warehouse"


def test_python_docs_examples_run(sample_warehouse):
    failures, tried = doctest.testfile(
        str(ROOT / "docs" / "python.md"), module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 15
    assert failures == 0


def test_api_module_doctest():
    import tradefigures.api

    failures, tried = doctest.testmod(tradefigures.api)
    assert tried and failures == 0
