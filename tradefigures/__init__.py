"""tradefigures: the figures and dates in the news about the Canada-US trade dispute.

The package is four subpackages, one per stage of the pipeline:

- ``tradefigures.extract``: articles in (files, pages, feeds), figure and date rows out;
- ``tradefigures.validate``: the schema of every table, and the quarantine;
- ``tradefigures.warehouse``: versioned Parquet releases and the DuckDB catalog;
- ``tradefigures.flows``: the Prefect flows and the command line.

The Python API (docs/python.md) is re-exported here: ``tradefigures.extract(text)``
(the extract package is callable) and ``tradefigures.Warehouse(path)``.
"""

import importlib

__version__ = "0.1.0"

_API = ("Warehouse", "Extracted", "NotText")


def __getattr__(name: str):
    # Loaded on first use: the command line imports this package and must start fast.
    if name in _API:
        return getattr(importlib.import_module("tradefigures.api"), name)
    if name == "extract":
        return importlib.import_module("tradefigures.extract")
    raise AttributeError(f"module 'tradefigures' has no attribute {name!r}")


__all__ = ["__version__", "extract", *_API]
