"""Style rules the suite enforces: one import name, a library without Prefect, thin flows."""

import ast
import re
import tomllib

import pytest

from .conftest import ROOT

LIBRARY = ("extract", "validate", "warehouse")


def python_files(folder):
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def test_every_package_folder_is_installed_under_tradefigures():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    mapping = config["package-dir"]
    for name, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            assert ".".join((name, *rel)) in listed, init
    assert all(p.startswith("tradefigures") for p in listed)


@pytest.mark.parametrize("path", [p for f in LIBRARY for p in python_files(f)], ids=str)
def test_the_library_does_not_import_prefect(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        assert not any(n.split(".")[0] == "prefect" for n in names), path


# flows/ only orchestrates: no regular expressions, no SQL, no file writing.
FORBIDDEN = [
    (re.compile(r"^\s*import re\b|^\s*from re import", re.M), "regular expressions"),
    (re.compile(r"[\"'](?:select|insert|create|update|delete)\s", re.I), "SQL"),
    (re.compile(r"\bopen\(|\.write_(?:text|bytes|parquet)\(|\.mkdir\(|shutil\.|\.unlink\("), "file writing"),
    (re.compile(r"^\s*import duckdb|^\s*import pyarrow", re.M), "storage engines"),
]


def without_docstrings(source: str) -> str:
    """Help text may show example SQL; code may not run any."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                source = source.replace(doc, "")
    return source


@pytest.mark.parametrize("path", python_files("flows"), ids=str)
def test_flows_only_orchestrate(path):
    text = without_docstrings(path.read_text())
    for pattern, what in FORBIDDEN:
        assert not pattern.search(text), f"{path.name} holds {what}; move it into the library"
