"""tradefigures: the figures and dates in the news about the Canada-US trade dispute.

The package is four subpackages, one per stage of the pipeline:

- ``tradefigures.extract``: articles in (files, pages, feeds), figure and date rows out;
- ``tradefigures.validate``: the schema of every table, and the quarantine;
- ``tradefigures.warehouse``: versioned Parquet releases and the DuckDB catalog;
- ``tradefigures.flows``: the Prefect flows and the command line.

The Python API (docs/python.md) is re-exported here: ``tradefigures.extract(text)``
and ``tradefigures.Warehouse(path)``, with the API's errors.
"""

import importlib
import sys
import types

__version__ = "0.1.0"

_API = ("Warehouse", "Extracted")
_ERRORS = ("NotText", "NotADate", "LengthMismatch")


def __getattr__(name: str):
    # Loaded on first use: the command line imports this package and must start fast.
    if name in _API:
        return getattr(importlib.import_module("tradefigures.api"), name)
    if name in _ERRORS:
        return getattr(importlib.import_module("tradefigures.errors"), name)
    raise AttributeError(f"module 'tradefigures' has no attribute {name!r}")


class _Package(types.ModuleType):
    """`tradefigures.extract` is the API's function, `tradefigures.api.extract`.

    The extract subpackage has the same name, and importing any of its modules makes the
    import system set this attribute to the subpackage; the setter below lets it, and
    the function stays. The subpackage itself is still there for `from
    tradefigures.extract.numbers import ...` and in `sys.modules`."""

    @property
    def extract(self):
        function = importlib.import_module("tradefigures.api").extract
        # `import tradefigures.extract.numbers as numbers` walks this attribute and then
        # `.numbers`: the function carries the subpackage's modules imported so far, so
        # that walk still ends at the module
        prefix = "tradefigures.extract."
        for name, module in list(sys.modules.items()):
            if name.startswith(prefix) and "." not in name[len(prefix):]:
                setattr(function, name[len(prefix):], module)
        return function

    @extract.setter
    def extract(self, module) -> None:
        pass


sys.modules[__name__].__class__ = _Package

__all__ = ["__version__", "extract", *_API, *_ERRORS]
