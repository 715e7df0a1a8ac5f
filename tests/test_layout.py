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


# The Prefect server's lifecycle is orchestration too, and it keeps its own files: the
# local server's record and log, a temporary server's database and its migrated template.
SERVER_FILES = {"server.py": "file writing"}


@pytest.mark.parametrize("path", python_files("flows"), ids=str)
def test_flows_only_orchestrate(path):
    text = without_docstrings(path.read_text())
    for pattern, what in FORBIDDEN:
        if SERVER_FILES.get(path.name) == what:
            continue
        assert not pattern.search(text), f"{path.name} holds {what}; move it into the library"


def module_imports(folder: str, package: str) -> dict[str, set[str]]:
    """Each module of a library folder (dotted name) and the modules of that folder it
    imports, function-local imports included: `from pkg import sub` is an import of
    pkg.sub, not of the package's __init__."""
    modules = {}
    for path in python_files(folder):
        rel = path.relative_to(ROOT / folder).with_suffix("").parts
        modules[".".join((package, *rel)).removesuffix(".__init__")] = path
    out = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                subs = {f"{node.module}.{a.name}" for a in node.names}
                found.update(subs & modules.keys() or {node.module})
        out[name] = {m for m in found if m in modules and m != name}
    return out


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other in a loop (Tarjan's strongly
    connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_circles_are_found():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


# extract/ is not yet free of them (fields and figures import each other).
@pytest.mark.parametrize("folder", ["validate", "warehouse"])
def test_no_module_of_the_library_imports_itself_through_others(folder):
    # Releases are read at the bottom of the warehouse; what writes them imports them,
    # never the other way round, so no import needs to hide inside a function.
    assert circles(module_imports(folder, f"tradefigures.{folder}")) == []
